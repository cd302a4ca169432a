import type { ReportPeriod } from '../domain/report-period.js';
import type { Language } from '../messages/language.js';
import { messagesFor } from '../messages/messages.js';
import { startSpan, startYear } from '../pipeline/new-year.js';
import type { CliIO } from './cli-io.js';
import { useColor } from './cli-io.js';
import { formatDiagnostics } from './format-diagnostics.js';

/**
 * Runs `new YEAR` (or `new 2019-9m`, `new 2016-2020`): 0 with the files written (and those kept) named, 1 when the
 * data has errors.
 */
export async function runNew(
  options: { report: ReportPeriod; data: string; lang: Language },
  io: CliIO,
): Promise<number> {
  const words = messagesFor(options.lang).cli;
  const { report } = options;
  const result =
    report.from === undefined
      ? await startYear(options.data, report.year, report.months)
      : await startSpan(options.data, { from: report.from, year: report.year });
  if (result.outcome === 'data_errors') {
    io.stderr(formatDiagnostics(result.diagnostics, 'human', useColor(io, 'stderr'), options.lang));
    io.stderr(`${words.nothingWritten}\n`);
    return 1;
  }
  for (const path of result.kept) io.stdout(`${words.kept(path)}\n`);
  for (const path of result.written) io.stdout(`${words.wrote(path)}\n`);
  const data = options.data === 'data' ? '' : ` --data ${options.data}`;
  io.stdout(`${words.fillIn(`node bin/hatinh-report.js check${data}`)}\n`);
  return 0;
}
