/**
 * A block scored and ranked, against totals computed by hand: ties broken by the declared order and ties shared,
 * lower is better, a unit with no target, a bonus over its cap, a missing value, a qualified result that decides
 * a rank. And the example data set's district block, a few of its units checked by hand.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankBlock, scoreYear, type UnitEntry } from '../../src/compute/score-units.js';
import type { ScoringScheme, UnitYear } from '../../src/model/emulation.js';
import type { Dec, Qualifier, Unit } from '../../src/model/types.js';
import { loadData } from '../../src/pipeline/load-data.js';
import { ROOT } from '../helpers/run-cli.js';

const D = (s: string) => s as Dec;

const scheme: ScoringScheme = {
  id: 'k',
  name: 'Thang điểm thử',
  source: 'thử',
  blocks: ['k'],
  max_total: D('50'),
  decimals: 2,
  indicators: [],
  criteria: [
    {
      id: 'viec-lam',
      group: 'I. Chỉ tiêu',
      name: 'Việc làm',
      type: 'indicator',
      indicator: 'viec-lam',
      rule: 'bloc',
      max: D('20'),
    },
    {
      id: 'ngheo',
      group: 'I. Chỉ tiêu',
      name: 'Hộ nghèo',
      type: 'indicator',
      indicator: 'ngheo',
      rule: 'proportional',
      max: D('10'),
    },
    { id: 'cchc', group: 'II. Điều hành', name: 'Cải cách hành chính', type: 'yes_no', max: D('10') },
    { id: 'cham', group: 'II. Điều hành', name: 'Chấm', type: 'judged', max: D('10') },
    {
      id: 'thuong',
      group: 'III. Thưởng, trừ',
      name: 'Thưởng',
      type: 'bonus',
      per_event: D('1'),
      cap: D('2'),
    },
    { id: 'tru', group: 'III. Thưởng, trừ', name: 'Trừ', type: 'penalty', per_event: D('0.5'), cap: D('5') },
  ],
  bands: [
    { min: D('45'), label: 'Xuất sắc' },
    { min: D('35'), label: 'Tốt' },
    { min: D('0'), label: 'Hoàn thành' },
  ],
  tie_break: ['viec-lam', 'cham'],
};

const indicator = (id: string) =>
  id === 'ngheo'
    ? { better: 'lower' as const, name: 'Tỷ lệ hộ nghèo', measure: '%' }
    : { better: 'higher' as const, name: 'Giải quyết việc làm', measure: 'người' };

function entry(id: string, year: Partial<UnitYear>): UnitEntry {
  const unit: Unit = { id, name: `Phòng ${id.toUpperCase()}`, kind: 'district_office', block: 'k' };
  return { unit, year: { indicators: {}, own_indicators: {}, criteria: {}, ...year } };
}

const fig = (target: string | undefined, result: string | undefined, qualifier: Qualifier = 'exact') => ({
  ...(target ? { target: D(target) } : {}),
  ...(result ? { result: D(result) } : {}),
  qualifier,
});

describe('a block ranked by hand', () => {
  // viec-lam (bloc, 20): A 1.200/1.000 is the leader (20%), B 1.100/1.000 (10%): 10 + 10 × 0,5 = 15,
  //   C 900/1.000: 0,5 × 20 × 0,9 = 9, D no target 1.000: 20 × 1.000/1.200 = 16,67.
  // ngheo (proportional, lower is better, 10): A 3,0 against 3,0: 10; B 3,3 against 3,0: 9,09; C 2,5: 10; D 4: 7,5.
  const block = [
    entry('a', {
      indicators: { 'viec-lam': fig('1000', '1200'), ngheo: fig('3.0', '3.0') },
      criteria: { cchc: true, cham: D('8'), thuong: D('5'), tru: D('2') },
    }),
    entry('b', {
      indicators: { 'viec-lam': fig('1000', '1100'), ngheo: fig('3.0', '3.3') },
      criteria: { cchc: true, cham: D('9') },
    }),
    entry('c', {
      indicators: { 'viec-lam': fig('1000', '900'), ngheo: fig('3.0', '2.5') },
      criteria: { cchc: false, cham: D('7.5') },
    }),
    entry('d', {
      indicators: { 'viec-lam': fig(undefined, '1000'), ngheo: fig('3.0', '4') },
      criteria: { cchc: true },
    }),
  ];
  // Ranked in each test, not once when the tests are collected: a mutation run then knows which tests read it.
  const ranked = () => {
    const { units, notes } = rankBlock(scheme, block, indicator);
    const byId = new Map(units.map((u) => [u.unit.id, u]));
    const points = (id: string) => byId.get(id)?.criteria.map((c) => c.points);
    return { units, notes, byId, points };
  };

  it("every criterion's points, rounded to 2 decimals (a penalty negative, a bonus at its cap)", () => {
    const { byId, points } = ranked();
    expect(points('a')).toEqual(['20', '10', '10', '8', '2', '-1']);
    expect(points('b')).toEqual(['15', '9.09', '10', '9', '0', '0']);
    expect(points('c')).toEqual(['9', '10', '0', '7.5', '0', '0']);
    // No judged points: missing, 0.
    expect(points('d')).toEqual(['16.67', '7.5', '10', '0', '0', '0']);
    expect(byId.get('d')?.criteria[3]?.reason).toEqual({ kind: 'missing' });
  });

  it('totals add the rounded points; groups add up to the total', () => {
    const { units, byId } = ranked();
    expect(units.map((u) => [u.unit.id, u.total])).toEqual([
      ['a', '49'],
      ['b', '43.09'],
      ['d', '34.17'],
      ['c', '26.5'],
    ]);
    for (const u of units) {
      const sum = u.groups.reduce((s, g) => s + Number(g.points), 0);
      expect(sum).toBeCloseTo(Number(u.total), 10);
    }
    expect(byId.get('a')?.groups).toEqual([
      { group: 'I. Chỉ tiêu', points: '30', max: '30' },
      { group: 'II. Điều hành', points: '18', max: '20' },
      { group: 'III. Thưởng, trừ', points: '1', max: '2' },
    ]);
  });

  it('ranks and bands', () => {
    const { units, notes } = ranked();
    expect(units.map((u) => [u.rank, u.band])).toEqual([
      [1, 'Xuất sắc'],
      [2, 'Tốt'],
      [3, 'Hoàn thành'],
      [4, 'Hoàn thành'],
    ]);
    expect(notes).toEqual([]);
  });

  it('the reasons carry the figures: the bloc leader, the best of the block for the unit with no target', () => {
    const { byId } = ranked();
    expect(byId.get('b')?.criteria[0]?.reason).toMatchObject({
      kind: 'bloc',
      case: 'above',
      excess: '0.1',
      leaderExcess: '0.2',
      leader: 'a',
    });
    expect(byId.get('d')?.criteria[0]?.reason).toMatchObject({
      kind: 'best_of_block',
      best: '1200',
      bestUnit: 'a',
    });
    expect(byId.get('a')?.criteria[4]?.reason).toMatchObject({ kind: 'events', count: '5', capped: true });
  });
});

describe('ties', () => {
  const same = { 'viec-lam': fig('1000', '1000'), ngheo: fig('3', '3') };
  it('equal totals are ordered by the first tie-break criterion that tells them apart, and it is said', () => {
    // Both 10 + 10 + 10 + judged: x 8 + bonus 1 = 39; y 9 = 39. viec-lam equal (10), cham: y first.
    const { units, notes } = rankBlock(
      scheme,
      [
        entry('x', { indicators: same, criteria: { cchc: true, cham: D('8'), thuong: D('1') } }),
        entry('y', { indicators: same, criteria: { cchc: true, cham: D('9') } }),
      ],
      indicator,
    );
    expect(units.map((u) => [u.unit.id, u.total, u.rank])).toEqual([
      ['y', '39', 1],
      ['x', '39', 2],
    ]);
    expect(notes).toEqual([{ kind: 'tie_broken', units: ['y', 'x'], total: '39', by: 'cham' }]);
  });

  it('units equal on every tie-break criterion share the rank, in the order of units.yaml', () => {
    const { units, notes } = rankBlock(
      scheme,
      [
        entry('p', { indicators: same, criteria: { cchc: false, cham: D('9'), thuong: D('1') } }),
        entry('q', { indicators: same, criteria: { cchc: true, cham: D('10') } }),
        entry('r', { indicators: same, criteria: { cchc: true, cham: D('10') } }),
      ],
      indicator,
    );
    expect(units.map((u) => [u.unit.id, u.rank])).toEqual([
      ['q', 1],
      ['r', 1],
      ['p', 3],
    ]);
    expect(notes).toEqual([{ kind: 'tie_shared', units: ['q', 'r'], total: '40', rank: 1 }]);
  });
});

describe('a qualified result', () => {
  const over1150 = {
    unit: 't',
    criterion: 'viec-lam',
    name: 'Giải quyết việc làm',
    actual: '1150',
    qualifier: 'over',
    measure: 'người',
  };
  it('"trên 1.150" scored as 1.150: the order it may change is said, and the classification it may change', () => {
    // s: leader 1.200/1.000 → 20, t: "trên 1.150"/1.000 → 10 + 10 × 0,15/0,2 = 17,5 (could be up to 20). And
    // past 1.200, t would lead: s would fall to 10 points (10 + 10 + 8 = 28), under the band "Tốt" (35).
    const { units, notes } = rankBlock(
      scheme,
      [
        entry('s', {
          indicators: { 'viec-lam': fig('1000', '1200') },
          criteria: { cchc: true, cham: D('8') },
        }),
        entry('t', {
          indicators: { 'viec-lam': fig('1000', '1150', 'over') },
          criteria: { cchc: true, cham: D('10') },
        }),
      ],
      indicator,
    );
    expect(units.map((u) => [u.unit.id, u.total])).toEqual([
      ['s', '38'],
      ['t', '37.5'],
    ]);
    expect(notes).toEqual([
      { kind: 'qualified', units: ['s', 't'], figures: [over1150] },
      { kind: 'qualified_band', unit: 's', band: 'Tốt', figures: [over1150] },
    ]);
    // What s's points rest on: t's figure, which sets the lead of the block.
    expect(units[0]?.criteria[0]).toMatchObject({ fall: '10', rise: '0', restsOn: [over1150] });
  });

  it('a qualified result that can change nothing is not noted ("dưới 2,5%" against 3%: already the maximum)', () => {
    const { notes } = rankBlock(
      scheme,
      [
        entry('s', { indicators: { ngheo: fig('3', '2.8') }, criteria: { cchc: true, cham: D('10') } }),
        entry('t', {
          indicators: { ngheo: fig('3', '2.5', 'below') },
          criteria: { cchc: false, cham: D('5') },
        }),
      ],
      indicator,
    );
    expect(notes).toEqual([]);
  });

  it('tie broken, with a qualified figure that only widens the lead: no note of it', () => {
    // a: "trên 90"/100 → 18 (proportional: could rise, but a is ahead), cham 7; b: 80/100 → 16, cham 9. Equal
    // totals (25), broken by viec-lam: a first, and a's figure can only widen its lead.
    const prop = {
      ...scheme,
      criteria: scheme.criteria.map((c) =>
        c.id === 'viec-lam' ? { ...c, rule: 'proportional' as const } : c,
      ),
    };
    const { notes } = rankBlock(
      prop,
      [
        entry('a', { indicators: { 'viec-lam': fig('100', '90', 'over') }, criteria: { cham: D('7') } }),
        entry('b', { indicators: { 'viec-lam': fig('100', '80') }, criteria: { cham: D('9') } }),
      ],
      indicator,
    );
    expect(notes).toEqual([{ kind: 'tie_broken', units: ['a', 'b'], total: '25', by: 'viec-lam' }]);
  });
});

describe('the boundaries that decide a classification or a note', () => {
  const prop = {
    ...scheme,
    criteria: scheme.criteria.map((c) => (c.id === 'viec-lam' ? { ...c, rule: 'proportional' as const } : c)),
  };
  it("a total exactly on a band's minimum is in that band (35 is Tốt, 34,99 is not)", () => {
    // 20 × 15/100 = 3, + 10 (2% against a ceiling of 3%) + 10 (yes) + the judged points + 2 events of bonus.
    const total = (cham: string) =>
      rankBlock(
        prop,
        [
          entry('a', {
            indicators: { 'viec-lam': fig('100', '15'), ngheo: fig('3', '2') },
            criteria: { cchc: true, cham: D(cham), thuong: D('2') },
          }),
        ],
        indicator,
      ).units[0];
    expect([total('10')?.total, total('10')?.band]).toEqual(['35', 'Tốt']);
    expect([total('9.99')?.total, total('9.99')?.band]).toEqual(['34.99', 'Hoàn thành']);
  });

  it('a qualified figure that could bring the lower unit exactly level is noted (a tie could reorder them)', () => {
    // a: 100/100 → 20 + cham 10 = 30, exact. b: "trên 50"/100 → 10 (could rise to 20) + cham 10 = 20: at most 30,
    // level with a, and a tie is decided by viec-lam, where b would then be level too: the order may change.
    const { notes } = rankBlock(
      prop,
      [
        entry('a', { indicators: { 'viec-lam': fig('100', '100') }, criteria: { cham: D('10') } }),
        entry('b', { indicators: { 'viec-lam': fig('100', '50', 'over') }, criteria: { cham: D('10') } }),
      ],
      indicator,
    );
    expect(notes.map((n) => n.kind)).toEqual(['qualified']);
    // One point less for b and it could not reach a: no note.
    const apart = rankBlock(
      prop,
      [
        entry('a', { indicators: { 'viec-lam': fig('100', '100') }, criteria: { cham: D('10') } }),
        entry('b', { indicators: { 'viec-lam': fig('100', '50', 'over') }, criteria: { cham: D('9') } }),
      ],
      indicator,
    );
    expect(apart.notes).toEqual([]);
  });

  it('a result exactly at its target scores the maximum and is not said to be capped; past it, it is', () => {
    const [at, past] = ['100', '120'].map(
      (result) =>
        rankBlock(prop, [entry('a', { indicators: { 'viec-lam': fig('100', result) } })], indicator).units[0]
          ?.criteria[0],
    );
    expect(at).toMatchObject({ points: '20', reason: { kind: 'proportional', capped: false } });
    expect(past).toMatchObject({ points: '20', reason: { kind: 'proportional', capped: true } });
  });

  it('events exactly at the cap are not said to be capped; one more is', () => {
    const events = (n: string) =>
      rankBlock(
        scheme,
        [entry('a', { criteria: { thuong: D(n), cchc: true } })],
        indicator,
      ).units[0]?.criteria.find((c) => c.criterion.id === 'thuong');
    expect(events('2')).toMatchObject({ points: '2', reason: { kind: 'events', capped: false } });
    expect(events('3')).toMatchObject({ points: '2', reason: { kind: 'events', capped: true } });
  });
});

describe('units with nothing written are not ranked', () => {
  it('an entry with no figure, value or event is left unscored, not ranked at 0 points', async () => {
    const { scoreYear } = await import('../../src/compute/score-units.js');
    const loaded = await loadData(join(ROOT, 'examples', 'thi-dua'));
    const data = loaded.dataSet as NonNullable<typeof loaded.dataSet>;
    const year = data.unitResults?.get(2024);
    if (year === undefined) throw new Error('fixture: no 2024');
    const emptied = {
      ...year,
      units: { ...year.units, 'phong-loc-ha': { indicators: {}, own_indicators: {}, criteria: {} } },
    };
    const scores = scoreYear({ ...data, unitResults: new Map([[2024, emptied]]) }, 2024);
    const districts = scores?.blocks.find((b) => b.block.id === 'cap-huyen');
    expect(districts?.units.map((u) => u.unit.id)).not.toContain('phong-loc-ha');
    expect(districts?.unscored.map((u) => u.id)).toEqual(['phong-loc-ha']);
  });
});

describe('the example data set (examples/thi-dua, made-up figures)', () => {
  it('scores 2024 as computed by hand for three units, and marks it illustrative', async () => {
    const loaded = await loadData(join(ROOT, 'examples', 'thi-dua'));
    expect(loaded.diagnostics).toEqual([]);
    const scores = scoreYear(loaded.dataSet as NonNullable<typeof loaded.dataSet>, 2024);
    expect(scores?.illustrative).toBe(true);
    const districts = scores?.blocks.find((b) => b.block.id === 'cap-huyen');
    const unit = (id: string) => districts?.units.find((u) => u.unit.id === id);
    // Thành phố Hà Tĩnh: jobs 1.620/1.500 (8%) leads the block: 20; labour export 372/350 (6,2857%) against the
    // leader Nghi Xuân (765/700, 9,2857%): 7,5 + 7,5 × 0,62857/0,92857 = 12,58; training capped 10; poverty
    // 1,2 → 1,05 (12,5% below target) leads: 15; reform 10, judged 14 and 13,5; one bonus point: 96,08.
    expect(unit('phong-tp-ha-tinh')?.criteria.map((c) => c.points)).toEqual([
      '20',
      '12.58',
      '10',
      '15',
      '10',
      '14',
      '13.5',
      '1',
      '0',
    ]);
    expect(unit('phong-tp-ha-tinh')?.total).toBe('96.08');
    expect(unit('phong-tp-ha-tinh')?.rank).toBe(1);
    // Thị xã Kỳ Anh has no jobs target: 20 × 1.520/2.420 (Cẩm Xuyên's, the best) = 12,56.
    expect(unit('phong-tx-ky-anh')?.criteria[0]).toMatchObject({
      points: '12.56',
      reason: { kind: 'best_of_block', bestUnit: 'phong-cam-xuyen' },
    });
    // Vũ Quang: administrative reform not met (0), two late reports: −1.
    expect(
      unit('phong-vu-quang')
        ?.criteria.map((c) => c.points)
        .slice(4),
    ).toEqual(['0', '12', '12', '0', '-1']);
    // Trung tâm Dịch vụ việc làm: own targets share 60: 20 + 20 × 24.100/25.000 (19,28) + 20 = 59,28.
    const centre = scores?.blocks
      .find((b) => b.block.id === 'su-nghiep')
      ?.units.find((u) => u.unit.id === 'trung-tam-dvvl');
    expect(centre?.criteria[0]?.points).toBe('59.28');
  });
});
