/**
 * The emulation scores of a year (issue 9): each unit's points per criterion with the figures and rule behind
 * them, its total and classification, and its rank within its block. Pure and exact: every figure is a decimal,
 * each criterion's points are rounded half up to the scheme's decimals, and the total adds the rounded points (so
 * the score sheet adds up as printed).
 */
import {
  attainmentRatio,
  type Better,
  type BlocCase,
  bestOf,
  bestOfBlockPoints,
  blocPoints,
  eventPoints,
  excessOf,
  proportionalPoints,
  roundPoints,
} from '../domain/attainment-rules.js';
import { type Decimal, dec, divide, plain } from '../domain/decimal.js';
import { unitActiveIn } from '../domain/unit-periods.js';
import {
  type Criterion,
  type IndicatorCriterion,
  isScored,
  type ScoringScheme,
  type UnitFigure,
  type UnitYear,
} from '../model/emulation.js';
import type { DataSet, Dec, EmulationBlock, Qualifier, Unit } from '../model/types.js';

/** The figures a rule scored: a result (as written, with its qualifier) and the target it was set against. */
export interface ScoredFigure {
  actual: Dec;
  qualifier: Qualifier;
  better: Better;
  /** The indicator's name and unit of measure, for the words that say it. */
  name: string;
  measure: string;
}

/** What the compute step needs to know of an indicator a criterion scores. */
export interface ScoredIndicator {
  better: Better;
  name: string;
  measure: string;
}

/** Why a criterion got its points: the figures and the rule, enough to say it in words. */
export type PointsReason =
  | ({ kind: 'proportional'; target: Dec; capped: boolean } & ScoredFigure)
  | ({
      kind: 'bloc';
      case: BlocCase;
      target: Dec;
      /** The unit's excess and the block leader's, relative to their targets ((A − T)/T). */
      excess: Dec;
      leaderExcess: Dec;
      leader: string | undefined;
    } & ScoredFigure)
  | ({ kind: 'best_of_block'; best: Dec; bestUnit: string } & ScoredFigure)
  | { kind: 'own_targets'; items: OwnTargetScore[] }
  | { kind: 'yes_no'; met: boolean }
  | { kind: 'judged'; given: Dec }
  | { kind: 'events'; count: Dec; perEvent: Dec; cap: Dec; capped: boolean }
  /** No result, value or own target: shown as missing, no points. */
  | { kind: 'missing' };

/** One of a unit's own targets, scored proportionally on its share of the criterion's maximum. */
export interface OwnTargetScore extends Partial<Omit<ScoredFigure, 'name' | 'measure'>> {
  id: string;
  name: string;
  /** Its unit of measure: người, %. */
  unit: string;
  target: Dec;
  share: Dec;
  /** Unrounded; undefined while the result is missing. */
  points: Dec | undefined;
}

/** A criterion's points for a unit. */
export interface CriterionScore {
  criterion: Criterion;
  /** Rounded to the scheme's decimals; negative for a penalty. */
  points: Dec;
  /** The most a criterion can give (a bonus's cap; a penalty's cap, as a negative). */
  max: Dec;
  reason: PointsReason;
  /**
   * How far the points could rise or fall if a qualified result were known exactly: "trên 5.200", scored as
   * 5.200, could score up to the maximum. 0 for exact figures.
   */
  rise: Dec;
  fall: Dec;
}

/** A unit's points, total, classification and rank. */
export interface UnitScore {
  unit: Unit;
  criteria: CriterionScore[];
  /** The points of each group of criteria, in the scheme's order. */
  groups: { group: string; points: Dec; max: Dec }[];
  total: Dec;
  /** The first band the total reaches; undefined when it reaches none. */
  band: string | undefined;
  rank: number;
}

/** What the ranking of a block rests on, said beside its table. */
export type RankNote =
  /** Equal totals ordered by a tie-break criterion. */
  | { kind: 'tie_broken'; units: [string, string]; total: Dec; by: string }
  /** Equal on the total and every tie-break criterion: the units share the rank. */
  | { kind: 'tie_shared'; units: string[]; total: Dec; rank: number }
  /** Two neighbours whose order could change if a qualified result were known exactly. */
  | { kind: 'qualified'; units: [string, string]; figures: QualifiedFigure[] };

/** A qualified result a rank may rest on: "trên 2.100 người" of a unit, for a criterion or an own target. */
export interface QualifiedFigure {
  unit: string;
  /** The criterion's id, or the own target's. */
  criterion: string;
  /** What the figure counts: the indicator's or the own target's name. */
  name: string;
  actual: Dec;
  qualifier: Qualifier;
  /** Its unit of measure: người, %. */
  measure: string;
}

/** A block's ranking. */
export interface BlockScore {
  block: EmulationBlock;
  scheme: ScoringScheme;
  /** In rank order; equal ranks in the order of units.yaml. */
  units: UnitScore[];
  notes: RankNote[];
  /** Units of the block that existed in the year but have no figures: not ranked. */
  unscored: Unit[];
}

/** The emulation scores of a year. */
export interface YearScores {
  year: number;
  /** Made-up rules or figures: every output says "Số liệu minh họa". */
  illustrative: boolean;
  blocks: BlockScore[];
}

const ZERO = dec('0');
const ONE = dec('1');
const MINUS_ONE = dec('-1');

/**
 * Returns the scores of a year: for each block of units.yaml that has a scheme, its units ranked; undefined when the
 * data has no units, no scoring rules or no units' figures for the year.
 */
export function scoreYear(data: DataSet, year: number): YearScores | undefined {
  const { units, scoring } = data;
  const figures = data.unitResults?.get(year);
  if (units === undefined || scoring === undefined || figures === undefined) return undefined;
  const blocks: BlockScore[] = [];
  for (const block of units.blocks) {
    const scheme = scoring.schemes.find((s) => s.blocks.includes(block.id));
    if (scheme === undefined) continue;
    const members = units.units.filter((u) => u.block === block.id && unitActiveIn(u, year));
    const scored = members.flatMap((unit) => {
      const unitYear = Object.hasOwn(figures.units, unit.id) ? figures.units[unit.id] : undefined;
      return unitYear ? [{ unit, year: unitYear }] : [];
    });
    blocks.push({
      block,
      scheme,
      ...rankBlock(scheme, scored, (id) => scoredIndicator(data, scheme, id)),
      unscored: members.filter((u) => !scored.some((s) => s.unit === u)),
    });
  }
  return { year, illustrative: scoring.illustrative === true || figures.illustrative === true, blocks };
}

function scoredIndicator(data: DataSet, scheme: ScoringScheme, id: string): ScoredIndicator {
  const indicator =
    data.catalogue.indicators.find((i) => i.id === id) ?? scheme.indicators.find((i) => i.id === id);
  // check refuses a neutral or unknown indicator in a criterion.
  return {
    better: indicator?.direction === 'lower' ? 'lower' : 'higher',
    name: indicator?.name ?? id,
    measure: indicator?.unit ?? '',
  };
}

/** A unit of a block with its figures of the year. */
export interface UnitEntry {
  unit: Unit;
  year: UnitYear;
}

/**
 * Returns a block's units scored and ranked: by total, then by the tie-break criteria in order (more points
 * first; a penalty's points are negative, so fewer penalties first); units equal on all of them share a rank.
 */
export function rankBlock(
  scheme: ScoringScheme,
  entries: readonly UnitEntry[],
  indicatorOf: (indicator: string) => ScoredIndicator,
): { units: UnitScore[]; notes: RankNote[] } {
  const scores = entries.map((entry) => scoreUnit(scheme, entry, entries, indicatorOf));
  const pointsOf = (s: UnitScore, criterion: string) =>
    dec(s.criteria.find((c) => c.criterion.id === criterion)?.points ?? '0');
  /** Which of the tie-break criteria first tells two units apart (undefined: none), and which is ahead. */
  const decide = (a: UnitScore, b: UnitScore): { by: string | undefined; order: number } => {
    const byTotal = dec(b.total).cmp(dec(a.total));
    if (byTotal !== 0) return { by: undefined, order: byTotal };
    for (const criterion of scheme.tie_break) {
      const c = pointsOf(b, criterion).cmp(pointsOf(a, criterion));
      if (c !== 0) return { by: criterion, order: c };
    }
    return { by: undefined, order: 0 };
  };
  const order = scores.map((s, i) => ({ s, i }));
  order.sort((x, y) => decide(x.s, y.s).order || x.i - y.i);
  const ranked = order.map(({ s }) => s);
  const notes: RankNote[] = [];
  ranked.forEach((s, i) => {
    const previous = ranked[i - 1];
    if (previous === undefined) {
      s.rank = 1;
      return;
    }
    const d = decide(previous, s);
    s.rank = d.order === 0 ? previous.rank : i + 1;
    if (d.by !== undefined)
      notes.push({ kind: 'tie_broken', units: [previous.unit.id, s.unit.id], total: s.total, by: d.by });
  });
  for (const rank of new Set(ranked.map((s) => s.rank))) {
    const shared = ranked.filter((s) => s.rank === rank);
    if (shared.length > 1)
      notes.push({
        kind: 'tie_shared',
        units: shared.map((s) => s.unit.id),
        total: shared[0]?.total ?? plain(ZERO),
        rank,
      });
  }
  ranked.forEach((lower, i) => {
    const upper = ranked[i - 1];
    if (upper === undefined || upper.rank === lower.rank) return;
    const upperLeast = dec(upper.total).minus(sum(upper.criteria.map((c) => dec(c.fall))));
    const lowerMost = dec(lower.total).plus(sum(lower.criteria.map((c) => dec(c.rise))));
    const figures = [upper, lower].flatMap((s) => qualifiedFigures(s));
    if (figures.length > 0 && lowerMost.gte(upperLeast))
      notes.push({ kind: 'qualified', units: [upper.unit.id, lower.unit.id], figures });
  });
  return { units: ranked, notes };
}

function qualifiedFigures(s: UnitScore): QualifiedFigure[] {
  return s.criteria.flatMap((c) => {
    if (c.rise === '0' && c.fall === '0') return [];
    const r = c.reason;
    const unit = s.unit.id;
    if ('actual' in r)
      return [
        {
          unit,
          criterion: c.criterion.id,
          name: r.name,
          actual: r.actual,
          qualifier: r.qualifier,
          measure: r.measure,
        },
      ];
    if (r.kind === 'own_targets')
      return r.items.flatMap((item) =>
        item.actual !== undefined && item.qualifier !== undefined && boundSide(item.qualifier) !== 0
          ? [
              {
                unit,
                criterion: item.id,
                name: item.name,
                actual: item.actual,
                qualifier: item.qualifier,
                measure: item.unit,
              },
            ]
          : [],
      );
    return [];
  });
}

function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), ZERO);
}

/** Returns 1 when the true value is at or above the written one ("trên"), -1 at or below ("gần"), 0 when taken as written. */
function boundSide(q: Qualifier): -1 | 0 | 1 {
  if (q === 'over' || q === 'at_least') return 1;
  if (q === 'nearly' || q === 'below' || q === 'at_most') return -1;
  return 0;
}

/** How far points scored from a qualified figure could rise and fall, within 0..max. */
function leeway(
  q: Qualifier,
  better: Better,
  points: Decimal,
  max: Decimal,
): { rise: Decimal; fall: Decimal } {
  const side = boundSide(q) * (better === 'higher' ? 1 : -1);
  if (side > 0) return { rise: max.minus(points), fall: ZERO };
  if (side < 0) return { rise: ZERO, fall: points };
  return { rise: ZERO, fall: ZERO };
}

/** Returns a unit's score: each criterion's points and reason, the groups, the total and the band (rank set later). */
function scoreUnit(
  scheme: ScoringScheme,
  entry: UnitEntry,
  block: readonly UnitEntry[],
  indicatorOf: (indicator: string) => ScoredIndicator,
): UnitScore {
  const criteria = scheme.criteria.map((criterion) => {
    const raw = rawScore(criterion, entry, block, indicatorOf);
    const points = roundPoints(raw.points, scheme.decimals);
    const signed = criterion.type === 'penalty' ? points.times(MINUS_ONE) : points;
    const max = dec(isScored(criterion) ? criterion.max : criterion.cap);
    return {
      criterion,
      points: plain(signed),
      max: plain(criterion.type === 'penalty' ? max.times(MINUS_ONE) : max),
      reason: raw.reason,
      rise: plain(raw.rise),
      fall: plain(raw.fall),
    };
  });
  const groups: UnitScore['groups'] = [];
  for (const c of criteria) {
    const group = groups.find((g) => g.group === c.criterion.group);
    const max = c.criterion.type === 'penalty' ? ZERO : dec(c.max);
    if (group) {
      group.points = plain(dec(group.points).plus(dec(c.points)));
      group.max = plain(dec(group.max).plus(max));
    } else groups.push({ group: c.criterion.group, points: c.points, max: plain(max) });
  }
  const total = sum(criteria.map((c) => dec(c.points)));
  const band = scheme.bands.find((b) => total.gte(dec(b.min)))?.label;
  return { unit: entry.unit, criteria, groups, total: plain(total), band, rank: 0 };
}

interface RawScore {
  points: Decimal;
  reason: PointsReason;
  rise: Decimal;
  fall: Decimal;
}

function rawScore(
  criterion: Criterion,
  entry: UnitEntry,
  block: readonly UnitEntry[],
  indicatorOf: (indicator: string) => ScoredIndicator,
): RawScore {
  const none = (reason: PointsReason, points: Decimal = ZERO): RawScore => ({
    points,
    reason,
    rise: ZERO,
    fall: ZERO,
  });
  const value = Object.hasOwn(entry.year.criteria, criterion.id)
    ? entry.year.criteria[criterion.id]
    : undefined;
  switch (criterion.type) {
    case 'indicator':
      return indicatorScore(criterion, entry, block, indicatorOf(criterion.indicator));
    case 'own_targets':
      return ownTargetsScore(dec(criterion.max), entry.year);
    case 'yes_no':
      if (typeof value !== 'boolean') return none({ kind: 'missing' });
      return none({ kind: 'yes_no', met: value }, value ? dec(criterion.max) : ZERO);
    case 'judged':
      if (typeof value !== 'string') return none({ kind: 'missing' });
      return none({ kind: 'judged', given: value as Dec }, dec(value));
    case 'bonus':
    case 'penalty': {
      // No events written is none.
      const count = typeof value === 'string' ? dec(value) : ZERO;
      const { points, capped } = eventPoints(count, dec(criterion.per_event), dec(criterion.cap));
      return none(
        { kind: 'events', count: plain(count), perEvent: criterion.per_event, cap: criterion.cap, capped },
        points,
      );
    }
  }
}

function figureOf(entry: UnitEntry, indicator: string): UnitFigure | undefined {
  return Object.hasOwn(entry.year.indicators, indicator) ? entry.year.indicators[indicator] : undefined;
}

function indicatorScore(
  criterion: IndicatorCriterion,
  entry: UnitEntry,
  block: readonly UnitEntry[],
  indicator: ScoredIndicator,
): RawScore {
  const { better } = indicator;
  const max = dec(criterion.max);
  const figure = figureOf(entry, criterion.indicator);
  if (figure?.result === undefined)
    return { points: ZERO, reason: { kind: 'missing' }, rise: ZERO, fall: ZERO };
  const actual = dec(figure.result);
  const scored: ScoredFigure = {
    actual: figure.result,
    qualifier: figure.qualifier,
    better,
    name: indicator.name,
    measure: indicator.measure,
  };
  const withLeeway = (points: Decimal, reason: PointsReason): RawScore => ({
    points,
    reason,
    ...leeway(figure.qualifier, better, points, max),
  });
  if (figure.target === undefined) {
    const results = block.flatMap((e) => {
      const r = figureOf(e, criterion.indicator)?.result;
      return r === undefined ? [] : [{ unit: e.unit.id, value: dec(r) }];
    });
    const best =
      bestOf(
        results.map((r) => r.value),
        better,
      ) ?? actual;
    const bestUnit = results.find((r) => r.value.eq(best))?.unit ?? entry.unit.id;
    return withLeeway(bestOfBlockPoints(actual, best, better, max), {
      kind: 'best_of_block',
      ...scored,
      best: plain(best),
      bestUnit,
    });
  }
  const target = dec(figure.target);
  if (criterion.rule === 'proportional') {
    const points = proportionalPoints(actual, target, better, max);
    const ratio = attainmentRatio(actual, target, better);
    return withLeeway(points, {
      kind: 'proportional',
      ...scored,
      target: figure.target,
      capped: ratio?.gt(ONE) === true,
    });
  }
  // bloc: the leader is the unit of the block that went furthest past its target.
  let leaderExcess = ZERO;
  let leader: string | undefined;
  for (const e of block) {
    const f = figureOf(e, criterion.indicator);
    if (f?.result === undefined || f.target === undefined) continue;
    const x = excessOf(dec(f.result), dec(f.target), better);
    if (x.gt(leaderExcess)) {
      leaderExcess = x;
      leader = e.unit.id;
    }
  }
  const result = blocPoints(actual, target, better, max, leaderExcess);
  return withLeeway(result.points, {
    kind: 'bloc',
    ...scored,
    case: result.case,
    target: figure.target,
    excess: plain(result.excess),
    leaderExcess: plain(leaderExcess),
    leader,
  });
}

/** The unit's own targets share the maximum equally; each scores its share × result/target, at most the share. */
function ownTargetsScore(max: Decimal, year: UnitYear): RawScore {
  const own = Object.entries(year.own_indicators);
  if (own.length === 0) return { points: ZERO, reason: { kind: 'missing' }, rise: ZERO, fall: ZERO };
  const share = divide(max, dec(String(own.length)));
  let points = ZERO;
  let rise = ZERO;
  let fall = ZERO;
  const items = own.map(([id, f]): OwnTargetScore => {
    const base = { id, name: f.name, unit: f.unit, target: f.target as Dec, share: plain(share) };
    if (f.result === undefined || f.target === undefined) return { ...base, points: undefined };
    const p = proportionalPoints(dec(f.result), dec(f.target), f.direction, share);
    const l = leeway(f.qualifier, f.direction, p, share);
    points = points.plus(p);
    rise = rise.plus(l.rise);
    fall = fall.plus(l.fall);
    return { ...base, actual: f.result, qualifier: f.qualifier, better: f.direction, points: plain(p) };
  });
  if (items.every((i) => i.points === undefined))
    return { points: ZERO, reason: { kind: 'missing' }, rise, fall };
  return { points, reason: { kind: 'own_targets', items }, rise, fall };
}
