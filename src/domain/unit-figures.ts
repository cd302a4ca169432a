import type { UnitYear } from '../model/emulation.js';

/** True when a unit's entry of the year holds any figure, value or event: one that holds none is not ranked. */
export function hasFigures(year: UnitYear): boolean {
  return (
    Object.values(year.indicators).some((f) => f.result !== undefined) ||
    Object.values(year.own_indicators).some((f) => f.result !== undefined) ||
    Object.keys(year.criteria).length > 0
  );
}
