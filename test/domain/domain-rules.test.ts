/** The rules every step shares (src/domain/), tested by hand-computed cases. */
import { describe, expect, it } from 'vitest';
import { commendationCategory, isFlag } from '../../src/domain/commendation-forms.js';
import { computeComponentSums } from '../../src/domain/component-sums.js';
import { abs, dec, divide, isPlainDecimal, plain, toDec } from '../../src/domain/decimal.js';
import { isValidIsoDate, reportDateProblem } from '../../src/domain/report-date.js';
import { missingSections } from '../../src/domain/report-sections.js';
import { unitOf, unitsMatch } from '../../src/domain/units.js';
import type { Indicator } from '../../src/model/types.js';
import { indicator, value } from '../compute/fixtures.js';

describe('report dates', () => {
  it.each([
    ['2019-01-05', true],
    ['2020-02-29', true],
    ['2019-02-29', false],
    ['2019-13-01', false],
    ['2019-04-31', false],
    ['2019-1-05', false],
    ['x2019-01-05', false],
    ['2019-01-05x', false],
  ])('%s is a calendar date: %s', (text, valid) => {
    expect(isValidIsoDate(text)).toBe(valid);
  });

  it.each([
    ['2017-12-31', 2018, 'early'],
    ['2018-01-01', 2018, 'early'], // a year-end report is not written in January of that year (issue 10)
    ['2018-10-31', 2018, 'early'],
    ['2018-11-01', 2018, undefined],
    ['2018-12-20', 2018, undefined],
    ['2019-06-30', 2018, undefined],
    ['2019-12-31', 2018, undefined],
    ['2020-01-01', 2018, 'late'],
  ] as const)('a report on %i dated %s: %s', (date, year, problem) => {
    expect(reportDateProblem(date, year)).toBe(problem);
  });
});

describe('titles and forms of commendation', () => {
  it.each([
    ['Lao động tiên tiến', 'title'],
    ['Chiến sĩ thi đua cơ sở', 'title'],
    ['Chiến sĩ tiên tiến', 'title'],
    ['Tập thể lao động xuất sắc', 'title'],
    ['Cờ thi đua của UBND tỉnh', 'title'],
    ['Đơn vị quyết thắng', 'title'],
    ['Đơn vị tiên tiến', 'title'],
    ['Huân chương Lao động hạng Ba', 'award'],
    ['Huy chương Vì sự nghiệp Lao động - Thương binh và Xã hội', 'award'],
    ['Danh hiệu vinh dự Nhà nước', 'award'],
    ['Anh hùng Lao động', 'award'],
    ['Giải thưởng Hồ Chí Minh', 'award'],
    ['Kỷ niệm chương', 'award'],
    ['Bằng khen của Thủ tướng Chính phủ', 'award'],
    ['  giấy khen', 'award'],
    ['Khen thưởng', 'award'],
    ['Biểu dương', undefined],
  ])('%s: %s', (form, category) => {
    expect(commendationCategory({ form })).toBe(category);
  });

  it('reads a form typed in decomposed Unicode (as some keyboards write it) the same', () => {
    expect(commendationCategory({ form: 'Bằng khen'.normalize('NFD') })).toBe('award');
  });

  it('takes the category the data gives over the words', () => {
    expect(commendationCategory({ form: 'Biểu dương', category: 'award' })).toBe('award');
    expect(commendationCategory({ form: 'Bằng khen', category: 'title' })).toBe('title');
  });

  it('knows a flag is given, not recognised', () => {
    expect(isFlag('Cờ thi đua của Chính phủ')).toBe(true);
    expect(isFlag('Chiến sĩ thi đua cơ sở')).toBe(false);
  });
});

describe('the parts of a summing-up', () => {
  it('lists what is absent, blank or empty, in the document’s order', () => {
    expect(missingSections(undefined)).toEqual([
      'situation',
      'movements',
      'commendations',
      'highlights',
      'shortcomings',
      'causes',
      'lessons',
      'next_year_tasks',
    ]);
    expect(
      missingSections({
        situation: '   ',
        movements: [{ name: 'x' }],
        commendations: [],
        highlights: ['a'],
        shortcomings: ['b'],
        causes: ['c'],
        lessons: ['d'],
        next_year_tasks: ['e'],
      }),
    ).toEqual(['situation', 'commendations']);
    // Left blank, as "hatinh-report new" writes a part: missing too.
    expect(
      missingSections({ situation: null, movements: null, lessons: ['d'] } as unknown as Parameters<
        typeof missingSections
      >[0]),
    ).toEqual([
      'situation',
      'movements',
      'commendations',
      'highlights',
      'shortcomings',
      'causes',
      'next_year_tasks',
    ]);
  });
});

describe('units', () => {
  const people = indicator('count', 'higher');
  it('a figure is in the unit it names, else its indicator’s', () => {
    expect(unitOf(undefined, people)).toBe('người');
    expect(unitOf({}, people)).toBe('người');
    expect(unitOf({ unit: 'hộ' }, people)).toBe('hộ');
    expect(unitsMatch(people, { unit: 'người' }, undefined, {})).toBe(true);
    expect(unitsMatch(people, {}, { unit: 'hộ' })).toBe(false);
  });
});

describe('exact decimals', () => {
  it('takes only plain notation as a figure', () => {
    for (const ok of ['0', '24000', '6.92', '-1.5']) expect(isPlainDecimal(ok)).toBe(true);
    for (const bad of ['1e3', '24,5', '.5', '5.', '+5', 'x1', '1x', ' 1', '0x1F'])
      expect(isPlainDecimal(bad)).toBe(false);
    expect(() => toDec('1e3')).toThrow(/plain notation: "1e3"/);
    expect(toDec('-0')).toBe('0');
    expect(toDec('-0.00')).toBe('0.00');
    expect(toDec('-0.5')).toBe('-0.5');
  });

  it('never lets a binary float in, and keeps its own precision after a long division', () => {
    expect(() => dec(0.1 as unknown as string)).toThrow();
    expect(plain(divide(dec('1'), dec('3')))).toBe('0.33333333333333333333');
    // The division's extra places are its own: the next one starts from 20 again.
    expect(plain(divide(dec('1'), dec('30000')))).toBe('0.000033333333333333333333');
    expect(plain(dec('2').div(dec('3')))).toBe('0.66666666666666666667');
    expect(plain(dec('-0'))).toBe('0');
    expect(abs(toDec('-1.5'))).toBe('1.5');
    expect(abs(toDec('1.5'))).toBe('1.5');
  });
});

describe('parts against their total', () => {
  const parent: Indicator = { ...indicator('count', 'higher'), id: 'p', decimals: 0 };
  const child = (id: string, extra: Partial<Indicator> = {}): Indicator => ({
    ...parent,
    id,
    parent: 'p',
    ...extra,
  });

  it('adds up the parts in the parent’s unit, lists the others, and sets the sum against the total', () => {
    const catalogue = [parent, child('a'), child('b'), child('c'), child('d', { unit: 'hộ' })];
    const [sum] = computeComponentSums(catalogue, {
      p: value('100'),
      a: value('30', 'over'),
      b: value('50', 'at_least'),
      d: value('7'),
    });
    expect(sum).toStrictEqual({
      parentId: 'p',
      partsComplete: false,
      sum: '80',
      sumQualifier: 'over',
      summed: ['a', 'b'],
      withoutActual: ['c'],
      otherUnit: ['d'],
      parentActual: value('100'),
      difference: '-20',
    });
  });

  it('a part written in another unit is left out even when its indicator is in the parent’s', () => {
    const [sum] = computeComponentSums([parent, child('a'), child('b')], {
      a: value('3'),
      b: value('4', 'exact', 'hộ'),
    });
    expect(sum?.summed).toEqual(['a']);
    expect(sum?.otherUnit).toEqual(['b']);
    expect(sum?.parentActual).toBeUndefined();
    expect(sum?.difference).toBeUndefined();
  });

  it('bounds pulling apart leave the sum unbounded, whatever comes after', () => {
    const [sum] = computeComponentSums([parent, child('a'), child('b'), child('c')], {
      a: value('3', 'over'),
      b: value('4', 'below'),
      c: value('5'),
    });
    expect(sum?.sumQualifier).toBeUndefined();
  });

  it('rates do not add up; a total in another unit is not set against its parts; no parts, no sum', () => {
    const rate: Indicator = { ...indicator('rate', 'higher'), id: 'r' };
    expect(computeComponentSums([rate, { ...rate, id: 's', parent: 'r' }], { s: value('5') })).toEqual([]);
    const [sum] = computeComponentSums([parent, child('a')], { p: value('9', 'exact', 'hộ'), a: value('3') });
    expect(sum?.difference).toBeUndefined();
    expect(computeComponentSums([parent, child('a')], { p: value('9') })).toEqual([]);
    expect(
      computeComponentSums([parent, child('a', { parts_complete: true })], { a: value('1') })[0]
        ?.partsComplete,
    ).toBe(false);
    expect(
      computeComponentSums([{ ...parent, parts_complete: true }, child('a')], { a: value('1') })[0]
        ?.partsComplete,
    ).toBe(true);
  });
});
