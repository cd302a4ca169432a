import { basename, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asPeriod, comparePeriods, type ReportPeriod, samePeriod, yearsOf } from '../domain/report-period.js';
import { KINDS } from '../kinds/index.js';
import { coverNamed } from '../kinds/kind.js';
import { toolError } from '../messages/messages.js';
import type { DataSet, FileKind } from '../model/types.js';

/** The years of the data that are reports, in order; none when it has none. */
export function reportYearsOf(data: DataSet): number[] {
  return [...data.results.values()]
    .filter((r) => r.comparison_only !== true)
    .map((r) => r.year)
    .sort((a, b) => a - b);
}

/**
 * Returns the reports of the data: every year that is one (reportYearsOf), every results file of a year's first
 * months (2019-9m.yaml) and every span's words (2016-2020.yaml) not marked `comparison_only`, in order (a year's
 * periods before it, a span after its last year).
 */
export function reportPeriodsOf(data: DataSet): ReportPeriod[] {
  const parts = [...(data.parts?.values() ?? []), ...(data.spans?.values() ?? [])]
    .filter((r) => r.comparison_only !== true)
    .map((r) => ({ year: r.year, months: r.months, from: r.from }));
  return [...reportYearsOf(data).map((year) => ({ year })), ...parts].sort(comparePeriods);
}

/** The reports of the data, or a ToolError when it has none. */
export function reportPeriods(data: DataSet, folder: string): ReportPeriod[] {
  const reports = reportPeriodsOf(data);
  if (reports.length === 0) {
    throw toolError('NO_REPORT_YEARS', { folder, pattern: join(folder, 'YYYY.yaml') });
  }
  return reports;
}

/**
 * The spans of each yearly kind of file the report on `report` reads: last year's results (of the same months, for
 * a period), next year's targets (none for a period: it is set against its own year's plan).
 */
function spansRead(kind: FileKind, report: ReportPeriod): ReportPeriod[] {
  const { year, months } = report;
  // A span of years reads the results and the units' figures of each of its years, its own words (2016-2020.yaml)
  // and targets, and no year's targets.
  if (report.from !== undefined) {
    const own = { from: report.from, year };
    if (kind === 'targets') return [own];
    if (kind === 'results') return [...yearsOf(report).map((y) => ({ year: y })), own];
    return kind === 'unit-results' ? yearsOf(report).map((y) => ({ year: y })) : [{ year }];
  }
  if (kind === 'results')
    return [
      { year: year - 1, months },
      { year, months },
    ];
  if (kind === 'targets') return months === undefined ? [{ year }, { year: year + 1 }] : [{ year }];
  // The units' year, the council: a period's report reads neither (units are scored at the year's end).
  return months === undefined ? [{ year }] : [];
}

/**
 * True when a problem concerns the reports on `years` (a year, or a year's first months): any error (it stops
 * the build), and a warning of a file they read (every file of the folder that is not of a year; the year's and
 * those it is set against), not of a year they do not (a blank year begun with `new`). A report's missing sections
 * concern that report only.
 */
export function concernsYears(d: Diagnostic, years: readonly (number | ReportPeriod)[]): boolean {
  const reports = years.map(asPeriod);
  if (d.code === 'REPORT_SECTION_MISSING') {
    const months = d.args.months === undefined ? undefined : Number(d.args.months);
    const from = d.args.from === undefined ? undefined : Number(d.args.from);
    return reports.some((r) => samePeriod(r, { year: Number(d.args.year), months, from }));
  }
  if (d.severity === 'error') return true;
  const name = basename(d.file);
  for (const kind of KINDS) {
    if (!kind.fileName.yearly) continue;
    const file = coverNamed(kind.fileName.pattern, name);
    if (file === undefined) continue;
    return reports.some((r) => spansRead(kind.name, r).some((span) => samePeriod(span, file)));
  }
  return true;
}
