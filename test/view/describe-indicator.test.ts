import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/compute/compute-attainment.js';
import { computeYearOverYear } from '../../src/compute/compute-year-over-year.js';
import type { IndicatorComputation } from '../../src/compute/types.js';
import type { Indicator, ResultValue, Target } from '../../src/model/types.js';
import {
  attainmentClause,
  type NumberStyle,
  percentOfPlanText,
  yearOverYearCell,
  yearOverYearClause,
} from '../../src/view/describe-indicator.js';
import { ceiling, change, level, value } from '../compute/fixtures.js';

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
const v = (figure: string, qualifier: ResultValue['qualifier'] = 'exact'): ResultValue =>
  value(figure, qualifier);

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

const percent: NumberStyle = { percentDecimals: 1, rounding: 'round', ratePercentOfPlan: false };
const style = (extra: Partial<NumberStyle>): NumberStyle => ({ ...percent, ...extra });

describe('the words are true of the figures (hand-computed)', () => {
  it.each([
    // "trên 24.000" against 25.000: this year may be more than 25.000 or less: only last year's figure is said.
    [people(), v('24000', 'over'), v('25000'), 'năm 2017: 25.000 người'],
    // 29000 from 30000 is −3,33…%; "gần 29.000" makes the fall a little more: "giảm trên 3,3%".
    [
      people(),
      v('29000', 'nearly'),
      v('30000'),
      'giảm trên 3,3% so với năm 2017 (bằng gần 96,7%; năm 2017: 30.000 người)',
    ],
    // Equal written figures, both "trên": either may be the greater.
    [people(), v('69000', 'over'), v('69000', 'over'), 'năm 2017: trên 69.000 người'],
    [people(), v('69000'), v('69000'), 'bằng năm 2017 (69.000 người)'],
    [people(), v('69000', 'about'), v('69000'), 'tương đương năm 2017 (69.000 người)'],
    // 44.010 against "trên 44.000": last year may have been more than 44.010 (issue 8, item 6).
    [people(), v('44010'), v('44000', 'over'), 'năm 2017: trên 44.000 người'],
    // A rate: 8,42% → 6,92% is 1,5 percentage points.
    [rate, v('6.92'), v('8.42'), 'giảm 1,5 điểm phần trăm so với năm 2017 (8,42%)'],
  ])('%#: %o against %o', (indicator, actual, prior, expected) => {
    expect(yearOverYearClause(item(indicator, actual, undefined, prior), 2017, percent)).toBe(expected);
  });

  it('a signed table cell keeps its own qualifier: "trên +1,5 điểm %" is true of a rise a little over 1,5', () => {
    expect(yearOverYearCell(item(rate, v('8.42', 'over'), undefined, v('6.92')), percent)).toBe(
      'trên +1,5 điểm %',
    );
    expect(yearOverYearCell(item(rate, v('6.92', 'nearly'), undefined, v('8.42')), percent)).toBe(
      'gần −1,5 điểm %',
    );
    expect(yearOverYearCell(item(rate, v('8.42'), undefined, v('6.92')), percent)).toBe('+1,5 điểm %');
    // A rise the bounds do not prove has no cell.
    expect(yearOverYearCell(item(rate, v('6.92', 'over'), undefined, v('8.42')), percent)).toBeNull();
  });

  it('a percent of plan never rounds onto 100% against its verdict', () => {
    // 19.990 / 20.000 = 99,95%: not met, so not "100,0%".
    const short = item(people(), v('19990'), level('20000'));
    expect(short.attainment.status).toBe('not_met');
    expect(percentOfPlanText(short, percent)).toBe('99,95%');
    // 25.001 / 25.000 = 100,004%: exceeded, so not "100,0%".
    const over = item(people(), v('25001'), level('25000'));
    expect(percentOfPlanText(over, percent)).toBe('100,004%');
    // 102,127…% keeps one decimal.
    const usual = item(people(), v('24000', 'over'), level('23500'));
    expect(percentOfPlanText(usual, percent)).toBe('trên 102,1%');
  });

  it('says above or below the target from the figures, whatever the direction', () => {
    // A neutral count under a ceiling of 5: 2 is below it, by 3.
    const neutral = item(people('neutral'), v('2'), ceiling('5'));
    expect(attainmentClause(neutral, percent)).toBe(
      'đạt kế hoạch (kế hoạch dưới 5 người), thấp hơn kế hoạch 3 người',
    );
    // Poverty 6,57% against "dưới 6%": 0,57 points above.
    const poverty = item(rate, v('6.57'), ceiling('6'));
    expect(attainmentClause(poverty, percent)).toBe(
      'cao hơn kế hoạch 0,57 điểm phần trăm (kế hoạch dưới 6%), chưa đạt kế hoạch',
    );
    // "trên 24.500" against a level of 25.000 may reach it or not: the percent of plan, no verdict.
    const short = item(people(), v('24500', 'over'), level('25000'));
    expect(attainmentClause(short, percent)).toBe('đạt trên 98,0% kế hoạch (kế hoạch 25.000 người)');
  });
});

describe('the trial of a 2019 report (issue 8): what a signed report may say', () => {
  const trained: Indicator = { ...people(), unit: '%', kind: 'rate', decimals: 1 };

  it('a rate is set against its target in points, with the verdict, not as a percent of a percent', () => {
    const c = item(trained, v('64'), level('65'), v('61'));
    expect(attainmentClause(c, percent)).toBe(
      'thấp hơn kế hoạch 1 điểm phần trăm (kế hoạch 65%), chưa đạt kế hoạch',
    );
    expect(percentOfPlanText(c, percent)).toBeNull();
    // Only where the office asks for it.
    expect(attainmentClause(c, style({ ratePercentOfPlan: true }))).toBe(
      'đạt 98,5% kế hoạch (kế hoạch 65%), chưa đạt kế hoạch',
    );
    expect(attainmentClause(item(trained, v('65'), level('65')), percent)).toBe(
      'đạt kế hoạch (kế hoạch 65%)',
    );
  });

  it('a change never reads as 0%: at 0 decimals a fall of 0,3% says 0,3%, and the ratio agrees', () => {
    const c = item(people(), v('23800'), undefined, v('23870'));
    expect(yearOverYearClause(c, 2018, style({ percentDecimals: 0 }))).toBe(
      'giảm 0,3% so với năm 2018 (bằng 99,7%; năm 2018: 23.870 người)',
    );
    expect(yearOverYearCell(c, style({ percentDecimals: 0 }))).toBe('99,7%');
    // A bound: "gần 23.800" from 24.000 is a fall of more than 0,83%: "trên 0,8%", never "trên 0%".
    const bound = item(people(), v('23800', 'nearly'), undefined, v('24000'));
    expect(yearOverYearClause(bound, 2018, style({ percentDecimals: 0 }))).toBe(
      'giảm trên 0,8% so với năm 2018 (bằng gần 99,2%; năm 2018: 24.000 người)',
    );
  });

  it('truncates percentages where the office asks, as some of Hà Tĩnh’s published figures are', () => {
    // 13.405 / 22.500 = 59,5777…%: published as 59,57% (truncated); 17.208 / 23.000 = 74,8173…%: as 74,82%.
    const a = item(people(), v('13405'), level('22500'));
    const b = item(people(), v('17208'), level('23000'));
    expect(percentOfPlanText(a, style({ percentDecimals: 2, rounding: 'truncate' }))).toBe('59,57%');
    expect(percentOfPlanText(a, style({ percentDecimals: 2 }))).toBe('59,58%');
    expect(percentOfPlanText(b, style({ percentDecimals: 2 }))).toBe('74,82%');
    expect(percentOfPlanText(b, style({ percentDecimals: 2, rounding: 'truncate' }))).toBe('74,81%');
    // A bound keeps its truth whatever the office's habit: "trên" rounds down, "gần" up.
    const over = item(people(), v('13405', 'nearly'), level('22500'));
    expect(percentOfPlanText(over, style({ percentDecimals: 2, rounding: 'truncate' }))).toBe('gần 59,58%');
  });
});

describe('no words where the figures say nothing', () => {
  it('a target in another unit than the figure: no clause at all', () => {
    const c = item(people(), v('9000'), { ...level('9000'), unit: 'hộ' });
    expect(c.attainment.status).toBe('not_comparable');
    expect(attainmentClause(c, percent)).toBeNull();
    expect(percentOfPlanText(c, percent)).toBeNull();
  });
  it('no target: no clause; a change target with two "trên" figures: only the plan', () => {
    expect(attainmentClause(item(people(), v('9000')), percent)).toBeNull();
    const unbounded = item(
      people(),
      v('25000', 'over'),
      change('increase', 'percent', { by: '2' }),
      v('24000', 'over'),
    );
    expect(unbounded.attainment).toStrictEqual({ status: 'undetermined', reason: 'unbounded_change' });
    expect(attainmentClause(unbounded, percent)).toBe('kế hoạch tăng 2%');
  });
});
