/**
 * The conditions that decide a proposal, at the edges the example data set does not reach: a target with no figure
 * counts as a target not exceeded; members not written leave each condition on them not known (neither met nor
 * failed, so the title is "not yet judged" rather than refused); the members who hold a higher individual title are
 * paid as it, and none are when none hold it. Worked on one block (judged points + 20 × jobs/100).
 */
import { describe, expect, it } from 'vitest';
import type { ConditionCheck, UnitProposals } from '../../src/compute/propose-titles.js';
import type { Members, UnitYear } from '../../src/model/emulation.js';
import type { Dec } from '../../src/model/types.js';
import { emulationOf, TEN } from '../helpers/emulation-block.js';

const D = (s: string) => s as Dec;

function unit(points: number, jobs: number | null, members: Members | null = TEN): UnitYear {
  return {
    indicators: {
      'viec-lam': {
        target: D('100'),
        ...(jobs === null ? {} : { result: D(String(jobs)) }),
        qualifier: 'exact',
      },
    },
    own_indicators: {},
    criteria: { diem: D(String(points)) },
    ...(members ? { members } : {}),
  };
}

const unitOf = (years: UnitYear[], id: string): UnitProposals | undefined =>
  emulationOf(2024, years).proposals?.units.find((u) => u.unit.id === id);
const checksOf = (u: UnitProposals | undefined, title: string): ConditionCheck[] =>
  u?.collective.find((v) => v.title.id === title)?.checks ?? [];

describe('the conditions at their edges', () => {
  it('a target without its figure is a target not exceeded: the Cờ is refused on it, not left open', () => {
    // 79 judged points lead the block (the other has 60 + 20); its jobs are not written.
    const leader = unitOf([unit(79, null), unit(60, 100)], 'u0');
    expect(checksOf(leader, 'co-thi-dua-cap-tinh')).toContainEqual({
      condition: 'exceeded_all_targets',
      short: ['viec-lam'],
      targets: 1,
      met: false,
    });
  });

  it('a target exactly met is not exceeded; one just over it is', () => {
    const on = unitOf([unit(79, 100), unit(60, 100)], 'u0');
    const over = unitOf([unit(79, 101), unit(60, 100)], 'u0');
    const exceeded = (u: UnitProposals | undefined) =>
      checksOf(u, 'co-thi-dua-cap-tinh').find((c) => c.condition === 'exceeded_all_targets');
    expect(exceeded(on)).toMatchObject({ short: ['viec-lam'], met: false });
    expect(exceeded(over)).toMatchObject({ short: [], targets: 1, met: true });
  });

  it('members not written: each condition on them not known, and the title not refused for it', () => {
    // 78 + 20 = 98, rated excellent: only the members' conditions are open.
    const u = unitOf([unit(78, 110, null), unit(60, 100)], 'u0');
    const checks = checksOf(u, 'tap-the-lao-dong-xuat-sac');
    for (const condition of ['members_complete_percent', 'advanced_percent', 'emulation_fighters'])
      expect(checks.find((c) => c.condition === condition)).toMatchObject({
        actual: undefined,
        met: undefined,
      });
    expect(checks.find((c) => c.condition === 'rating')).toMatchObject({ met: true });
    const verdict = u?.collective.find((v) => v.title.id === 'tap-the-lao-dong-xuat-sac');
    expect(verdict?.eligible).toBe(false);
    // Nor are members' titles counted for it.
    expect(u?.individual).toEqual([]);
  });

  it('the Lao động tiên tiến who are also Chiến sĩ thi đua cơ sở are paid as that; with none, all are paid as themselves', () => {
    const advanced = (members: Members) =>
      unitOf([unit(78, 110, members)], 'u0')?.individual.find((i) => i.title.id === 'lao-dong-tien-tien');
    expect(advanced(TEN)).toMatchObject({ count: 9, paid: 7, paidAs: 'chien-si-thi-dua-co-so' });
    expect(advanced({ ...TEN, emulation_fighters: 0 })).toMatchObject({
      count: 9,
      paid: 9,
      paidAs: undefined,
    });
  });
});
