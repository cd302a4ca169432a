import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { monthsOf, periodLabel, type ReportPeriod } from '../domain/report-period.js';
import type { ToolError } from '../errors.js';
import { toolError } from '../messages/messages.js';
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
export async function startYear(folder: string, year: number, months?: number): Promise<NewYearOutcome> {
  if (months !== undefined) return startPeriod(folder, year, months);
  const [resultsName, targetsName] = [`${year}.yaml`, `${year + 1}-targets.yaml`];
  // A file of the year under another name (2019.yml) counts as there: a second one would be a duplicate.
  const found = async (name: string) => {
    for (const n of [name, name.replace(/\.yaml$/, '.yml')]) {
      if (
        await lstat(join(folder, n)).then(
          () => true,
          () => false,
        )
      )
        return n;
    }
    return undefined;
  };
  // Our name of each file, and the name it is found under.
  const kept = new Map<string, string>();
  for (const name of [resultsName, targetsName]) {
    const there = await found(name);
    if (there !== undefined) kept.set(name, there);
  }
  if (kept.size === 2)
    throw filesExist(
      [...kept.values()].map((n) => join(folder, n)),
      year,
    );
  const loaded = await loadData(folder);
  if (hasErrors(loaded.diagnostics) || loaded.dataSet === undefined) {
    return { outcome: 'data_errors', diagnostics: loaded.diagnostics };
  }
  if (loaded.dataSet.results.has(year) && !kept.has(resultsName)) kept.set(resultsName, resultsName);
  if (loaded.dataSet.targets.has(year + 1) && !kept.has(targetsName)) kept.set(targetsName, targetsName);
  if (kept.size === 2)
    throw filesExist(
      [...kept.values()].map((n) => join(folder, n)),
      year,
    );
  const files = newYearFiles(loaded.dataSet, { year })
    .filter((f) => !kept.has(f.name))
    .map((f) => ({ path: join(folder, f.name), content: f.text }));
  await writeFilesAtomically(files, undefined, 'data');
  return {
    outcome: 'written',
    written: files.map((f) => f.path),
    kept: [...kept.values()].map((n) => join(folder, n)),
  };
}

/** Starts the results file of a year's first months (2019-9m.yaml), unless it exists. */
function startPeriod(folder: string, year: number, months: number): Promise<NewYearOutcome> {
  return startOne(folder, { year, months });
}

/** Starts the words of the report on a span of years (2016-2020.yaml), unless they exist. */
export function startSpan(folder: string, span: { from: number; year: number }): Promise<NewYearOutcome> {
  return startOne(folder, span);
}

/**
 * Starts the one file of a report on a year's first months or on a span of years (2019-9m.yaml, 2016-2020.yaml),
 * unless it exists under its name or another.
 */
async function startOne(folder: string, report: ReportPeriod): Promise<NewYearOutcome> {
  const { year } = report;
  const label = periodLabel(report);
  for (const name of [`${label}.yaml`, `${label}.yml`]) {
    const there = await lstat(join(folder, name)).then(
      () => true,
      () => false,
    );
    if (there) throw filesExist([join(folder, name)], year, label);
  }
  const loaded = await loadData(folder);
  if (hasErrors(loaded.diagnostics) || loaded.dataSet === undefined) {
    return { outcome: 'data_errors', diagnostics: loaded.diagnostics };
  }
  // The months' results, or the span's words, under another name (ket-qua-9-thang-2019.yaml, `period: 9m`): a second
  // would be a duplicate.
  const other = report.from === undefined ? loaded.dataSet.parts : loaded.dataSet.spans;
  if (other?.has(label)) {
    const file = loaded.files.find((f) => f.kind === 'results' && coverOf(f.data) === label)?.file;
    throw filesExist([file ?? join(folder, `${label}.yaml`)], year, label);
  }
  const files = newYearFiles(loaded.dataSet, report).map((f) => ({
    path: join(folder, f.name),
    content: f.text,
  }));
  await writeFilesAtomically(files, undefined, 'data');
  return { outcome: 'written', written: files.map((f) => f.path), kept: [] };
}

/** What a results file's data says it covers, as a label ("2019-9m", "2016-2020"), read before its model is. */
function coverOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !('year' in data)) return undefined;
  const year = Number(data.year);
  const months = 'period' in data ? monthsOf(String(data.period)) : undefined;
  const from = 'from' in data ? Number(data.from) : undefined;
  return periodLabel({ year, months, from });
}

function filesExist(paths: readonly string[], year: number, report?: string): ToolError {
  return toolError('NEW_FILES_EXIST', { year, paths, ...(report === undefined ? {} : { report }) });
}
