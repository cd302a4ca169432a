/**
 * What a report covers, by name and by day: a year ("2019"), its first months ("2019-9m"), a span of years
 * ("2016-2020"); their order in a list, their last day, the years each covers, and which figures add up over a year.
 */
import { describe, expect, it } from 'vitest';
import {
  addsUpOverTheYear,
  asPeriod,
  comparePeriods,
  MAX_SPAN_YEARS,
  monthsOf,
  parsePeriodLabel,
  periodEndDay,
  periodLabel,
  type ReportPeriod,
  samePeriod,
  yearsOf,
} from '../../src/domain/report-period.js';
import type { Indicator } from '../../src/model/types.js';

describe("a period's months as its file writes them", () => {
  it.each([
    ['1m', 1],
    ['9m', 9],
    ['10m', 10],
    ['11m', 11],
  ] as const)('%s is %i months', (text, months) => {
    expect(monthsOf(text)).toBe(months);
  });

  // Twelve months is the year; no months, a month count of two digits other than 10 and 11, a text around it: none.
  it.each(['12m', '0m', '00m', '19m', '1am', 'm', '9', '9M', ' 9m', '9m ', 'x9m', '9mm', '', '1m1m'])(
    '%j is no period',
    (text) => {
      expect(monthsOf(text)).toBeUndefined();
    },
  );
});

describe("a report's name", () => {
  it('is the year, the year and its months, or the first and last years of a span', () => {
    expect(periodLabel({ year: 2019 })).toBe('2019');
    expect(periodLabel({ year: 2019, months: 9 })).toBe('2019-9m');
    expect(periodLabel({ year: 2020, from: 2016 })).toBe('2016-2020');
  });

  it.each([
    ['2019', { year: 2019 }],
    ['2019-9m', { year: 2019, months: 9 }],
    ['2018-7m', { year: 2018, months: 7 }],
    ['2018-11m', { year: 2018, months: 11 }],
    ['2016-2020', { year: 2020, from: 2016 }],
    ['2019-2020', { year: 2020, from: 2019 }],
  ] as const)('%s is read back as it was written', (text, period) => {
    const read = parsePeriodLabel(text);
    expect(read).toStrictEqual(period);
    expect(periodLabel(read as ReportPeriod)).toBe(text);
  });

  // Ten years at most: 2011-2020 is ten, 2010-2020 eleven.
  it('a span of two to ten years, first year first', () => {
    expect(MAX_SPAN_YEARS).toBe(10);
    expect(parsePeriodLabel('2011-2020')).toStrictEqual({ year: 2020, from: 2011 });
    expect(parsePeriodLabel('2010-2020')).toBeUndefined();
    expect(parsePeriodLabel('2020-2020')).toBeUndefined();
    expect(parsePeriodLabel('2021-2020')).toBeUndefined();
  });

  it.each([
    '19',
    '20199',
    '2019-',
    '2019-12m',
    '2019-0m',
    '2019-9',
    '2019-9m1',
    'a2019',
    '2019a',
    ' 2019',
    '2019 ',
    '2016-2020x',
    'x2016-2020',
    '2016-20200',
    '2016 - 2020',
    '201a-2020',
    '2016-202a',
    '',
  ])('%j names no report', (text) => {
    expect(parsePeriodLabel(text)).toBeUndefined();
  });
});

describe('reports in order', () => {
  const y = (year: number, months?: number, from?: number): ReportPeriod => ({
    year,
    ...(months === undefined ? {} : { months }),
    ...(from === undefined ? {} : { from }),
  });

  it('by year; in a year its first months shortest first, then the year, then the spans ending it, shortest first', () => {
    const sorted = [
      y(2020),
      y(2019, undefined, 2016),
      y(2019),
      y(2019, 9),
      y(2018, undefined, 2017),
      y(2019, 3),
    ];
    const order = sorted
      .map((p, i) => ({ p, i }))
      .sort((a, b) => comparePeriods(a.p, b.p) || a.i - b.i)
      .map(({ p }) => periodLabel(p));
    expect(order).toEqual(['2017-2018', '2019-3m', '2019-9m', '2019', '2016-2019', '2020']);
  });

  it('each against its neighbour, both ways: a strict order, the same report equal', () => {
    const chain = [
      y(2018, 11),
      y(2018),
      y(2018, undefined, 2017),
      y(2019, 1),
      y(2019, 9),
      y(2019),
      y(2019, undefined, 2018),
      y(2019, undefined, 2017),
      y(2019, undefined, 2010),
      y(2020, 2),
    ];
    for (let i = 1; i < chain.length; i++) {
      const [a, b] = [chain[i - 1] as ReportPeriod, chain[i] as ReportPeriod];
      expect(comparePeriods(a, b), `${periodLabel(a)} before ${periodLabel(b)}`).toBeLessThan(0);
      expect(comparePeriods(b, a), `${periodLabel(b)} after ${periodLabel(a)}`).toBeGreaterThan(0);
      expect(comparePeriods(a, a)).toBe(0);
    }
  });

  it('a year is set against the span ending it by the span’s first year, one after the year', () => {
    // The year stands as a span from the year after it: 2020 - 2018 for the span 2018-2019.
    expect(comparePeriods(y(2019), y(2019, undefined, 2018))).toBe(-2);
    expect(comparePeriods(y(2019, undefined, 2016), y(2019, undefined, 2018))).toBe(2);
    // Months before the year: 9 against the year's 12; a year apart counts first.
    expect(comparePeriods(y(2019, 9), y(2019))).toBe(-3);
    expect(comparePeriods(y(2019, 3), y(2019, 9))).toBe(-6);
    expect(comparePeriods(y(2021, 9), y(2019))).toBe(2);
  });
});

describe("a period's last day", () => {
  it.each([
    [{ year: 2019 }, '2019-12-31'],
    [{ year: 2019, months: 9 }, '2019-09-30'],
    [{ year: 2019, months: 1 }, '2019-01-31'],
    [{ year: 2019, months: 2 }, '2019-02-28'],
    [{ year: 2020, months: 2 }, '2020-02-29'],
    [{ year: 2018, months: 7 }, '2018-07-31'],
    [{ year: 2018, months: 11 }, '2018-11-30'],
    [{ year: 2020, from: 2016 }, '2020-12-31'],
  ] as const)('%j ends on %s', (p, day) => {
    expect(periodEndDay(p)).toBe(day);
  });
});

describe('the same report', () => {
  it('is the same year, months and first year', () => {
    expect(samePeriod({ year: 2019 }, { year: 2019 })).toBe(true);
    expect(samePeriod({ year: 2019, months: 9 }, { year: 2019, months: 9 })).toBe(true);
    expect(samePeriod({ year: 2020, from: 2016 }, { year: 2020, from: 2016 })).toBe(true);
    expect(samePeriod({ year: 2019 }, { year: 2018 })).toBe(false);
    expect(samePeriod({ year: 2019, months: 9 }, { year: 2019 })).toBe(false);
    expect(samePeriod({ year: 2019, months: 9 }, { year: 2019, months: 6 })).toBe(false);
    expect(samePeriod({ year: 2020, from: 2016 }, { year: 2020 })).toBe(false);
    expect(samePeriod({ year: 2020, from: 2016 }, { year: 2020, from: 2017 })).toBe(false);
  });
});

describe('the years a report covers', () => {
  it("a span's every year in order, a year's or its months' one year", () => {
    expect(yearsOf({ year: 2020, from: 2016 })).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(yearsOf({ year: 2020, from: 2019 })).toEqual([2019, 2020]);
    expect(yearsOf({ year: 2019 })).toEqual([2019]);
    expect(yearsOf({ year: 2019, months: 9 })).toEqual([2019]);
  });

  it('a year given alone is that year; a report, itself', () => {
    expect(asPeriod(2019)).toStrictEqual({ year: 2019 });
    const nine = { year: 2019, months: 9 };
    expect(asPeriod(nine)).toBe(nine);
  });
});

describe('a figure that adds up over the year', () => {
  const ind = (kind: Indicator['kind'], over?: 'sum' | 'level'): Indicator => ({
    id: 'x',
    name: 'x',
    area: 'a',
    unit: 'người',
    kind,
    direction: 'higher',
    decimals: 0,
    ...(over === undefined ? {} : { over_the_year: over }),
  });

  it('a count or an amount does; a rate or a plain number does not; the catalogue’s word decides over the kind', () => {
    expect(addsUpOverTheYear(ind('count'))).toBe(true);
    expect(addsUpOverTheYear(ind('money'))).toBe(true);
    expect(addsUpOverTheYear(ind('rate'))).toBe(false);
    expect(addsUpOverTheYear(ind('number'))).toBe(false);
    expect(addsUpOverTheYear(ind('count', 'level'))).toBe(false);
    expect(addsUpOverTheYear(ind('money', 'level'))).toBe(false);
    expect(addsUpOverTheYear(ind('number', 'sum'))).toBe(true);
    expect(addsUpOverTheYear(ind('rate', 'sum'))).toBe(true);
  });
});
