/** Every wording function of describe-indicator.ts on hand-computed cases: each branch, each word. */
import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/compute/compute-attainment.js';
import { computeYearOverYear } from '../../src/compute/compute-year-over-year.js';
import type { IndicatorComputation, Status } from '../../src/compute/types.js';
import type { Indicator, ResultValue, Target } from '../../src/model/types.js';
import {
  attainmentClause,
  type NumberStyle,
  percentOfPlanText,
  statusLabel,
  targetText,
  yearOverYearCell,
  yearOverYearClause,
} from '../../src/view/describe-indicator.js';
import { ceiling, change, indicator, level, range, value } from '../compute/fixtures.js';

const style: NumberStyle = { percentDecimals: 1, rounding: 'round', ratePercentOfPlan: false };
const people = (extra: Partial<Indicator> = {}) => indicator('count', 'higher', { decimals: 0, ...extra });
const rate = (extra: Partial<Indicator> = {}) => indicator('rate', 'higher', { decimals: 1, ...extra });
const money = indicator('money', 'higher', { unit: 'tỷ đồng', decimals: 1 });

function item(
  ind: Indicator,
  actual?: ResultValue,
  target?: Target,
  prior?: ResultValue,
): IndicatorComputation {
  return {
    indicator: ind,
    depth: 0,
    actual,
    target,
    prior,
    attainment: computeAttainment(ind, actual, target, prior),
    yoy: computeYearOverYear(ind, actual, prior),
  };
}

describe('targetText: a target as plans write it', () => {
  it.each([
    [level('23500'), people(), '23.500 người'],
    [level('24000', 'over'), people(), 'trên 24.000 người'],
    [level('12.5', 'about'), money, 'khoảng 12,5 tỷ đồng'],
    [ceiling('6'), rate({ direction: 'lower', decimals: 2 }), 'dưới 6%'],
    [ceiling('6', true), rate({ direction: 'lower', decimals: 2 }), 'không quá 6%'],
    [range('60', '65'), rate(), 'từ 60% đến 65%'],
    [
      change('decrease', 'points', { by: '1.5' }),
      rate({ direction: 'lower', decimals: 2 }),
      'giảm 1,5 điểm phần trăm',
    ],
    [change('increase', 'percent', { by: '5' }), people(), 'tăng 5%'],
    [change('increase', 'percent', { min: '3', max: '5.5' }), people(), 'tăng từ 3 đến 5,5%'],
    [change('increase', 'percent', { by: '5' }, 'over'), people(), 'tăng trên 5%'],
    [
      change('decrease', 'points', { by: '0.25' }),
      rate({ direction: 'lower', decimals: 0 }),
      'giảm 0,3 điểm phần trăm',
    ],
  ])('%o of %o reads "%s"', (target, ind, words) => {
    expect(targetText(target, ind)).toBe(words);
  });

  it('without the unit, for a table whose unit has its own column', () => {
    expect(targetText(level('23500'), people(), false)).toBe('23.500');
    expect(targetText(range('60', '65'), rate(), false)).toBe('từ 60 đến 65');
  });
});

describe('statusLabel: the verdict under the % in the table', () => {
  it.each<[Status, string | null]>([
    ['exceeded', 'Vượt kế hoạch'],
    ['met', 'Đạt kế hoạch'],
    ['not_met', 'Chưa đạt kế hoạch'],
    ['undetermined', null],
    ['no_data', 'Chưa có số liệu'],
    ['no_target', 'Không có chỉ tiêu'],
    ['not_comparable', 'Không so sánh được'],
  ])('%s: %s', (status, label) => {
    expect(statusLabel(status)).toBe(label);
  });
});

describe('percentOfPlanText: the % of plan', () => {
  it('met exactly is 100%, shown at the decimals asked; a lower-is-better level has none', () => {
    expect(percentOfPlanText(item(people(), value('23500'), level('23500')), style)).toBe('100,0%');
    expect(percentOfPlanText(item(people({ direction: 'lower' }), value('5'), level('6')), style)).toBeNull();
  });
  it('a figure that rounds onto 100% against its verdict gets up to four more decimals, no more', () => {
    // 1.000.001 / 1.000.000 = 100,0001%: four more decimals show it above 100. 100.000.001 / 100.000.000 would
    // need six: the figure then stays at the decimals asked rather than grow without end.
    expect(percentOfPlanText(item(people(), value('1000001'), level('1000000')), style)).toBe('100,0001%');
    expect(percentOfPlanText(item(people(), value('100000001'), level('100000000')), style)).toBe('100,0%');
  });
});

describe('attainmentClause: the figure against its target', () => {
  it('a change target in a measure other than the year-over-year one states the change itself', () => {
    // A rate's change asked in percent of last year: 60% → 63% is +5%, against +4% asked.
    const c = item(rate(), value('63'), change('increase', 'percent', { by: '4' }), value('60'));
    expect(attainmentClause(c, style)).toBe('tăng 5,0% so với năm trước (kế hoạch tăng 4%), vượt kế hoạch');
    const fall = item(
      rate({ direction: 'lower' }),
      value('57'),
      change('decrease', 'percent', { by: '4' }),
      value('60'),
    );
    expect(attainmentClause(fall, style)).toBe(
      'giảm 5,0% so với năm trước (kế hoạch giảm 4%), vượt kế hoạch',
    );
  });
  it('the natural measure: the year-over-year clause states the change, the attainment only the verdict', () => {
    const c = item(people(), value('105'), change('increase', 'percent', { by: '4' }), value('100'));
    expect(attainmentClause(c, style)).toBe('vượt kế hoạch (kế hoạch tăng 4%)');
  });
  it('a change target whose change the bounds do not prove: the plan, no verb', () => {
    // "trên 61%" against last year's 60%: a rise of over 1 point... in percent of 60: over 1,67%, proven up.
    const proven = item(rate(), value('61', 'over'), change('increase', 'percent', { by: '1' }), value('60'));
    expect(attainmentClause(proven, style)).toBe(
      'tăng trên 1,6% so với năm trước (kế hoạch tăng 1%), vượt kế hoạch',
    );
    // "gần 61%" against 60%: below +1,67%, perhaps a fall: no direction, so only the plan.
    const open = item(rate(), value('61', 'nearly'), change('increase', 'percent', { by: '1' }), value('60'));
    expect(attainmentClause(open, style)).toBe('kế hoạch tăng 1%');
    // No change at all: not a rise, not a fall.
    const none = item(rate(), value('60'), change('increase', 'percent', { by: '1' }), value('60'));
    expect(attainmentClause(none, style)).toBe('chưa đạt kế hoạch (kế hoạch tăng 1%)');
  });
  it('a change whose bound leaves its way open: the verdict, no verb', () => {
    // "dưới 60,3%" against 60%: a change below +0,5%, a rise or a fall, surely short of +1%.
    const c = item(rate(), value('60.3', 'below'), change('increase', 'percent', { by: '1' }), value('60'));
    expect(attainmentClause(c, style)).toBe('chưa đạt kế hoạch (kế hoạch tăng 1%)');
  });
  it('a change too small to show at five decimals more: the verdict, no size', () => {
    const c = item(rate(), value('60.0000001'), change('increase', 'percent', { by: '1' }), value('60'));
    expect(attainmentClause(c, style)).toBe('chưa đạt kế hoạch (kế hoạch tăng 1%)');
  });
  it('a change in percent is shown at the percent decimals, whatever the rate’s own', () => {
    const c = item(
      rate({ decimals: 2 }),
      value('63'),
      change('increase', 'percent', { by: '4' }),
      value('60'),
    );
    expect(attainmentClause(c, style)).toBe('tăng 5,0% so với năm trước (kế hoạch tăng 4%), vượt kế hoạch');
  });
  it('a gap in the unit is shown at the indicator’s decimals; a gap in points at one at least', () => {
    const cost = indicator('money', 'lower', { unit: 'tỷ đồng', decimals: 0 });
    expect(attainmentClause(item(cost, value('1096.6'), level('1100')), style)).toBe(
      'vượt kế hoạch (kế hoạch 1.100 tỷ đồng), thấp hơn kế hoạch 3 tỷ đồng',
    );
    expect(attainmentClause(item(rate({ decimals: 0 }), value('66.25'), level('65')), style)).toBe(
      'cao hơn kế hoạch 1,3 điểm phần trăm (kế hoạch 65%), vượt kế hoạch',
    );
  });
  it('a change target with no prior year: only the plan, no clause about a verdict', () => {
    expect(
      attainmentClause(item(people(), value('5'), change('increase', 'percent', { by: '1' })), style),
    ).toBeNull();
  });
  it('a gap is said in the unit of a count, in points for a rate', () => {
    expect(attainmentClause(item(people({ direction: 'lower' }), value('90'), level('100')), style)).toBe(
      'vượt kế hoạch (kế hoạch 100 người), thấp hơn kế hoạch 10 người',
    );
    expect(attainmentClause(item(rate(), value('66.25'), level('65')), style)).toBe(
      'cao hơn kế hoạch 1,3 điểm phần trăm (kế hoạch 65%), vượt kế hoạch',
    );
    expect(attainmentClause(item(rate(), value('61'), range('60', '65')), style)).toBe(
      'đạt kế hoạch (kế hoạch từ 60% đến 65%)',
    );
  });
});

describe('year over year: the clause and the table cell', () => {
  it('a rate’s change in points is shown with one decimal at least, whatever the rate’s own', () => {
    const c = item(rate({ decimals: 0 }), value('61.25'), undefined, value('60'));
    expect(yearOverYearClause(c, 2017, style)).toBe('tăng 1,3 điểm phần trăm so với năm 2017 (60%)');
    expect(yearOverYearCell(c, style)).toBe('+1,3 điểm %');
  });
  it('last year zero: a count rises by a number, no ratio', () => {
    const c = item(people(), value('5'), undefined, value('0'));
    expect(yearOverYearClause(c, 2017, style)).toBe('tăng 5 người so với năm 2017 (0 người)');
    expect(yearOverYearCell(c, style)).toBeNull();
    const same = item(people(), value('0'), undefined, value('0'));
    expect(yearOverYearClause(same, 2017, style)).toBe('bằng năm 2017 (0 người)');
    expect(yearOverYearCell(same, style)).toBeNull();
  });
  it('the same: 100% or 0 points, "khoảng" when approximate', () => {
    expect(yearOverYearCell(item(people(), value('50'), undefined, value('50')), style)).toBe('100,0%');
    expect(yearOverYearCell(item(people(), value('50', 'about'), undefined, value('50')), style)).toBe(
      'khoảng 100,0%',
    );
    expect(yearOverYearCell(item(rate(), value('50'), undefined, value('50')), style)).toBe('0 điểm %');
    expect(yearOverYearCell(item(rate(), value('50', 'estimate'), undefined, value('50')), style)).toBe(
      'khoảng 0 điểm %',
    );
  });
  it('money: the ratio and the change in percent', () => {
    const c = item(money, value('6.8'), undefined, value('6.4'));
    expect(yearOverYearClause(c, 2018, style)).toBe(
      'tăng 6,3% so với năm 2018 (bằng 106,3%; năm 2018: 6,4 tỷ đồng)',
    );
    expect(yearOverYearCell(c, style)).toBe('106,3%');
  });
  it('no figure or no prior: nothing', () => {
    expect(yearOverYearClause(item(people(), undefined, undefined, value('5')), 2017, style)).toBeNull();
    expect(yearOverYearClause(item(people(), value('5')), 2017, style)).toBeNull();
    expect(yearOverYearCell(item(people(), value('5')), style)).toBeNull();
    expect(
      yearOverYearCell(item(people(), value('5'), undefined, value('4', 'exact', 'hộ')), style),
    ).toBeNull();
  });
  it('a rise too small to show even with four more decimals keeps its verb and loses its size', () => {
    const c = item(people({ decimals: 0 }), value('1000001'), undefined, value('1000000'));
    expect(yearOverYearClause(c, 2017, { ...style, percentDecimals: 0 })).toBe(
      'tăng 0,0001% so với năm 2017 (bằng 100,0001%; năm 2017: 1.000.000 người)',
    );
    const tiny = item(people({ decimals: 0 }), value('10000001'), undefined, value('10000000'));
    expect(yearOverYearClause(tiny, 2017, { ...style, percentDecimals: 0 })).toBe(
      'tăng so với năm 2017 (10.000.000 người)',
    );
    expect(yearOverYearCell(tiny, { ...style, percentDecimals: 0 })).toBeNull();
  });
});
