/**
 * Titles and awards against the rules in force, each condition failing alone, across the change of 01/7/2025
 * (Nghị định 98/2023 → 152/2025), with the prize money figured by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeTitles, type UnitProposals, type YearBallots } from '../../src/compute/propose-titles.js';
import { rankBlock, type UnitEntry, type YearScores } from '../../src/compute/score-units.js';
import { NATIONAL_TITLES } from '../../src/domain/title-rules.js';
import type { Criterion, Members, ScoringScheme, Titles, UnitYear } from '../../src/model/emulation.js';
import type { Dec } from '../../src/model/types.js';

const D = (s: string) => s as Dec;

/** A block scored on one judged criterion (the total) and one target, its bands rated. */
const scheme: ScoringScheme = {
  id: 'k',
  name: 'k',
  source: 'k',
  blocks: ['k'],
  max_total: D('100'),
  decimals: 2,
  indicators: [],
  criteria: [
    { id: 'diem', group: 'I', name: 'Điểm', type: 'judged', max: D('80') },
    {
      id: 'viec-lam',
      group: 'I',
      name: 'Việc làm',
      type: 'indicator',
      indicator: 'viec-lam',
      rule: 'proportional',
      max: D('20'),
    },
  ],
  bands: [
    { min: D('90'), label: 'Hoàn thành xuất sắc nhiệm vụ', rating: 'excellent' },
    { min: D('70'), label: 'Hoàn thành tốt nhiệm vụ', rating: 'good' },
    { min: D('0'), label: 'Hoàn thành nhiệm vụ', rating: 'complete' },
  ],
  tie_break: [],
};

/** A sound unit: excellent, its target exceeded, every member complete, 80% Lao động tiên tiến, one CSTĐCS. */
const SOUND: Members = {
  total: 10,
  excellent: 3,
  good: 7,
  complete: 0,
  incomplete: 0,
  advanced: 8,
  emulation_fighters: 1,
  disciplined: 0,
};

interface Spec {
  points?: string;
  result?: string;
  members?: Partial<Members>;
  earlier?: Record<string, string[]>;
}

function unitYear(spec: Spec): UnitYear {
  return {
    indicators: { 'viec-lam': { target: D('100'), result: D(spec.result ?? '110'), qualifier: 'exact' } },
    own_indicators: {},
    criteria: { diem: D(spec.points ?? '78') },
    members: { ...SOUND, ...spec.members },
    ...(spec.earlier ? { earlier: spec.earlier } : {}),
  };
}

/** Scores and proposals of a year for units named by their specs (the first listed is ranked by its points). */
function propose(
  year: number,
  specs: Record<string, Spec>,
  titles: Titles = NATIONAL_TITLES,
  council?: YearBallots,
): Map<string, UnitProposals> {
  const entries: UnitEntry[] = Object.entries(specs).map(([id, spec]) => ({
    unit: { id, name: id, kind: 'office', block: 'k' },
    year: unitYear(spec),
  }));
  const ranked = rankBlock(scheme, entries, () => ({ better: 'higher', name: 'Việc làm', measure: 'người' }));
  const scores: YearScores = {
    year,
    illustrative: false,
    blocks: [{ block: { id: 'k', name: 'k' }, scheme, ...ranked, unscored: [] }],
  };
  const figures = new Map(entries.map((e) => [e.unit.id, e.year]));
  const proposals = proposeTitles(scores, figures, titles, council);
  return new Map((proposals?.units ?? []).map((u) => [u.unit.id, u]));
}

const verdict = (u: UnitProposals | undefined, title: string) =>
  u?.collective.find((v) => v.title.id === title);
const proposed = (u: UnitProposals | undefined) =>
  (u?.collective ?? []).filter((v) => v.eligible && v.supersededBy === undefined).map((v) => v.title.id);

describe('Tập thể lao động xuất sắc (Luật 2022, Điều 27 khoản 1): each condition failing alone', () => {
  it('a sound unit (the leader, its target exceeded) is proposed, and for the Cờ thi đua', () => {
    const u = propose(2024, { a: {} }).get('a');
    expect(proposed(u)).toEqual(['co-thi-dua-cap-tinh', 'tap-the-lao-dong-xuat-sac']);
    // Tập thể lao động tiên tiến is met too, and superseded.
    expect(verdict(u, 'tap-the-lao-dong-tien-tien')).toMatchObject({
      eligible: true,
      supersededBy: 'tap-the-lao-dong-xuat-sac',
    });
  });
  const cases: [string, Spec, string][] = [
    ['rated only good (78 + 10 = 88 points)', { result: '50' }, 'rating'],
    [
      'one member did not complete their duties',
      { members: { good: 6, incomplete: 1 } },
      'members_complete_percent',
    ],
    ['6 of 10 Lao động tiên tiến, under 70%', { members: { advanced: 6 } }, 'advanced_percent'],
    ['no Chiến sĩ thi đua cơ sở', { members: { emulation_fighters: 0 } }, 'emulation_fighters'],
  ];
  for (const [name, spec, condition] of cases) {
    it(`${name}: not proposed, ${condition} failed`, () => {
      const v = verdict(propose(2024, { a: spec }).get('a'), 'tap-the-lao-dong-xuat-sac');
      expect(v?.eligible).toBe(false);
      expect(v?.checks.filter((c) => c.met !== true).map((c) => c.condition)).toEqual([condition]);
    });
  }
  it('7 of 10 Lao động tiên tiến is 70%: met', () => {
    const v = verdict(
      propose(2024, { a: { members: { advanced: 7 } } }).get('a'),
      'tap-the-lao-dong-xuat-sac',
    );
    expect(v?.checks.find((c) => c.condition === 'advanced_percent')).toMatchObject({
      actual: '70',
      met: true,
    });
  });
  it('a member disciplined is no condition of the 2022 wording', () => {
    expect(proposed(propose(2024, { a: { members: { disciplined: 1 } } }).get('a'))).toContain(
      'tap-the-lao-dong-xuat-sac',
    );
  });
  it('a count not given is not known: not proposed, and said as unknown', () => {
    const u = propose(2024, { a: { members: { incomplete: undefined } } }).get('a');
    expect(
      verdict(u, 'tap-the-lao-dong-xuat-sac')?.checks.find((c) => c.condition === 'members_complete_percent')
        ?.met,
    ).toBeUndefined();
    expect(proposed(u)).not.toContain('tap-the-lao-dong-xuat-sac');
  });
});

describe('Tập thể lao động tiên tiến (Luật Điều 28, as restated in 2025): good, 70% Lao động tiên tiến, no one disciplined', () => {
  it('rated good (78 + 10 = 88 points, under 90): proposed; rated only complete (55 + 10 = 65): not', () => {
    // The target criterion gives 20 × 50/100 = 10 points.
    expect(proposed(propose(2024, { a: { result: '50' } }).get('a'))).toEqual(['tap-the-lao-dong-tien-tien']);
    const v = verdict(
      propose(2024, { a: { points: '55', result: '50' } }).get('a'),
      'tap-the-lao-dong-tien-tien',
    );
    expect(v?.eligible).toBe(false);
    expect(v?.checks.filter((c) => c.met !== true)).toEqual([
      { condition: 'rating', required: 'good', actual: 'complete', met: false },
    ]);
  });
  const tien = (members: Partial<Members>) =>
    verdict(propose(2024, { a: { result: '50', members } }).get('a'), 'tap-the-lao-dong-tien-tien');
  it('7 of 10 Lao động tiên tiến (70%, on the minimum): met; 6 of 10: failed alone', () => {
    expect(tien({ advanced: 7 })?.eligible).toBe(true);
    const v = tien({ advanced: 6 });
    expect(v?.eligible).toBe(false);
    expect(v?.checks.filter((c) => c.met !== true).map((c) => c.condition)).toEqual(['advanced_percent']);
  });
  it('one member disciplined at cảnh cáo or above: failed alone; none: met', () => {
    expect(tien({ disciplined: 0 })?.checks).toContainEqual({
      condition: 'disciplined_max',
      required: 0,
      actual: 0,
      met: true,
    });
    const v = tien({ disciplined: 1 });
    expect(v?.eligible).toBe(false);
    expect(v?.checks.filter((c) => c.met !== true)).toEqual([
      { condition: 'disciplined_max', required: 0, actual: 1, met: false },
    ]);
  });
  it('the number disciplined not written: not known, not proposed', () => {
    const v = tien({ disciplined: undefined });
    expect(v?.eligible).toBe(false);
    expect(v?.checks.find((c) => c.condition === 'disciplined_max')?.met).toBeUndefined();
  });
  it('a unit with no members counted (total 0): the shares are not known, nothing divided by zero', () => {
    const v = tien({ total: 0, excellent: 0, good: 0, advanced: 0, emulation_fighters: 0 });
    expect(v?.checks.find((c) => c.condition === 'advanced_percent')).toMatchObject({
      actual: undefined,
      of: 0,
      met: undefined,
    });
  });
});

describe('Cờ thi đua cấp tỉnh (Luật Điều 26): leads its block, beyond every target', () => {
  it('the second of the block is not proposed', () => {
    const units = propose(2024, { a: { points: '79' }, b: {} });
    expect(proposed(units.get('a'))).toContain('co-thi-dua-cap-tinh');
    expect(verdict(units.get('b'), 'co-thi-dua-cap-tinh')?.checks).toContainEqual({
      condition: 'block_leader',
      rank: 2,
      shared: false,
      met: false,
    });
  });
  it('two units sharing the first place: not known, for the council (neither is proposed by the tool)', () => {
    const units = propose(2024, { a: {}, b: {} });
    for (const id of ['a', 'b']) {
      const v = verdict(units.get(id), 'co-thi-dua-cap-tinh');
      expect(v?.eligible).toBe(false);
      expect(v?.checks).toContainEqual({ condition: 'block_leader', rank: 1, shared: true, met: undefined });
    }
  });
  it("the leader rated only good is proposed all the same: no text of the Law's era asks the collective's rating", () => {
    // 60 + 20 (its target exceeded) = 80 points: hoàn thành tốt nhiệm vụ, first of its block.
    const units = propose(2024, { a: { points: '60' }, b: { points: '50' } });
    const v = verdict(units.get('a'), 'co-thi-dua-cap-tinh');
    expect(v?.checks.map((c) => c.condition)).toEqual(['block_leader', 'exceeded_all_targets']);
    expect(proposed(units.get('a'))).toEqual(['co-thi-dua-cap-tinh', 'tap-the-lao-dong-tien-tien']);
  });
  it('a leader with no target to exceed is not proposed (it exceeded nothing)', async () => {
    const judgedOnly: ScoringScheme = { ...scheme, criteria: [scheme.criteria[0] as Criterion] };
    const entries: UnitEntry[] = [
      { unit: { id: 'a', name: 'a', kind: 'office', block: 'k' }, year: unitYear({}) },
    ];
    const ranked = rankBlock(judgedOnly, entries, () => ({ better: 'higher', name: 'v', measure: 'người' }));
    const scores: YearScores = {
      year: 2024,
      illustrative: false,
      blocks: [{ block: { id: 'k', name: 'k' }, scheme: judgedOnly, ...ranked, unscored: [] }],
    };
    const u = proposeTitles(scores, new Map([['a', entries[0]?.year as UnitYear]]), NATIONAL_TITLES)
      ?.units[0];
    expect(verdict(u, 'co-thi-dua-cap-tinh')?.checks).toContainEqual({
      condition: 'exceeded_all_targets',
      short: [],
      targets: 0,
      met: false,
    });
  });
  it('the leader at its target, not beyond it, is not', () => {
    const v = verdict(propose(2024, { a: { points: '80', result: '100' } }).get('a'), 'co-thi-dua-cap-tinh');
    expect(v?.checks).toContainEqual({
      condition: 'exceeded_all_targets',
      short: ['viec-lam'],
      targets: 1,
      met: false,
    });
  });
});

describe('Bằng khen of the provincial chairman: two consecutive years', () => {
  it('excellent this year and Tập thể lao động xuất sắc last year: proposed', () => {
    const u = propose(2024, { a: { earlier: { '2023': ['tap-the-lao-dong-xuat-sac'] } } }).get('a');
    expect(proposed(u)).toContain('bang-khen-chu-tich-ubnd-tinh');
  });
  it('hoàn thành tốt last year: not', () => {
    const v = verdict(
      propose(2024, { a: { earlier: { '2023': ['hoan-thanh-tot-nhiem-vu'] } } }).get('a'),
      'bang-khen-chu-tich-ubnd-tinh',
    );
    expect(v?.checks).toEqual([
      {
        condition: 'consecutive',
        years: [
          { year: 2023, had: [], known: true },
          { year: 2024, had: ['hoan-thanh-xuat-sac-nhiem-vu', 'tap-the-lao-dong-xuat-sac'], known: true },
        ],
        met: false,
      },
    ]);
  });
  it('nothing written of last year: not known (not refused), and not proposed', () => {
    const v = verdict(propose(2024, { a: {} }).get('a'), 'bang-khen-chu-tich-ubnd-tinh');
    expect(v).toMatchObject({ eligible: false, checks: [{ condition: 'consecutive', met: undefined }] });
  });
  it('excellent last year but only good this year: not', () => {
    const v = verdict(
      propose(2024, { a: { result: '50', earlier: { '2023': ['hoan-thanh-xuat-sac-nhiem-vu'] } } }).get('a'),
      'bang-khen-chu-tich-ubnd-tinh',
    );
    expect(v?.eligible).toBe(false);
  });
});

describe('prize money, across the change of rules on 01/7/2025', () => {
  it('2024 (Nghị định 98/2023, base salary 2.340.000): one achievement, one prize, the highest', () => {
    const u = propose(2024, { a: { earlier: { '2023': ['tap-the-lao-dong-xuat-sac'] } } }).get('a');
    // The Cờ (8 ×) and Tập thể lao động xuất sắc (1,5 ×) of the same year: the Cờ's prize only.
    expect(verdict(u, 'co-thi-dua-cap-tinh')).toMatchObject({ amount: '18720000', paidAs: undefined });
    expect(verdict(u, 'tap-the-lao-dong-xuat-sac')).toMatchObject({
      amount: undefined,
      paidAs: 'co-thi-dua-cap-tinh',
    });
    // An award is paid besides; no multiple for a collective's Bằng khen was found under Nghị định 98/2023.
    expect(verdict(u, 'bang-khen-chu-tich-ubnd-tinh')).toMatchObject({ eligible: true, amount: undefined });
    // 8 Lao động tiên tiến of whom 1 is the Chiến sĩ thi đua cơ sở: 7 × 710.000 (0,3 × 2.340.000 = 702.000,
    // rounded up to tens of thousands), and 1 × 2.340.000.
    expect(u?.individual.map((i) => [i.title.id, i.count, i.paid, i.paidAs, i.amount])).toEqual([
      ['lao-dong-tien-tien', 8, 7, 'chien-si-thi-dua-co-so', '4970000'],
      ['chien-si-thi-dua-co-so', 1, 1, undefined, '2340000'],
    ]);
    expect(u?.amount).toBe(String(18720000 + 4970000 + 2340000));
  });
  it('2025 (Nghị định 152/2025): the collective Bằng khen 3 × 2.340.000', () => {
    const u = propose(2025, { a: { earlier: { '2024': ['hoan-thanh-xuat-sac-nhiem-vu'] } } }).get('a');
    expect(verdict(u, 'bang-khen-chu-tich-ubnd-tinh')?.amount).toBe('7020000');
  });
  it('where one of the titles proposed has no prize known, none is paid (which is the highest is not known)', () => {
    const unpriced: Titles = {
      ...NATIONAL_TITLES,
      rule_sets: NATIONAL_TITLES.rule_sets.map((set) => ({
        ...set,
        titles: set.titles.map((t) => (t.id === 'co-thi-dua-cap-tinh' ? { ...t, prize: undefined } : t)),
      })),
    };
    const u = propose(2025, { a: { earlier: { '2024': ['hoan-thanh-xuat-sac-nhiem-vu'] } } }, unpriced).get(
      'a',
    );
    expect(proposed(u)).toEqual(
      expect.arrayContaining([
        'co-thi-dua-cap-tinh',
        'tap-the-lao-dong-xuat-sac',
        'bang-khen-chu-tich-ubnd-tinh',
      ]),
    );
    expect(verdict(u, 'co-thi-dua-cap-tinh')).toMatchObject({ amount: undefined, paidAs: undefined });
    expect(verdict(u, 'tap-the-lao-dong-xuat-sac')).toMatchObject({ amount: undefined, paidAs: undefined });
    // The award is paid besides, as ever: 3 × 2.340.000.
    expect(verdict(u, 'bang-khen-chu-tich-ubnd-tinh')?.amount).toBe('7020000');
  });
  it('2023 has no rule set (the Law of 2022 took effect on 01/01/2024): nothing proposed', () => {
    expect(propose(2023, { a: {} }).size).toBe(0);
  });
  it('prizes are rounded up to tens of thousands of đồng, each before counting', async () => {
    const { proposeTitles: p } = await import('../../src/compute/propose-titles.js');
    const titles = {
      ...NATIONAL_TITLES,
      base_salaries: [{ from: '2024-01-01', amount: D('1490000'), basis: 'thử' }],
    };
    const entries: UnitEntry[] = [
      { unit: { id: 'a', name: 'a', kind: 'office', block: 'k' }, year: unitYear({}) },
    ];
    const ranked = rankBlock(scheme, entries, () => ({ better: 'higher', name: 'v', measure: 'người' }));
    const scores: YearScores = {
      year: 2024,
      illustrative: false,
      blocks: [{ block: { id: 'k', name: 'k' }, scheme, ...ranked, unscored: [] }],
    };
    const u = p(scores, new Map([['a', entries[0]?.year as UnitYear]]), titles)?.units[0];
    // 0,3 × 1.490.000 = 447.000 → 450.000, × 7 (the 8 Lao động tiên tiến but the Chiến sĩ thi đua) = 3.150.000.
    expect(u?.individual[0]?.amount).toBe('3150000');
  });
});

describe('eligibility never falls as the figures that should raise it rise', () => {
  it('more Lao động tiên tiến, more Chiến sĩ thi đua, fewer incomplete: Tập thể lao động xuất sắc stays', () => {
    // Drawn about the thresholds (70% of 10, one Chiến sĩ thi đua, no one incomplete), so that most cases start
    // eligible and the property is put to the test; fighters stay within the excellent (3) and the advanced.
    const counts = fc.record({
      advanced: fc.integer({ min: 6, max: 10 }),
      fighters: fc.constantFrom(0, 1, 1, 1, 2),
      incomplete: fc.constantFrom(0, 0, 0, 0, 1),
    });
    let eligibleCases = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        counts,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 1 }),
        (c, moreAdvanced, moreFighters) => {
          runs += 1;
          const eligible = (advanced: number, fighters: number, incomplete: number) =>
            verdict(
              propose(2024, {
                a: {
                  members: {
                    advanced: Math.min(10 - incomplete, advanced),
                    emulation_fighters: Math.min(3, fighters),
                    incomplete,
                    good: 10 - incomplete - 3,
                  },
                },
              }).get('a'),
              'tap-the-lao-dong-xuat-sac',
            )?.eligible;
          if (!eligible(c.advanced, c.fighters, c.incomplete)) return;
          eligibleCases += 1;
          expect(
            eligible(c.advanced + moreAdvanced, c.fighters + moreFighters, Math.max(0, c.incomplete - 1)),
          ).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
    // The property checked something in a good share of the runs (about half start eligible: 4/5 × 4/5 × 4/5).
    expect(eligibleCases).toBeGreaterThan(runs / 4);
  });
});

describe('a unit not ranked (its entry holds no figure) still proposes its members’ titles', () => {
  it('its Lao động tiên tiến and Chiến sĩ thi đua are counted and paid, and no collective title is proposed', () => {
    const entries: UnitEntry[] = [
      { unit: { id: 'a', name: 'a', kind: 'office', block: 'k' }, year: unitYear({}) },
    ];
    const ranked = rankBlock(scheme, entries, () => ({ better: 'higher', name: 'v', measure: 'người' }));
    const b: UnitYear = { indicators: {}, own_indicators: {}, criteria: {}, members: { ...SOUND } };
    const scores: YearScores = {
      year: 2024,
      illustrative: false,
      blocks: [
        {
          block: { id: 'k', name: 'k' },
          scheme,
          ...ranked,
          unscored: [{ id: 'b', name: 'b', kind: 'office', block: 'k' }],
        },
      ],
    };
    const figures = new Map([
      ['a', entries[0]?.year as UnitYear],
      ['b', b],
    ]);
    const proposals = proposeTitles(scores, figures, NATIONAL_TITLES);
    const unranked = proposals?.units.find((u) => u.unit.id === 'b');
    expect(unranked?.collective).toEqual([]);
    // 8 Lao động tiên tiến of whom 1 is the Chiến sĩ thi đua: 7 × 710.000 and 1 × 2.340.000, as for a ranked one.
    expect(unranked?.individual.map((i) => [i.title.id, i.count, i.paid, i.amount])).toEqual([
      ['lao-dong-tien-tien', 8, 7, '4970000'],
      ['chien-si-thi-dua-co-so', 1, 1, '2340000'],
    ]);
    expect(proposals?.titles.find((t) => t.title.id === 'lao-dong-tien-tien')?.individuals).toBe(16);
  });
});

/** The national rules with each rule set changed by `change` (a rule set of one's own, in titles.yaml). */
const rulesWith = (change: (set: Titles['rule_sets'][number]) => Titles['rule_sets'][number]): Titles => ({
  ...NATIONAL_TITLES,
  rule_sets: NATIONAL_TITLES.rule_sets.map(change),
});

describe('the money of the members’ titles, counted once for every table', () => {
  it('a title’s total: how many hold it, how many are paid its prize, as what the others are paid, and the sum', () => {
    const units = propose(2024, { a: {}, b: { members: { emulation_fighters: 2, excellent: 3 } } });
    const a = units.get('a');
    const b = units.get('b');
    // a: 8 Lao động tiên tiến, 1 of them Chiến sĩ thi đua; b: 8, 2 of them. 7 + 6 paid as Lao động tiên tiến.
    expect(a?.individualAmount).toBe(String(7 * 710000 + 2340000));
    expect(b?.individualAmount).toBe(String(6 * 710000 + 2 * 2340000));
    const entries: UnitEntry[] = ['a', 'b'].map((id) => ({
      unit: { id, name: id, kind: 'office', block: 'k' },
      year: unitYear(id === 'a' ? {} : { members: { emulation_fighters: 2, excellent: 3 } }),
    }));
    const ranked = rankBlock(scheme, entries, () => ({ better: 'higher', name: 'v', measure: 'người' }));
    const scores: YearScores = {
      year: 2024,
      illustrative: false,
      blocks: [{ block: { id: 'k', name: 'k' }, scheme, ...ranked, unscored: [] }],
    };
    const proposals = proposeTitles(
      scores,
      new Map(entries.map((e) => [e.unit.id, e.year])),
      NATIONAL_TITLES,
    );
    expect(proposals?.titles.find((t) => t.title.id === 'lao-dong-tien-tien')).toMatchObject({
      individuals: 16,
      paid: 13,
      paidAs: [{ title: 'chien-si-thi-dua-co-so', count: 3 }],
      amount: String(13 * 710000),
    });
    expect(proposals?.titles.find((t) => t.title.id === 'chien-si-thi-dua-co-so')).toMatchObject({
      individuals: 3,
      paid: 3,
      paidAs: [],
      amount: String(3 * 2340000),
    });
  });

  it('where every Lao động tiên tiến is also the Chiến sĩ thi đua, none is paid as Lao động tiên tiến', () => {
    const u = propose(2024, { a: { members: { advanced: 1, emulation_fighters: 1 } } }).get('a');
    expect(u?.individual.map((i) => [i.title.id, i.count, i.paid, i.paidAs, i.amount])).toEqual([
      ['lao-dong-tien-tien', 1, 0, 'chien-si-thi-dua-co-so', '0'],
      ['chien-si-thi-dua-co-so', 1, 1, undefined, '2340000'],
    ]);
    expect(u?.individualAmount).toBe('2340000');
  });

  it('without the one-prize rule (a rule set of one’s own), a Chiến sĩ thi đua is paid as a Lao động tiên tiến too', () => {
    const titles = rulesWith(({ highest_prize_only: _, ...set }) => set);
    const u = propose(2024, { a: {} }, titles).get('a');
    expect(u?.individual.map((i) => [i.title.id, i.count, i.paid, i.paidAs, i.amount])).toEqual([
      ['lao-dong-tien-tien', 8, 8, undefined, String(8 * 710000)],
      ['chien-si-thi-dua-co-so', 1, 1, undefined, '2340000'],
    ]);
    // And the Cờ and Tập thể lao động xuất sắc are each paid.
    expect(verdict(u, 'co-thi-dua-cap-tinh')?.amount).toBe('18720000');
    expect(verdict(u, 'tap-the-lao-dong-xuat-sac')?.amount).toBe('3510000');
  });

  it('without rounding (a rule set of one’s own), a prize is the multiple times the base salary exactly', () => {
    const titles = {
      ...rulesWith(({ prize_rounding: _, ...set }) => set),
      base_salaries: [{ from: '2024-01-01', amount: D('1490000'), basis: 'thử' }],
    };
    const u = propose(2024, { a: {} }, titles).get('a');
    // 0,3 × 1.490.000 = 447.000 (not 450.000), × 7.
    expect(u?.individual[0]?.amount).toBe(String(7 * 447000));
  });

  it('a unit whose one paid title has no prize known: its members’ money is not known; its own total leaves it out', () => {
    const titles = rulesWith((set) => ({
      ...set,
      titles: set.titles.map((t) => (t.id === 'chien-si-thi-dua-co-so' ? { ...t, prize: undefined } : t)),
    }));
    const u = propose(2024, { a: {} }, titles).get('a');
    expect(u?.individualAmount).toBeUndefined();
    expect(u?.individual.map((i) => i.amount)).toEqual([String(7 * 710000), undefined]);
    // Its amount: the Cờ's (the highest of its titles) and the Lao động tiên tiến's, the unknown left out.
    expect(u?.amount).toBe(String(18720000 + 7 * 710000));
  });
});

describe('a unit not ranked', () => {
  it('without figures of its members proposes nothing', () => {
    const entries: UnitEntry[] = [
      { unit: { id: 'a', name: 'a', kind: 'office', block: 'k' }, year: unitYear({}) },
    ];
    const ranked = rankBlock(scheme, entries, () => ({ better: 'higher', name: 'v', measure: 'người' }));
    const scores: YearScores = {
      year: 2024,
      illustrative: false,
      blocks: [
        {
          block: { id: 'k', name: 'k' },
          scheme,
          ...ranked,
          unscored: [
            { id: 'b', name: 'b', kind: 'office', block: 'k' },
            { id: 'c', name: 'c', kind: 'office', block: 'k' },
          ],
        },
      ],
    };
    // b has an entry without members; c none at all.
    const b: UnitYear = { indicators: {}, own_indicators: {}, criteria: {} };
    const figures = new Map([
      ['a', entries[0]?.year as UnitYear],
      ['b', b],
    ]);
    const proposals = proposeTitles(scores, figures, NATIONAL_TITLES);
    expect(proposals?.units.map((u) => u.unit.id)).toEqual(['a']);
  });
});

describe('the rating a title asks for, where the band says none', () => {
  /** Proposals of one unit of `points` judged points (and its target met: 20 more) under `bands`. */
  const under = (bands: ScoringScheme['bands'], points: string) => {
    const own = { ...scheme, bands };
    const entries: UnitEntry[] = [
      { unit: { id: 'a', name: 'a', kind: 'office', block: 'k' }, year: unitYear({ points }) },
    ];
    const ranked = rankBlock(own, entries, () => ({ better: 'higher', name: 'v', measure: 'người' }));
    const scores: YearScores = {
      year: 2024,
      illustrative: false,
      blocks: [{ block: { id: 'k', name: 'k' }, scheme: own, ...ranked, unscored: [] }],
    };
    const u = proposeTitles(scores, new Map([['a', entries[0]?.year as UnitYear]]), NATIONAL_TITLES)
      ?.units[0];
    return verdict(u, 'tap-the-lao-dong-xuat-sac')?.checks.find((c) => c.condition === 'rating');
  };
  it('a total in a band without a rating: the rating is not known (the council decides)', () => {
    const bands = [
      { min: D('95'), label: 'Hoàn thành xuất sắc nhiệm vụ', rating: 'excellent' as const },
      { min: D('0'), label: 'Loại khác' },
    ];
    expect(under(bands, '60')).toMatchObject({ actual: undefined, met: undefined });
  });
  it('a total below every band: rated nothing, so the rating is not met', () => {
    const bands = [{ min: D('95'), label: 'Hoàn thành xuất sắc nhiệm vụ', rating: 'excellent' as const }];
    expect(under(bands, '60')).toMatchObject({ actual: undefined, met: false });
    // On the band's minimum: rated, and met.
    expect(under(bands, '75')).toMatchObject({ actual: 'excellent', met: true });
  });
});

describe("the council's ballot on the Cờ thi đua (80% of ALL its members, NĐ 98/2023 Điều 30 khoản 7)", () => {
  const ballots = (yes: number, no: number, members = 10): YearBallots => ({
    members,
    ballots: [{ title: 'co-thi-dua-cap-tinh', unit: 'a', yes, no }],
  });
  const co = (council: YearBallots) =>
    verdict(propose(2024, { a: {} }, NATIONAL_TITLES, council).get('a'), 'co-thi-dua-cap-tinh');

  it('before the council meets (no meeting in the data) no ballot is asked: the figures propose', () => {
    const v = verdict(propose(2024, { a: {} }).get('a'), 'co-thi-dua-cap-tinh');
    expect(v?.eligible).toBe(true);
    expect(v?.checks.map((c) => c.condition)).not.toContain('ballot');
  });

  it('8 of 10 members is 80%: proposed; 7 of 10 with 2 against is not, whoever was absent', () => {
    expect(co(ballots(8, 0))).toMatchObject({ eligible: true });
    expect(co(ballots(8, 0))?.checks.at(-1)).toEqual({
      condition: 'ballot',
      required: '80',
      basis: 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7',
      yes: 8,
      no: 0,
      members: 10,
      share: '80',
      met: true,
    });
    const short = co(ballots(7, 2));
    expect(short?.eligible).toBe(false);
    expect(short?.checks.filter((c) => c.met !== true)).toEqual([
      expect.objectContaining({ condition: 'ballot', yes: 7, share: '70', met: false }),
    ]);
  });

  it('the share is of all the members, not of those who voted: 9 yes of 9 votes in a council of 12 is 75%', () => {
    expect(co(ballots(9, 0, 12))).toMatchObject({ eligible: false });
    // 79,9%: 799 of 1.000 is short; 800 is enough.
    expect(co(ballots(799, 0, 1000))?.eligible).toBe(false);
    expect(co(ballots(800, 0, 1000))?.eligible).toBe(true);
  });

  it('a meeting without a ballot on a unit the figures would propose: not known, not proposed', () => {
    const v = co({ members: 10, ballots: [] });
    expect(v?.eligible).toBe(false);
    expect(v?.checks.at(-1)).toMatchObject({ condition: 'ballot', yes: undefined, met: undefined });
  });

  it('a unit short on its figures is not said to lack a ballot; one balloted still shows its ballot', () => {
    const second = propose(2024, { a: {}, b: { points: '70' } }, NATIONAL_TITLES, {
      members: 10,
      ballots: [],
    });
    expect(verdict(second.get('b'), 'co-thi-dua-cap-tinh')?.checks.map((c) => c.condition)).not.toContain(
      'ballot',
    );
    const balloted = propose(2024, { a: {}, b: { points: '70' } }, NATIONAL_TITLES, {
      members: 10,
      ballots: [{ title: 'co-thi-dua-cap-tinh', unit: 'b', yes: 9, no: 0 }],
    });
    expect(verdict(balloted.get('b'), 'co-thi-dua-cap-tinh')?.checks.at(-1)).toMatchObject({
      condition: 'ballot',
      met: true,
    });
    expect(verdict(balloted.get('b'), 'co-thi-dua-cap-tinh')?.eligible).toBe(false);
  });

  it('a title without a vote rule is decided without a ballot even where the council met', () => {
    const v = verdict(
      propose(2024, { a: {} }, NATIONAL_TITLES, ballots(0, 10)).get('a'),
      'tap-the-lao-dong-xuat-sac',
    );
    expect(v?.eligible).toBe(true);
    expect(v?.checks.map((c) => c.condition)).not.toContain('ballot');
  });
});
