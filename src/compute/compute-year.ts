import { computeComponentSums } from '../domain/component-sums.js';
import type { DataSet, Results, ResultValue, Target, Targets } from '../model/types.js';
import { computeAttainment } from './compute-attainment.js';
import { computeYearOverYear } from './compute-year-over-year.js';
import { type IndicatorNode, orderIndicators } from './order-indicators.js';
import type { IndicatorComputation, YearComputation } from './types.js';

function own<T>(record: Readonly<Record<string, T>> | undefined, id: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, id) ? record[id] : undefined;
}

/**
 * Returns the year's report figures: for each area in catalogue order, each indicator with something to say
 * (an actual, a target or a next-year target, or a listed component), set against its target and last year,
 * components right after their parent; the children's sums against their parents; and which files are missing.
 */
export function computeYear(data: DataSet, year: number): YearComputation {
  const results: Results | undefined = data.results.get(year);
  const targets: Targets | undefined = data.targets.get(year);
  const priorResults: Results | undefined = data.results.get(year - 1);
  const nextTargets: Targets | undefined = data.targets.get(year + 1);

  const compute = (node: IndicatorNode, depth: number): IndicatorComputation[] => {
    const { indicator } = node;
    const below = node.children.flatMap((child) => compute(child, depth + 1));
    const actual: ResultValue | undefined = own(results?.values, indicator.id);
    const target: Target | undefined = own(targets?.targets, indicator.id);
    const prior: ResultValue | undefined = own(priorResults?.values, indicator.id);
    const nextTarget: Target | undefined = own(nextTargets?.targets, indicator.id);
    if (actual === undefined && target === undefined && nextTarget === undefined && below.length === 0)
      return [];
    const entry: IndicatorComputation = {
      indicator,
      depth,
      actual,
      target,
      prior,
      nextTarget,
      attainment: computeAttainment(indicator, actual, target, prior),
      yoy: computeYearOverYear(indicator, actual, prior),
    };
    return [entry, ...below];
  };

  const roots = orderIndicators(data.catalogue.indicators);
  const areas: YearComputation['areas'] = [];
  for (const area of data.catalogue.areas) {
    const indicators = roots.filter((r) => r.indicator.area === area.id).flatMap((r) => compute(r, 0));
    if (indicators.length > 0) areas.push({ area, indicators });
  }

  return {
    year,
    priorYear: year - 1,
    nextYear: year + 1,
    results,
    targets,
    priorResults,
    nextTargets,
    areas,
    componentSums: computeComponentSums(data.catalogue.indicators, results?.values ?? {}),
    blank: data.catalogue.indicators.filter((i) => results?.blank?.includes(i.id) === true),
    missing: {
      results: results === undefined,
      targets: targets === undefined,
      priorYear: priorResults === undefined,
      nextTargets: nextTargets === undefined,
    },
  };
}
