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
