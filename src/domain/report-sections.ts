/**
 * The parts an official year-end summing-up must have: the situation, the results and their assessment, the
 * shortcomings with their causes, the lessons learned, then next year's direction (Thông tư 01/2024/TT-BNV,
 * khoản 3 Điều 3, since replaced by Thông tư 15/2025/TT-BNV), with the emulation movements and commendations a
 * thi đua report is about. Each is a key of a results file's `narrative`.
 */
import type { Narrative } from '../model/types.js';

export const REQUIRED_SECTIONS = [
  { key: 'situation', name: 'Đặc điểm tình hình', en: 'the situation of the year' },
  { key: 'movements', name: 'Các phong trào thi đua', en: 'the emulation movements' },
  { key: 'commendations', name: 'Công tác khen thưởng', en: 'the commendations' },
  { key: 'highlights', name: 'Ưu điểm', en: 'the strengths' },
  { key: 'shortcomings', name: 'Tồn tại, hạn chế', en: 'the shortcomings' },
  { key: 'causes', name: 'Nguyên nhân của tồn tại, hạn chế', en: 'the causes of the shortcomings' },
  { key: 'lessons', name: 'Bài học kinh nghiệm', en: 'the lessons learned' },
  { key: 'next_year_tasks', name: 'Nhiệm vụ trọng tâm năm sau', en: "next year's tasks" },
] as const satisfies readonly { key: keyof Narrative; name: string; en: string }[];

/**
 * The parts asked of a sơ kết of the first months of a year. No prescribed outline of a department's sơ kết was
 * found (year-end-work.md §3): the tool asks the year's parts, but the direction is the rest of the year's.
 */
export const PERIOD_SECTIONS = [
  ...REQUIRED_SECTIONS.filter((s) => s.key !== 'next_year_tasks'),
  {
    key: 'rest_of_year_tasks',
    name: 'Nhiệm vụ trọng tâm những tháng cuối năm',
    en: 'the tasks for the rest of the year',
  },
] as const satisfies readonly { key: keyof Narrative; name: string; en: string }[];

/**
 * The parts asked of a tổng kết of a span of years. No outline of a department's five-year summing-up was found
 * (year-end-work.md §3): the tool asks the year's parts, the direction being the next span's; the national report
 * of 2001-2005 (banthiduakhenthuongtw.gov.vn/noi-dung/616) likewise reports the movements and commendations of its
 * five years, assesses them with their lessons, then sets the next span's direction.
 */
export const SPAN_SECTIONS = [
  ...REQUIRED_SECTIONS.filter((s) => s.key !== 'next_year_tasks'),
  {
    key: 'next_period_tasks',
    name: 'Phương hướng, nhiệm vụ giai đoạn tới',
    en: 'the direction of the span ahead',
  },
] as const satisfies readonly { key: keyof Narrative; name: string; en: string }[];

export type SectionKey = (
  | typeof PERIOD_SECTIONS
  | typeof REQUIRED_SECTIONS
  | typeof SPAN_SECTIONS
)[number]['key'];

/** What a report covers, as far as its parts go: a year, its first `months`, or a span of years `from` on. */
export interface SectionsCover {
  months?: number | undefined;
  from?: number | undefined;
}

/** The parts asked of a report: the year's, a sơ kết's of its first months, or a span's tổng kết. */
export function sectionsOf(
  cover: SectionsCover = {},
): readonly { key: SectionKey; name: string; en: string }[] {
  if (cover.from !== undefined) return SPAN_SECTIONS;
  return cover.months === undefined ? REQUIRED_SECTIONS : PERIOD_SECTIONS;
}

/** Returns the required sections a narrative lacks (absent, blank or an empty list), in the document's order. */
export function missingSections(narrative: Narrative | undefined, cover: SectionsCover = {}): SectionKey[] {
  return sectionsOf(cover)
    .filter(({ key }) => {
      const v = narrative?.[key];
      return v === undefined || v === null || (Array.isArray(v) ? v.length === 0 : String(v).trim() === '');
    })
    .map((s) => s.key);
}
