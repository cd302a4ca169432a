import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { ToolError } from '../errors.js';
import { newYearFiles } from '../scaffold/new-year-files.js';
import { writeFilesAtomically } from '../write/write-files-atomically.js';
import { loadData } from './load-data.js';

/** How `new` ended: the data has errors (nothing written), or the files written and those left as they were. */
export type NewYearOutcome =
  | { outcome: 'data_errors'; diagnostics: Diagnostic[] }
  | { outcome: 'written'; written: string[]; kept: string[] };

/**
 * Starts a year: writes the year's results file and next year's targets file into the data folder, from the
 * catalogue, last year's figures and this year's targets. A file that exists is never overwritten: it is kept
 * as it is and named; when both exist, nothing is left to do and that is an error.
 */
export async function startYear(folder: string, year: number): Promise<NewYearOutcome> {
  const paths = [`${year}.yaml`, `${year + 1}-targets.yaml`].map((name) => join(folder, name));
  const exists = await Promise.all(
    paths.map((path) =>
      lstat(path).then(
        () => true,
        () => false,
      ),
    ),
  );
  const kept = paths.filter((_, i) => exists[i]);
  if (kept.length === paths.length) {
    throw new ToolError(
      'NEW_FILES_EXIST',
      `${kept.join(' and ')} already exist; "new" never overwrites a file.`,
      `Edit them, or move them away first to start ${year} again.`,
    );
  }
  const loaded = await loadData(folder);
  if (hasErrors(loaded.diagnostics) || loaded.dataSet === undefined) {
    return { outcome: 'data_errors', diagnostics: loaded.diagnostics };
  }
  const files = newYearFiles(loaded.dataSet, year)
    .map((f) => ({ path: join(folder, f.name), content: f.text }))
    .filter((f) => !kept.includes(f.path));
  await writeFilesAtomically(files);
  return { outcome: 'written', written: files.map((f) => f.path), kept };
}
