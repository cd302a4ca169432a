/**
 * One unit's points and how far a qualified figure could move them, computed by hand for small blocks: which side
 * of its written value each qualifier puts the true value on, for an indicator where higher is better and one
 * where lower is; the block's qualified figures that set a unit's yardstick (the best result, the leader's
 * excess); the unit's own targets; the order of a block, its ties, and the notes on what the order rests on.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankBlock } from '../../src/compute/rank-block.js';
import { scoreUnit } from '../../src/compute/score-unit.js';
import { type ScoredIndicator, scoreYear, type UnitEntry } from '../../src/compute/score-units.js';
import type { Criterion, OwnIndicator, ScoringScheme, UnitYear } from '../../src/model/emulation.js';
import type { Dec, Qualifier, Unit } from '../../src/model/types.js';
import { loadData } from '../../src/pipeline/load-data.js';
import { ROOT } from '../helpers/run-cli.js';

const D = (s: string) => s as Dec;

/** A scheme of these criteria, bands "Tốt" from 9 and "Đạt" from 0 unless given, no tie-break unless given. */
function schemeOf(criteria: Criterion[], more: Partial<ScoringScheme> = {}): ScoringScheme {
  return {
    id: 'k',
    name: 'Thang điểm thử',
    source: 'thử',
    blocks: ['k'],
    max_total: D('100'),
    decimals: 2,
    indicators: [],
    criteria,
    bands: [
      { min: D('9'), label: 'Tốt' },
      { min: D('0'), label: 'Đạt' },
    ],
    tie_break: [],
    ...more,
  };
}

const indicatorCriterion = (rule: 'proportional' | 'bloc', max: string, indicator = 'x'): Criterion => ({
  id: `c-${indicator}`,
  group: 'I',
  name: `Chỉ tiêu ${indicator}`,
  type: 'indicator',
  indicator,
  rule,
  max: D(max),
});

const HIGHER = { better: 'higher' as const, name: 'Giải quyết việc làm', measure: 'người' };
const LOWER = { better: 'lower' as const, name: 'Tỷ lệ hộ nghèo', measure: '%' };

function entry(id: string, year: Partial<UnitYear>): UnitEntry {
  const unit: Unit = { id, name: `Phòng ${id}`, kind: 'district_office', block: 'k' };
  return { unit, year: { indicators: {}, own_indicators: {}, criteria: {}, ...year } };
}

const fig = (target: string | undefined, result: string | undefined, qualifier: Qualifier = 'exact') => ({
  ...(target ? { target: D(target) } : {}),
  ...(result ? { result: D(result) } : {}),
  qualifier,
});

/** A unit whose indicator `x` has this figure. */
const withX = (id: string, target: string | undefined, result: string | undefined, q: Qualifier = 'exact') =>
  entry(id, { indicators: { x: fig(target, result, q) } });

/** The first criterion's score of each unit of the block, by unit id. */
function scoresOf(scheme: ScoringScheme, block: UnitEntry[], indicator: ScoredIndicator = HIGHER) {
  return Object.fromEntries(
    block.map((e) => [e.unit.id, scoreUnit(scheme, e, block, () => indicator).criteria[0]]),
  );
}

const restingOn = (c: { restsOn: { unit: string }[] } | undefined) => c?.restsOn.map((f) => f.unit);

describe("a unit's own qualified result: which way its points could move", () => {
  const proportional = schemeOf([indicatorCriterion('proportional', '10')]);

  // 80 of a target of 100: 8 of 10 points. "trên 80" could be up to the target (2 more), "gần 80" down to nothing.
  it.each<[Qualifier, string, string]>([
    ['over', '2', '0'],
    ['at_least', '2', '0'],
    ['nearly', '0', '8'],
    ['below', '0', '8'],
    ['at_most', '0', '8'],
    ['exact', '0', '0'],
    ['about', '0', '0'],
    ['estimate', '0', '0'],
  ])('higher is better, %s: rises %s, falls %s', (q, rise, fall) => {
    const a = withX('a', '100', '80', q);
    const score = scoresOf(proportional, [a]).a;
    expect(score).toMatchObject({ points: '8', rise, fall });
    expect(score?.restsOn).toEqual(
      rise === '0' && fall === '0'
        ? []
        : [{ unit: 'a', criterion: 'c-x', name: HIGHER.name, actual: '80', qualifier: q, measure: 'người' }],
    );
  });

  // A poverty rate of 2,5% against a target of 2%: 10 × 2/2,5 = 8. "trên 2,5%" is worse, "dưới 2,5%" better.
  it.each<[Qualifier, string, string]>([
    ['over', '0', '8'],
    ['at_least', '0', '8'],
    ['nearly', '2', '0'],
    ['below', '2', '0'],
    ['at_most', '2', '0'],
    ['about', '0', '0'],
  ])('lower is better, %s: rises %s, falls %s', (q, rise, fall) => {
    const a = withX('a', '2', '2.5', q);
    expect(scoresOf(proportional, [a], LOWER).a).toMatchObject({ points: '8', rise, fall });
  });

  it('a target of 0 where higher is better is met, not capped', () => {
    const score = scoresOf(proportional, [withX('a', '0', '5')]).a;
    expect(score).toMatchObject({ points: '10', reason: { kind: 'proportional', capped: false } });
  });

  it('a unit with no result for the indicator scores nothing and rests on nothing', () => {
    const score = scoresOf(proportional, [withX('a', '100', undefined, 'over')]).a;
    expect(score).toEqual({
      criterion: proportional.criteria[0],
      points: '0',
      max: '10',
      reason: { kind: 'missing' },
      rise: '0',
      fall: '0',
      restsOn: [],
    });
  });

  it('a yes/no criterion with no answer is missing, not "not met"', () => {
    const scheme = schemeOf([{ id: 'cchc', group: 'II', name: 'Cải cách', type: 'yes_no', max: D('10') }]);
    const score = scoreUnit(scheme, entry('a', {}), [], () => HIGHER).criteria[0];
    expect(score).toMatchObject({ points: '0', reason: { kind: 'missing' } });
  });
});

describe("the block's qualified results that set a unit's yardstick", () => {
  const best = schemeOf([indicatorCriterion('proportional', '10')]);

  it('no target, higher is better: set against the best (100); a better bound may lower the points, a worse raise them', () => {
    // a: 80 of the best 100 (b's "trên 100"): 8. b's true result may be higher still, a's points falling towards
    // 0; c's "gần 50" is on the worse side and cannot lower them; a's own figure is exact. So 8, down to 0, up to 10.
    const block = [
      withX('a', undefined, '80'),
      withX('b', undefined, '100', 'over'),
      withX('c', undefined, '50', 'nearly'),
      entry('d', {}),
    ];
    const a = scoresOf(best, block).a;
    expect(a).toMatchObject({
      points: '8',
      rise: '2',
      fall: '8',
      reason: { kind: 'best_of_block', best: '100', bestUnit: 'b' },
    });
    expect(restingOn(a)).toEqual(['b', 'c']);
    expect(scoresOf(best, block).d).toMatchObject({ points: '0', reason: { kind: 'missing' }, restsOn: [] });
  });

  it('no target, lower is better: "dưới 3%" may be better, "trên 1,5%" worse', () => {
    // a: 2% against the best 1,5% (b): 10 × 1,5/2 = 7,5.
    const block = [
      withX('a', undefined, '2'),
      withX('b', undefined, '1.5', 'over'),
      withX('c', undefined, '3', 'below'),
      entry('d', {}),
    ];
    const a = scoresOf(best, block, LOWER).a;
    expect(a).toMatchObject({ points: '7.5', rise: '2.5', fall: '7.5', reason: { bestUnit: 'b' } });
    expect(restingOn(a)).toEqual(['c', 'b']);
  });

  it('bloc: past the target the points rest on the leader; below it on nothing but the unit itself', () => {
    // Targets of 100; a 150 (excess 0,5, the leader), b "trên 120" (0,2), c 90 (below), d "gần 110" (0,1).
    const bloc = schemeOf([indicatorCriterion('bloc', '20')]);
    const block = [
      withX('a', '100', '150'),
      withX('b', '100', '120', 'over'),
      withX('c', '100', '90'),
      withX('d', '100', '110', 'nearly'),
    ];
    const s = scoresOf(bloc, block);
    // a leads (20); b's "trên 120" could lead instead, leaving a half the points above the target (10).
    expect(s.a).toMatchObject({
      points: '20',
      rise: '0',
      fall: '10',
      reason: { case: 'leader', leader: 'a' },
    });
    expect(restingOn(s.a)).toEqual(['b']);
    // b: 10 + 10 × 0,2/0,5 = 14; its own "trên" and d (who could be further behind: nothing) let it rise to 20.
    expect(s.b).toMatchObject({ points: '14', rise: '6', fall: '0', reason: { case: 'above' } });
    expect(restingOn(s.b)).toEqual(['b', 'd']);
    // c: 0,5 × 20 × 0,9 = 9, whoever leads.
    expect(s.c).toMatchObject({ points: '9', rise: '0', fall: '0', reason: { case: 'below' }, restsOn: [] });
    // d: 10 + 10 × 0,1/0,5 = 12; "gần 110" could be under the target (down to 0), and b could lead.
    expect(s.d).toMatchObject({ points: '12', rise: '0', fall: '12', reason: { case: 'above' } });
    expect(restingOn(s.d)).toEqual(['d', 'b']);
  });

  it('bloc: of two units equally far past their targets the first keeps the lead; units without a target or result are passed over', () => {
    const bloc = schemeOf([indicatorCriterion('bloc', '20')]);
    const block = [
      withX('a', '100', '120'),
      withX('b', '200', '240'),
      withX('c', undefined, '500'),
      withX('e', '100', undefined),
    ];
    const s = scoresOf(bloc, block);
    expect(s.a).toMatchObject({ points: '20', reason: { case: 'leader', leader: 'a', leaderExcess: '0.2' } });
    expect(s.b).toMatchObject({ points: '20', reason: { case: 'leader', leader: 'a' } });
  });
});

describe("a unit's own targets", () => {
  const scheme = schemeOf([
    { id: 'rieng', group: 'I', name: 'Chỉ tiêu riêng', type: 'own_targets', max: D('10') },
  ]);
  const own = (
    target: string | undefined,
    result: string | undefined,
    q: Qualifier = 'exact',
  ): OwnIndicator => ({
    name: 'Tư vấn',
    unit: 'người',
    direction: 'higher',
    ...fig(target, result, q),
  });
  const scoreOf = (ownIndicators: Record<string, OwnIndicator>) =>
    scoreUnit(scheme, entry('a', { own_indicators: ownIndicators }), [], () => HIGHER).criteria[0];

  it('none written, or none with a result: missing, no points', () => {
    const missing = { points: '0', rise: '0', fall: '0', reason: { kind: 'missing' }, restsOn: [] };
    expect(scoreOf({})).toMatchObject(missing);
    expect(scoreOf({ p: own('10', undefined) })).toMatchObject(missing);
  });

  it('one met and one "trên 8" of 10: shares of 5, 5 and 4, and the second could reach its share', () => {
    const s = scoreOf({ p: own('10', '12'), q: own('10', '8', 'over') });
    expect(s).toMatchObject({ points: '9', rise: '1', fall: '0' });
    expect(s?.reason).toMatchObject({ kind: 'own_targets', items: [{ points: '5' }, { points: '4' }] });
    expect(s?.restsOn).toEqual([
      { unit: 'a', criterion: 'q', name: 'Tư vấn', actual: '8', qualifier: 'over', measure: 'người' },
    ]);
  });

  it('a result without a target counts among the targets, unscored: the other one met gives half', () => {
    const s = scoreOf({ p: own(undefined, '5'), q: own('10', '10') });
    expect(s).toMatchObject({ points: '5', rise: '0', fall: '0', restsOn: [] });
    expect(s?.reason).toMatchObject({
      items: [
        { id: 'p', points: undefined },
        { id: 'q', points: '5' },
      ],
    });
  });
});

describe('a block ordered', () => {
  const judged: Criterion = { id: 'cham', group: 'II', name: 'Chấm', type: 'judged', max: D('10') };
  const given = (id: string, points: string) => entry(id, { criteria: { cham: D(points) } });

  it('units equal on everything keep their order and share the rank; the next rank counts them (1, 2, 2, 4)', () => {
    const scheme = schemeOf([judged]);
    const { units, notes } = rankBlock(
      scheme,
      [given('a', '9'), given('b', '5'), given('c', '5'), given('d', '1')],
      () => HIGHER,
    );
    expect(units.map((u) => [u.unit.id, u.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
    expect(notes).toEqual([{ kind: 'tie_shared', units: ['b', 'c'], total: '5', rank: 2 }]);
  });

  it('a tie-break criterion no unit has points in tells nobody apart', () => {
    const scheme = schemeOf([judged], { tie_break: ['khong-co'] });
    const { units, notes } = rankBlock(
      scheme,
      [given('a', '5'), given('b', '5'), given('c', '5')],
      () => HIGHER,
    );
    expect(units.map((u) => u.rank)).toEqual([1, 1, 1]);
    expect(notes).toEqual([{ kind: 'tie_shared', units: ['a', 'b', 'c'], total: '5', rank: 1 }]);
  });
});

describe('what an order and a classification rest on', () => {
  const scheme = schemeOf([indicatorCriterion('proportional', '10')]);

  it('two units sharing a rank get no note on their order, whatever their qualifiers', () => {
    const { notes } = rankBlock(
      scheme,
      [withX('a', '100', '80', 'over'), withX('b', '100', '80', 'nearly')],
      () => HIGHER,
    );
    expect(notes.filter((n) => n.kind === 'qualified')).toEqual([]);
  });

  it('a "trên" result that could reach the band above is noted', () => {
    const { notes } = rankBlock(scheme, [withX('a', '100', '80', 'over')], () => HIGHER);
    expect(notes).toEqual([
      { kind: 'qualified_band', unit: 'a', band: 'Đạt', figures: [expect.objectContaining({ unit: 'a' })] },
    ]);
  });

  it('a unit under every band that could reach one is noted; one that could reach none is not', () => {
    const high = schemeOf([indicatorCriterion('proportional', '10')], {
      bands: [
        { min: D('11'), label: 'Xuất sắc' },
        { min: D('9'), label: 'Tốt' },
      ],
    });
    const rises = rankBlock(high, [withX('a', '100', '80', 'over')], () => HIGHER);
    expect(rises.units[0]?.band).toBeUndefined();
    expect(rises.notes).toEqual([
      {
        kind: 'qualified_band',
        unit: 'a',
        band: undefined,
        figures: [expect.objectContaining({ unit: 'a' })],
      },
    ]);
    expect(rankBlock(high, [withX('a', '100', '80')], () => HIGHER).notes).toEqual([]);
  });

  it('a classification that could only rise names the figures that could raise it, not those that could lower it', () => {
    const two = schemeOf(
      [indicatorCriterion('proportional', '10', 'x'), indicatorCriterion('proportional', '10', 'y')],
      {
        bands: [
          { min: D('17'), label: 'Tốt' },
          { min: D('1'), label: 'Đạt' },
        ],
      },
    );
    // x "trên 80" could add 2 (18, Tốt); y "gần 80" could take 8 away (8, still Đạt).
    const a = entry('a', { indicators: { x: fig('100', '80', 'over'), y: fig('100', '80', 'nearly') } });
    const { notes } = rankBlock(two, [a], () => HIGHER);
    expect(notes).toEqual([
      {
        kind: 'qualified_band',
        unit: 'a',
        band: 'Đạt',
        figures: [expect.objectContaining({ criterion: 'c-x' })],
      },
    ]);
  });
});

describe('a year scored', () => {
  async function example() {
    const loaded = await loadData(join(ROOT, 'examples', 'thi-dua'));
    const data = loaded.dataSet;
    const year = data?.unitResults?.get(2024);
    if (data === undefined || year === undefined || data.scoring === undefined) throw new Error('fixture');
    return { data, year, scoring: data.scoring };
  }

  it("is illustrative when the scoring rules or the units' figures are, and only then", async () => {
    const { data, year, scoring } = await example();
    const marked = (rules: boolean, figures: boolean) =>
      scoreYear(
        {
          ...data,
          scoring: { ...scoring, illustrative: rules },
          unitResults: new Map([[2024, { ...year, illustrative: figures }]]),
        },
        2024,
      )?.illustrative;
    expect([marked(false, false), marked(true, false), marked(false, true)]).toEqual([false, true, true]);
  });

  it("is nothing without units, scoring rules or the year's figures; a block with no scheme is left out", async () => {
    const { data, scoring } = await example();
    expect(scoreYear({ ...data, units: undefined }, 2024)).toBeUndefined();
    expect(scoreYear({ ...data, scoring: undefined }, 2024)).toBeUndefined();
    expect(scoreYear(data, 2023)).toBeUndefined();
    const [first, ...rest] = scoring.schemes;
    if (first === undefined) throw new Error('fixture');
    const scores = scoreYear({ ...data, scoring: { ...scoring, schemes: rest } }, 2024);
    expect(scores?.blocks.map((b) => b.scheme.id)).not.toContain(first.id);
    expect(scores?.blocks.length).toBe(rest.length);
  });

  it("names an indicator as the catalogue does, or the scheme's own list where the catalogue lacks it", async () => {
    const { data, year, scoring } = await example();
    const scheme = scoring.schemes.find((s) => s.criteria.some((c) => c.type === 'indicator'));
    const criterion = scheme?.criteria.find((c) => c.type === 'indicator');
    if (scheme === undefined || criterion?.type !== 'indicator') throw new Error('fixture');
    const inCatalogue = data.catalogue.indicators.find((i) => i.id === criterion.indicator);
    if (inCatalogue === undefined) throw new Error('fixture');
    const reasonOf = (d: typeof data) =>
      scoreYear(d, 2024)
        ?.blocks.find((b) => b.scheme.id === scheme.id)
        ?.units[0]?.criteria.find((c) => c.criterion.id === criterion.id)?.reason;
    expect(reasonOf(data)).toMatchObject({ name: inCatalogue.name, measure: inCatalogue.unit });
    // The same indicator known only to the scheme, and lower-is-better there.
    const moved = {
      ...inCatalogue,
      name: 'Chỉ tiêu của thang điểm',
      unit: 'lượt',
      direction: 'lower' as const,
    };
    const data2 = {
      ...data,
      catalogue: {
        ...data.catalogue,
        indicators: data.catalogue.indicators.filter((i) => i !== inCatalogue),
      },
      scoring: {
        ...scoring,
        schemes: scoring.schemes.map((s) =>
          s === scheme ? { ...s, indicators: [...s.indicators, moved] } : s,
        ),
      },
      unitResults: new Map([[2024, year]]),
    };
    expect(reasonOf(data2)).toMatchObject({
      name: 'Chỉ tiêu của thang điểm',
      measure: 'lượt',
      better: 'lower',
    });
  });
});
