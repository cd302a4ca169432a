/** fast-check arbitraries for the data model, shared by the property tests. */
import Big from 'big.js';
import fc from 'fast-check';
import { toDec } from '../../src/domain/decimal.js';
import type { Qualifier, Target } from '../../src/model/types.js';

/** A decimal string as a data file writes it: digits, an optional fraction, optionally negative. */
export const decimal = (opts: { negative?: boolean } = {}) =>
  fc
    .tuple(
      fc.bigInt({ min: 0n, max: 10n ** 15n }),
      fc.integer({ min: 0, max: 8 }),
      opts.negative ? fc.boolean() : fc.constant(false),
    )
    .map(([digits, scale, neg]) => {
      const s = digits.toString().padStart(scale + 1, '0');
      const body = scale === 0 ? s : `${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`;
      return toDec(neg ? `-${body}` : body);
    });

export const positive = decimal().filter((d) => new Big(d).gt(0));

export const qualifier = fc.constantFrom<Qualifier>(
  'exact',
  'over',
  'nearly',
  'about',
  'estimate',
  'below',
  'at_least',
  'at_most',
);
export const kind = fc.constantFrom('count', 'rate', 'money', 'number' as const);
export const direction = fc.constantFrom('higher', 'lower', 'neutral' as const);

export const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ type: fc.constant('level' as const), value: decimal({ negative: true }), qualifier }),
  fc.record({ type: fc.constant('ceiling' as const), value: decimal(), inclusive: fc.boolean() }),
  fc
    .tuple(decimal(), decimal())
    .map(
      ([a, b]): Target =>
        new Big(a).lte(b) ? { type: 'range', min: a, max: b } : { type: 'range', min: b, max: a },
    ),
  fc.record({
    type: fc.constant('change' as const),
    change: fc.constantFrom('increase', 'decrease' as const),
    measure: fc.constantFrom('points', 'percent' as const),
    by: decimal(),
    qualifier,
  }),
  fc
    .tuple(
      decimal(),
      decimal(),
      fc.constantFrom('increase', 'decrease' as const),
      fc.constantFrom('points', 'percent' as const),
    )
    .map(
      ([a, b, change, measure]): Target => ({
        type: 'change',
        change,
        measure,
        min: new Big(a).lte(b) ? a : b,
        max: new Big(a).lte(b) ? b : a,
        qualifier: 'exact',
      }),
    ),
);
