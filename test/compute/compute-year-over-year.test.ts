import { describe, expect, it } from 'vitest';
import { computeYearOverYear } from '../../src/compute/compute-year-over-year.js';
import type { YearOverYear } from '../../src/compute/types.js';
import type { Indicator, ResultValue } from '../../src/model/types.js';
import { indicator, value, type Written } from './fixtures.js';

const count = indicator('count', 'higher');
const countNeutral = indicator('count', 'neutral');
const rate = indicator('rate', 'higher');
const poverty = indicator('rate', 'lower');
const money = indicator('money', 'higher', { unit: 'tỷ đồng' });

interface Case {
  name: string;
  indicator: Indicator;
  current?: ResultValue;
  prior?: ResultValue;
  expected: Written<YearOverYear>;
}

// Every expected number below was worked out by hand.
const cases: Case[] = [
  {
    name: 'rate 58.7 -> 61 is +2.3 points exactly, no percent',
    indicator: rate,
    current: value('61'),
    prior: value('58.7'),
    expected: {
      status: 'compared',
      difference: '2.3',
      changePoints: '2.3',
      trend: 'up',
      better: true,
      qualifier: 'exact',
    },
  },
  {
    name: 'count 22000 -> 24000: 109.0909...% of last year, +9.0909...%',
    indicator: count,
    current: value('24000'),
    prior: value('22000'),
    expected: {
      status: 'compared',
      difference: '2000',
      ratioPercent: '109.09090909090909090909',
      changePercent: '9.09090909090909090909',
      trend: 'up',
      better: true,
      qualifier: 'exact',
    },
  },
  {
    name: 'a fall: 24000 -> 18000 is 75%, -25%, worse',
    indicator: count,
    current: value('18000'),
    prior: value('24000'),
    expected: {
      status: 'compared',
      difference: '-6000',
      ratioPercent: '75',
      changePercent: '-25',
      trend: 'down',
      better: false,
      qualifier: 'exact',
    },
  },
  {
    name: 'a fall of a lower-is-better rate: 6.92 -> 5.3 is -1.62 points, better',
    indicator: poverty,
    current: value('5.3'),
    prior: value('6.92'),
    expected: {
      status: 'compared',
      difference: '-1.62',
      changePoints: '-1.62',
      trend: 'down',
      better: true,
      qualifier: 'exact',
    },
  },
  {
    name: 'unchanged: 100 -> 100 is 100%, 0%, same, not better',
    indicator: count,
    current: value('100'),
    prior: value('100.0'),
    expected: {
      status: 'compared',
      difference: '0',
      ratioPercent: '100',
      changePercent: '0',
      trend: 'same',
      better: false,
      qualifier: 'exact',
    },
  },
  {
    name: 'neutral: no better',
    indicator: countNeutral,
    current: value('120'),
    prior: value('100'),
    expected: {
      status: 'compared',
      difference: '20',
      ratioPercent: '120',
      changePercent: '20',
      trend: 'up',
      qualifier: 'exact',
    },
  },
  {
    name: 'prior 0 for a count: no percent, still compared with a trend',
    indicator: count,
    current: value('15'),
    prior: value('0'),
    expected: { status: 'compared', difference: '15', trend: 'up', better: true, qualifier: 'exact' },
  },
  {
    name: 'money 0.1 -> 0.3: exactly +0.2, 300%, +200%',
    indicator: money,
    current: value('0.3'),
    prior: value('0.1'),
    expected: {
      status: 'compared',
      difference: '0.2',
      ratioPercent: '300',
      changePercent: '200',
      trend: 'up',
      better: true,
      qualifier: 'exact',
    },
  },
  {
    name: 'tiny figures print in plain notation: 0.0000001 -> 0.0000002',
    indicator: money,
    current: value('0.0000002'),
    prior: value('0.0000001'),
    expected: {
      status: 'compared',
      difference: '0.0000001',
      ratioPercent: '200',
      changePercent: '100',
      trend: 'up',
      better: true,
      qualifier: 'exact',
    },
  },
  {
    name: '"-0" against 0 is 0, never "-0"',
    indicator: indicator('number', 'neutral'),
    current: value('-0'),
    prior: value('0'),
    expected: { status: 'compared', difference: '0', trend: 'same', qualifier: 'exact' },
  },
  {
    name: '"trên 24.000" against an exact 22.000: over',
    indicator: count,
    current: value('24000', 'over'),
    prior: value('22000'),
    expected: {
      status: 'compared',
      difference: '2000',
      ratioPercent: '109.09090909090909090909',
      changePercent: '9.09090909090909090909',
      trend: 'up',
      better: true,
      qualifier: 'over',
    },
  },
  {
    name: 'exact against "gần 22.000" (prior a little under): over',
    indicator: count,
    current: value('24000'),
    prior: value('22000', 'nearly'),
    expected: {
      status: 'compared',
      difference: '2000',
      ratioPercent: '109.09090909090909090909',
      changePercent: '9.09090909090909090909',
      trend: 'up',
      better: true,
      qualifier: 'over',
    },
  },
  {
    name: 'exact 24.000 against "trên 22.000": last year may have been more than 24.000, no direction',
    indicator: count,
    current: value('24000'),
    prior: value('22000', 'over'),
    expected: { status: 'inconclusive' },
  },
  {
    name: 'exact 20.000 against "trên 22.000": a fall of over 2.000, proven down',
    indicator: count,
    current: value('20000'),
    prior: value('22000', 'over'),
    expected: {
      status: 'compared',
      difference: '-2000',
      ratioPercent: '90.90909090909090909091',
      changePercent: '-9.09090909090909090909',
      trend: 'down',
      better: false,
      qualifier: 'below',
    },
  },
  {
    name: '44.010 against "trên 44.000": last year may have been more, so no direction is proven',
    indicator: count,
    current: value('44010'),
    prior: value('44000', 'over'),
    expected: { status: 'inconclusive' },
  },
  {
    name: '"trên 24.000" against 25.000: this year may be more or less',
    indicator: count,
    current: value('24000', 'over'),
    prior: value('25000'),
    expected: { status: 'inconclusive' },
  },
  {
    name: 'both "trên": the bounds pull apart, nothing is proven',
    indicator: count,
    current: value('24000', 'over'),
    prior: value('22000', 'over'),
    expected: { status: 'inconclusive' },
  },
  {
    name: '"trên 24.000" against "gần 22.000": both bounds push the same way, up by over 9,09%',
    indicator: count,
    current: value('24000', 'over'),
    prior: value('22000', 'nearly'),
    expected: {
      status: 'compared',
      difference: '2000',
      ratioPercent: '109.09090909090909090909',
      changePercent: '9.09090909090909090909',
      trend: 'up',
      better: true,
      qualifier: 'over',
    },
  },
  {
    name: '"ít nhất 100" against 100: the same or more, not proven either way',
    indicator: count,
    current: value('100', 'at_least'),
    prior: value('100'),
    expected: { status: 'inconclusive' },
  },
  {
    name: 'estimate against exact: estimate travels',
    indicator: rate,
    current: value('61', 'estimate'),
    prior: value('58.7'),
    expected: {
      status: 'compared',
      difference: '2.3',
      changePoints: '2.3',
      trend: 'up',
      better: true,
      qualifier: 'estimate',
    },
  },
  {
    name: '"trên 100" against 100: equal values, up by the qualifier',
    indicator: count,
    current: value('100', 'over'),
    prior: value('100'),
    expected: {
      status: 'compared',
      difference: '0',
      ratioPercent: '100',
      changePercent: '0',
      trend: 'up',
      better: true,
      qualifier: 'over',
    },
  },
  {
    name: '"gần 100" against 100: down',
    indicator: count,
    current: value('100', 'nearly'),
    prior: value('100'),
    expected: {
      status: 'compared',
      difference: '0',
      ratioPercent: '100',
      changePercent: '0',
      trend: 'down',
      better: false,
      qualifier: 'nearly',
    },
  },
  { name: 'missing prior year', indicator: count, current: value('24000'), expected: { status: 'no_prior' } },
  {
    name: 'missing current figure',
    indicator: count,
    prior: value('24000'),
    expected: { status: 'no_data' },
  },
  { name: 'nothing at all', indicator: count, expected: { status: 'no_data' } },
  {
    name: 'units differ',
    indicator: count,
    current: value('24000', 'exact', 'lượt người'),
    prior: value('22000'),
    expected: { status: 'not_comparable' },
  },
];

describe('computeYearOverYear', () => {
  it.each(cases)('$name', ({ indicator, current, prior, expected }) => {
    expect(computeYearOverYear(indicator, current, prior)).toStrictEqual(expected);
  });
});

describe('a comparison the bounds leave open', () => {
  it('"không quá 100" against 100: the same or less, so neither way is proven', () => {
    expect(computeYearOverYear(count, value('100', 'at_most'), value('100'))).toStrictEqual({
      status: 'inconclusive',
    });
  });
  it('"ít nhất 100" against 100 the same: the same or more', () => {
    expect(computeYearOverYear(count, value('100', 'at_least'), value('100'))).toStrictEqual({
      status: 'inconclusive',
    });
  });
});
