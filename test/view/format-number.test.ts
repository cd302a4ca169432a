import { describe, expect, it } from 'vitest';
import { toDec } from '../../src/domain/decimal.js';
import { formatDocumentDate } from '../../src/view/format-document-date.js';
import { formatNumber, withUnit } from '../../src/view/format-number.js';

describe('formatNumber: vi-VN grouping and decimals, rounded only here', () => {
  it.each([
    ['24000', 0, 'exact', '24.000'],
    ['6.92', 2, 'exact', '6,92'],
    ['1103', 1, 'exact', '1.103'],
    ['5393.8', 1, 'exact', '5.393,8'],
    ['1234567.891', 2, 'exact', '1.234.567,89'],
    ['102.125', 2, 'exact', '102,13'], // half away from zero, on the decimal itself
    ['102.135', 2, 'exact', '102,14'],
    ['1.005', 2, 'exact', '1,01'], // 1.005 is 1.00499… as a binary double; the string is exact
    ['-2.35', 1, 'exact', '−2,4'],
    ['-0.001', 2, 'exact', '0'], // never "-0"
    ['0', 2, 'exact', '0'],
    ['102.1276595744680851', 1, 'over', '102,1'], // "trên" rounds down: trên 102,1% stays true
    ['102.16', 1, 'over', '102,1'],
    ['105.84', 1, 'nearly', '105,9'], // "gần" rounds up: gần 105,9% stays true
    ['5.91', 1, 'below', '6'],
    ['109.0909', 1, 'about', '109,1'],
  ] as const)('%s at %i decimals (%s) is %s', (value, decimals, qualifier, expected) => {
    expect(formatNumber(toDec(value), decimals, qualifier)).toBe(expected);
  });

  it('writes no space before % and a space before other units', () => {
    expect(withUnit('6,92', '%')).toBe('6,92%');
    expect(withUnit('1.103', 'tỷ đồng')).toBe('1.103 tỷ đồng');
  });
});

describe('formatDocumentDate (Nghị định 30/2020/NĐ-CP)', () => {
  it.each([
    ['2019-01-05', 'Hà Tĩnh, ngày 05 tháng 01 năm 2019'],
    ['2019-02-28', 'Hà Tĩnh, ngày 28 tháng 02 năm 2019'],
    ['2019-03-09', 'Hà Tĩnh, ngày 09 tháng 3 năm 2019'],
    ['2019-12-25', 'Hà Tĩnh, ngày 25 tháng 12 năm 2019'],
  ])('%s is "%s"', (date, expected) => {
    expect(formatDocumentDate('Hà Tĩnh', date, 2019)).toBe(expected);
  });

  it('leaves day and month blank, with no-break spaces, when the date is not given', () => {
    expect(formatDocumentDate('Hà Tĩnh', undefined, 2019)).toBe(
      'Hà Tĩnh, ngày \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 tháng \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 năm 2019',
    );
  });
});
