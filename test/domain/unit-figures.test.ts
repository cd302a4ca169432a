/** A unit's entry with nothing in it is not ranked; any one figure, own target's figure or criterion value is enough. */
import { describe, expect, it } from 'vitest';
import { hasFigures } from '../../src/domain/unit-figures.js';
import type { UnitYear } from '../../src/model/emulation.js';
import type { Dec } from '../../src/model/types.js';

const D = (s: string) => s as Dec;
const EMPTY: UnitYear = { indicators: {}, own_indicators: {}, criteria: {} };
/** A school's own target: 2.000 enrolments. */
const ENROLMENT = {
  name: 'Tuyển sinh',
  unit: 'người',
  direction: 'higher',
  qualifier: 'exact',
  target: D('2000'),
} as const;

describe('hasFigures', () => {
  it('an empty entry, or one with targets only, holds no figure', () => {
    expect(hasFigures(EMPTY)).toBe(false);
    expect(
      hasFigures({
        ...EMPTY,
        indicators: { 'viec-lam': { target: D('100'), qualifier: 'exact' } },
        own_indicators: { 'tuyen-sinh': ENROLMENT },
      }),
    ).toBe(false);
  });

  it("a department indicator's figure, an own target's figure or a criterion's value each suffice", () => {
    expect(
      hasFigures({
        ...EMPTY,
        indicators: { 'viec-lam': { target: D('100'), result: D('90'), qualifier: 'exact' } },
      }),
    ).toBe(true);
    expect(
      hasFigures({
        ...EMPTY,
        own_indicators: { 'tuyen-sinh': { ...ENROLMENT, result: D('0') } },
      }),
    ).toBe(true);
    expect(hasFigures({ ...EMPTY, criteria: { 'chi-dao': D('0') } })).toBe(true);
  });
});
