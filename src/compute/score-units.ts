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
  compareExcess,
  type Excess,
  eventPoints,
  excessParts,
  proportionalPoints,
  roundPoints,
} from '../domain/attainment-rules.js';
import { type Decimal, dec, divide, plain } from '../domain/decimal.js';
import { hasFigures } from '../domain/unit-figures.js';
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
  /** The qualified figures the leeway comes from (the unit's own, or the block's that set its yardstick). */
  restsOn: QualifiedFigure[];
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
  | { kind: 'qualified'; units: [string, string]; figures: QualifiedFigure[] }
  /** A unit whose classification could change if a qualified result were known exactly. */
  | { kind: 'qualified_band'; unit: string; band: string | undefined; figures: QualifiedFigure[] };

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
    // A unit whose entry holds nothing at all has not been scored: it is not ranked at 0 points.
    const scored = members.flatMap((unit) => {
      const unitYear = Object.hasOwn(figures.units, unit.id) ? figures.units[unit.id] : undefined;
      return unitYear && hasFigures(unitYear) ? [{ unit, year: unitYear }] : [];
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
    // Only what could narrow the gap counts: the upper unit's possible fall and the lower's possible rise.
    const falls = upper.criteria.filter((c) => dec(c.fall).gt(ZERO));
    const rises = lower.criteria.filter((c) => dec(c.rise).gt(ZERO));
    if (falls.length + rises.length === 0) return;
    const upperLeast = dec(upper.total).minus(sum(falls.map((c) => dec(c.fall))));
    const lowerMost = dec(lower.total).plus(sum(rises.map((c) => dec(c.rise))));
    if (lowerMost.gte(upperLeast))
      notes.push({
        kind: 'qualified',
        units: [upper.unit.id, lower.unit.id],
        figures: distinct([...falls, ...rises]),
      });
  });
  // A classification that a qualified figure may change: the total could fall under its band or reach the next.
  for (const s of ranked) {
    const bandIndex = scheme.bands.findIndex((b) => b.label === s.band);
    const least = dec(s.total).minus(sum(s.criteria.map((c) => dec(c.fall))));
    const most = dec(s.total).plus(sum(s.criteria.map((c) => dec(c.rise))));
    const current = scheme.bands[bandIndex];
    const higher = bandIndex > 0 ? scheme.bands[bandIndex - 1] : undefined;
    const mayFall = current !== undefined && least.lt(dec(current.min));
    const mayRise =
      (higher !== undefined && most.gte(dec(higher.min))) ||
      (current === undefined && scheme.bands.some((b) => most.gte(dec(b.min))));
    if (mayFall || mayRise) {
      const moving = s.criteria.filter(
        (c) => (mayFall && dec(c.fall).gt(ZERO)) || (mayRise && dec(c.rise).gt(ZERO)),
      );
      notes.push({ kind: 'qualified_band', unit: s.unit.id, band: s.band, figures: distinct(moving) });
    }
  }
  return { units: ranked, notes };
}

/** The qualified figures behind these criteria's leeway, each once. */
function distinct(criteria: readonly CriterionScore[]): QualifiedFigure[] {
  const seen = new Map<string, QualifiedFigure>();
  for (const f of criteria.flatMap((c) => c.restsOn)) seen.set(`${f.unit}/${f.criterion}`, f);
  return [...seen.values()];
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
      restsOn: raw.restsOn,
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
  /** The qualified figures the leeway comes from: the unit's own, or the block's that set its yardstick. */
  restsOn: QualifiedFigure[];
}

/** The block's other qualified figures for a criterion: those whose true value may be better, or worse. */
interface BlockBounds {
  better: QualifiedFigure[];
  worse: QualifiedFigure[];
}

function blockBounds(
  criterion: IndicatorCriterion,
  entry: UnitEntry,
  block: readonly UnitEntry[],
  indicator: ScoredIndicator,
): BlockBounds {
  const out: BlockBounds = { better: [], worse: [] };
  for (const e of block) {
    const f = figureOf(e, criterion.indicator);
    if (e === entry || f?.result === undefined) continue;
    const side = boundSide(f.qualifier) * (indicator.better === 'higher' ? 1 : -1);
    if (side === 0) continue;
    const figure: QualifiedFigure = {
      unit: e.unit.id,
      criterion: criterion.id,
      name: indicator.name,
      actual: f.result,
      qualifier: f.qualifier,
      measure: indicator.measure,
    };
    (side > 0 ? out.better : out.worse).push(figure);
  }
  return out;
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
    restsOn: [],
  });
  const value = Object.hasOwn(entry.year.criteria, criterion.id)
    ? entry.year.criteria[criterion.id]
    : undefined;
  switch (criterion.type) {
    case 'indicator':
      return indicatorScore(criterion, entry, block, indicatorOf(criterion.indicator));
    case 'own_targets':
      return ownTargetsScore(dec(criterion.max), entry.year, entry.unit.id);
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
    return { points: ZERO, reason: { kind: 'missing' }, rise: ZERO, fall: ZERO, restsOn: [] };
  const actual = dec(figure.result);
  const others = blockBounds(criterion, entry, block, indicator);
  const scored: ScoredFigure = {
    actual: figure.result,
    qualifier: figure.qualifier,
    better,
    name: indicator.name,
    measure: indicator.measure,
  };
  const own: QualifiedFigure = {
    unit: entry.unit.id,
    criterion: criterion.id,
    name: indicator.name,
    actual: figure.result,
    qualifier: figure.qualifier,
    measure: indicator.measure,
  };
  const withLeeway = (points: Decimal, reason: PointsReason): RawScore => {
    const l = leeway(figure.qualifier, better, points, max);
    return { points, reason, ...l, restsOn: l.rise.gt(ZERO) || l.fall.gt(ZERO) ? [own] : [] };
  };
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
    const raw = withLeeway(bestOfBlockPoints(actual, best, better, max), {
      kind: 'best_of_block',
      ...scored,
      best: plain(best),
      bestUnit,
    });
    // Set against the block's best: a bound elsewhere may make a better best (or a worse one).
    return withBlock(raw, others, ZERO, max);
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
  // bloc: the leader is the unit of the block that went furthest past its target (compared as exact fractions).
  let lead: Excess = { over: ZERO, of: ONE };
  let leader: string | undefined;
  for (const e of block) {
    const f = figureOf(e, criterion.indicator);
    if (f?.result === undefined || f.target === undefined) continue;
    const x = excessParts(dec(f.result), dec(f.target), better);
    if (compareExcess(x, lead) > 0) {
      lead = x;
      leader = e.unit.id;
    }
  }
  const result = blocPoints(actual, target, better, max, lead);
  const raw = withLeeway(result.points, {
    kind: 'bloc',
    ...scored,
    case: result.case,
    target: figure.target,
    excess: plain(result.excess),
    leaderExcess: plain(divide(lead.over, lead.of)),
    leader,
  });
  // Past its target, a unit's points rest on the leader's excess: a bound that may lie further (or nearer) past
  // its target elsewhere in the block may make a new leader (or a smaller lead), and move these points.
  if (result.case === 'above' || result.case === 'leader')
    return withBlock(raw, others, max.times(dec('0.5')), max);
  return raw;
}

/**
 * Widens a unit's leeway by what the block's other qualified figures may do to the figure it is set against (the
 * leader's excess, the best result): a bound on the better side may lower its points to `floor`, one on the worse
 * side raise them to `max`; those figures are named as what the points rest on.
 */
function withBlock(raw: RawScore, others: BlockBounds, floor: Decimal, max: Decimal): RawScore {
  const fall = others.better.length > 0 ? raw.points.minus(floor) : ZERO;
  const rise = others.worse.length > 0 ? max.minus(raw.points) : ZERO;
  return {
    ...raw,
    fall: fall.gt(raw.fall) ? fall : raw.fall,
    rise: rise.gt(raw.rise) ? rise : raw.rise,
    restsOn: [
      ...raw.restsOn,
      ...(fall.gt(ZERO) ? others.better : []),
      ...(rise.gt(ZERO) ? others.worse : []),
    ],
  };
}

/**
 * The unit's own targets share the maximum equally; each scores M × A / (n × T), at most M/n (one division each:
 * see attainment-rules.ts), the targets met adding up to whole shares.
 */
function ownTargetsScore(max: Decimal, year: UnitYear, unit: string): RawScore {
  const own = Object.entries(year.own_indicators);
  const none: RawScore = { points: ZERO, reason: { kind: 'missing' }, rise: ZERO, fall: ZERO, restsOn: [] };
  if (own.length === 0) return none;
  const n = dec(String(own.length));
  const share = divide(max, n);
  let full = ZERO;
  let partial = ZERO;
  let rise = ZERO;
  let fall = ZERO;
  const restsOn: QualifiedFigure[] = [];
  const items = own.map(([id, f]): OwnTargetScore => {
    const base = { id, name: f.name, unit: f.unit, target: f.target as Dec, share: plain(share) };
    if (f.result === undefined || f.target === undefined) return { ...base, points: undefined };
    const p = proportionalPoints(dec(f.result), dec(f.target), f.direction, max);
    // Points of M for the indicator alone, then its share: n of them capped make M exactly.
    const capped = p.eq(max);
    if (capped) full = full.plus(ONE);
    else partial = partial.plus(p);
    const points = capped ? share : divide(p, n);
    const l = leeway(f.qualifier, f.direction, points, share);
    rise = rise.plus(l.rise);
    fall = fall.plus(l.fall);
    if (l.rise.gt(ZERO) || l.fall.gt(ZERO))
      restsOn.push({
        unit,
        criterion: id,
        name: f.name,
        actual: f.result,
        qualifier: f.qualifier,
        measure: f.unit,
      });
    return { ...base, actual: f.result, qualifier: f.qualifier, better: f.direction, points: plain(points) };
  });
  if (items.every((i) => i.points === undefined)) return none;
  const points = divide(max.times(full).plus(partial), n);
  return { points, reason: { kind: 'own_targets', items }, rise, fall, restsOn };
}
