import { toDec } from '../../src/domain/decimal.js';
import type { ChangeAmount, Dec, Indicator, Qualifier, ResultValue, Target } from '../../src/model/types.js';

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
  const figure = toDec(v);
  return unit === undefined ? { value: figure, qualifier } : { value: figure, qualifier, unit };
}

/** A level target ("23.500 người"). */
export const level = (v: string, qualifier: Qualifier = 'exact'): Target => ({
  type: 'level',
  value: toDec(v),
  qualifier,
});

/** A ceiling target ("dưới 6%"; "không quá" when inclusive). */
export const ceiling = (v: string, inclusive?: boolean): Target =>
  inclusive === undefined
    ? { type: 'ceiling', value: toDec(v) }
    : { type: 'ceiling', value: toDec(v), inclusive };

/** A range target ("từ 60% đến 65%"). */
export const range = (min: string, max: string): Target => ({
  type: 'range',
  min: toDec(min),
  max: toDec(max),
});

/** A change target: by an amount, or between two. */
export const change = (
  dir: 'increase' | 'decrease',
  measure: 'points' | 'percent',
  amount: { by: string } | { min: string; max: string },
  qualifier: Qualifier = 'exact',
): Target => {
  const figures: ChangeAmount =
    'by' in amount ? { by: toDec(amount.by) } : { min: toDec(amount.min), max: toDec(amount.max) };
  return { type: 'change', change: dir, measure, qualifier, ...figures };
};

/** A value of T with its decimal figures written as plain strings: the form of a hand-computed expectation. */
export type Written<T> = T extends Dec ? string : T extends object ? { [K in keyof T]: Written<T[K]> } : T;
