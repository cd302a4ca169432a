import type { Indicator } from '../model/types.js';

/** Returns the unit a figure is in: the one it names, else its indicator's. */
export function unitOf(figure: { unit?: string } | undefined, indicator: Indicator): string {
  return figure?.unit ?? indicator.unit;
}

/** Returns true when every given figure is in the indicator's unit (a figure with no unit of its own is). */
export function unitsMatch(indicator: Indicator, ...figures: ({ unit?: string } | undefined)[]): boolean {
  return figures.every((f) => unitOf(f, indicator) === indicator.unit);
}
