import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReportData, type YearSpec } from '../helpers/generate-report-data.js';
import { runInProcess } from '../helpers/run-cli.js';
import { trialData } from '../helpers/trial-data.js';
import { layoutProblems } from '../pdf/layout-problems.js';

const TIMEOUT = 300_000;
const HEADER = ['UBND TỈNH HÀ TĨNH', 'SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'];

/** Builds the years of a data folder to HTML and PDF and returns each year's layout problems. */
async function problemsOf(
  data: string,
  years: number[],
  extra: string[] = [],
): Promise<Record<number, string[]>> {
  const out = await mkdtemp(join(tmpdir(), 'hatinh-layout-out-'));
  const run = await runInProcess([
    'build',
    ...years.map(String),
    '--format',
    'html,pdf',
    '--data',
    data,
    '--out',
    out,
    ...extra,
  ]);
  expect(run.code, run.stderr).toBe(0);
  const result: Record<number, string[]> = {};
  for (const year of years) {
    const html = await readFile(join(out, String(year), `bao-cao-${year}.html`), 'utf8');
    result[year] = layoutProblems(join(out, String(year), `bao-cao-${year}.pdf`), html, HEADER);
  }
  return result;
}

const none = (years: number[]) => Object.fromEntries(years.map((y) => [y, []]));

describe('the PDF keeps the typesetter’s rules', () => {
  it(
    'on the shipped 2018 data and the full 2019 trial year, with the default charts and with all of them',
    async () => {
      const data = await trialData();
      expect(await problemsOf(data, [2018, 2019])).toEqual(none([2018, 2019]));
      expect(await problemsOf(data, [2018, 2019], ['--charts', 'all'])).toEqual(none([2018, 2019]));
    },
    TIMEOUT,
  );

  it(
    'on made-up years of 1 to 200 indicators, with and without targets, last year and notes',
    async () => {
      const years: YearSpec[] = [
        { year: 2001, indicators: 1, targets: false, prior: false, notes: false },
        { year: 2003, indicators: 12, targets: true, prior: true, notes: true },
        { year: 2005, indicators: 60, targets: false, prior: true, notes: false },
        { year: 2008, indicators: 200, targets: true, prior: true, notes: true },
      ];
      const data = await generateReportData(years, { catalogueSize: 200, longNames: false });
      const list = years.map((y) => y.year);
      expect(await problemsOf(data, list, ['--charts', 'all'])).toEqual(none(list));
    },
    TIMEOUT,
  );

  it(
    'wherever the closing paragraph falls: it always shares the page of "Nơi nhận" and the signature',
    async () => {
      // Each year one proposal longer: the closing paragraph walks down the page and over its end.
      const years: YearSpec[] = Array.from({ length: 14 }, (_, k) => ({
        year: 2011 + 2 * k,
        indicators: 2,
        targets: false,
        prior: false,
        notes: false,
        proposals: k,
      }));
      const data = await generateReportData(years, { catalogueSize: 2, longNames: false });
      const list = years.map((y) => y.year);
      expect(await problemsOf(data, list)).toEqual(none(list));
    },
    TIMEOUT,
  );

  it(
    'with long indicator names',
    async () => {
      const years: YearSpec[] = [
        { year: 2003, indicators: 40, targets: true, prior: true, notes: true },
        { year: 2008, indicators: 200, targets: true, prior: true, notes: false },
      ];
      const data = await generateReportData(years, { catalogueSize: 200, longNames: true });
      const list = years.map((y) => y.year);
      expect(await problemsOf(data, list, ['--charts', 'all'])).toEqual(none(list));
    },
    TIMEOUT,
  );
});
