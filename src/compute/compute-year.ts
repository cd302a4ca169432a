import { computeComponentSums } from '../domain/component-sums.js';
import { addsUpOverTheYear, periodLabel } from '../domain/report-period.js';
import type { DataSet, Indicator, Results, ResultValue, Target, Targets } from '../model/types.js';
import { assessed, computeAttainment } from './compute-attainment.js';
import { computeYearOverYear } from './compute-year-over-year.js';
import { type IndicatorNode, orderIndicators } from './order-indicators.js';
import type { Attainment, IndicatorComputation, YearComputation } from './types.js';

function own<T>(record: Readonly<Record<string, T>> | undefined, id: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, id) ? record[id] : undefined;
}

/**
 * Returns the year's report figures: for each area in catalogue order, each indicator with something to say
 * (an actual, a target or a next-year target, or a listed component), set against its target and last year,
 * components right after their parent; the children's sums against their parents; and which files are missing.
 * With `months`, the figures of the year's first months (2019-9m.yaml), set against the year's plan and against
 * the same months of the year before (2018-9m.yaml); no next year's targets.
 */
export function computeYear(data: DataSet, year: number, months?: number): YearComputation {
  const part = (y: number) => data.parts?.get(periodLabel({ year: y, months }));
  const results: Results | undefined = months === undefined ? data.results.get(year) : part(year);
  const targets: Targets | undefined = data.targets.get(year);
  const priorResults: Results | undefined =
    months === undefined ? data.results.get(year - 1) : part(year - 1);
  const nextTargets: Targets | undefined = months === undefined ? data.targets.get(year + 1) : undefined;

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
      attainment: againstTheYear(
        indicator,
        target,
        computeAttainment(indicator, actual, target, prior),
        months,
      ),
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
    ...(months === undefined ? {} : { months }),
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
      nextTargets: months === undefined && nextTargets === undefined,
    },
  };
}

/**
 * Returns a figure's attainment as a report on the first months states it: against the year's plan its share only
 * (provisional), unless the rest of the year cannot undo the verdict: a figure that adds up over the year (a count,
 * an amount) and has already reached a level to reach can only grow. A year's attainment is returned as it is.
 */
function againstTheYear(
  indicator: Indicator,
  target: Target | undefined,
  attainment: Attainment,
  months: number | undefined,
): Attainment {
  return months === undefined ? attainment : beforeTheEnd(indicator, target, attainment);
}

/**
 * Returns the attainment of a figure that is not yet the whole (a year's first months, a span some of whose years
 * are missing): provisional, no verdict, unless it is final already: a count or amount, which can only grow, that
 * has reached a level to reach.
 */
export function beforeTheEnd(
  indicator: Indicator,
  target: Target | undefined,
  attainment: Attainment,
): Attainment {
  const a = assessed(attainment);
  if (a === undefined) return attainment;
  const final =
    addsUpOverTheYear(indicator) &&
    indicator.direction === 'higher' &&
    target?.type === 'level' &&
    (a.status === 'exceeded' || a.status === 'met');
  return final ? attainment : { ...a, status: 'provisional' };
}
