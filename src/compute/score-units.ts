/**
 * The emulation scores of a year (issue 9): each unit's points per criterion with the figures and rule behind
 * them, its total and classification, and its rank within its block. Pure and exact: every figure is a decimal,
 * each criterion's points are rounded half up to the scheme's decimals, and the total adds the rounded points (so
 * the score sheet adds up as printed). The jobs are apart: score-unit.ts scores a unit's criteria, rank-block.ts
 * orders a block and says its ties, qualified-notes.ts says what its order and classifications rest on.
 */
import type { Better, BlocCase } from '../domain/attainment-rules.js';
import { hasFigures } from '../domain/unit-figures.js';
import { unitActiveIn } from '../domain/unit-periods.js';
import { type Criterion, type ScoringScheme, schemeFor, type UnitYear } from '../model/emulation.js';
import type { DataSet, Dec, EmulationBlock, Qualifier, Unit } from '../model/types.js';
import { rankBlock } from './rank-block.js';

export { rankBlock } from './rank-block.js';

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

/** A unit of a block with its figures of the year. */
export interface UnitEntry {
  unit: Unit;
  year: UnitYear;
}

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
    const scheme = schemeFor(scoring, block.id);
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
