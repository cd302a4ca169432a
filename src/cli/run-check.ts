import { dirname } from 'node:path';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Language } from '../messages/language.js';
import { loadData } from '../pipeline/load-data.js';
import type { CliIO } from './cli-io.js';
import { useColor } from './cli-io.js';
import { formatDiagnostics, formatSummary, type OutputFormat } from './format-diagnostics.js';

export interface CheckOptions {
  files: string[];
  /** The data folder; when not given and files are named, the folder of the first file. */
  data: string | undefined;
  format: OutputFormat;
  strict: boolean;
  lang: Language;
}

/** Runs `check` and returns its exit code: 0 clean, 1 the data has errors (or warnings with --strict). */
export async function runCheck(options: CheckOptions, io: CliIO): Promise<number> {
  const folder = options.data ?? (options.files[0] ? dirname(options.files[0]) : 'data');
  const loaded = await loadData(folder, options.files.length > 0 ? options.files : undefined);
  const color = useColor(io, 'stdout');
  io.stdout(formatDiagnostics(loaded.diagnostics, options.format, color, options.lang));
  if (options.format === 'human') {
    const count = options.files.length > 0 ? options.files.length : loaded.fileCount;
    io.stdout(formatSummary(loaded.diagnostics, count, color, options.lang));
  }
  return hasErrors(loaded.diagnostics, options.strict) ? 1 : 0;
}
