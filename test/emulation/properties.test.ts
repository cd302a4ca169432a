/**
 * Properties of scoring that hold for any figures: points within 0..max, more achieved never scores less, ranks
 * that agree with the totals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankBlock, type UnitEntry } from '../../src/compute/score-units.js';
import {
  type Better,
  bestOfBlockPoints,
  blocPoints,
  excessParts,
  proportionalPoints,
} from '../../src/domain/attainment-rules.js';
import { dec } from '../../src/domain/decimal.js';
import type { ScoringScheme } from '../../src/model/emulation.js';
import type { Dec } from '../../src/model/types.js';

/** A decimal figure from 0 to 10.000 with up to two decimals, as text. */
const figure = (min = 0) =>
  fc
    .integer({ min: min * 100, max: 1_000_000 })
    .map((n) => (n / 100).toFixed(2).replace(/\.?0+$/, '') || '0');
const positive = figure(0.01);
const better = fc.constantFrom<Better>('higher', 'lower');
const max = fc.integer({ min: 1, max: 40 }).map(String);

describe('every rule scores from 0 to the maximum', () => {
  it('proportional', () => {
    fc.assert(
      fc.property(figure(), positive, better, max, (a, t, b, m) => {
        const p = proportionalPoints(dec(a), dec(t), b, dec(m));
        return p.gte(dec('0')) && p.lte(dec(m));
      }),
    );
  });
  it('bloc, against any leader at least as far past its target', () => {
    fc.assert(
      fc.property(figure(), positive, better, max, figure(), (a, t, b, m, more) => {
        const own = excessParts(dec(a), dec(t), b);
        // A leader `more` further past its target than the unit (as a fraction over the unit's target).
        const leader = { over: own.over.plus(dec(more).times(own.of)), of: own.of };
        const p = blocPoints(dec(a), dec(t), b, dec(m), leader).points;
        return p.gte(dec('0')) && p.lte(dec(m));
      }),
    );
  });
  it('no target, against the best of the block', () => {
    fc.assert(
      fc.property(figure(), figure(), better, max, (a, other, b, m) => {
        const best = b === 'higher' ? (dec(a).gt(dec(other)) ? a : other) : dec(a).lt(dec(other)) ? a : other;
        const p = bestOfBlockPoints(dec(a), dec(best), b, dec(m));
        return p.gte(dec('0')) && p.lte(dec(m));
      }),
    );
  });
});

describe('doing better never scores less', () => {
  /** Two results, the second at least as good as the first for the direction. */
  const pair = fc.tuple(figure(), figure(), better).map(([x, y, b]) => {
    const [lo, hi] = dec(x).lte(dec(y)) ? [x, y] : [y, x];
    return { worse: b === 'higher' ? lo : hi, better: b === 'higher' ? hi : lo, b };
  });
  it('proportional', () => {
    fc.assert(
      fc.property(pair, positive, max, ({ worse, better: good, b }, t, m) =>
        proportionalPoints(dec(good), dec(t), b, dec(m)).gte(
          proportionalPoints(dec(worse), dec(t), b, dec(m)),
        ),
      ),
    );
  });
  it('bloc, with the same leader', () => {
    fc.assert(
      fc.property(pair, positive, max, figure(), ({ worse, better: good, b }, t, m, more) => {
        const ownGood = excessParts(dec(good), dec(t), b);
        const leader = { over: ownGood.over.plus(dec(more).times(ownGood.of)), of: ownGood.of };
        return blocPoints(dec(good), dec(t), b, dec(m), leader).points.gte(
          blocPoints(dec(worse), dec(t), b, dec(m), leader).points,
        );
      }),
    );
  });
});

describe('ranks agree with the totals', () => {
  const D = (s: string) => s as Dec;
  const scheme: ScoringScheme = {
    id: 'k',
    name: 'k',
    source: 'k',
    blocks: ['k'],
    max_total: D('40'),
    decimals: 1,
    indicators: [],
    criteria: [
      { id: 'v', group: 'I', name: 'v', type: 'indicator', indicator: 'v', rule: 'bloc', max: D('20') },
      { id: 'j', group: 'II', name: 'j', type: 'judged', max: D('20') },
      { id: 'b', group: 'III', name: 'b', type: 'bonus', per_event: D('1'), cap: D('3') },
      { id: 'p', group: 'III', name: 'p', type: 'penalty', per_event: D('0.5'), cap: D('2') },
    ],
    bands: [{ min: D('0'), label: 'x' }],
    tie_break: ['j'],
  };
  const unitYear = fc.record({
    target: fc.option(fc.integer({ min: 1, max: 50 }).map(String), { nil: undefined }),
    result: fc.integer({ min: 0, max: 60 }).map(String),
    judged: fc.integer({ min: 0, max: 40 }).map((n) => String(n / 2)),
    bonus: fc.integer({ min: 0, max: 5 }).map(String),
    penalty: fc.integer({ min: 0, max: 6 }).map(String),
  });
  it('a higher total ranks above; equal on the total and the tie-break, the same rank; ranks from 1', () => {
    fc.assert(
      fc.property(fc.array(unitYear, { minLength: 1, maxLength: 8 }), (years) => {
        const entries: UnitEntry[] = years.map((y, i) => ({
          unit: { id: `u${i}`, name: `u${i}`, kind: 'office', block: 'k' },
          year: {
            indicators: {
              v: { ...(y.target ? { target: D(y.target) } : {}), result: D(y.result), qualifier: 'exact' },
            },
            own_indicators: {},
            criteria: { j: D(y.judged), b: D(y.bonus), p: D(y.penalty) },
          },
        }));
        const { units } = rankBlock(scheme, entries, () => ({
          better: 'higher',
          name: 'v',
          measure: 'người',
        }));
        expect(units[0]?.rank).toBe(1);
        for (const u of units) {
          for (const c of u.criteria) {
            const [lo, hi] = dec(c.max).lt(dec('0')) ? [dec(c.max), dec('0')] : [dec('0'), dec(c.max)];
            expect(dec(c.points).gte(lo) && dec(c.points).lte(hi)).toBe(true);
          }
          for (const v of units) {
            if (dec(u.total).gt(dec(v.total))) expect(u.rank).toBeLessThan(v.rank);
            const jOf = (s: typeof u) => s.criteria.find((c) => c.criterion.id === 'j')?.points;
            if (u.total === v.total && jOf(u) === jOf(v)) expect(u.rank).toBe(v.rank);
          }
        }
      }),
    );
  });
});
