import type { Unit } from '../model/types.js';

/** True when the unit existed on some day of the year: it began by its last day and ended after its first. */
export function unitActiveIn(unit: Pick<Unit, 'from' | 'until'>, year: number): boolean {
  return (
    (unit.from === undefined || unit.from <= `${year}-12-31`) &&
    (unit.until === undefined || unit.until >= `${year}-01-01`)
  );
}
