import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessed, computeAttainment } from '../../src/compute/compute-attainment.js';
import { computeYearOverYear } from '../../src/compute/compute-year-over-year.js';
import type { Attainment, YearOverYear } from '../../src/compute/types.js';
import { decimal, direction, kind, positive, qualifier, target } from './arbitraries.js';
import { indicator, level, value } from './fixtures.js';

const DECIMAL_FIELDS = [
  'percentOfPlan',
  'margin',
  'change',
  'difference',
  'ratioPercent',
  'changePercent',
  'changePoints',
] as const;

/** Every decimal field is a plain decimal: digits, optional fraction, no exponent, no NaN/Infinity, never -0. */
function checkDecimals(out: Attainment | YearOverYear): void {
  for (const field of DECIMAL_FIELDS) {
    const v: unknown = (out as unknown as Record<string, unknown>)[field];
    if (v === undefined) continue;
    expect(typeof v).toBe('string');
    const s = v as string;
    expect(s).toMatch(/^-?\d+(\.\d+)?$/);
    expect(s).not.toMatch(/NaN|Infinity|e/i);
    expect(s).not.toMatch(/^-0(\.0+)?$/);
  }
}

describe('properties', () => {
  it('a met or exceeded level target on a higher-is-better indicator has percentOfPlan >= 100', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('count', 'rate', 'money', 'number' as const),
        positive,
        decimal(),
        (k, t, extra) => {
          // actual = target + extra, so the target is reached; built with big.js, not the code under test.
          const actual = new Big(t).plus(extra).toFixed();
          const a = computeAttainment(indicator(k, 'higher'), value(actual), {
            type: 'level',
            value: t,
            qualifier: 'exact',
          });
          expect(['met', 'exceeded']).toContain(a.status);
          const pct = assessed(a)?.percentOfPlan;
          expect(pct).toBeDefined();
          expect(new Big(pct ?? 'NaN').gte(100)).toBe(true);
        },
      ),
    );
  });

  it('the status of a level target agrees with a plain comparison of exact values', () => {
    fc.assert(
      fc.property(direction, decimal({ negative: true }), decimal({ negative: true }), (d, x, t) => {
        const a = computeAttainment(indicator('count', d), value(x), {
          type: 'level',
          value: t,
          qualifier: 'exact',
        });
        const c = new Big(x).cmp(t) * (d === 'lower' ? -1 : 1);
        expect(a.status).toBe(c > 0 ? 'exceeded' : c === 0 ? 'met' : 'not_met');
      }),
    );
  });

  it('year over year of x against x is no change and trend same; of two bounds, nothing proven', () => {
    fc.assert(
      fc.property(kind, direction, decimal({ negative: true }), qualifier, (k, d, x, q) => {
        const y = computeYearOverYear(indicator(k, d), value(x, q), value(x, q));
        // "trên 100" against "trên 100": either may be the greater.
        if (!['exact', 'about', 'estimate'].includes(q)) {
          expect(y.status).toBe('inconclusive');
          return;
        }
        expect(y).toMatchObject({ status: 'compared', difference: '0', trend: 'same' });
        if (k === 'rate') expect(y).toMatchObject({ changePoints: '0' });
        else if (new Big(x).gt(0)) expect(y).toMatchObject({ changePercent: '0', ratioPercent: '100' });
      }),
    );
  });

  it('never prints NaN, Infinity, an exponent or -0', () => {
    fc.assert(
      fc.property(
        kind,
        direction,
        decimal({ negative: true }),
        qualifier,
        target,
        fc.option(fc.tuple(decimal({ negative: true }), qualifier), { nil: undefined }),
        (k, d, x, q, t, p) => {
          const ind = indicator(k, d);
          const prior = p === undefined ? undefined : value(p[0], p[1]);
          const a = computeAttainment(ind, value(x, q), t, prior);
          checkDecimals(a);
          const isVerdict = a.status === 'exceeded' || a.status === 'met' || a.status === 'not_met';
          // A reason exactly when there are no derived figures; a verdict always has them.
          const figures = assessed(a);
          expect(a.reason === undefined).toBe(figures?.margin !== undefined);
          if (isVerdict) expect(figures?.margin).toBeDefined();
          checkDecimals(computeYearOverYear(ind, value(x, q), prior));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('tiny and huge figures stay plain', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), (small, big) => {
        const tiny = `0.${'0'.repeat(small)}1`;
        const huge = `1${'0'.repeat(big)}`;
        checkDecimals(computeYearOverYear(indicator('money', 'higher'), value(tiny), value(huge)));
        checkDecimals(computeYearOverYear(indicator('money', 'higher'), value(huge), value(tiny)));
        checkDecimals(computeAttainment(indicator('money', 'higher'), value(tiny), level(huge)));
      }),
    );
  });
});
