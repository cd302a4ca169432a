import type { Agency } from '../model/types.js';
import { asPeriod, periodEndDay, type ReportPeriod } from './report-period.js';

const within = (date: string, from: string | undefined, until: string | undefined) =>
  (from === undefined || date >= from) && (until === undefined || date <= until);

/**
 * Returns the agency as it was on a date (YYYY-MM-DD): the period in force then, or else the agency's own names
 * when the date is within its `from` and `until`. Undefined when the agency bore no name on that date: a report
 * dated before it existed or after it was merged away.
 */
export function agencyOn(agency: Agency, date: string): Agency | undefined {
  const { periods, from, until, ...own } = agency;
  const period = (periods ?? []).find((p) => within(date, p.from, p.until));
  if (period) {
    // The period's names replace the agency's own, a short name included: none is carried over from another.
    const { from: _from, until: _until, ...identity } = period;
    const { short_name: _short, ...rest } = own;
    return { ...rest, ...identity };
  }
  return within(date, from, until) ? own : undefined;
}

/**
 * The date a report's agency is taken on: its document date, or when it has none the last day of its year (of its
 * last month, for a report on the first months).
 */
export function agencyDateOf(report: number | ReportPeriod, documentDate: string | undefined): string {
  return documentDate ?? periodEndDay(asPeriod(report));
}

/** Returns the indexes of two periods whose dates overlap (each from..until, open ends unbounded), if any. */
export function overlappingPeriods(
  periods: readonly { from: string; until?: string | undefined }[],
): [number, number] | undefined {
  // Stryker disable next-line EqualityOperator: at i = length the inner loop has no pair left to look at
  for (let i = 0; i < periods.length; i++) {
    for (let j = i + 1; j < periods.length; j++) {
      const a = periods[i] as (typeof periods)[number];
      const b = periods[j] as (typeof periods)[number];
      if ((a.until === undefined || b.from <= a.until) && (b.until === undefined || a.from <= b.until))
        return [i, j];
    }
  }
  return undefined;
}
