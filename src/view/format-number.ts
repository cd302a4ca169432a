import { Big } from 'big.js';
import { toDec } from '../domain/decimal.js';
import { QUALIFIER_WORDS } from '../domain/qualifier-words.js';
import type { Dec, Qualifier } from '../model/types.js';

/** How a figure that is neither a bound nor already at its decimals is cut: rounded half away from zero, or truncated. */
export type Rounding = 'round' | 'truncate';

/**
 * The rounding rule, applied only here, when a figure is displayed:
 * - an exact or approximate figure is rounded half away from zero at the decimals shown (102,125 → 102,13), or
 *   truncated (59,578 → 59,57) where the office asks for it;
 * - a bound keeps its truth: "trên"/"ít nhất" round down and "gần"/"dưới"/"không quá" round up, so that
 *   "trên 102,1%" is still true of a figure over 102,127…%.
 * Figures arrive as exact decimal strings and are rounded with big.js; Intl only groups and marks them.
 */
export function roundShown(value: Dec, decimals: number, qualifier: Qualifier, rounding: Rounding): Big {
  const x = new Big(value);
  switch (qualifier) {
    case 'over':
    case 'at_least':
      // Towards −∞: big.js rounds towards zero (0) or away from it (3).
      return x.round(decimals, x.lt(0) ? Big.roundUp : Big.roundDown);
    case 'nearly':
    case 'below':
    case 'at_most':
      return x.round(decimals, x.lt(0) ? Big.roundDown : Big.roundUp);
    default:
      return x.round(decimals, rounding === 'truncate' ? Big.roundDown : Big.roundHalfUp);
  }
}

/** The minus sign (U+2212) every document writes, as the charts do: never the hyphen. */
export const MINUS = '\u2212';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(min: number, max: number): Intl.NumberFormat {
  const key = `${min}|${max}`;
  let f = formatters.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; a fresh formatter writes the same text
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      signDisplay: 'negative',
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Returns a decimal string in Vietnamese form at `decimals` places (trailing zeros dropped unless `fixed`):
 * 24000 → "24.000", 6.92 → "6,92", -0.5 → "−0,5" (the minus sign, as the charts write it); never "−0".
 */
export function formatNumber(
  value: Dec,
  decimals: number,
  // Stryker disable next-line StringLiteral: any word that is no bound rounds as 'exact' does (roundShown's default)
  qualifier: Qualifier = 'exact',
  fixed = false,
  // Stryker disable next-line StringLiteral: any word but 'truncate' rounds half away from zero
  rounding: Rounding = 'round',
): string {
  return formatShown(value, decimals, fixed ? decimals : 0, qualifier, rounding);
}

/**
 * Returns a figure of the data as it was written, in Vietnamese form: with the decimals of its text, up to
 * `decimals` (rounded past them, which check warns of): "2.40" → "2,40", "61" → "61", "6.925" at 2 → "6,93".
 * An official report writes a rate as its source does, and a column of rates with the decimals they were given.
 */
export function formatWritten(
  value: Dec,
  decimals: number = writtenDecimals(value),
  // Stryker disable next-line StringLiteral: any word that is no bound rounds as 'exact' does (roundShown's default)
  qualifier: Qualifier = 'exact',
): string {
  return formatShown(value, decimals, Math.min(writtenDecimals(value), decimals), qualifier, 'round');
}

function formatShown(
  value: Dec,
  decimals: number,
  minimum: number,
  qualifier: Qualifier,
  rounding: Rounding,
): string {
  const shown = roundShown(value, decimals, qualifier, rounding);
  // Intl.NumberFormat takes a decimal string and keeps it exact (a string of digits is what `${number}` means).
  // signDisplay 'negative' writes a rounded -0 as "0": no "-0" to clean up afterwards.
  return formatter(minimum, decimals)
    .format(shown.toFixed(decimals) as `${number}`)
    .replace('-', MINUS);
}

/** Returns the decimals a figure was written with: "2.40" → 2, "61" → 0. */
export function writtenDecimals(value: Dec): number {
  return value.split('.')[1]?.length ?? 0;
}

/** Returns a whole number of things (a count of commendations) in Vietnamese form: 1.250. */
export function formatWhole(n: number): string {
  return formatNumber(toDec(String(n)), 0);
}

/** Returns a quantity with its unit the way official text writes it: "24.000 người", "6,92%", "6,4 tỷ đồng". */
export function withUnit(number: string, unit: string): string {
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** Returns the figure preceded by its qualifier's words: "trên 24.000 người". */
export function qualified(qualifier: Qualifier | undefined, text: string): string {
  const words = QUALIFIER_WORDS[qualifier ?? 'exact'];
  return words === '' ? text : `${words} ${text}`;
}
