import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/compute/compute-attainment.js';
import { computeYearOverYear } from '../../src/compute/compute-year-over-year.js';
import type { IndicatorComputation } from '../../src/compute/types.js';
import type { Indicator, ResultValue, Target } from '../../src/model/types.js';
import {
  attainmentClause,
  percentOfPlanText,
  yearOverYearCell,
  yearOverYearClause,
} from '../../src/view/describe-indicator.js';

const people = (direction: Indicator['direction'] = 'higher'): Indicator => ({
  id: 'x',
  name: 'X',
  area: 'a',
  unit: 'người',
  kind: 'count',
  direction,
  decimals: 0,
});
const rate: Indicator = { ...people('lower'), unit: '%', kind: 'rate', decimals: 2 };
const v = (value: string, qualifier: ResultValue['qualifier'] = 'exact'): ResultValue => ({
  value,
  qualifier,
});

function item(
  indicator: Indicator,
  actual?: ResultValue,
  target?: Target,
  prior?: ResultValue,
): IndicatorComputation {
  return {
    indicator,
    depth: 0,
    actual,
    target,
    prior,
    attainment: computeAttainment(indicator, actual, target, prior),
    yoy: computeYearOverYear(indicator, actual, prior),
  };
}

const percent = { decimals: 1 };

describe('the words are true of the figures (hand-computed)', () => {
  it.each([
    // 24000 → from 25000 is −4% exactly; "trên 24.000" makes the fall a little less than 4%: "giảm dưới 4,0%".
    [
      people(),
      v('24000', 'over'),
      v('25000'),
      'giảm dưới 4,0% so với năm 2017 (bằng trên 96,0%; năm 2017: 25.000 người)',
    ],
    // 29000 from 30000 is −3,33…%; "gần 29.000" makes the fall a little more: "giảm trên 3,3%".
    [
      people(),
      v('29000', 'nearly'),
      v('30000'),
      'giảm trên 3,3% so với năm 2017 (bằng gần 96,7%; năm 2017: 30.000 người)',
    ],
    // Equal written figures, both "trên": close, not known equal.
    [people(), v('69000', 'over'), v('69000', 'over'), 'tương đương năm 2017 (trên 69.000 người)'],
    [people(), v('69000'), v('69000'), 'bằng năm 2017 (69.000 người)'],
    // A rate: 8,42% → 6,92% is 1,5 percentage points.
    [rate, v('6.92'), v('8.42'), 'giảm 1,5 điểm phần trăm so với năm 2017 (8,42%)'],
  ])('%#: %o against %o', (indicator, actual, prior, expected) => {
    expect(yearOverYearClause(item(indicator, actual, undefined, prior), 2017, percent)).toBe(expected);
  });

  it('a signed table cell keeps its own qualifier: "trên −1,5 điểm %" is true of a fall a little under 1,5', () => {
    expect(yearOverYearCell(item(rate, v('6.92', 'over'), undefined, v('8.42')), percent)).toBe(
      'trên −1,5 điểm %',
    );
    expect(yearOverYearCell(item(rate, v('8.42'), undefined, v('6.92')), percent)).toBe('+1,5 điểm %');
  });

  it('a percent of plan never rounds onto 100% against its verdict', () => {
    // 19.990 / 20.000 = 99,95%: not met, so not "100,0%".
    const short = item(people(), v('19990'), { type: 'level', value: '20000', qualifier: 'exact' });
    expect(short.attainment.status).toBe('not_met');
    expect(percentOfPlanText(short, percent)).toBe('99,95%');
    // 25.001 / 25.000 = 100,004%: exceeded, so not "100,0%".
    const over = item(people(), v('25001'), { type: 'level', value: '25000', qualifier: 'exact' });
    expect(percentOfPlanText(over, percent)).toBe('100,004%');
    // 102,127…% keeps one decimal.
    const usual = item(people(), v('24000', 'over'), { type: 'level', value: '23500', qualifier: 'exact' });
    expect(percentOfPlanText(usual, percent)).toBe('trên 102,1%');
  });

  it('says above or below the target from the figures, whatever the direction', () => {
    // A neutral count under a ceiling of 5: 2 is below it, by 3.
    const neutral = item(people('neutral'), v('2'), { type: 'ceiling', value: '5' });
    expect(attainmentClause(neutral, percent)).toMatch(/thấp hơn kế hoạch 3 người\)$/);
    // Poverty 6,57% against "dưới 6%": 0,57 points above.
    const poverty = item(rate, v('6.57'), { type: 'ceiling', value: '6' });
    expect(attainmentClause(poverty, percent)).toBe(
      'chưa đạt kế hoạch (kế hoạch dưới 6%; cao hơn kế hoạch 0,57 điểm phần trăm)',
    );
    // "trên 24.500" against a level of 25.000: short by a little less than 500.
    const short = item(people(), v('24500', 'over'), { type: 'level', value: '25000', qualifier: 'exact' });
    expect(attainmentClause(short, { decimals: 1 })).toBe(
      'đạt trên 98,0% kế hoạch (kế hoạch 25.000 người), chưa đạt kế hoạch',
    );
  });
});
