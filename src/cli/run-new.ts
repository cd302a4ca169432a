import type { Language } from '../messages/language.js';
import { startYear } from '../pipeline/new-year.js';
import type { CliIO } from './cli-io.js';
import { useColor } from './cli-io.js';
import { formatDiagnostics } from './format-diagnostics.js';

/** Runs `new YEAR`: 0 with the files written (and those kept) named, 1 when the data has errors. */
export async function runNew(
  options: { year: number; data: string; lang: Language },
  io: CliIO,
): Promise<number> {
  const result = await startYear(options.data, options.year);
  if (result.outcome === 'data_errors') {
    io.stderr(formatDiagnostics(result.diagnostics, 'human', useColor(io, 'stderr'), options.lang));
    io.stderr(
      'The data has errors; no file was written. Fix them (hatinh-report check) and run "new" again.\n',
    );
    return 1;
  }
  for (const path of result.kept) io.stdout(`kept ${path} (it exists; "new" never overwrites a file)\n`);
  for (const path of result.written) io.stdout(`wrote ${path}\n`);
  const data = options.data === 'data' ? '' : ` --data ${options.data}`;
  io.stdout(`Fill in the blanks, then run: node bin/hatinh-report.js check${data}\n`);
  return 0;
}
