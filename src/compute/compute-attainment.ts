/**
 * Set a figure against its target.
 *
 * Qualifiers (see `qualifier-algebra.ts` for the reading): the status must not claim more than the actual's
 * qualifier allows. A qualified actual is compared on its value, and only when it equals the threshold does its
 * side decide: "trên 24.000" against a level of 24.000 is exceeded, "gần 9.000" against 9.000 is not met,
 * "ít nhất 9.000" against 9.000 is met (it may be more, but no more is claimed); about and estimate are compared
 * on the value. When a qualifier allows several sides, the least favourable verdict is given.
 * A target's own qualifier moves its threshold the same way: a level "trên 24.000" is reached only above 24.000.
 * The derived figures (`percentOfPlan`, `margin`, `change`) are computed against the target as written; the
 * actual's qualifier (combined with last year's for a change) travels into them.
 */
import type { Indicator, Qualifier, ResultValue, Target } from '../model/types.js';
import { type Decimal, dec, percentOf, plain } from './decimal.js';
import {
  compareLeaning,
  divideQualifiers,
  type Lean,
  negateQualifier,
  possibleLeans,
  subtractQualifiers,
  thresholdLean,
} from './qualifier-algebra.js';
import type { Attainment, AttainmentReason, Measure, Status } from './types.js';
import { unitsMatch } from './units-match.js';

type Verdict = 'exceeded' | 'met' | 'not_met';

type LevelTarget = Extract<Target, { type: 'level' }>;
type CeilingTarget = Extract<Target, { type: 'ceiling' }>;
type RangeTarget = Extract<Target, { type: 'range' }>;
type ChangeTarget = Extract<Target, { type: 'change' }>;

const RANK: Record<Verdict, number> = { not_met: 0, met: 1, exceeded: 2 };

/** The least favourable verdict over every side the figure may lie on. */
function leastFavourable(q: Qualifier, verdictAt: (lean: Lean) => Verdict): Verdict {
  let worst: Verdict = 'exceeded';
  for (const lean of possibleLeans(q)) {
    const v = verdictAt(lean);
    if (RANK[v] < RANK[worst]) worst = v;
  }
  return worst;
}

/** The verdict of a comparison oriented so that positive is the good side. */
function verdictOf(good: -1 | 0 | 1): Verdict {
  if (good > 0) return 'exceeded';
  return good === 0 ? 'met' : 'not_met';
}

function flip(c: -1 | 0 | 1): -1 | 0 | 1 {
  if (c === 0) return 0;
  return c > 0 ? -1 : 1;
}

function noVerdict(status: Status, reason: AttainmentReason): Attainment {
  return { status, reason };
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
  if (target === undefined) return noVerdict('no_target', 'no_target');
  if (actual === undefined) return noVerdict('no_data', 'no_actual');
  if (!unitsMatch(indicator, actual, target)) return noVerdict('not_comparable', 'unit_mismatch');
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
  const tLean = thresholdLean(target.qualifier);
  const lower = indicator.direction === 'lower';
  const status = leastFavourable(q, (lean) => {
    const c = compareLeaning(v, lean, t, tLean);
    return verdictOf(lower ? flip(c) : c);
  });
  const result: Attainment = {
    status,
    qualifier: q,
    margin: plain(lower ? t.minus(v) : v.minus(t)),
    marginQualifier: lower ? negateQualifier(q) : q,
    marginMeasure: unitMeasure(indicator),
  };
  // A percent of plan says how much of a quantity to reach was reached: it means nothing for a figure to keep
  // down, and cannot be taken of a zero (or negative) target.
  if (!lower && t.gt('0')) {
    result.percentOfPlan = plain(percentOf(v, t));
    result.qualifier = divideQualifiers(q, 'exact', v.gt('0'));
  }
  return result;
}

function ceiling(indicator: Indicator, v: Decimal, q: Qualifier, target: CeilingTarget): Attainment {
  const c0 = dec(target.value);
  const status = leastFavourable(q, (lean) => {
    const c = compareLeaning(v, lean, c0, 0);
    return c < 0 || (c === 0 && target.inclusive === true) ? 'met' : 'not_met';
  });
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
  if (min.gt(max)) return noVerdict('not_comparable', 'invalid_target');
  const { direction } = indicator;
  const status = leastFavourable(q, (lean) => {
    if (compareLeaning(v, lean, max, 0) > 0) return direction === 'higher' ? 'exceeded' : 'not_met';
    if (compareLeaning(v, lean, min, 0) < 0) return direction === 'lower' ? 'exceeded' : 'not_met';
    return 'met';
  });
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
  if (prior === undefined) return noVerdict('no_data', 'no_prior');
  if (!unitsMatch(indicator, prior)) return noVerdict('not_comparable', 'unit_mismatch');
  const p = dec(prior.value);

  let actualChange: Decimal;
  let changeQualifier: Qualifier;
  let changeMeasure: Measure;
  if (target.measure === 'points') {
    actualChange = v.minus(p);
    changeQualifier = subtractQualifiers(q, prior.qualifier);
    changeMeasure = unitMeasure(indicator);
  } else {
    if (!p.gt('0')) return noVerdict('not_comparable', 'prior_not_positive');
    actualChange = percentOf(v.minus(p), p);
    changeQualifier = divideQualifiers(q, prior.qualifier, v.gt('0'));
    changeMeasure = 'percent';
  }

  // How far it moved the way the target asks (a fall, for a decrease target), as the target's `by` is written.
  const decrease = target.change === 'decrease';
  const amount = decrease ? actualChange.neg() : actualChange;
  const amountQualifier = decrease ? negateQualifier(changeQualifier) : changeQualifier;

  let status: Verdict;
  let nearEnd: Decimal;
  if (target.by !== undefined) {
    const by = dec(target.by);
    const byLean = thresholdLean(target.qualifier);
    status = leastFavourable(amountQualifier, (lean) => verdictOf(compareLeaning(amount, lean, by, byLean)));
    nearEnd = by;
  } else if (target.min !== undefined || target.max !== undefined) {
    // "between min and max"; a lone max is read as "up to max" (from no change), a lone min as "at least min".
    const lo = dec(target.min ?? '0');
    const hi = target.max === undefined ? undefined : dec(target.max);
    if (hi?.lt(lo)) return noVerdict('not_comparable', 'invalid_target');
    status = leastFavourable(amountQualifier, (lean) => {
      if (compareLeaning(amount, lean, lo, 0) < 0) return 'not_met';
      if (hi === undefined) return compareLeaning(amount, lean, lo, 0) > 0 ? 'exceeded' : 'met';
      return compareLeaning(amount, lean, hi, 0) > 0 ? 'exceeded' : 'met';
    });
    nearEnd = lo;
  } else {
    return noVerdict('not_comparable', 'invalid_target');
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
