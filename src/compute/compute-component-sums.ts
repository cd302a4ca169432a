import type { Indicator, ResultValue } from '../model/types.js';
import { dec, plain } from './decimal.js';
import { addQualifiers } from './qualifier-algebra.js';
import type { ComponentSum } from './types.js';
import { unitsMatch } from './units-match.js';

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
    const children = indicators.filter((i) => i.parent === parent.id && i.id !== parent.id);
    const summed: string[] = [];
    const withoutActual: string[] = [];
    const otherUnit: string[] = [];
    let sum = dec('0');
    let sumQualifier: ComponentSum['sumQualifier'] = 'exact';
    for (const child of children) {
      const value = actualOf(child.id);
      if (value === undefined) {
        withoutActual.push(child.id);
      } else if ((value.unit ?? child.unit) !== parent.unit) {
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
