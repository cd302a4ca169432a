import type { Dec, Indicator, Qualifier, ResultValue } from '../model/types.js';
import { dec, plain } from './decimal.js';
import { addQualifiers } from './qualifier-algebra.js';
import { unitOf, unitsMatch } from './units.js';

/** The children of a parent indicator added up and set against the parent's figure. */
export interface ComponentSum {
  /** The parent indicator's id. */
  parentId: string;
  /** The parent's `parts_complete`: true when the children should add up to the parent exactly. */
  partsComplete: boolean;
  /** The sum of the `summed` children's actual values. */
  sum: Dec;
  /**
   * The qualifier of `sum`: exact when all are exact, a bound when all bounds point the same way, `about` for
   * approximations; undefined when bounds pull apart and the sum is bounded on neither side.
   */
  sumQualifier: Qualifier | undefined;
  /** Ids of the children whose actuals were added up. */
  summed: string[];
  /** Ids of the children with no actual for the year. */
  withoutActual: string[];
  /** Ids of the children with an actual in a unit other than the parent's, left out of the sum. */
  otherUnit: string[];
  /** The parent's actual, when there is one. */
  parentActual?: ResultValue;
  /** sum − parent value, when the parent has an actual in its own unit. */
  difference?: Dec;
}

/**
 * Returns, for each parent indicator (in catalogue order, rates left out: rates do not add up) with at least one
 * child whose actual is in the parent's unit, the sum of the children's actuals set against the parent's actual.
 */
export function computeComponentSums(
  indicators: readonly Indicator[],
  values: Readonly<Record<string, ResultValue>>,
): ComponentSum[] {
  const actualOf = (id: string): ResultValue | undefined =>
    Object.hasOwn(values, id) ? values[id] : undefined;
  const sums: ComponentSum[] = [];
  for (const parent of indicators) {
    if (parent.kind === 'rate') continue;
    const children = indicators.filter((i) => i.parent === parent.id);
    const summed: string[] = [];
    const withoutActual: string[] = [];
    const otherUnit: string[] = [];
    let sum = dec('0');
    let sumQualifier: ComponentSum['sumQualifier'] = 'exact';
    for (const child of children) {
      const value = actualOf(child.id);
      if (value === undefined) {
        withoutActual.push(child.id);
      } else if (unitOf(value, child) !== parent.unit) {
        otherUnit.push(child.id);
      } else {
        summed.push(child.id);
        sum = sum.plus(dec(value.value));
        sumQualifier = sumQualifier && addQualifiers(sumQualifier, value.qualifier);
      }
    }
    if (summed.length === 0) continue;
    const entry: ComponentSum = {
      parentId: parent.id,
      partsComplete: parent.parts_complete === true,
      sum: plain(sum),
      sumQualifier,
      summed,
      withoutActual,
      otherUnit,
    };
    const parentActual = actualOf(parent.id);
    if (parentActual !== undefined) {
      entry.parentActual = parentActual;
      if (unitsMatch(parent, parentActual)) entry.difference = plain(sum.minus(dec(parentActual.value)));
    }
    sums.push(entry);
  }
  return sums;
}
