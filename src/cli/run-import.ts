import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Language } from '../messages/language.js';
import { messagesFor } from '../messages/messages.js';
import { loadData } from '../pipeline/load-data.js';
import { importUnitWorkbooks } from '../pipeline/unit-workbooks.js';
import { writeFilesAtomically } from '../write/write-files-atomically.js';
import type { CliIO } from './cli-io.js';
import { useColor } from './cli-io.js';
import { formatDiagnostics, formatSummary } from './format-diagnostics.js';

export interface ImportOptions {
  files: string[];
  data: string;
  year: number | undefined;
  strict: boolean;
  lang: Language;
}

/**
 * Runs `import FILE.xlsx…`: the units' workbooks read into the year's units file, which is written only when no
 * workbook has an error and the data passes `check` with them. Returns 0, or 1 with the problems at their cells.
 */
export async function runImport(options: ImportOptions, io: CliIO): Promise<number> {
  const words = messagesFor(options.lang).cli;
  const color = useColor(io, 'stderr');
  const loaded = await loadData(options.data);
  const before = loaded.diagnostics.filter((d) => d.code !== 'REPORT_SECTION_MISSING');
  if (loaded.dataSet === undefined || hasErrors(before)) {
    // The data folder must be clean first: otherwise its own problems would be taken for the workbooks'.
    io.stderr(formatDiagnostics(before, 'human', color, options.lang));
    io.stderr(`${words.import.dataErrors}\n`);
    return 1;
  }
  const outcome = await importUnitWorkbooks(
    loaded.dataSet,
    loaded.files,
    options.data,
    options.files,
    options.year,
  );
  io.stderr(formatDiagnostics(outcome.diagnostics, 'human', color, options.lang));
  if (hasErrors(outcome.diagnostics, options.strict)) {
    io.stderr(formatSummary(outcome.diagnostics, options.files.length, color, options.lang));
    io.stderr(`${words.import.nothingWritten}\n`);
    return 1;
  }
  await writeFilesAtomically(outcome.files, undefined, 'data');
  for (const c of outcome.changes)
    io.stdout(`${words.import.merged(c.path, c.changed, c.unchanged.length)}\n`);
  return 0;
}
