/**
 * The director's decision (a draft) on the base-level titles of the department's own units and of the members
 * named, with its list and prizes (Luật Thi đua, khen thưởng 2022, Điều 80 khoản 1).
 */
import { citation } from '../../domain/citation.js';
import { dec, plain } from '../../domain/decimal.js';
import { listed } from '../../messages/facts.js';
import type { Dec } from '../../model/types.js';
import { oneLine } from '../build-view-model.js';
import type { Block, DocumentTree } from '../document.js';
import { dayMonthYear } from '../format-document-date.js';
import { formatNumber } from '../format-number.js';
import { upperFirst } from '../text-case.js';
import { type Dossier, howMany, para, titlePhrase } from './dossier.js';

/** The director's decision on the base-level titles of the department's own units: a draft; undefined for none. */
export function decision(d: Dossier): DocumentTree | undefined {
  const department = d.proposed('department');
  if (department.length === 0) return undefined;
  const date = d.context.documentDate;
  const what = listed(
    department.map((p) => titlePhrase(p.title)),
    'và',
  );
  const subject = `Về việc tặng ${what} năm ${d.year}`;
  const amounts = department.flatMap((p) => [
    ...p.units.map((u) => u.verdict.amount),
    ...p.people.map((x) => x.verdict.amount),
  ]);
  const sum = amounts.reduce<Dec>((s, a) => plain(dec(s).plus(dec(a ?? '0'))), '0' as Dec);
  const prizes = [...new Set(department.map((p) => p.title.prize_basis).filter((b) => b !== undefined))];
  const whom = department.some((p) => p.units.length > 0)
    ? department.some((p) => p.people.length > 0)
      ? 'các tập thể, cá nhân'
      : 'các tập thể'
    : 'các cá nhân';
  const money =
    d.proposals.baseSalary === undefined || amounts.every((a) => a === undefined)
      ? `Tiền thưởng kèm theo danh hiệu thực hiện theo quy định${d.proposals.baseSalary === undefined ? ` (chưa có mức lương cơ sở áp dụng tại ngày ${dayMonthYear(d.proposals.day)})` : ''}.`
      : `${upperFirst(whom)} có tên tại Điều 1 được thưởng${prizes.length > 0 ? ` theo quy định tại ${listed(prizes.map(citation), 'và')}` : ''}, mức thưởng của từng ${whom.replace(/^các /u, '')} theo danh sách kèm theo; tổng số tiền thưởng: ${formatNumber(sum, 0)} đồng.`;
  const head = d.headOfAgency();
  const blocks: Block[] = [
    { type: 'paragraph', role: 'centred', text: '*(Dự thảo)*', markup: 'markdown' },
    {
      type: 'paragraph',
      role: 'centred',
      // The authority as decisions head it: the head's title and the agency's name, as the header writes it.
      text: `**${d.headTitle()} ${oneLine(d.context.agency.name).toLocaleUpperCase('vi')}**`,
      markup: 'markdown',
    },
    // A decision's grounds in italics (NĐ 30/2020), the last one ending it with a full stop.
    // The scores are no legal ground: the council's proposal is.
    ...d.legalGrounds().map((g) => para(`*Căn cứ ${g};*`, 'markdown')),
    para(`*Xét đề nghị của ${d.council.name} tại cuộc họp ngày ${d.meetingDay}.*`, 'markdown'),
    { type: 'paragraph', role: 'centred', text: '**QUYẾT ĐỊNH:**', markup: 'markdown' },
    para(
      `**Điều 1.** Tặng ${department.map((p) => `${titlePhrase(p.title)} năm ${d.year} cho ${howMany(p)}`).join('; ')} (có danh sách kèm theo).`,
      'markdown',
    ),
    para(`**Điều 2.** ${money}`, 'markdown'),
    para(
      `**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các phòng, đơn vị thuộc Sở và ${whom} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
      'markdown',
    ),
    {
      type: 'signature',
      closing: '',
      recipientsLabel: 'Nơi nhận:',
      recipients: ['- Như Điều 3;', `- Lưu: ${d.context.agency.archive}.`],
      signer: d.signer(),
    },
  ];
  return d.document(
    'decision',
    'QUYẾT ĐỊNH',
    subject,
    [
      { kind: 'body', orientation: 'portrait', blocks },
      d.list(
        'department',
        'DANH SÁCH',
        `${upperFirst(whom.replace(/^các /u, ''))} được tặng ${what} năm\u00a0${d.year}`,
        `(Kèm theo Quyết định ${d.attached('decision', date)} của ${head})`,
      ),
    ],
    date,
  );
}
