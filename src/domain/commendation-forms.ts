/**
 * Emulation titles (danh hiệu thi đua) and forms of commendation (hình thức khen thưởng) are different things:
 * the Law on Emulation and Commendation 06/2022/QH15 treats them in separate chapters, a title is recognised
 * ("công nhận danh hiệu Chiến sĩ thi đua cơ sở") and a form is given ("tặng Bằng khen"). A commendation in the
 * data names its form in words; these beginnings tell which of the two it is, and `category` in the data says so
 * for any other.
 */
import type { Commendation } from '../model/types.js';

/** Titles of the law's Chapter II (Điều 23-28), individual and collective. */
const TITLE_STARTS = [
  'chiến sĩ thi đua',
  'chiến sĩ tiên tiến',
  'lao động tiên tiến',
  'tập thể lao động',
  'cờ thi đua',
  'đơn vị quyết thắng',
  'đơn vị tiên tiến',
];

/** Forms of commendation of the law's Chapter III, and "Khen thưởng" when the source names no form. */
const AWARD_STARTS = [
  'huân chương',
  'huy chương',
  'danh hiệu vinh dự',
  'anh hùng',
  'giải thưởng',
  'kỷ niệm chương',
  'bằng khen',
  'giấy khen',
  'khen thưởng',
];

/** What a commendation is: an emulation title, or a form of commendation. */
export type CommendationCategory = 'title' | 'award';

function startsWithAny(form: string, starts: readonly string[]): boolean {
  const text = form.normalize('NFC').trim().toLocaleLowerCase('vi');
  return starts.some((s) => text.startsWith(s));
}

/** Returns the category the data gives, or the one its form's words name; undefined when neither says. */
export function commendationCategory(
  c: Pick<Commendation, 'form' | 'category'>,
): CommendationCategory | undefined {
  if (c.category !== undefined) return c.category;
  if (startsWithAny(c.form, TITLE_STARTS)) return 'title';
  if (startsWithAny(c.form, AWARD_STARTS)) return 'award';
  return undefined;
}

/** True for a flag ("Cờ thi đua"): a title, but given ("tặng Cờ thi đua"), not recognised. */
export function isFlag(form: string): boolean {
  return startsWithAny(form, ['cờ thi đua']);
}
