/**
 * How qualifiers ("trên", "gần", "khoảng", ...) bear on comparisons and travel into derived figures.
 *
 * A qualified figure is a bound, and only what the bounds prove is said. The true value of a figure written v:
 * - exact: v. about ("khoảng"), estimate ("ước"): approximately v, and taken as v.
 * - over ("trên"): above v, by any amount. at_least ("ít nhất"): v or above.
 * - nearly ("gần"), below ("dưới"): below v, by any amount. at_most ("không quá"): v or below.
 * So "trên 24.000" against 23.500 is above it, but "trên 44.000" against 44.010 may be either side: a comparison
 * the bound does not decide has no verdict (see `regionsOf`).
 *
 * Derived figures (a difference, a ratio, a sum) take the qualifier that is true of every value the operands
 * allow:
 * - if only one operand is qualified, its qualifier travels: turned round when it enters with a minus sign or as
 *   a divisor (over ↔ below, at_least ↔ at_most, nearly → over), unchanged otherwise (about, estimate stay);
 * - two bounds pushing the result the same way give that bound (strict if either is); an approximate figure
 *   with a bound gives the bound; two approximate figures give `about`;
 * - two bounds pulling apart ("trên 25.000" against "trên 24.000") bound nothing: the result is undefined, and
 *   nothing may be said of the figure.
 */
import type { Qualifier } from '../model/types.js';
import type { Decimal } from './decimal.js';

/** Which side of its written value a point lies: -1 just below, 0 on it, 1 just above. */
export type Lean = -1 | 0 | 1;

/** A value with an infinitesimal lean: (24000, 1) is "just above 24.000", the threshold of a target "trên 24.000". */
interface Leaning {
  value: Decimal;
  lean: Lean;
}

/** Where the true value of a qualified figure may lie: from `lo` to `hi`, both included; null is unbounded. */
interface Interval {
  lo: Leaning | null;
  hi: Leaning | null;
}

function intervalOf(v: Decimal, q: Qualifier): Interval {
  switch (q) {
    case 'over':
      return { lo: { value: v, lean: 1 }, hi: null };
    case 'at_least':
      return { lo: { value: v, lean: 0 }, hi: null };
    case 'nearly':
    case 'below':
      return { lo: null, hi: { value: v, lean: -1 } };
    case 'at_most':
      return { lo: null, hi: { value: v, lean: 0 } };
    default:
      return { lo: { value: v, lean: 0 }, hi: { value: v, lean: 0 } };
  }
}

function compareLeaning(a: Leaning, b: Leaning): -1 | 0 | 1 {
  const c = a.value.cmp(b.value);
  if (c !== 0) return c;
  if (a.lean === b.lean) return 0;
  // Stryker disable next-line EqualityOperator: equal leans returned 0 above, so > and >= are the same here.
  return a.lean > b.lean ? 1 : -1;
}

/** Where a figure may lie against a threshold: below it, on it, above it. */
export interface Regions {
  below: boolean;
  on: boolean;
  above: boolean;
}

/**
 * Returns which of below, on and above the threshold `t` (approached from side `tLean`) the true value of the
 * figure `v` qualified `q` may lie in. "trên 23.000" against 23.500 may lie in all three.
 */
export function regionsOf(v: Decimal, q: Qualifier, t: Decimal, tLean: Lean = 0): Regions {
  const { lo, hi } = intervalOf(v, q);
  const threshold = { value: t, lean: tLean };
  const loCmp = lo === null ? -1 : compareLeaning(lo, threshold);
  const hiCmp = hi === null ? 1 : compareLeaning(hi, threshold);
  return { below: loCmp < 0, on: loCmp <= 0 && hiCmp >= 0, above: hiCmp > 0 };
}

/**
 * Returns the side a target's qualifier puts its threshold on: a target "trên 24.000" is reached only above
 * 24.000 (1); "dưới 5%" only below 5% (-1); any other target is reached at its value (0).
 */
export function thresholdLean(q: Qualifier): Lean {
  if (q === 'over') return 1;
  if (q === 'nearly' || q === 'below') return -1;
  return 0;
}

/** Returns the qualifier of −x for x qualified `q`. */
export function negateQualifier(q: Qualifier): Qualifier {
  switch (q) {
    case 'over':
      return 'below';
    case 'nearly':
    case 'below':
      return 'over';
    case 'at_least':
      return 'at_most';
    case 'at_most':
      return 'at_least';
    default:
      return q;
  }
}

/** A one-sided bound: which way, and whether the figure cannot be on the value itself. */
interface Bound {
  dir: 1 | -1;
  strict: boolean;
}

function bound(q: Qualifier): Bound | undefined {
  switch (q) {
    case 'over':
      return { dir: 1, strict: true };
    case 'at_least':
      return { dir: 1, strict: false };
    case 'nearly':
    case 'below':
      return { dir: -1, strict: true };
    case 'at_most':
      return { dir: -1, strict: false };
    // Stryker disable next-line ConditionalExpression: without this case the function returns undefined all the same.
    default:
      return undefined;
  }
}

/** Returns the qualifier of x + y for x qualified `a` and y qualified `b`; undefined when the sum is unbounded. */
export function addQualifiers(a: Qualifier, b: Qualifier): Qualifier | undefined {
  if (b === 'exact') return a;
  if (a === 'exact') return b;
  const ba = bound(a);
  const bb = bound(b);
  // An approximate figure is taken at its value: the other's bound travels; two approximations stay one.
  if (ba === undefined && bb === undefined) return 'about';
  if (ba === undefined) return b;
  if (bb === undefined) return a;
  if (ba.dir !== bb.dir) return undefined;
  const strict = ba.strict || bb.strict;
  if (ba.dir === 1) return strict ? 'over' : 'at_least';
  if (!strict) return 'at_most';
  return a === 'nearly' && b === 'nearly' ? 'nearly' : 'below';
}

/** Returns the qualifier of x − y for x qualified `a` and y qualified `b`; undefined when it is unbounded. */
export function subtractQualifiers(a: Qualifier, b: Qualifier): Qualifier | undefined {
  return addQualifiers(a, negateQualifier(b));
}

/**
 * Returns the qualifier of x / y (y > 0) for x qualified `a` and y qualified `b`; `xPositive` says whether x > 0.
 * A qualified divisor bounds the ratio only for a positive x (for a negative x the bound turns round): then
 * undefined.
 */
export function divideQualifiers(a: Qualifier, b: Qualifier, xPositive: boolean): Qualifier | undefined {
  if (b !== 'exact' && !xPositive) return undefined;
  return subtractQualifiers(a, b);
}
