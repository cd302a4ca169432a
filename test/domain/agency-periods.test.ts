import { describe, expect, it } from 'vitest';
import { agencyDateOf, agencyOn, overlappingPeriods } from '../../src/domain/agency-periods.js';
import type { Agency, AgencyPeriod } from '../../src/model/types.js';

/** The agency's names over time (issue 10 §4). The merger's date is made up for the test: the real one was not found. */
const base: Agency = {
  kind: 'agency',
  parent: 'UBND TỈNH HÀ TĨNH',
  name: 'SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI',
  short_name: 'Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh',
  document_code: 'BC-SLĐTBXH',
  place: 'Hà Tĩnh',
  signer: { title: 'GIÁM ĐỐC' },
  recipients: ['UBND tỉnh'],
  archive: 'VT, VP',
};
const noiVu: AgencyPeriod = {
  from: '2025-03-01',
  parent: 'UBND TỈNH HÀ TĨNH',
  name: 'SỞ NỘI VỤ',
  document_code: 'BC-SNV',
  signer: { title: 'GIÁM ĐỐC' },
  recipients: ['Bộ Nội vụ'],
  archive: 'VT, VP',
};

describe('the agency on a date', () => {
  const merged: Agency = { ...base, until: '2025-02-28', periods: [noiVu] };

  it.each([
    ['2024-12-31', 'SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI'],
    ['2025-02-28', 'SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI'],
    ['2025-03-01', 'SỞ NỘI VỤ'],
    ['2026-01-15', 'SỞ NỘI VỤ'],
  ])('on %s: %s', (date, name) => {
    expect(agencyOn(merged, date)?.name).toBe(name);
  });

  it('a period’s names replace the agency’s own, the short name included; the place and settings stay', () => {
    expect(agencyOn({ ...merged, report: { charts: 'none' } }, '2025-06-01')).toEqual({
      kind: 'agency',
      place: 'Hà Tĩnh',
      report: { charts: 'none' },
      parent: 'UBND TỈNH HÀ TĨNH',
      name: 'SỞ NỘI VỤ',
      document_code: 'BC-SNV',
      signer: { title: 'GIÁM ĐỐC' },
      recipients: ['Bộ Nội vụ'],
      archive: 'VT, VP',
    });
    // Before the merger: the agency's own names, without its dates or periods.
    expect(agencyOn(merged, '2024-06-01')).toEqual(base);
  });

  it('a bounded period: in force from its first to its last day, and not after', () => {
    const bounded: Agency = { ...base, until: '2025-02-28', periods: [{ ...noiVu, until: '2025-12-31' }] };
    expect(agencyOn(bounded, '2025-12-31')?.name).toBe('SỞ NỘI VỤ');
    expect(agencyOn(bounded, '2026-01-01')).toBeUndefined();
    expect(agencyOn(bounded, '2025-02-28')?.name).toBe(base.name);
  });

  it('no name in force: before the agency’s from, or after its until without a later period', () => {
    expect(agencyOn({ ...base, from: '2008-04-01' }, '2008-03-31')).toBeUndefined();
    expect(agencyOn({ ...base, from: '2008-04-01' }, '2008-04-01')?.name).toBe(base.name);
    expect(agencyOn({ ...base, until: '2025-02-28' }, '2025-03-01')).toBeUndefined();
    expect(agencyOn(base, '1990-01-01')?.name).toBe(base.name); // no dates: always
  });

  it('an undated report takes the last day of its year', () => {
    expect(agencyDateOf(2024, undefined)).toBe('2024-12-31');
    expect(agencyDateOf(2024, '2025-01-10')).toBe('2025-01-10');
  });

  it.each([
    [
      [{ from: '2025-03-01' }, { from: '2026-01-01' }],
      [0, 1],
    ],
    [[{ from: '2025-01-01', until: '2025-12-31' }, { from: '2026-01-01' }], undefined],
    [
      [{ from: '2025-01-01', until: '2026-01-01' }, { from: '2026-01-01' }],
      [0, 1],
    ],
    [[{ from: '2026-01-01' }, { from: '2025-01-01', until: '2025-12-31' }], undefined],
    [
      [{ from: '2026-01-01' }, { from: '2025-01-01', until: '2026-01-01' }],
      [0, 1],
    ],
    [
      [
        { from: '2020-01-01', until: '2020-12-31' },
        { from: '2022-01-01', until: '2022-12-31' },
        { from: '2022-06-01' },
      ],
      [1, 2],
    ],
    [[{ from: '2025-01-01' }], undefined],
    [[], undefined],
  ])('overlapping periods of %j: %j', (periods, expected) => {
    expect(overlappingPeriods(periods)).toEqual(expected);
  });
});
