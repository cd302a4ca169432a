/**
 * A unit's points, criterion by criterion: the figures and rule behind each (domain/attainment-rules.ts), rounded
 * half up to the scheme's decimals, the total adding the rounded points; and how far each could move if a
 * qualified result of its own, or one elsewhere in the block that sets its yardstick, were known exactly.
 */
import {
  attainmentRatio,
  type Better,
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
import {
  type Criterion,
  type IndicatorCriterion,
  isScored,
  type ScoringScheme,
  type UnitFigure,
  type UnitYear,
} from '../model/emulation.js';
import type { Dec, Qualifier } from '../model/types.js';
import type {
  OwnTargetScore,
  PointsReason,
  QualifiedFigure,
  ScoredFigure,
  ScoredIndicator,
  UnitEntry,
  UnitScore,
} from './score-units.js';

/** A unit's score before its block is ranked. */
export type Unranked = Omit<UnitScore, 'rank'>;

const ZERO = dec('0');
const ONE = dec('1');
const MINUS_ONE = dec('-1');

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
  // Stryker disable next-line ArithmeticOperator: by 1 or −1, dividing is multiplying
  const side = boundSide(q) * (better === 'higher' ? 1 : -1);
  if (side > 0) return { rise: max.minus(points), fall: ZERO };
  if (side < 0) return { rise: ZERO, fall: points };
  return { rise: ZERO, fall: ZERO };
}

/** Returns a unit's score: each criterion's points and reason, the groups, the total and the band. */
export function scoreUnit(
  scheme: ScoringScheme,
  entry: UnitEntry,
  block: readonly UnitEntry[],
  indicatorOf: (indicator: string) => ScoredIndicator,
): Unranked {
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
  return { unit: entry.unit, criteria, groups, total: plain(total), band };
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
    // Stryker disable next-line ArithmeticOperator: by 1 or −1, dividing is multiplying
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
    // Stryker disable next-line EqualityOperator: a side of 0 was passed over above
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
    // Stryker disable next-line OptionalChaining: the unit's own result is among them, so one is the best
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
  let pointsOfM = ZERO;
  let rise = ZERO;
  let fall = ZERO;
  const restsOn: QualifiedFigure[] = [];
  const items = own.map(([id, f]): OwnTargetScore => {
    const base = { id, name: f.name, unit: f.unit, target: f.target as Dec, share: plain(share) };
    if (f.result === undefined || f.target === undefined) return { ...base, points: undefined };
    const p = proportionalPoints(dec(f.result), dec(f.target), f.direction, max);
    // Points of M for the indicator alone, then its share: n of them capped make M exactly.
    pointsOfM = pointsOfM.plus(p);
    const points = p.eq(max) ? share : divide(p, n);
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
  const points = divide(pointsOfM, n);
  return { points, reason: { kind: 'own_targets', items }, rise, fall, restsOn };
}
