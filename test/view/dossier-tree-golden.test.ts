/**
 * The award dossier's documents themselves, before any renderer (issue 22): every document of the example's dossier
 * for 2024 as a tree, against a golden. Its tables' columns, widths, alignment and row kinds, its lists' and
 * paragraphs' markup, its signatures' lines and its pages' orientation are here, which no single format shows all
 * of. A change must be seen and accepted (UPDATE_GOLDEN=1).
 */
import { describe, expect, it } from 'vitest';
import { computeEmulation } from '../../src/compute/compute-emulation.js';
import { computeYear } from '../../src/compute/compute-year.js';
import { loadData } from '../../src/pipeline/load-data.js';
import { buildViewModel } from '../../src/view/build-view-model.js';
import { dossierDocuments } from '../../src/view/dossier-documents.js';
import { resolveReportStyle } from '../../src/view/report-style.js';
import { expectGolden } from '../helpers/golden.js';
import { ROOT } from '../helpers/run-cli.js';

const EXAMPLE = `${ROOT}/examples/thi-dua`;

describe('the dossier’s document trees match their golden', () => {
  it('the example’s dossier of 2024: every document, in filing order, and the officer’s notes', async () => {
    const { dataSet: data } = await loadData(EXAMPLE);
    if (data === undefined) throw new Error('the example has errors');
    const year = 2024;
    const emulation = computeEmulation(data, year);
    const proposals = emulation?.proposals;
    const council = data.council;
    const meeting = council?.meetings.find((m) => m.year === year);
    if (emulation === undefined || proposals === undefined || council === undefined || meeting === undefined)
      throw new Error('the example has no dossier for 2024');
    const view = buildViewModel(computeYear(data, year), data.agency, {
      emulation,
      documentDate: undefined,
      style: resolveReportStyle({}, data.agency.report),
    });
    const dossier = dossierDocuments({ ...emulation, proposals }, council, meeting, {
      report: view,
      agency: data.agency,
      figures: new Map(Object.entries(data.unitResults?.get(year)?.units ?? {})),
      priorFigures: new Map(Object.entries(data.unitResults?.get(year - 1)?.units ?? {})),
      documentDate: undefined,
    });
    expect(dossier.documents.map((d) => d.part)).toEqual([
      'submission',
      'unit-report',
      'member-report',
      'minutes',
      'decision',
      'contents',
    ]);
    await expectGolden('ho-so-2024-documents.json', `${JSON.stringify(dossier, null, 2)}\n`);
  });
});
