import { join } from 'node:path';
import { periodLabel, periodSpanWords } from '../domain/report-period.js';
import { type SectionsCover, sectionsOf } from '../domain/report-sections.js';
import { listed } from '../messages/facts.js';
import { dayMonthYear } from './format-document-date.js';
import { formatWritten } from './format-number.js';
import type { DraftNote, NoteIndicator } from './view-types.js';

/** Words of a drafting note: Vietnamese for the notes file the office reads, either language for the console. */
export type NoteLanguage = 'vi' | 'en';

/** Where a note is read: the notes file names every indicator; the console names five by id, and counts the rest. */
export type NoteForm = 'file' | 'console';

/** The console names five indicators at most; the notes file names every one. */
const CONSOLE_NAMES = 5;

function names(list: readonly NoteIndicator[], lang: NoteLanguage, form: NoteForm): string {
  if (form === 'file') return list.map((i) => i.name).join('; ');
  const shown = list.slice(0, CONSOLE_NAMES).map((i) => i.id);
  const more = list.length - shown.length;
  if (more === 0) return shown.join(', ');
  return lang === 'vi'
    ? `${shown.join(', ')} và ${more} chỉ tiêu khác (xem tệp ghi chú soạn thảo)`
    : `${shown.join(', ')} and ${more} more (see the notes file)`;
}

function sectionNames(keys: readonly string[], lang: NoteLanguage, cover: SectionsCover): string {
  return sectionsOf(cover)
    .filter((s) => keys.includes(s.key))
    .map((s) => (lang === 'vi' ? `${s.name} (narrative.${s.key})` : `${s.en} (narrative.${s.key})`))
    .join(lang === 'vi' ? '; ' : ', ');
}

/**
 * True for a note worth a line in the notes file, not a warning on the terminal: a blank the office fills in by
 * hand, as it always does, and what the data says of its sources for the drafter.
 */
export function isForTheNotesOnly(note: DraftNote): boolean {
  return ['DOCUMENT_NUMBER_BLANK', 'DOCUMENT_DATE_BLANK', 'SIGNER_NAME_BLANK', 'SOURCE_REMARKS'].includes(
    note.code,
  );
}

/**
 * Returns a drafting note in words, for the notes file or the console; `data` is the data folder, for the file names
 * the note points to.
 */
export function describeDraftNote(note: DraftNote, lang: NoteLanguage, data: string, form: NoteForm): string {
  const file = (name: string) => join(data, name);
  const vi = lang === 'vi';
  // A note of a report on the first months names their files and words: 2019-9m.yaml, "9 tháng đầu năm 2019"; of a
  // span, its own: 2016-2020.yaml, "giai đoạn 2016 - 2020".
  const months = 'months' in note ? note.months : undefined;
  const from = 'from' in note ? note.from : undefined;
  const results = (year: number) => file(`${periodLabel({ year, months, from })}.yaml`);
  const targets = (year: number) => file(`${periodLabel({ year, from })}-targets.yaml`);
  const spanVi = (year: number) => periodSpanWords({ year, months, from });
  const spanEn = (year: number) =>
    from !== undefined
      ? `${from}-${year}`
      : months === undefined
        ? `${year}`
        : `the first ${months} months of ${year}`;
  switch (note.code) {
    case 'NO_TARGETS':
      return vi
        ? `Chưa có chỉ tiêu kế hoạch ${spanVi(note.year)} (${targets(note.year)}): báo cáo không đối chiếu kết quả với kế hoạch, bảng không có cột kế hoạch.`
        : `no targets for ${spanEn(note.year)} (${targets(note.year)}): the report sets no figure against a plan, and its table has no plan column.`;
    case 'YEARS_MISSING': {
      const files = note.years.map((y) => file(`${y}.yaml`)).join(', ');
      return vi
        ? `Chưa có số liệu ${note.years.length === 1 ? 'năm' : 'các năm'} ${listed(note.years.map(String), 'và')} (${files}): báo cáo nêu rõ năm thiếu, số cả giai đoạn chỉ tính các năm có số liệu.`
        : `no results for ${listed(note.years.map(String), 'and')} (${files}): the report says so, and its figures of the span are of the other years only.`;
    }
    case 'NO_PRIOR_RESULTS':
      return vi
        ? `Chưa có số liệu ${spanVi(note.year)} (${results(note.year)}): báo cáo không so sánh với ${months === undefined ? 'năm trước' : 'cùng kỳ năm trước'}.`
        : `no results for ${spanEn(note.year)} (${results(note.year)}): the report makes no comparison with ${months === undefined ? 'last year' : 'the same months of last year'}.`;
    case 'NO_NEXT_TARGETS':
      return vi
        ? `Chưa có chỉ tiêu kế hoạch ${spanVi(note.year)} (${targets(note.year)}): phần phương hướng không nêu chỉ tiêu.`
        : `no targets for ${spanEn(note.year)} (${targets(note.year)}): the plans section lists none.`;
    case 'PRIOR_FIGURES_MISSING':
      return vi
        ? `Chưa có số liệu ${spanVi(note.year)} để so sánh (bảng ghi "Chưa có số liệu"): ${names(note.indicators, lang, form)}.`
        : `no ${months === undefined ? note.year : `figure of ${spanEn(note.year)}`}${months === undefined ? ' figure' : ''} to compare with (the table says "Chưa có số liệu"): ${names(note.indicators, lang, form)}.`;
    case 'RESULTS_MISSING':
      return vi
        ? `Có chỉ tiêu kế hoạch nhưng chưa có số liệu thực hiện ${spanVi(note.year)} (bảng ghi "Chưa có số liệu"): ${names(note.indicators, lang, form)}.`
        : `a target but no ${months === undefined ? `${note.year} figure` : `figure of ${spanEn(note.year)}`} (the table says "Chưa có số liệu"): ${names(note.indicators, lang, form)}.`;
    case 'FIGURES_LEFT_OUT':
      return vi
        ? `Chưa có số liệu ${spanVi(note.year)} và không có kế hoạch, nên báo cáo không nêu các chỉ tiêu sau (để trống trong ${results(note.year)}): ${names(note.indicators, lang, form)}.`
        : `no ${months === undefined ? `${note.year} figure` : `figure of ${spanEn(note.year)}`} and no target, so the report leaves out (blank in ${results(note.year)}): ${names(note.indicators, lang, form)}.`;
    case 'VERDICT_UNDETERMINED':
      return vi
        ? `Số liệu có từ "trên", "gần"... nên chưa đủ cơ sở kết luận đạt hay chưa đạt kế hoạch; báo cáo chỉ nêu số liệu và kế hoạch. Nếu có số liệu chính xác, hãy ghi vào tệp số liệu: ${names(note.indicators, lang, form)}.`
        : `the figure's qualifier ("trên", "gần", ...) does not decide whether the target was reached, so the report gives the figures and no verdict; write the exact figure to have one: ${names(note.indicators, lang, form)}.`;
    case 'CHANGE_INCONCLUSIVE':
      return vi
        ? `Số liệu ${months === undefined ? 'năm nay' : 'kỳ này'} hoặc ${spanVi(note.year)} có từ "trên", "gần"... nên chưa đủ cơ sở nói tăng hay giảm; báo cáo chỉ nêu số liệu ${months === undefined ? 'hai năm' : 'hai kỳ'}: ${names(note.indicators, lang, form)}.`
        : `the qualifiers of ${months === undefined ? `this year's or ${note.year}'s figure` : `this period's figure or that of ${spanEn(note.year)}`} do not decide which way it moved, so the report gives both figures and no change: ${names(note.indicators, lang, form)}.`;
    case 'SECTIONS_MISSING':
      return vi
        ? `Báo cáo ${months === undefined ? 'tổng kết' : 'sơ kết'} cần có các phần sau nhưng dữ liệu ${spanVi(note.year)} chưa có; văn bản bỏ qua các phần này: ${sectionNames(note.sections, lang, { months, from })}. Bổ sung vào mục narrative của ${results(note.year)}${from === undefined ? '' : ` (lệnh hatinh-report new ${from}-${note.year} tạo tệp này nếu chưa có)`}.`
        : `an official summing-up needs these parts, which ${results(note.year)} lacks (the document leaves them out): ${sectionNames(note.sections, lang, { months, from })}${from === undefined ? '' : ` (hatinh-report new ${from}-${note.year} writes the file if it is not there)`}.`;
    case 'DOCUMENT_NUMBER_BLANK':
      return vi
        ? `Số văn bản để trống để văn thư ghi (document.number trong ${results(note.year)}).`
        : `the document number is blank, for the office to fill in (document.number in ${results(note.year)}).`;
    case 'DOCUMENT_DATE_BLANK':
      return vi
        ? `Ngày, tháng của văn bản để trống để ghi khi ký (document.date trong ${results(note.year)} hoặc --date).`
        : `the document date is blank, to be filled in when signed (document.date in ${results(note.year)}, or --date).`;
    case 'DATE_OUTSIDE_YEAR':
      if (from !== undefined)
        return vi
          ? `Ngày văn bản ${note.date} (--date) không nằm trong năm ${note.year} hoặc năm ${note.year + 1}: kiểm tra lại ngày của báo cáo tổng kết ${spanVi(note.year)}.`
          : `--date ${note.date} is not in ${note.year} or ${note.year + 1}: check the date of the report on ${spanEn(note.year)}.`;
      if (months !== undefined)
        return vi
          ? `Ngày văn bản ${note.date} (--date) không nằm trong khoảng từ đầu tháng ${months} đến hết năm ${note.year}: kiểm tra lại ngày của báo cáo sơ kết ${spanVi(note.year)}.`
          : `--date ${note.date} is not between the first day of month ${months} and the end of ${note.year}: check the date of the report on ${spanEn(note.year)}.`;
      return vi
        ? `Ngày văn bản ${note.date} (--date) không nằm trong khoảng từ tháng 11 năm ${note.year} đến hết năm ${note.year + 1}: kiểm tra lại ngày của báo cáo tổng kết năm ${note.year}.`
        : `--date ${note.date} is not between November ${note.year} and the end of ${note.year + 1}: check the date of the report on ${note.year}.`;
    case 'SIGNER_NAME_BLANK':
      return vi
        ? `Họ tên người ký để trống, ghi tay khi ký (signer.name trong ${file('agency.yaml')}).`
        : `the signer's name is blank, to be written by hand (signer.name in ${file('agency.yaml')}).`;
    case 'TITLE_RULES_TO_CHECK':
      return vi
        ? `Phụ lục I dựa trên quy định về danh hiệu, khen thưởng (${note.ruleSet}) có phần chưa đối chiếu được với văn bản chính thức; đối chiếu trước khi ký: ${note.items.map((i) => `${i.title}: ${i.caveat}`).join(' ')}`
        : `Phụ lục I rests on rules on titles and awards (${note.ruleSet}) of which some could not be checked against the official text; check before signing: ${note.items.map((i) => `${i.title}: ${i.caveat}`).join(' ')}`;
    case 'BALLOT_NEEDED':
      return vi
        ? `Hội đồng Thi đua - Khen thưởng phải bỏ phiếu trước khi trình: ${note.ballots.map((b) => `${listed(b.titles, 'và')}: tỷ lệ phiếu đồng ý từ ${formatWritten(b.percent)}% trở lên tính trên tổng số thành viên Hội đồng (${b.basis})`).join('; ')}; thành viên vắng mặt cho ý kiến bằng văn bản. Đề nghị nào không đủ tỷ lệ thì không trình.`
        : `the emulation council must ballot before these are proposed: ${note.ballots.map((b) => `${listed(b.titles, 'and')}: yes votes of at least ${b.percent}% of all the council's members (${b.basis})`).join('; ')}; absent members give their opinion in writing. A proposal short of its share is not sent on.`;
    case 'BALLOT_MISSING':
      return vi
        ? `Chưa có kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng (cuộc họp xét thi đua năm ${note.year} trong ${file('council.yaml')}) cho các đơn vị đủ tiêu chuẩn theo số liệu, nên chưa được đề nghị: ${note.items.map((i) => `${i.title}: ${i.units.join(', ')}`).join('; ')}. Ghi kết quả bỏ phiếu vào ballots.`
        : `the council's meeting on ${note.year} (${file('council.yaml')}) records no ballot on these units, whose figures meet the title, so they are not proposed: ${note.items.map((i) => `${i.title}: ${i.units.join(', ')}`).join('; ')}. Write the ballots in.`;
    case 'PRIZE_UNKNOWN':
      return vi
        ? `Chưa có mức tiền thưởng của: ${note.titles.join('; ')} (Phụ lục I ghi “–”, không tính vào tổng tiền thưởng); bổ sung vào titles.yaml khi có.`
        : `no prize is known for: ${note.titles.join('; ')} (Phụ lục I says “–”, left out of the total); add it to titles.yaml when known.`;
    case 'BASE_SALARY_UNKNOWN':
      return vi
        ? `Chưa có mức lương cơ sở áp dụng tại ngày ${dayMonthYear(note.day)}: Phụ lục I, II chưa tính tiền thưởng (ghi “–”); bổ sung mức lương cơ sở vào base_salaries trong ${file('titles.yaml')}.`
        : `no base salary is in force on ${dayMonthYear(note.day)}: Phụ lục I and II figure no prize (they say “–”); add it to base_salaries in ${file('titles.yaml')}.`;
    case 'SOURCE_REMARKS':
      return vi
        ? `Ghi chú về nguồn số liệu (không in trong văn bản): ${note.sources.map((s) => `${s.title}: ${s.note}`).join(' ')}`
        : `remarks on the sources (not printed in the document): ${note.sources.map((s) => `${s.title}: ${s.note}`).join(' ')}`;
  }
}

/** "a", "a và b", "a, b và c". */
