/**
 * A member's own report of achievements (báo cáo thành tích; Luật 2022 Điều 84 khoản 1 điểm b), for a title the
 * council votes on: the parts about them from their report's words, their post, unit, rating, initiative and titles
 * of earlier years from the data; signed by them and confirmed by their unit's head.
 */
import type { NamedProposal } from '../../compute/propose-titles.js';
import { listed } from '../../messages/facts.js';
import type { MemberReport, TitleRule } from '../../model/emulation.js';
import type { Block, DocumentTree } from '../document.js';
import { RATING_WORDS, titleWords } from '../emulation-view.js';
import { dayMonthYear } from '../format-document-date.js';
import { lowerFirst, upperFirst } from '../text-case.js';
import { type Dossier, para, titlePhrase } from './dossier.js';

const SEX_WORDS: Record<MemberReport['sex'], string> = { male: 'Nam', female: 'Nữ' };

/**
 * The titles a member's report asks for: those proposed, less any another proposed title lies within (a Chiến sĩ
 * thi đua cơ sở is also a Lao động tiên tiến: the report asks for the higher).
 */
export function reportedTitles(named: NamedProposal): TitleRule[] {
  const proposed = named.titles.filter((t) => t.proposed).map((t) => t.title);
  return proposed.filter((t) => !proposed.some((u) => u !== t && u.holders?.within === t.count));
}

/** The member's report of achievements, under their unit's name. */
export function memberReport(d: Dossier, named: NamedProposal): DocumentTree {
  const { person, unit } = named;
  const words = person.report as MemberReport;
  const what = listed(reportedTitles(named).map(titlePhrase), 'và');
  // Their titles and awards of earlier years, as written (none: `earlier: {}`; check asks it of a report).
  const earlier = Object.entries(person.earlier ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const fact = (label: string, value: string) => para(`**${label}:** ${value}`, 'markdown');
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: 'I. SƠ LƯỢC LÝ LỊCH' },
    fact('Họ và tên', person.name),
    fact('Sinh ngày, tháng, năm', `${dayMonthYear(words.born)}; **Giới tính:** ${SEX_WORDS[words.sex]}`),
    fact('Quê quán', words.hometown),
    fact('Đơn vị công tác', unit.name),
    fact('Chức vụ', person.position),
    fact('Trình độ chuyên môn, nghiệp vụ', words.qualification),
    { type: 'heading', level: 2, text: 'II. THÀNH TÍCH ĐẠT ĐƯỢC' },
    { type: 'heading', level: 3, text: '1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận' },
    { type: 'markdown', text: words.duties },
    { type: 'heading', level: 3, text: '2. Thành tích đạt được của cá nhân' },
    { type: 'markdown', text: words.narrative },
    {
      type: 'list',
      items: [
        {
          text: `Kết quả đánh giá, xếp loại năm ${d.year}: ${lowerFirst(RATING_WORDS[person.rating])}.`,
          depth: 0,
        },
        ...(person.initiative ? [{ text: `${upperFirst(person.initiative)}.`, depth: 0 }] : []),
      ],
      nested: false,
      markup: 'plain',
    },
    { type: 'heading', level: 2, text: 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG' },
    earlier.length > 0
      ? {
          type: 'list',
          items: earlier.map(([y, ids]) => ({
            text: `Năm ${y}: ${ids.map((id) => titleWords(id, d.proposals)).join(', ')}.`,
            depth: 0,
          })),
          nested: false,
          markup: 'plain',
        }
      : para('Không.'),
    {
      type: 'signature',
      closing: '',
      recipientsLabel: '',
      recipients: [],
      cosigner: {
        heading: 'THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ',
        onBehalf: null,
        title: words.confirmer.title,
        name: words.confirmer.name ?? null,
      },
      signer: { onBehalf: null, title: 'NGƯỜI BÁO CÁO THÀNH TÍCH', name: person.name },
    },
  ];
  return d.report(unit, `Đề nghị tặng ${what} năm ${d.year}`, blocks);
}
