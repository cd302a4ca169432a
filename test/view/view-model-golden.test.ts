/**
 * The whole view model and the drafter's notes of real and trial years, against goldens: every heading,
 * sentence, table cell, chart datum and note the templates receive, including what no template shows yet
 * (the PDF's metadata). A change to any of them must be seen and accepted (UPDATE_GOLDEN=1), never slip by.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeYear } from '../../src/compute/compute-year.js';
import { loadData } from '../../src/pipeline/load-data.js';
import { buildDraftNotes } from '../../src/view/build-draft-notes.js';
import { buildViewModel } from '../../src/view/build-view-model.js';
import { describeDraftNote } from '../../src/view/describe-draft-note.js';
import { type ReportStyle, resolveReportStyle } from '../../src/view/report-style.js';
import { DATA, ROOT } from '../helpers/run-cli.js';
import { trialData } from '../helpers/trial-data.js';

const GOLDEN = join(ROOT, 'test', 'golden');

const cases: { name: string; trial: boolean; year: number; style: Partial<ReportStyle>; date?: string }[] = [
  { name: '2018', trial: false, year: 2018, style: {} },
  { name: '2017-sparse', trial: false, year: 2017, style: {} },
  { name: '2019-trial', trial: true, year: 2019, style: {} },
  {
    name: '2019-trial-styled',
    trial: true,
    year: 2019,
    style: { charts: 'all', rounding: 'truncate', percentDecimals: 2, ratePercentOfPlan: true },
    date: '2025-03-01',
  },
];

describe('the view model and the drafter’s notes match their goldens', () => {
  it.each(cases)('$name', async ({ name, trial, year, style, date }) => {
    const folder = trial ? await trialData() : DATA;
    const { dataSet } = await loadData(folder);
    if (dataSet === undefined) throw new Error('the data has errors');
    const c = computeYear(dataSet, year);
    const view = buildViewModel(c, dataSet.agency, {
      documentDate: date,
      style: resolveReportStyle(style, dataSet.agency.report),
    });
    const notes = buildDraftNotes(c, dataSet.agency, { documentDate: date });
    const words = (lang: 'vi' | 'en') =>
      notes.notes.map((n) => describeDraftNote(n, lang, 'data', lang === 'vi' ? 'file' : 'console'));
    const actual = `${JSON.stringify({ view, notes, vi: words('vi'), en: words('en') }, null, 2)}\n`;
    const file = join(GOLDEN, `view-${name}.json`);
    if (process.env.UPDATE_GOLDEN === '1') await writeFile(file, actual);
    expect(actual).toBe(await readFile(file, 'utf8'));
  });
});
