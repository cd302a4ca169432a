import { periodLabel } from '../domain/report-period.js';
import type { Language } from '../messages/language.js';
import { messagesFor } from '../messages/messages.js';
import { loadData } from '../pipeline/load-data.js';
import { reportPeriods } from '../pipeline/report-years.js';
import type { CliIO } from './cli-io.js';

/**
 * Runs `years`: prints the reports `build` builds when none is named: the years, their first months, the spans of
 * years with words of their own (one per line, or a JSON array for a CI matrix). Returns 0, or 1 when the data has errors (nothing listed: check says what they are).
 */
export async function runYears(
  options: { data: string; json: boolean; lang: Language },
  io: CliIO,
): Promise<number> {
  const loaded = await loadData(options.data);
  if (loaded.dataSet === undefined) {
    io.stderr(`${messagesFor(options.lang).cli.noYearListed(options.data)}\n`);
    return 1;
  }
  // A year is listed as a number, its first months and a span of years by name ("2019-9m", "2016-2020"): what
  // `build` takes for each.
  const years = reportPeriods(loaded.dataSet, options.data).map((r) =>
    r.months === undefined && r.from === undefined ? r.year : periodLabel(r),
  );
  io.stdout(options.json ? `${JSON.stringify(years)}\n` : years.map((y) => `${y}\n`).join(''));
  return 0;
}
