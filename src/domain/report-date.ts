import { asPeriod, type ReportPeriod } from './report-period.js';

/** Returns whether a YYYY-MM-DD string is a real calendar date. */
export function isValidIsoDate(text: string): boolean {
  // Stryker disable next-line Regex: the read-back comparison below refuses any text around the date anyway
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  // A day or month out of range rolls over (31 April is 1 May): a real date reads back as it was written.
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

/**
 * The earliest day of its year a year-end report is dated: the year's summing-up is written in its last weeks,
 * with estimates for the rest of the year ("ước thực hiện cả năm"); a report dated earlier sums up part of it.
 */
export const EARLIEST_REPORT_DAY = '11-01';

/**
 * Returns 'early' when a report on `year` is dated before 1 November of that year, 'late' when dated after the
 * next year, and undefined when the date is plausible (late in its year, or in the next). A report on the first
 * months of a year is early before the first day of its last month (its figures are cut off on the 14th of that
 * month: year-end-work.md §3), late after its year. A report on a span of years is early before its last year: it is
 * given at the span's emulation congress, held in that year (Hà Tĩnh's on 2020-2025 on 13/10/2025, year-end-work.md
 * §3), or written after it, as a year's is.
 */
export function reportDateProblem(
  isoDate: string,
  report: number | ReportPeriod,
): 'early' | 'late' | undefined {
  const { year, months, from } = asPeriod(report);
  const earliest =
    from !== undefined
      ? '01-01'
      : months === undefined
        ? EARLIEST_REPORT_DAY
        : `${String(months).padStart(2, '0')}-01`;
  if (isoDate < `${year}-${earliest}`) return 'early';
  return Number(isoDate.slice(0, 4)) > (months === undefined ? year + 1 : year) ? 'late' : undefined;
}
