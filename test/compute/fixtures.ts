import type { Indicator, Qualifier, ResultValue } from '../../src/model/types.js';

/** Returns an indicator with the given kind and direction, unit "%" for a rate and "người" otherwise. */
export function indicator(
  kind: Indicator['kind'],
  direction: Indicator['direction'],
  extra: Partial<Indicator> = {},
): Indicator {
  return {
    id: 'x',
    name: 'X',
    area: 'a',
    unit: kind === 'rate' ? '%' : 'người',
    kind,
    direction,
    decimals: 2,
    ...extra,
  };
}

/** Returns a result value. */
export function value(v: string, qualifier: Qualifier = 'exact', unit?: string): ResultValue {
  return unit === undefined ? { value: v, qualifier } : { value: v, qualifier, unit };
}
