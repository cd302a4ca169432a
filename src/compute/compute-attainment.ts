/**
 * Set a figure against its target.
 *
 * Qualifiers (see `qualifier-algebra.ts` for the reading): a qualified figure is a bound, and the status says
 * only what the bound proves. "trên 24.000" against 23.500 is exceeded; "gần 9.000" against 9.000 is not met;
 * "ít nhất 9.000" against 9.000 is met (it may be more, but no more is proven); "trên 23.000" against 23.500
 * may be short of the target or beyond it: `undetermined`. About and estimate are taken at their value.
 * A target's own qualifier moves its threshold the same way: a level "trên 24.000" is reached only above 24.000.
 * The derived figures (`percentOfPlan`, `margin`, `change`) are computed against the target as written; the
 * actual's qualifier (combined with last year's for a change) travels into them.
 */

import { type Decimal, dec, percentOf, plain } from '../domain/decimal.js';
import {
  divideQualifiers,
  negateQualifier,
  type Regions,
  regionsOf,
  subtractQualifiers,
  thresholdLean,
} from '../domain/qualifier-algebra.js';
import { unitsMatch } from '../domain/units.js';
import type { Indicator, Qualifier, ResultValue, Target } from '../model/types.js';
import type { Assessed, Attainment, Measure, Verdict } from './types.js';

type LevelTarget = Extract<Target, { type: 'level' }>;
type CeilingTarget = Extract<Target, { type: 'ceiling' }>;
type RangeTarget = Extract<Target, { type: 'range' }>;
type ChangeTarget = Extract<Target, { type: 'change' }>;

/** The verdicts a figure may earn, by where it may lie against the threshold. */
function verdictsIn(r: Regions, below: Verdict, on: Verdict, above: Verdict): Verdict[] {
  return [...(r.below ? [below] : []), ...(r.on ? [on] : []), ...(r.above ? [above] : [])];
}

/**
 * Returns the verdict every possible value of the figure earns: one verdict; `met` when it is met or exceeded
 * (the target is reached either way); otherwise `undetermined`.
 */
function proven(verdicts: readonly Verdict[]): Verdict | 'undetermined' {
  const set = new Set(verdicts);
  if (set.size === 1) return verdicts[0] as Verdict;
  // Stryker disable next-line ConditionalExpression: a figure lies in one region at least, so there is no empty set to tell apart
  return set.size === 2 && !set.has('not_met') ? 'met' : 'undetermined';
}

/** Returns the attainment when it has derived figures (a verdict, or undetermined with bounded figures). */
export function assessed(a: Attainment): Assessed | undefined {
  return a.reason === undefined ? a : undefined;
}

/** The measure of a difference of two figures of this indicator. */
function unitMeasure(indicator: Indicator): Measure {
  return indicator.kind === 'rate' ? 'points' : 'unit';
}

/** Returns the actual set against the target: status, percent of plan, margin, and for a change target the change. */
export function computeAttainment(
  indicator: Indicator,
  actual?: ResultValue,
  target?: Target,
  prior?: ResultValue,
): Attainment {
  if (target === undefined) return { status: 'no_target', reason: 'no_target' };
  if (actual === undefined) return { status: 'no_data', reason: 'no_actual' };
  if (!unitsMatch(indicator, actual, target)) return { status: 'not_comparable', reason: 'unit_mismatch' };
  const v = dec(actual.value);
  switch (target.type) {
    case 'level':
      return level(indicator, v, actual.qualifier, target);
    case 'ceiling':
      return ceiling(indicator, v, actual.qualifier, target);
    case 'range':
      return range(indicator, v, actual.qualifier, target);
    case 'change':
      return change(indicator, v, actual.qualifier, target, prior);
  }
}

function level(indicator: Indicator, v: Decimal, q: Qualifier, target: LevelTarget): Attainment {
  const t = dec(target.value);
  const lower = indicator.direction === 'lower';
  const regions = regionsOf(v, q, t, thresholdLean(target.qualifier));
  const status = proven(
    lower
      ? verdictsIn(regions, 'exceeded', 'met', 'not_met')
      : verdictsIn(regions, 'not_met', 'met', 'exceeded'),
  );
  const result: Assessed = {
    status,
    qualifier: q,
    margin: plain(lower ? t.minus(v) : v.minus(t)),
    marginQualifier: lower ? negateQualifier(q) : q,
    marginMeasure: unitMeasure(indicator),
  };
  // A percent of plan says how much of a quantity to reach was reached: it means nothing for a figure to keep
  // down, and cannot be taken of a zero (or negative) target.
  if (!lower && t.gt('0')) {
    // The target is a written value, so the actual's qualifier is the ratio's.
    result.percentOfPlan = plain(percentOf(v, t));
  }
  return result;
}

function ceiling(indicator: Indicator, v: Decimal, q: Qualifier, target: CeilingTarget): Attainment {
  const c0 = dec(target.value);
  const onCeiling = target.inclusive === true ? 'met' : 'not_met';
  const status = proven(verdictsIn(regionsOf(v, q, c0), 'met', onCeiling, 'not_met'));
  return {
    status,
    qualifier: q,
    margin: plain(c0.minus(v)),
    marginQualifier: negateQualifier(q),
    marginMeasure: unitMeasure(indicator),
  };
}

function range(indicator: Indicator, v: Decimal, q: Qualifier, target: RangeTarget): Attainment {
  const min = dec(target.min);
  const max = dec(target.max);
  const { direction } = indicator;
  const byMin = regionsOf(v, q, min);
  const byMax = regionsOf(v, q, max);
  const verdicts: Verdict[] = [];
  if (byMin.below) verdicts.push(direction === 'lower' ? 'exceeded' : 'not_met');
  if ((byMin.on || byMin.above) && (byMax.below || byMax.on)) verdicts.push('met');
  if (byMax.above) verdicts.push(direction === 'higher' ? 'exceeded' : 'not_met');
  const status = proven(verdicts);
  const fromMin = v.minus(min);
  const toMax = max.minus(v);
  const useMin = direction === 'higher' || (direction === 'neutral' && fromMin.lte(toMax));
  return {
    status,
    qualifier: q,
    margin: plain(useMin ? fromMin : toMax),
    marginQualifier: useMin ? q : negateQualifier(q),
    marginMeasure: unitMeasure(indicator),
  };
}

function change(
  indicator: Indicator,
  v: Decimal,
  q: Qualifier,
  target: ChangeTarget,
  prior: ResultValue | undefined,
): Attainment {
  if (prior === undefined) return { status: 'no_data', reason: 'no_prior' };
  if (!unitsMatch(indicator, prior)) return { status: 'not_comparable', reason: 'unit_mismatch' };
  const p = dec(prior.value);

  let actualChange: Decimal;
  let changeQualifier: Qualifier | undefined;
  let changeMeasure: Measure;
  if (target.measure === 'points') {
    actualChange = v.minus(p);
    changeQualifier = subtractQualifiers(q, prior.qualifier);
    changeMeasure = unitMeasure(indicator);
  } else {
    // Results are never negative (validation refuses them): a zero is the one base a percent cannot be taken of.
    if (p.eq('0')) return { status: 'not_comparable', reason: 'prior_zero' };
    actualChange = percentOf(v.minus(p), p);
    changeQualifier = divideQualifiers(q, prior.qualifier, v.gt('0'));
    changeMeasure = 'percent';
  }
  // "trên 25.000" against last year's "trên 24.000" bounds no change: nothing can be said of it.
  if (changeQualifier === undefined) return { status: 'undetermined', reason: 'unbounded_change' };

  // How far it moved the way the target asks (a fall, for a decrease target), as the target's `by` is written.
  const decrease = target.change === 'decrease';
  const amount = decrease ? actualChange.neg() : actualChange;
  const amountQualifier = decrease ? negateQualifier(changeQualifier) : changeQualifier;

  let status: Verdict | 'undetermined';
  let nearEnd: Decimal;
  if (target.by !== undefined) {
    const by = dec(target.by);
    const regions = regionsOf(amount, amountQualifier, by, thresholdLean(target.qualifier));
    status = proven(verdictsIn(regions, 'not_met', 'met', 'exceeded'));
    nearEnd = by;
  } else {
    // "between min and max" (min ≤ max: reading the data refuses any other).
    const lo = dec(target.min);
    const hi = dec(target.max);
    const toLo = regionsOf(amount, amountQualifier, lo);
    const toHi = regionsOf(amount, amountQualifier, hi);
    const verdicts: Verdict[] = [];
    if (toLo.below) verdicts.push('not_met');
    if ((toLo.on || toLo.above) && (toHi.below || toHi.on)) verdicts.push('met');
    if (toHi.above) verdicts.push('exceeded');
    status = proven(verdicts);
    nearEnd = lo;
  }

  return {
    status,
    qualifier: changeQualifier,
    margin: plain(amount.minus(nearEnd)),
    marginQualifier: amountQualifier,
    marginMeasure: changeMeasure === 'percent' ? 'points' : changeMeasure,
    change: plain(actualChange),
    changeMeasure,
  };
}
