/**
 * Dated rules at their first and last days, both included: a unit's period in a year, a council member's term on
 * a meeting's day, the title rules and the base salary in force on a day. A day off by one changes who is ranked,
 * whose vote counts, which decree a title is proposed under and what it pays.
 */
import { describe, expect, it } from 'vitest';
import { inOffice, membersOn } from '../../src/domain/council.js';
import { baseSalaryOn, ruleSetOn } from '../../src/domain/title-periods.js';
import { NATIONAL_TITLES } from '../../src/domain/title-rules.js';
import { unitActiveIn } from '../../src/domain/unit-periods.js';
import type { CouncilMember } from '../../src/model/emulation.js';

describe('a unit in a year', () => {
  it('from its first day to its last, both included', () => {
    expect(unitActiveIn({}, 2024)).toBe(true);
    expect(unitActiveIn({ from: '2024-12-31' }, 2024)).toBe(true);
    expect(unitActiveIn({ from: '2025-01-01' }, 2024)).toBe(false);
    expect(unitActiveIn({ until: '2024-01-01' }, 2024)).toBe(true);
    expect(unitActiveIn({ until: '2023-12-31' }, 2024)).toBe(false);
    expect(unitActiveIn({ from: '2020-03-01', until: '2025-02-28' }, 2024)).toBe(true);
  });
});

describe('a council member on a day', () => {
  const member = (from?: string, until?: string): CouncilMember => ({
    id: 'x',
    name: 'X',
    position: 'Y',
    role: 'member',
    ...(from ? { from } : {}),
    ...(until ? { until } : {}),
  });

  it('sits from the first day of the term to its last, both included', () => {
    expect(inOffice(member(), '2024-12-20')).toBe(true);
    expect(inOffice(member('2024-12-20'), '2024-12-20')).toBe(true);
    expect(inOffice(member('2024-12-21'), '2024-12-20')).toBe(false);
    expect(inOffice(member(undefined, '2024-12-20'), '2024-12-20')).toBe(true);
    expect(inOffice(member(undefined, '2024-12-19'), '2024-12-20')).toBe(false);
  });

  it("a ballot's base is the members in office that day, present or not", () => {
    const council = { members: [member(), member('2025-01-01'), member(undefined, '2024-06-30')] };
    expect(membersOn(council, '2024-12-20')).toEqual([member()]);
  });
});

describe('the rules and the base salary in force on a day', () => {
  it('NĐ 98/2023 to 30/6/2025 included, NĐ 152/2025 from 1/7/2025; none before the Law of 2022 applies', () => {
    expect(ruleSetOn(NATIONAL_TITLES, '2025-06-30')?.id).toBe('luat-2022-nd-98-2023');
    expect(ruleSetOn(NATIONAL_TITLES, '2025-07-01')?.id).not.toBe('luat-2022-nd-98-2023');
    expect(ruleSetOn(NATIONAL_TITLES, '2024-01-01')?.id).toBe('luat-2022-nd-98-2023');
    expect(ruleSetOn(NATIONAL_TITLES, '2023-12-31')).toBeUndefined();
  });

  it('a base salary from its first day (2.340.000 đồng from 1/7/2024)', () => {
    expect(baseSalaryOn(NATIONAL_TITLES, '2024-07-01')?.amount).toBe('2340000');
    expect(baseSalaryOn(NATIONAL_TITLES, '2024-06-30')?.amount).toBe('1800000');
  });
});
