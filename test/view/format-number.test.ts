import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDec } from '../../src/domain/decimal.js';
import { dayMonthYear, formatDocumentDate } from '../../src/view/format-document-date.js';
import { formatNumber, formatWritten, withUnit, writtenDecimals } from '../../src/view/format-number.js';

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

describe('formatWritten: a figure keeps the decimals it was written with (issue 26)', () => {
  it.each([
    ['2.40', 2, 'exact', '2,40'], // the poverty rate as published, not 2,4
    ['3.04', 2, 'exact', '3,04'],
    ['61', 2, 'exact', '61'], // no decimals written, none added
    ['61.0', 2, 'exact', '61,0'],
    ['6.925', 2, 'exact', '6,93'], // more than the catalogue shows: rounded (check warns)
    ['6.900', 2, 'exact', '6,90'], // trailing zeros beyond the catalogue's decimals are not kept
    ['24000.50', 0, 'exact', '24.001'],
    ['2.40', 1, 'over', '2,4'],
    ['-1.50', 2, 'exact', '−1,50'],
    ['0.00', 2, 'exact', '0,00'],
  ] as const)('%s at most %i decimals (%s) is %s', (value, decimals, qualifier, expected) => {
    expect(formatWritten(toDec(value), decimals, qualifier)).toBe(expected);
  });

  it('without a limit it writes every decimal of the text ("2.950" → "2,950")', () => {
    expect(formatWritten(toDec('2.950'))).toBe('2,950');
    expect(writtenDecimals(toDec('2.950'))).toBe(3);
    expect(writtenDecimals(toDec('12'))).toBe(0);
  });

  it('any decimal text within the decimals shown reads back as the same text, in Vietnamese form', () => {
    const decimalText = fc
      .tuple(
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 4 }),
      )
      .map(([whole, fraction]) => (fraction === '' ? String(whole) : `${whole}.${fraction}`));
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 4 }), (text, extra) => {
        const decimals = writtenDecimals(toDec(text)) + extra;
        const shown = formatWritten(toDec(text), decimals);
        // Undo the Vietnamese form: the text comes back whole, trailing zeros and all.
        expect(shown.replace(/\./g, '').replace(',', '.')).toBe(text.replace(/^0+(?=\d)/, ''));
      }),
    );
  });
});

describe('dayMonthYear: a day in running text', () => {
  it('2024-12-31 is 31/12/2024; 2025-07-01 is 01/07/2025', () => {
    expect(dayMonthYear('2024-12-31')).toBe('31/12/2024');
    expect(dayMonthYear('2025-07-01')).toBe('01/07/2025');
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
