import { basename, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { KINDS } from '../kinds/index.js';
import { toolError } from '../messages/messages.js';
import type { DataSet, FileKind } from '../model/types.js';

/** Returns the years of the data that are reports: every results file not marked `comparison_only`, in order. */
export function reportYears(data: DataSet, folder: string): number[] {
  const years = reportYearsOf(data);
  if (years.length === 0) {
    throw toolError('NO_REPORT_YEARS', { folder, pattern: join(folder, 'YYYY.yaml') });
  }
  return years;
}

/** The years of the data that are reports, in order; none when it has none. */
export function reportYearsOf(data: DataSet): number[] {
  return [...data.results.values()]
    .filter((r) => r.comparison_only !== true)
    .map((r) => r.year)
    .sort((a, b) => a - b);
}

/** The years of each yearly kind of file the report on `year` reads: last year's results, next year's targets. */
function yearsRead(kind: FileKind, year: number): number[] {
  if (kind === 'results') return [year - 1, year];
  if (kind === 'targets') return [year, year + 1];
  return [year];
}

/**
 * True when a problem concerns the reports on `years`: any error (it stops the build), and a warning of a file
 * they read (every file of the folder that is not of a year; the year's and the years it is set against), not
 * of a year they do not (a blank year begun with `new`). A report's missing sections concern that report only.
 */
export function concernsYears(d: Diagnostic, years: readonly number[]): boolean {
  if (d.code === 'REPORT_SECTION_MISSING') return years.includes(Number(d.args.year));
  if (d.severity === 'error') return true;
  const name = basename(d.file);
  for (const kind of KINDS) {
    if (!kind.fileName.yearly) continue;
    const year = kind.fileName.pattern.exec(name)?.[1];
    if (year !== undefined) return years.some((y) => yearsRead(kind.name, y).includes(Number(year)));
  }
  return true;
}
