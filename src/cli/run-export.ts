import { dirname } from 'node:path';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Language } from '../messages/language.js';
import { messagesFor } from '../messages/messages.js';
import { loadData } from '../pipeline/load-data.js';
import { exportUnitWorkbooks } from '../pipeline/unit-workbooks.js';
import { writeFilesAtomically } from '../write/write-files-atomically.js';
import type { CliIO } from './cli-io.js';
import { useColor } from './cli-io.js';
import { formatDiagnostics } from './format-diagnostics.js';

export interface ExportOptions {
  year: number;
  data: string;
  out: string;
  unit: string | undefined;
  lang: Language;
}

/**
 * Runs `export YEAR --format xlsx`: a workbook for each unit to fill in (or the one named), all written or none.
 * Returns 0, or 1 when the data has errors (shown on stderr).
 */
export async function runExport(options: ExportOptions, io: CliIO): Promise<number> {
  const words = messagesFor(options.lang).cli;
  const loaded = await loadData(options.data);
  // Blanks are what a workbook to fill in is for: the data's problems are shown only when they stop the export.
  const diagnostics = loaded.diagnostics.filter((d) => d.code !== 'REPORT_SECTION_MISSING');
  if (loaded.dataSet === undefined || hasErrors(diagnostics)) {
    io.stderr(formatDiagnostics(diagnostics, 'human', useColor(io, 'stderr'), options.lang));
    io.stderr(`${words.export.dataErrors}\n`);
    return 1;
  }
  const files = await exportUnitWorkbooks(loaded.dataSet, {
    year: options.year,
    out: options.out,
    unit: options.unit,
    folder: options.data,
  });
  await writeFilesAtomically(files);
  const folder = files[0] === undefined ? options.out : dirname(files[0].path);
  io.stdout(`${words.export.wrote(files.length, folder)}\n`);
  return 0;
}
