import { Big } from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/compute/compute-attainment.js';
import { computeYearOverYear } from '../../src/compute/compute-year-over-year.js';
import type { IndicatorComputation } from '../../src/compute/types.js';
import {
  attainmentClause,
  percentOfPlanText,
  targetText,
  yearOverYearCell,
  yearOverYearClause,
} from '../../src/view/describe-indicator.js';
import { decimal, direction, kind, qualifier, target } from '../compute/arbitraries.js';
import { indicator, value } from '../compute/fixtures.js';

/** Words that must never reach an official document. */
const FORBIDDEN = /NaN|Infinity|undefined|null|(^|[^\d,.])-0([^\d,]|$)|e[+-]\d|\d,\d{3}\./;

describe('the view never shows a broken figure', () => {
  it('random figures, targets and priors give clean Vietnamese text', () => {
    fc.assert(
      fc.property(
        kind,
        direction,
        fc.integer({ min: 0, max: 3 }),
        fc.option(fc.tuple(decimal(), qualifier), { nil: undefined }),
        fc.option(target, { nil: undefined }),
        fc.option(fc.tuple(decimal(), qualifier), { nil: undefined }),
        fc.integer({ min: 0, max: 2 }),
        (k, d, decimals, actual, t, prior, percentDecimals) => {
          const ind = indicator(k, d, { decimals });
          const a = actual ? value(actual[0], actual[1]) : undefined;
          const p = prior ? value(prior[0], prior[1]) : undefined;
          const c: IndicatorComputation = {
            indicator: ind,
            depth: 0,
            actual: a,
            target: t,
            prior: p,
            attainment: computeAttainment(ind, a, t, p),
            yoy: computeYearOverYear(ind, a, p),
          };
          const percent = { decimals: percentDecimals };
          const texts = [
            t ? targetText(t, ind) : '',
            attainmentClause(c, percent) ?? '',
            yearOverYearClause(c, 2017, percent) ?? '',
            percentOfPlanText(c, percent) ?? '',
            yearOverYearCell(c, percent) ?? '',
          ];
          for (const text of texts) expect(text).not.toMatch(FORBIDDEN);
        },
      ),
      { numRuns: 2000, seed: 20181231 },
    );
  });
});

describe('qualifiers in the words are true of the figures', () => {
  /** The true value of a figure written `v` with qualifier `q`: a hair beside it on the side `q` names. */
  const truth = (v: string, q: 'exact' | 'over' | 'nearly') => {
    const hair = new Big('0.000001');
    return q === 'over' ? new Big(v).plus(hair) : q === 'nearly' ? new Big(v).minus(hair) : new Big(v);
  };
  const parse = (text: string) => new Big(text.replace(/\./g, '').replace(',', '.'));

  it('a change from last year ("tăng trên 9,0%", "giảm dưới 4,0%") is true of the true figures', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.constantFrom('exact', 'over', 'nearly' as const),
        fc.integer({ min: 0, max: 2 }),
        (current, prior, q, decimals) => {
          const ind = indicator('count', 'higher', { decimals: 0 });
          const a = value(String(current), q);
          const p = value(String(prior));
          const c: IndicatorComputation = {
            indicator: ind,
            depth: 0,
            actual: a,
            prior: p,
            attainment: computeAttainment(ind, a, undefined, p),
            yoy: computeYearOverYear(ind, a, p),
          };
          const clause = yearOverYearClause(c, 2017, { decimals });
          if (clause === null || current === prior) return;
          const m = /^(tăng|giảm) (trên |dưới |gần )?([\d.,]+)% so với/.exec(clause);
          expect(m, clause).not.toBeNull();
          const [, verb, word, shown] = m as RegExpExecArray;
          const trueChange = truth(String(current), q).minus(prior).div(prior).times(100);
          expect(verb, clause).toBe(trueChange.gt(0) ? 'tăng' : 'giảm');
          const size = trueChange.abs();
          const x = parse(shown as string);
          if (word === 'trên ') expect(size.gt(x), `${clause} vs ${size}`).toBe(true);
          else if (word === 'dưới ' || word === 'gần ') expect(size.lt(x), `${clause} vs ${size}`).toBe(true);
          else expect(size.minus(x).abs().lte(new Big(10).pow(-decimals).div(2)), clause).toBe(true);
        },
      ),
      { numRuns: 3000, seed: 20190228 },
    );
  });
});
