import { describe, expect, it } from 'vitest';
import { toDec } from '../../src/domain/decimal.js';
import { QUALIFIER_WORDS, qualifierOfWords } from '../../src/domain/qualifier-words.js';
import type { Indicator } from '../../src/model/types.js';
import { headerLines } from '../../src/view/build-view-model.js';
import {
  formatNumber,
  formatWhole,
  formatWritten,
  qualified,
  withUnit,
} from '../../src/view/format-number.js';
import { DEFAULT_STYLE, resolveReportStyle } from '../../src/view/report-style.js';
import { roman } from '../../src/view/roman.js';
import { lowerFirst, upperFirst } from '../../src/view/text-case.js';
import { curlyQuotes, withCurlyQuotes } from '../../src/view/typographic-quotes.js';

describe('curly quotes: “ ” in the text, straight quotes left where Markdown needs them', () => {
  it.each([
    ['no quotes at all', 'no quotes at all'],
    ['"Ngày hội việc làm" năm 2018', '“Ngày hội việc làm” năm 2018'],
    ['phong trào "Hà Tĩnh chung tay"', 'phong trào “Hà Tĩnh chung tay”'],
    ['(“x”) and ("y")', '(“x”) and (“y”)'],
    ['["a"] {"b"} a/"c"', '[“a”] {“b”} a/“c”'],
    ['năm 2018 – "Năm dân vận" — "khéo" -"x"', 'năm 2018 – “Năm dân vận” — “khéo” -“x”'],
    ['chủ đề:"Tăng tốc"; khẩu hiệu;"Về đích"', 'chủ đề:“Tăng tốc”; khẩu hiệu;“Về đích”'],
    ['"Tăng tốc":"Về đích"', '“Tăng tốc”:“Về đích”'],
    ['cỡ 5" màn hình', 'cỡ 5” màn hình'],
  ])('%s', (input, expected) => {
    expect(curlyQuotes(input)).toBe(expected);
  });

  it('leaves code spans, link targets and autolinks as written, and curls the text around them', () => {
    expect(curlyQuotes('gõ `key: "x"` rồi "lưu"')).toBe('gõ `key: "x"` rồi “lưu”');
    expect(curlyQuotes('"xem" [đây](https://a.vn/?q="b") và "kia"')).toBe(
      '“xem” [đây](https://a.vn/?q="b") và “kia”',
    );
    expect(curlyQuotes('<https://a.vn/"x"> "mở"')).toBe('<https://a.vn/"x"> “mở”');
    // What follows a protected part decides by the part's last character.
    expect(curlyQuotes('`a`"b"')).toBe('`a`”b”');
    expect(curlyQuotes('`a` "b"')).toBe('`a` “b”');
  });

  it('curls every string of a view, in arrays and objects, and leaves other values alone', () => {
    const view = {
      title: '"A"',
      items: ['"b"', { text: 'c "d"', n: 3, flag: true, none: null }],
      nothing: undefined,
    };
    expect(withCurlyQuotes(view)).toEqual({
      title: '“A”',
      items: ['“b”', { text: 'c “d”', n: 3, flag: true, none: null }],
      nothing: undefined,
    });
    expect(view.title).toBe('"A"'); // a copy: the input is unchanged
    expect(withCurlyQuotes(7)).toBe(7);
    expect(withCurlyQuotes(null)).toBe(null);
  });
});

describe('numbers with their units and qualifiers', () => {
  const jobs: Indicator = {
    id: 'jobs',
    name: 'Giải quyết việc làm',
    area: 'labour',
    unit: 'người',
    kind: 'count',
    direction: 'higher',
    decimals: 0,
  };

  it('defaults: an exact figure, trailing zeros dropped, rounded half away from zero', () => {
    expect(formatNumber(toDec('102.125'), 2)).toBe('102,13');
    expect(formatNumber(toDec('5.50'), 2)).toBe('5,5');
    expect(formatNumber(toDec('5.5'), 2, 'exact', true)).toBe('5,50');
    expect(formatNumber(toDec('-0.004'), 2, 'exact', true)).toBe('0,00');
    expect(formatNumber(toDec('59.578'), 2, 'exact', false, 'truncate')).toBe('59,57');
  });

  it('whole counts, quantities and units as official text writes them', () => {
    expect(formatWhole(1250)).toBe('1.250');
    expect(formatWhole(18)).toBe('18');
    expect(withUnit('6,92', '%')).toBe('6,92%');
    expect(withUnit('24.000', 'người')).toBe('24.000 người');
    expect(withUnit(formatWritten(toDec('24000.4'), jobs.decimals), jobs.unit)).toBe('24.000 người');
    expect(formatWritten(toDec('23999.2'), jobs.decimals, 'over')).toBe('23.999');
    expect(formatWritten(toDec('23999.2'), jobs.decimals, 'below')).toBe('24.000');
  });

  it('every qualifier has its words, and none is no words', () => {
    expect(qualified('over', '24.000 người')).toBe('trên 24.000 người');
    expect(qualified(undefined, '24.000 người')).toBe('24.000 người');
    expect(qualified('exact', '6,92%')).toBe('6,92%');
    expect(QUALIFIER_WORDS).toEqual({
      exact: '',
      over: 'trên',
      nearly: 'gần',
      about: 'khoảng',
      estimate: 'ước',
      below: 'dưới',
      at_least: 'ít nhất',
      at_most: 'không quá',
    });
  });

  it('reads a qualifier written in Vietnamese, as a clerk writes it first', () => {
    expect(qualifierOfWords('trên')).toBe('over');
    expect(qualifierOfWords(' Không  quá ')).toBe('at_most');
    expect(qualifierOfWords('ÍT NHẤT')).toBe('at_least');
    expect(qualifierOfWords('')).toBeUndefined();
    expect(qualifierOfWords('hơn')).toBeUndefined();
  });
});

describe('letter case in Vietnamese', () => {
  it.each([
    ['Ủy ban nhân dân tỉnh', 'ủy ban nhân dân tỉnh'],
    ['Đưa người lao động đi làm việc', 'đưa người lao động đi làm việc'],
    ['A B', 'a B'],
    ['UBND tỉnh', 'UBND tỉnh'],
    ['ĐTN', 'ĐTN'],
    ['Số UBND', 'số UBND'],
    ['', ''],
  ])('lowerFirst(%j) is %j', (input, expected) => {
    expect(lowerFirst(input)).toBe(expected);
  });

  it('upperFirst capitalises the first letter only, with Vietnamese letters', () => {
    expect(upperFirst('đạt kế hoạch')).toBe('Đạt kế hoạch');
    expect(upperFirst('ủy ban UBND')).toBe('Ủy ban UBND');
    expect(upperFirst('')).toBe('');
  });
});

describe('the report style: the command line, else the agency file, else the default', () => {
  it('defaults for a document to be signed', () => {
    expect(resolveReportStyle({})).toEqual({
      charts: 'attainment',
      percentDecimals: 1,
      rounding: 'round',
      ratePercentOfPlan: false,
    });
    expect(DEFAULT_STYLE).toEqual(resolveReportStyle({}, {}));
  });

  it('the agency file over the defaults, field by field', () => {
    expect(
      resolveReportStyle(
        {},
        { charts: 'none', percent_decimals: 2, rounding: 'truncate', rate_percent_of_plan: true },
      ),
    ).toEqual({ charts: 'none', percentDecimals: 2, rounding: 'truncate', ratePercentOfPlan: true });
    expect(resolveReportStyle({}, { percent_decimals: 0 })).toEqual({ ...DEFAULT_STYLE, percentDecimals: 0 });
  });

  it('the command line over the agency file, a zero or false included', () => {
    expect(
      resolveReportStyle(
        { charts: 'all', percentDecimals: 0, rounding: 'round', ratePercentOfPlan: false },
        { charts: 'none', percent_decimals: 2, rounding: 'truncate', rate_percent_of_plan: true },
      ),
    ).toEqual({ charts: 'all', percentDecimals: 0, rounding: 'round', ratePercentOfPlan: false });
  });
});

describe('roman numerals, as sections and table groups are numbered', () => {
  it.each([
    [1, 'I'],
    [3, 'III'],
    [4, 'IV'],
    [5, 'V'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
    [49, 'XLIX'],
    [50, 'L'],
    [90, 'XC'],
    [100, 'C'],
    [300, 'CCC'],
    [400, 'CD'],
    [500, 'D'],
    [900, 'CM'],
    [1000, 'M'],
    [1994, 'MCMXCIV'],
    [2019, 'MMXIX'],
  ])('%i is %s', (n, numeral) => {
    expect(roman(n)).toBe(numeral);
  });
});

describe('headerLines: a name as a header writes it', () => {
  it('keeps the data’s own breaks, and a name of 30 characters or fewer on one line', () => {
    expect(headerLines('SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI')).toEqual([
      'SỞ LAO ĐỘNG - THƯƠNG BINH',
      'VÀ XÃ HỘI',
    ]);
    const thirty = 'TRUNG TÂM DỊCH VỤ VIỆC LÀM TỈN';
    expect(thirty).toHaveLength(30);
    expect(headerLines(thirty)).toEqual([thirty]);
    expect(headerLines(`${thirty}H`)).toEqual(['TRUNG TÂM DỊCH VỤ', 'VIỆC LÀM TỈNH']);
    // Broken by the data: as it breaks it, however long its lines.
    expect(headerLines('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA BB\nCC')).toEqual([
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA BB',
      'CC',
    ]);
    // No space to break at: one line.
    expect(headerLines('A'.repeat(45))).toEqual(['A'.repeat(45)]);
  });
  it.each([
    // After the comma, though the lines are uneven (16 and 25 characters).
    ['AAAAAAAAA BBBBB, CCCCCCCC DDDDDDDDDD EEEEE', ['AAAAAAAAA BBBBB,', 'CCCCCCCC DDDDDDDDDD EEEEE']],
    // Before "VÀ", though the lines are uneven (12 and 26 characters).
    ['AAAAAAAAAAAA VÀ BBBBB CCCCC DDDDD EEEEE', ['AAAAAAAAAAAA', 'VÀ BBBBB CCCCC DDDDD EEEEE']],
    // Two lines where two are enough, though three at the commas would be more even.
    ['AAAAAAAAAAAAAAA, BBBBBBBBBBBBBBB, CCCCCCCC', ['AAAAAAAAAAAAAAA,', 'BBBBBBBBBBBBBBB, CCCCCCCC']],
    // Two lines where two are enough, though a third at the other comma would cost no more.
    ['AAAAAAAA, BBBBBBBB, CCCCCCCC DDDDDDDD', ['AAAAAAAA, BBBBBBBB,', 'CCCCCCCC DDDDDDDD']],
    // Not beside the hyphen, where the even break would be.
    ['AAAAAA BBBBBBBBBB CCCCC - DDDDDD EEEEEEEEE', ['AAAAAA BBBBBBBBBB', 'CCCCC - DDDDDD EEEEEEEEE']],
    // 70 characters: three lines, none over 30.
    [
      'AAAAAAAAAA BBBBBBBBBB CCCCCCCCCC DDDDDDDDDD EEEEEEEEEE FFFFFFFFFF GGGG',
      ['AAAAAAAAAA BBBBBBBBBB', 'CCCCCCCCCC DDDDDDDDDD', 'EEEEEEEEEE FFFFFFFFFF GGGG'],
    ],
    // The longer line first where either way is as even.
    ['AAAA BBBB CCCC DDDD EEEE FFFF GGGG', ['AAAA BBBB CCCC DDDD', 'EEEE FFFF GGGG']],
    // A word longer than a line: on a line of its own, the rest after it.
    ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA BB', ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'BB']],
  ])('%s', (name, lines) => {
    expect(headerLines(name)).toEqual(lines);
  });

  it('breaks a longer name in as few lines as fit: after a comma or before "VÀ", not beside a hyphen, then evenly', () => {
    expect(headerLines('TRUNG TÂM DỊCH VỤ VIỆC LÀM HÀ TĨNH')).toEqual([
      'TRUNG TÂM DỊCH VỤ',
      'VIỆC LÀM HÀ TĨNH',
    ]);
    expect(headerLines('TRUNG TÂM CÔNG TÁC XÃ HỘI, GIÁO DỤC NGHỀ NGHIỆP CHO NGƯỜI KHUYẾT TẬT')).toEqual([
      'TRUNG TÂM CÔNG TÁC XÃ HỘI,',
      'GIÁO DỤC NGHỀ NGHIỆP',
      'CHO NGƯỜI KHUYẾT TẬT',
    ]);
    expect(headerLines('PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ HÀ TĨNH')).toEqual([
      'PHÒNG LAO ĐỘNG - THƯƠNG BINH',
      'VÀ XÃ HỘI THÀNH PHỐ HÀ TĨNH',
    ]);
    // The even break would fall beside the hyphen ("VIỆT -" / "ĐỨC"): the next space instead.
    expect(headerLines('TRƯỜNG CAO ĐẲNG NGHỀ VIỆT - ĐỨC HÀ TĨNH')).toEqual([
      'TRƯỜNG CAO ĐẲNG NGHỀ',
      'VIỆT - ĐỨC HÀ TĨNH',
    ]);
  });
});
