/**
 * Exact decimal arithmetic for the compute step, on a big.js constructor of its own so that the global `Big`
 * settings other modules may rely on are left alone. Strict mode: a JS number passed in throws, so no binary
 * floating point can slip into a figure.
 */
import Big from 'big.js';
import type { Dec } from '../model/types.js';

/** A decimal number of the compute step. */
export type Decimal = Big.Big;

/** Least number of significant digits a quotient is given. */
const SIGNIFICANT_DIGITS = 20;

const D: Big.BigConstructor = Big();
D.DP = 20;
D.RM = Big.roundHalfUp;
D.strict = true;

/** Returns the decimal string `text` (as written in a data file) as an exact decimal; throws if it is not a number. */
export function dec(text: string): Decimal {
  return D(text);
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** True for a decimal written in plain notation ("24000", "6.92", "-1.5"), as a data file's figures must be. */
export function isPlainDecimal(text: string): boolean {
  return PLAIN_DECIMAL.test(text);
}

/** Returns the text as a decimal figure; throws when it is not a decimal in plain notation (a bug: data is read). */
export function toDec(text: string): Dec {
  if (!isPlainDecimal(text)) throw new RangeError(`Not a decimal in plain notation: "${text}"`);
  return (/^-0(\.0+)?$/.test(text) ? text.slice(1) : text) as Dec;
}

/** Returns `x` in plain notation, exact, with no exponent and never "-0". */
export function plain(x: Decimal): Dec {
  return (x.eq('0') ? '0' : x.toFixed()) as Dec;
}

/**
 * Returns a / b to at least 20 significant digits (at least 20 decimal places), the last digit rounded half-up;
 * `b` must not be zero.
 */
export function divide(a: Decimal, b: Decimal): Decimal {
  // The quotient's exponent is at least a.e − b.e − 1, so this many places give 20 significant digits.
  const places = Math.max(20, SIGNIFICANT_DIGITS - a.e + b.e);
  const saved = D.DP;
  D.DP = places;
  try {
    return D(a).div(b);
  } finally {
    D.DP = saved;
  }
}

/** Returns a / b × 100 (a as a percentage of b) to at least 20 significant digits; `b` must not be zero. */
export function percentOf(a: Decimal, b: Decimal): Decimal {
  return divide(a.times('100'), b);
}

/** Returns the absolute value of a decimal figure. */
export function abs(value: Dec): Dec {
  return (value.startsWith('-') ? value.slice(1) : value) as Dec;
}
