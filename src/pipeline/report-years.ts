import { join } from 'node:path';
import { toolError } from '../messages/messages.js';
import type { DataSet } from '../model/types.js';

/** Returns the years of the data that are reports: every results file not marked `comparison_only`, in order. */
export function reportYears(data: DataSet, folder: string): number[] {
  const years = [...data.results.values()]
    .filter((r) => r.comparison_only !== true)
    .map((r) => r.year)
    .sort((a, b) => a - b);
  if (years.length === 0) {
    throw toolError('NO_REPORT_YEARS', { folder, pattern: join(folder, 'YYYY.yaml') });
  }
  return years;
}
