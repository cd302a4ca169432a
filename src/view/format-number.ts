import type { Dec, Indicator, Qualifier } from '../model/types.js';

/**
 * The rounding rule, applied only here, when a figure is displayed:
 * - an exact or approximate figure is rounded half away from zero at the decimals shown (102,125 → 102,13);
 * - a bound keeps its truth: "trên"/"ít nhất" round down and "gần"/"dưới"/"không quá" round up, so that
 *   "trên 102,1%" is still true of a figure over 102,127…%.
 * Numbers arrive as exact decimal strings; Intl formats the string itself, so no binary rounding intervenes.
 */
export const ROUNDING: Record<Qualifier, 'halfExpand' | 'floor' | 'ceil'> = {
  exact: 'halfExpand',
  about: 'halfExpand',
  estimate: 'halfExpand',
  over: 'floor',
  at_least: 'floor',
  nearly: 'ceil',
  below: 'ceil',
  at_most: 'ceil',
};

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(min: number, max: number, qualifier: Qualifier): Intl.NumberFormat {
  const key = `${min}|${max}|${qualifier}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      roundingMode: ROUNDING[qualifier],
      signDisplay: 'negative',
      useGrouping: true,
    } as Intl.NumberFormatOptions);
    formatters.set(key, f);
  }
  return f;
}

/** Returns a decimal string in Vietnamese form: 24000 → "24.000", 6.92 → "6,92"; never "-0". */
export function formatNumber(
  value: Dec,
  decimals: number,
  qualifier: Qualifier = 'exact',
  fixed = false,
): string {
  // Intl.NumberFormat accepts a decimal string and rounds it exactly; the typings only know numbers.
  const text = formatter(fixed ? decimals : 0, decimals, qualifier).format(value as unknown as number);
  return text === '-0' ? '0' : text;
}

/** Returns the absolute value of a decimal string. */
export function abs(value: Dec): Dec {
  return value.startsWith('-') ? value.slice(1) : value;
}

/** Returns a quantity with its unit the way official text writes it: "24.000 người", "6,92%", "6,4 tỷ đồng". */
export function withUnit(number: string, unit: string): string {
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** Returns an indicator's figure formatted at its decimals with its unit: "1.103 tỷ đồng". */
export function formatQuantity(value: Dec, indicator: Indicator, qualifier: Qualifier = 'exact'): string {
  return withUnit(formatNumber(value, indicator.decimals, qualifier), indicator.unit);
}

/** The words a qualifier puts before a figure: over → "trên ". */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  over: 'trên ',
  nearly: 'gần ',
  about: 'khoảng ',
  estimate: 'ước ',
  below: 'dưới ',
  at_least: 'ít nhất ',
  at_most: 'không quá ',
};

/** Returns the figure preceded by its qualifier's words: "trên 24.000 người". */
export function qualified(qualifier: Qualifier | undefined, text: string): string {
  return `${QUALIFIER_WORDS[qualifier ?? 'exact']}${text}`;
}
