import { Big } from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/compute/compute-attainment.js';
import { computeYearOverYear } from '../../src/compute/compute-year-over-year.js';
import type { IndicatorComputation } from '../../src/compute/types.js';
import type { Qualifier, Target } from '../../src/model/types.js';
import {
  attainmentClause,
  type NumberStyle,
  percentOfPlanText,
  targetText,
  yearOverYearCell,
  yearOverYearClause,
} from '../../src/view/describe-indicator.js';
import { decimal, direction, kind, qualifier, target } from '../compute/arbitraries.js';
import { ceiling, indicator, level, value } from '../compute/fixtures.js';

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
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('round', 'truncate' as const),
        fc.boolean(),
        (k, d, decimals, actual, t, prior, percentDecimals, rounding, ratePercentOfPlan) => {
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
          const percent: NumberStyle = { percentDecimals, rounding, ratePercentOfPlan };
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

describe('qualifiers in the words are true of the figures, wherever in their bounds the true figures lie', () => {
  /**
   * A true value the written (v, q) allows: v itself for exact, about and estimate (taken at their value);
   * for a bound, anywhere on its side: on the bound itself where it allows that (ít nhất, không quá), a hair
   * beside it, a little, or far (×3). Kept positive, as the figures of a report are.
   */
  const truth = (v: string, q: Qualifier, pick: number): Big => {
    const x = new Big(v);
    const steps = [new Big(0), new Big('0.000001'), x.times('0.01'), x.times(3)];
    const strict = q === 'over' || q === 'nearly' || q === 'below';
    const d = steps[strict ? 1 + (pick % 3) : pick % 4] as Big;
    if (q === 'over' || q === 'at_least') return x.plus(d);
    if (q === 'nearly' || q === 'below' || q === 'at_most') {
      const down = x.minus(d.gte(x) ? x.div(2) : d);
      return down.gt(0) ? down : x.div(2);
    }
    return x;
  };
  /** A vi-VN number: "1.234,56" → 1234.56; its decimals shown. */
  const parse = (text: string) => ({
    value: new Big(text.replace(/\./g, '').replace(',', '.').replace('−', '-')),
    decimals: text.split(',')[1]?.length ?? 0,
  });

  /** Asserts that the claim "word shown" is true of `actual` at the rounding used. */
  function holds(
    word: string,
    shown: string,
    actual: Big,
    rounding: 'round' | 'truncate',
    context: string,
  ): void {
    const { value: x, decimals } = parse(shown);
    const ulp = new Big(10).pow(-decimals);
    const w = word.trim();
    if (w === 'trên') expect(actual.gt(x), `${context}: ${actual} > ${x}`).toBe(true);
    else if (w === 'ít nhất') expect(actual.gte(x), `${context}: ${actual} >= ${x}`).toBe(true);
    else if (w === 'dưới' || w === 'gần') expect(actual.lt(x), `${context}: ${actual} < ${x}`).toBe(true);
    else if (w === 'không quá') expect(actual.lte(x), `${context}: ${actual} <= ${x}`).toBe(true);
    else if (rounding === 'truncate') {
      // Cut towards zero: the shown figure is the true one with its further digits dropped.
      expect(
        actual.abs().gte(x.abs()) && actual.abs().lt(x.abs().plus(ulp)),
        `${context}: ${actual} ~ ${x}`,
      ).toBe(true);
    } else expect(actual.minus(x).abs().lte(ulp.div(2)), `${context}: ${actual} ~ ${x}`).toBe(true);
  }

  const figure = fc.tuple(fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 0, max: 2 }));
  const written = ([n, scale]: [number, number]) => new Big(n).div(new Big(10).pow(scale)).toFixed();
  const styles = fc.record({
    percentDecimals: fc.integer({ min: 0, max: 4 }),
    rounding: fc.constantFrom('round', 'truncate' as const),
    ratePercentOfPlan: fc.constant(false),
  });
  const QUALIFIER = '(trên |dưới |gần |khoảng |ước |ít nhất |không quá )?';

  it('a change from last year: its verb, its size and the ratio, at every percent decimals from 0 to 4', () => {
    fc.assert(
      fc.property(
        figure,
        figure,
        qualifier,
        qualifier,
        fc.nat(),
        fc.nat(),
        styles,
        fc.constantFrom('count', 'rate' as const),
        (cur, pri, qc, qp, pickC, pickP, style, k) => {
          const ind = indicator(k, 'higher', { decimals: 2 });
          const a = value(written(k === 'rate' ? [cur[0] % 10000, 2] : cur), qc);
          const p = value(written(k === 'rate' ? [pri[0] % 10000, 2] : pri), qp);
          if (new Big(p.value).eq(0) || new Big(a.value).eq(0)) return;
          const c: IndicatorComputation = {
            indicator: ind,
            depth: 0,
            actual: a,
            prior: p,
            attainment: computeAttainment(ind, a, undefined, p),
            yoy: computeYearOverYear(ind, a, p),
          };
          const clause = yearOverYearClause(c, 2017, style);
          if (clause === null) throw new Error('no clause with both figures');
          const x = truth(a.value, qc, pickC);
          const y = truth(p.value, qp, pickP);
          const context = `${clause} [true ${x} against ${y}]`;
          if (/^năm 2017: /.test(clause)) return; // nothing claimed but last year's figure
          if (/^bằng năm/.test(clause)) {
            expect(x.eq(y), context).toBe(true);
            return;
          }
          if (/^tương đương năm/.test(clause)) return; // approximately equal: an approximation's claim
          const m = new RegExp(
            `^(tăng|giảm) (?:${QUALIFIER}([\\d.,]+)(%| điểm phần trăm) )?so với năm 2017`,
          ).exec(clause);
          expect(m, clause).not.toBeNull();
          const [, verb, word = '', shown, unit] = m as RegExpExecArray;
          expect(verb, context).toBe(x.gt(y) ? 'tăng' : 'giảm');
          expect(x.eq(y), context).toBe(false);
          if (shown === undefined) return;
          // Never "0%": a change that is not nil reads as more than nothing.
          expect(parse(shown).value.eq(0), context).toBe(false);
          const size = unit === '%' ? x.minus(y).div(y).times(100).abs() : x.minus(y).abs();
          if (
            !/khoảng|ước/.test(word) &&
            !['about', 'estimate'].includes(qc) &&
            !['about', 'estimate'].includes(qp)
          )
            holds(word, shown, size, style.rounding, context);
          const ratio = /\(bằng ([^;]*?)([\d.,]+)%;/.exec(clause);
          if (ratio && !['about', 'estimate'].includes(qc) && !['about', 'estimate'].includes(qp)) {
            // The ratio is shown from the shown change, so it is true to the same precision: at most one unit
            // of the last digit beyond what the qualifier says.
            const r = x.div(y).times(100);
            const { value: rv, decimals } = parse(ratio[2] as string);
            const w = (ratio[1] ?? '').trim();
            const ulp = new Big(10).pow(-decimals);
            if (w === 'trên' || w === 'ít nhất') expect(r.gt(rv.minus(ulp)), context).toBe(true);
            else if (w === 'dưới' || w === 'gần' || w === 'không quá')
              expect(r.lt(rv.plus(ulp)), context).toBe(true);
            else expect(r.minus(rv).abs().lte(ulp), context).toBe(true);
          }
        },
      ),
      { numRuns: 4000, seed: 20190228 },
    );
  });

  it('a result against its target: the percent of plan, the gap and the verdict', () => {
    fc.assert(
      fc.property(
        figure,
        figure,
        qualifier,
        fc.nat(),
        styles,
        fc.constantFrom('level', 'ceiling' as const),
        fc.constantFrom('higher', 'lower' as const),
        fc.constantFrom('count', 'rate' as const),
        (act, tgt, q, pick, style, type, d, k) => {
          const rate = k === 'rate';
          const ind = indicator(k, d, { decimals: 2 });
          const a = value(written(rate ? [act[0] % 10000, 2] : act), q);
          const t = written(rate ? [tgt[0] % 10000, 2] : tgt);
          if (new Big(t).eq(0) || new Big(a.value).eq(0)) return;
          // A ceiling is for what should be kept down.
          const target: Target = type === 'ceiling' && d === 'lower' ? ceiling(t) : level(t);
          const c: IndicatorComputation = {
            indicator: ind,
            depth: 0,
            actual: a,
            target,
            attainment: computeAttainment(ind, a, target),
            yoy: computeYearOverYear(ind, a),
          };
          const clause = attainmentClause(c, style);
          if (clause === null) throw new Error('no clause for a figure with a target');
          const x = truth(a.value, q, pick);
          const tv = new Big(t);
          const context = `${clause} [true ${x} against ${t}]`;
          const approximate = q === 'about' || q === 'estimate';
          // The verdict.
          const better = d === 'lower' ? tv.minus(x) : x.minus(tv);
          const reached = target.type === 'ceiling' ? x.lt(tv) : better.gte(0);
          if (!approximate) {
            if (clause.endsWith('vượt kế hoạch')) expect(better.gt(0), context).toBe(true);
            else if (clause.endsWith('chưa đạt kế hoạch')) expect(reached, context).toBe(false);
            else if (clause.endsWith(', đạt kế hoạch') || clause.startsWith('đạt kế hoạch'))
              expect(reached, context).toBe(true);
          }
          // The percent of plan.
          const pct = new RegExp(`^đạt ${QUALIFIER}([\\d.,]+)% kế hoạch`).exec(clause);
          if (pct && !approximate)
            holds(pct[1] ?? '', pct[2] as string, x.div(tv).times(100), style.rounding, context);
          // The gap, said only with a verdict.
          const gap = new RegExp(`^(cao|thấp) hơn kế hoạch ${QUALIFIER}([\\d.,]+)`).exec(clause);
          if (gap) {
            expect(/(vượt|đạt) kế hoạch$/.test(clause), context).toBe(true);
            expect(gap[1], context).toBe(x.gt(tv) ? 'cao' : 'thấp');
            expect(parse(gap[3] as string).value.eq(0), context).toBe(false);
            if (!approximate)
              holds(gap[2] ?? '', gap[3] as string, x.minus(tv).abs(), style.rounding, context);
          }
        },
      ),
      { numRuns: 4000, seed: 20191231 },
    );
  });
});
