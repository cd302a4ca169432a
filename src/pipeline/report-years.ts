import { join } from 'node:path';
import { ToolError } from '../errors.js';
import type { DataSet } from '../model/types.js';

/** Returns the years of the data that are reports: every results file not marked `comparison_only`, in order. */
export function reportYears(data: DataSet, folder: string): number[] {
  const years = [...data.results.values()]
    .filter((r) => r.comparison_only !== true)
    .map((r) => r.year)
    .sort((a, b) => a - b);
  if (years.length === 0) {
    throw new ToolError(
      'NO_REPORT_YEARS',
      `There is no year to report on in ${folder}: no results file (YYYY.yaml), or every one is marked comparison_only.`,
      `Add the year's results (${join(folder, 'YYYY.yaml')}, "kind: results"), or name the year to build.`,
    );
  }
  return years;
}
