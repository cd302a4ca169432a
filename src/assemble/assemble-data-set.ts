import { agencyKind } from '../kinds/agency.js';
import { catalogueKind } from '../kinds/catalogue.js';
import type { DataKind } from '../kinds/kind.js';
import { resultsKind } from '../kinds/results.js';
import { scoringKind } from '../kinds/scoring.js';
import { targetsKind } from '../kinds/targets.js';
import { titlesKind } from '../kinds/titles.js';
import { unitResultsKind } from '../kinds/unit-results.js';
import { unitsKind } from '../kinds/units.js';
import type { DataSet, Indicator } from '../model/types.js';
import type { AcceptedFile } from '../validate/validate-data.js';

/**
 * Returns the data set built from the files validation accepted, which found no errors in them: the catalogue,
 * the agency, the results and targets by year, and
 * the units, their scoring rules and their years when the data has them. Undefined when there is no catalogue or no agency.
 */
export function assembleDataSet(accepted: readonly AcceptedFile[]): DataSet | undefined {
  const [catalogue] = modelsOf(accepted, catalogueKind, new Map());
  if (catalogue === undefined) return undefined;
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const [agency] = modelsOf(accepted, agencyKind, indicators);
  if (agency === undefined) return undefined;
  const [units] = modelsOf(accepted, unitsKind, indicators);
  const [scoring] = modelsOf(accepted, scoringKind, indicators);
  const [titles] = modelsOf(accepted, titlesKind, indicators);
  return {
    catalogue,
    agency,
    results: new Map(modelsOf(accepted, resultsKind, indicators).map((r) => [r.year, r])),
    targets: new Map(modelsOf(accepted, targetsKind, indicators).map((t) => [t.year, t])),
    ...(units ? { units } : {}),
    ...(scoring ? { scoring } : {}),
    ...(titles ? { titles } : {}),
    unitResults: new Map(modelsOf(accepted, unitResultsKind, indicators).map((r) => [r.year, r])),
  };
}

function modelsOf<M>(
  accepted: readonly AcceptedFile[],
  kind: DataKind<string, M>,
  indicators: ReadonlyMap<string, Indicator>,
): M[] {
  // Validation found no errors: reading has nothing left to report.
  const context = { indicators, flagged: new Set<string>() };
  return accepted.filter((a) => a.kind === kind).map((a) => kind.read(a.file, context, () => {}));
}
