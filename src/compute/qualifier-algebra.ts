/**
 * How qualifiers ("trên", "gần", "khoảng", ...) bear on comparisons and travel into derived figures.
 *
 * Reading of a qualified figure v, as reports use them: the true value lies at v, or just beside it on the side
 * the qualifier names.
 * - exact: v. about ("khoảng"), estimate ("ước"): approximately v; compared on v itself.
 * - over ("trên"): just above v. at_least ("ít nhất"): v or just above.
 * - nearly ("gần"), below ("dưới"): just below v. at_most ("không quá"): v or just below.
 * So a comparison with another figure w is decided by the values when v ≠ w, and by the side only when v = w
 * ("trên 24.000" against 24.000 is above it, "gần 9.000" against 9.000 is below it). When the qualifier allows
 * more than one side (at_least, at_most), the caller takes the least favourable outcome: a status never claims
 * more than the qualifier allows.
 *
 * Derived figures (a ratio, a difference, a sum) take a qualifier by these rules, each sound for positive values:
 * - if only one operand is qualified, its qualifier travels: turned round when it enters with a minus sign or as
 *   a divisor (over ↔ below, at_least ↔ at_most, nearly → over), unchanged otherwise (about, estimate stay);
 * - if both are qualified: two bounds pushing the result the same way give that bound (strict if either is);
 *   anything else (an about or estimate on both sides, or bounds pulling apart) gives `about`.
 */
import type { Qualifier } from '../model/types.js';
import type { Decimal } from './decimal.js';

/** Which side of its written value a figure lies: -1 just below, 0 on it, 1 just above. */
export type Lean = -1 | 0 | 1;

/** Returns every side of its written value a figure with qualifier `q` may lie on. */
export function possibleLeans(q: Qualifier): readonly Lean[] {
  switch (q) {
    case 'over':
      return [1];
    case 'at_least':
      return [0, 1];
    case 'nearly':
    case 'below':
      return [-1];
    case 'at_most':
      return [-1, 0];
    default:
      return [0];
  }
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

/** Returns -1, 0 or 1 as the value a leaning `la` is below, on or above the value b leaning `lb`. */
export function compareLeaning(a: Decimal, la: Lean, b: Decimal, lb: Lean): -1 | 0 | 1 {
  const c = a.cmp(b);
  if (c !== 0) return c;
  if (la === lb) return 0;
  return la > lb ? 1 : -1;
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
    default:
      return undefined;
  }
}

/** Returns the qualifier of x + y for x qualified `a` and y qualified `b`. */
export function addQualifiers(a: Qualifier, b: Qualifier): Qualifier {
  if (b === 'exact') return a;
  if (a === 'exact') return b;
  const ba = bound(a);
  const bb = bound(b);
  if (ba === undefined || bb === undefined || ba.dir !== bb.dir) return 'about';
  const strict = ba.strict || bb.strict;
  if (ba.dir === 1) return strict ? 'over' : 'at_least';
  if (!strict) return 'at_most';
  return a === 'nearly' && b === 'nearly' ? 'nearly' : 'below';
}

/** Returns the qualifier of x − y for x qualified `a` and y qualified `b`. */
export function subtractQualifiers(a: Qualifier, b: Qualifier): Qualifier {
  return addQualifiers(a, negateQualifier(b));
}

/**
 * Returns the qualifier of x / y (y > 0) for x qualified `a` and y qualified `b`; `xPositive` says whether x > 0,
 * without which a qualified divisor gives no sound bound (then `about`).
 */
export function divideQualifiers(a: Qualifier, b: Qualifier, xPositive: boolean): Qualifier {
  if (b !== 'exact' && !xPositive) return 'about';
  return subtractQualifiers(a, b);
}
