/**
 * The documents themselves, before any renderer: the report's tree (of a real year, a styled trial year and the
 * example's emulation year) and the score sheet of every unit the example scores, against goldens. Every node's
 * kind, text, column, alignment and keep-together flag is here, which no single format shows all of (Markdown has
 * no alignment, the PDF text no table kinds). A change must be seen and accepted (UPDATE_GOLDEN=1).
 */
import { describe, expect, it } from 'vitest';
import { computeEmulation } from '../../src/compute/compute-emulation.js';
import { computeYear } from '../../src/compute/compute-year.js';
import type { DataSet } from '../../src/model/types.js';
import { loadData } from '../../src/pipeline/load-data.js';
import { buildViewModel } from '../../src/view/build-view-model.js';
import { reportDocument } from '../../src/view/report-document.js';
import { type ReportStyle, resolveReportStyle } from '../../src/view/report-style.js';
import { unitSheetDocument } from '../../src/view/unit-sheet-view.js';
import { expectGolden } from '../helpers/golden.js';
import { DATA, ROOT } from '../helpers/run-cli.js';
import { trialData } from '../helpers/trial-data.js';

const EXAMPLE = `${ROOT}/examples/thi-dua`;

async function dataSetOf(folder: string): Promise<DataSet> {
  const { dataSet } = await loadData(folder);
  if (dataSet === undefined) throw new Error(`${folder} has errors`);
  return dataSet;
}

function viewOf(data: DataSet, year: number, style: Partial<ReportStyle> = {}) {
  const emulation = computeEmulation(data, year);
  const view = buildViewModel(computeYear(data, year), data.agency, {
    emulation,
    documentDate: undefined,
    style: resolveReportStyle(style, data.agency.report),
  });
  return { emulation, view };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('the document trees match their goldens', () => {
  it('the 2018 report', async () => {
    const { view } = viewOf(await dataSetOf(DATA), 2018);
    await expectGolden('document-2018.json', json(reportDocument(view)));
  });

  it('the trial 2019 report with every style option set', async () => {
    const { view } = viewOf(await dataSetOf(await trialData()), 2019, {
      charts: 'all',
      rounding: 'truncate',
      percentDecimals: 2,
      ratePercentOfPlan: true,
    });
    await expectGolden('document-2019-trial-styled.json', json(reportDocument(view)));
  });

  it("the example's 2024 report, with its emulation section and appendices", async () => {
    const { view } = viewOf(await dataSetOf(EXAMPLE), 2024);
    await expectGolden('document-vi-du-thi-dua-2024.json', json(reportDocument(view)));
  });

  it('the score sheet of every unit the example scores in 2024', async () => {
    const data = await dataSetOf(EXAMPLE);
    const { emulation, view } = viewOf(data, 2024);
    if (emulation === undefined) throw new Error('the example has no emulation');
    const units = emulation.scores.blocks.flatMap((b) => b.units.map((u) => u.unit.id));
    expect(units.length).toBe(18);
    const sheets = units.map((unit) => ({
      unit,
      sheet: unitSheetDocument(emulation, unit, { ...view, documentCode: data.agency.document_code }),
    }));
    await expectGolden('phieu-diem-2024-every-unit.json', json(sheets));
    expect(unitSheetDocument(emulation, 'no-such-unit', { ...view, documentCode: 'X' })).toBeUndefined();
  });
});
