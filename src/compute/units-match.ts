import type { Indicator } from '../model/types.js';

/** Returns true when every given figure is in the indicator's unit (a figure with no unit of its own is). */
export function unitsMatch(indicator: Indicator, ...figures: ({ unit?: string } | undefined)[]): boolean {
  return figures.every((f) => f?.unit === undefined || f.unit === indicator.unit);
}
