import { describe, expect, it } from 'vitest';
import {
  addQualifiers,
  divideQualifiers,
  negateQualifier,
  subtractQualifiers,
  thresholdLean,
} from '../../src/domain/qualifier-algebra.js';
import type { Qualifier } from '../../src/model/types.js';

describe('negateQualifier', () => {
  it.each<[Qualifier, Qualifier]>([
    ['exact', 'exact'],
    ['over', 'below'],
    ['below', 'over'],
    ['nearly', 'over'],
    ['at_least', 'at_most'],
    ['at_most', 'at_least'],
    ['about', 'about'],
    ['estimate', 'estimate'],
  ])('%s -> %s', (q, expected) => {
    expect(negateQualifier(q)).toBe(expected);
  });
});

describe('addQualifiers', () => {
  it.each<[Qualifier, Qualifier, Qualifier | undefined]>([
    ['exact', 'exact', 'exact'],
    ['over', 'exact', 'over'],
    ['exact', 'nearly', 'nearly'],
    ['estimate', 'exact', 'estimate'],
    ['over', 'at_least', 'over'],
    ['at_least', 'at_least', 'at_least'],
    ['nearly', 'nearly', 'nearly'],
    ['nearly', 'below', 'below'],
    ['below', 'nearly', 'below'],
    ['below', 'below', 'below'],
    ['at_most', 'nearly', 'below'],
    ['at_least', 'over', 'over'],
    ['at_most', 'at_most', 'at_most'],
    ['at_most', 'below', 'below'],
    // Bounds pulling apart bound nothing; an approximate figure is taken at its value.
    ['over', 'below', undefined],
    ['estimate', 'estimate', 'about'],
    ['about', 'over', 'over'],
    ['nearly', 'estimate', 'nearly'],
  ])('%s + %s -> %s', (a, b, expected) => {
    expect(addQualifiers(a, b)).toBe(expected);
  });
});

describe('subtractQualifiers and divideQualifiers', () => {
  it.each<[Qualifier, Qualifier, Qualifier | undefined]>([
    ['exact', 'exact', 'exact'],
    ['over', 'exact', 'over'],
    ['exact', 'over', 'below'],
    ['over', 'nearly', 'over'],
    ['over', 'over', undefined],
    ['at_least', 'at_least', undefined],
    ['nearly', 'over', 'below'],
    ['about', 'exact', 'about'],
    ['exact', 'estimate', 'estimate'],
  ])('%s against %s -> %s', (a, b, expected) => {
    expect(subtractQualifiers(a, b)).toBe(expected);
    expect(divideQualifiers(a, b, true)).toBe(expected);
  });

  it('gives no bound for a ratio of a non-positive figure by a qualified one', () => {
    expect(divideQualifiers('exact', 'over', false)).toBeUndefined();
    expect(divideQualifiers('over', 'exact', false)).toBe('over');
  });
});

describe('the threshold of a qualified target', () => {
  it('"trên" is reached above the value, "gần"/"dưới" below it, any other at it', () => {
    expect(thresholdLean('over')).toBe(1);
    expect(thresholdLean('nearly')).toBe(-1);
    expect(thresholdLean('below')).toBe(-1);
    for (const q of ['exact', 'about', 'estimate', 'at_least', 'at_most'] as const)
      expect(thresholdLean(q)).toBe(0);
  });
});
