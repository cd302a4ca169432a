import { periodLabel } from '../domain/report-period.js';
import { agencyKind } from '../kinds/agency.js';
import { catalogueKind } from '../kinds/catalogue.js';
import { councilKind } from '../kinds/council.js';
import type { DataKind } from '../kinds/kind.js';
import { resultsKind } from '../kinds/results.js';
import { scoringKind } from '../kinds/scoring.js';
import { targetsKind } from '../kinds/targets.js';
import { titlesKind } from '../kinds/titles.js';
import { unitResultsKind } from '../kinds/unit-results.js';
import { unitsKind } from '../kinds/units.js';
import type { DataSet } from '../model/types.js';
import type { AcceptedFile } from '../validate/validate-data.js';

/**
 * Returns the data set built from the files validation accepted, which found no errors in them: the catalogue,
 * the agency, the results and targets by year, and
 * the units, their scoring rules and their years when the data has them. Undefined when there is no catalogue or no agency.
 */
export function assembleDataSet(accepted: readonly AcceptedFile[]): DataSet | undefined {
  const [catalogue] = modelsOf(accepted, catalogueKind);
  const [agency] = modelsOf(accepted, agencyKind);
  if (catalogue === undefined || agency === undefined) return undefined;
  const [units] = modelsOf(accepted, unitsKind);
  const [scoring] = modelsOf(accepted, scoringKind);
  const [titles] = modelsOf(accepted, titlesKind);
  const [council] = modelsOf(accepted, councilKind);
  return {
    catalogue,
    agency,
    results: new Map(
      modelsOf(accepted, resultsKind)
        .filter((r) => r.months === undefined && r.from === undefined)
        .map((r) => [r.year, r]),
    ),
    parts: new Map(
      modelsOf(accepted, resultsKind)
        .filter((r) => r.months !== undefined)
        .map((r) => [periodLabel({ year: r.year, months: r.months }), r]),
    ),
    spans: new Map(
      modelsOf(accepted, resultsKind)
        .filter((r) => r.from !== undefined)
        .map((r) => [periodLabel({ year: r.year, from: r.from }), r]),
    ),
    targets: new Map(
      modelsOf(accepted, targetsKind)
        .filter((t) => t.from === undefined)
        .map((t) => [t.year, t]),
    ),
    spanTargets: new Map(
      modelsOf(accepted, targetsKind)
        .filter((t) => t.from !== undefined)
        .map((t) => [periodLabel({ year: t.year, from: t.from }), t]),
    ),
    ...(units ? { units } : {}),
    ...(scoring ? { scoring } : {}),
    ...(titles ? { titles } : {}),
    unitResults: new Map(modelsOf(accepted, unitResultsKind).map((r) => [r.year, r])),
    ...(council ? { council } : {}),
  };
}

/** The models of a kind's accepted files, as validation read them (each file is read once). */
function modelsOf<M>(accepted: readonly AcceptedFile[], kind: DataKind<string, M>): M[] {
  // Each was read by this very kind: its model is an M.
  return accepted.filter((a) => a.kind === kind).map((a) => a.model as M);
}
