/**
 * What a report covers: a whole year, or its first months (a sơ kết of 6 or 9 months: `2019-9m.yaml`, `period: 9m`).
 * Its data is cut off on the 14th of its last month (15/12–14/9 for nine months), as Khánh Hòa's QĐ 01/2023/QĐ-UBND
 * Điều 4 restates the national regime of NĐ 09/2019/NĐ-CP (its own text not read; nor whether nine months is national).
 */

import type { Indicator } from '../model/types.js';

/**
 * A report's span: the year, and for part of it the number of its first months (1 to 11); for a span of years (the
 * tổng kết giai đoạn, 2016-2020) its first year in `from`, `year` being its last.
 */
export interface ReportPeriod {
  year: number;
  /** The first `months` months of the year; absent for the whole year. */
  months?: number | undefined;
  /** The first year of a span of years ending with `year`; absent for one year or part of it. */
  from?: number | undefined;
}

/** The most years a span report covers: a column each must fit the page beside the indicator's name. */
export const MAX_SPAN_YEARS = 10;

/** The text of a results file's `period:` ("9m"), as its schema and file name write it. */
export const MONTHS_TEXT = '([1-9]|1[01])m';

/** Returns the months of a period's text ("9m" → 9), or undefined for any other text. */
export function monthsOf(text: string): number | undefined {
  const m = new RegExp(`^${MONTHS_TEXT}$`).exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Returns the name of a report: "2019" for a year, "2019-9m" for its first nine months (files, folders, lists). */
export function periodLabel(p: ReportPeriod): string {
  if (p.from !== undefined) return `${p.from}-${p.year}`;
  return p.months === undefined ? String(p.year) : `${p.year}-${p.months}m`;
}

/** Returns the report a name stands for ("2019", "2019-9m", a span "2016-2020"), or undefined for any other text. */
export function parsePeriodLabel(text: string): ReportPeriod | undefined {
  const span = /^(\d{4})-(\d{4})$/.exec(text);
  if (span) {
    const from = Number(span[1]);
    const year = Number(span[2]);
    return from < year && year - from < MAX_SPAN_YEARS ? { year, from } : undefined;
  }
  const m = new RegExp(`^(\\d{4})(?:-${MONTHS_TEXT})?$`).exec(text);
  if (!m) return undefined;
  return m[2] === undefined ? { year: Number(m[1]) } : { year: Number(m[1]), months: Number(m[2]) };
}

/** Orders reports by year, a year's periods before the year itself, shorter first, a span ending it after it. */
export function comparePeriods(a: ReportPeriod, b: ReportPeriod): number {
  return (
    a.year - b.year || (a.months ?? 12) - (b.months ?? 12) || (b.from ?? b.year + 1) - (a.from ?? a.year + 1)
  );
}

/** Returns the last day of a period (YYYY-MM-DD): 30/9 for nine months, 31/12 for the year. */
export function periodEndDay(p: ReportPeriod): string {
  const month = p.months ?? 12;
  // Day 0 of the next month is the last of this one.
  const last = new Date(Date.UTC(p.year, month, 0)).getUTCDate();
  return `${p.year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** True for two reports of the same span. */
export function samePeriod(a: ReportPeriod, b: ReportPeriod): boolean {
  return a.year === b.year && a.months === b.months && a.from === b.from;
}

/** Returns the years a report covers, in order: a span's every year, else its one year. */
export function yearsOf(p: ReportPeriod): number[] {
  const from = p.from ?? p.year;
  return Array.from({ length: p.year - from + 1 }, (_, i) => from + i);
}

/** A report named with `--period`'s months: a plain year takes them; the first months or a span stay as named. */
export function withMonths(report: ReportPeriod, months: number | undefined): ReportPeriod {
  return report.months === undefined && report.from === undefined && months !== undefined
    ? { ...report, months }
    : report;
}

/** A report's span from a year alone, or the span itself. */
export function asPeriod(p: number | ReportPeriod): ReportPeriod {
  return typeof p === 'number' ? { year: p } : p;
}

/**
 * True for an indicator whose figure adds up over the year (a count of people helped, an amount paid): the first
 * months' figure is part of the year's. A rate, or a plain number, is a level at a time, not a sum; so is a count
 * the catalogue says is one (`over_the_year: level`: people on a regular allowance at a time).
 */
export function addsUpOverTheYear(indicator: Indicator): boolean {
  if (indicator.over_the_year !== undefined) return indicator.over_the_year === 'sum';
  return indicator.kind === 'count' || indicator.kind === 'money';
}

/**
 * Returns what a report covers in Vietnamese, as its words and messages say it: "năm 2019", "9 tháng đầu năm 2019";
 * of one month "tháng 01 năm 2019", as monthly reports name themselves (the statistics office's "Báo cáo Tình hình
 * kinh tế - xã hội tháng 01 năm 2022", thongkecaobang.gso.gov.vn), the month written as NĐ 30 writes it in a date;
 * a span of years "giai đoạn 2016 - 2020".
 */
export function periodSpanWords(p: ReportPeriod): string {
  if (p.from !== undefined) return `giai đoạn ${p.from} - ${p.year}`;
  if (p.months === undefined) return `năm ${p.year}`;
  return p.months === 1 ? `tháng 01 năm ${p.year}` : `${p.months} tháng đầu năm ${p.year}`;
}
