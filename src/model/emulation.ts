/**
 * The emulation model (issue 9): how a block's units are scored (scoring.yaml) and what each unit did in a year
 * (YYYY-units.yaml). Field names are the YAML keys. Figures are exact decimals (`Dec`), like the rest of the data.
 */
import type { Dec, Direction, Qualifier } from './types.js';

/** How attainment of an indicator becomes points (domain/attainment-rules.ts says each rule's source). */
export const ATTAINMENT_RULES = ['proportional', 'bloc'] as const;
export type AttainmentRule = (typeof ATTAINMENT_RULES)[number];

/** The kinds of criterion a scheme scores. */
export const CRITERION_TYPES = ['indicator', 'own_targets', 'yes_no', 'judged', 'bonus', 'penalty'] as const;
export type CriterionType = (typeof CRITERION_TYPES)[number];

interface CriterionBase {
  id: string;
  name: string;
  /** The group the ranking table sums it under: "I. Thực hiện chỉ tiêu", "II. ...". */
  group: string;
}

/** A criterion scored from an indicator's target and result, by a rule, up to `max` points. */
export interface IndicatorCriterion extends CriterionBase {
  type: 'indicator';
  /** A catalogue indicator's id, or one of the scheme's own indicators. */
  indicator: string;
  rule: AttainmentRule;
  max: Dec;
}

/**
 * A criterion scored on the targets each unit registered for itself (a school's graduates, a centre's placements):
 * `max` shared equally among the unit's own indicators, each scored proportionally (result/target, capped).
 */
export interface OwnTargetsCriterion extends CriterionBase {
  type: 'own_targets';
  max: Dec;
}

/** A criterion met (max points) or not (0): "Thực hiện tốt cải cách hành chính". */
export interface YesNoCriterion extends CriterionBase {
  type: 'yes_no';
  max: Dec;
}

/** A criterion the council marks from 0 to max: the unit's data gives the points. */
export interface JudgedCriterion extends CriterionBase {
  type: 'judged';
  max: Dec;
}

/** Points per event (a commendation, a breach), added or taken away, up to a cap. */
export interface EventCriterion extends CriterionBase {
  type: 'bonus' | 'penalty';
  per_event: Dec;
  cap: Dec;
}

export type Criterion =
  | IndicatorCriterion
  | OwnTargetsCriterion
  | YesNoCriterion
  | JudgedCriterion
  | EventCriterion;

/** A criterion that has a maximum (all but bonus and penalty): the ones `max_total` adds up. */
export type ScoredCriterion = IndicatorCriterion | OwnTargetsCriterion | YesNoCriterion | JudgedCriterion;

/** True for a criterion with a maximum: an indicator, yes/no or judged criterion. */
export function isScored(criterion: Criterion): criterion is ScoredCriterion {
  return criterion.type !== 'bonus' && criterion.type !== 'penalty';
}

/** An indicator of a block's own, which the department's catalogue does not have. */
export interface SchemeIndicator {
  id: string;
  name: string;
  unit: string;
  direction: Exclude<Direction, 'neutral'>;
}

/** A classification band: a total of at least `min` points is classified `label`. */
export interface Band {
  min: Dec;
  label: string;
}

/** How the units of one or more blocks are scored, classified and ranked. */
export interface ScoringScheme {
  id: string;
  name: string;
  /** Where the scheme comes from: the regulation (quy chế) and its article. */
  source: string;
  blocks: string[];
  /** The sum of the criteria's maxima (bonus and penalty aside), as the regulation states it. */
  max_total: Dec;
  /** Decimals each criterion's points are rounded to (half up); the total is the sum of the rounded points. */
  decimals: number;
  indicators: SchemeIndicator[];
  criteria: Criterion[];
  /** From the highest `min` down; the first band a total reaches is its classification. */
  bands: Band[];
  /** Criteria compared in this order, more points first, when two totals are equal. */
  tie_break: string[];
}

/** The scoring rules (scoring.yaml). */
export interface Scoring {
  kind: 'scoring';
  /** True for made-up figures (examples/): every output says "Số liệu minh họa". */
  illustrative?: boolean;
  schemes: ScoringScheme[];
}

/** A unit's target and result for one indicator; a target left out is scored against the block's best result. */
export interface UnitFigure {
  target?: Dec;
  result?: Dec;
  /** How the result is qualified: "trên 5.200" is `over`. */
  qualifier: Qualifier;
  note?: string;
}

/** The members of a unit and how they were rated and titled: what the collective titles are decided on. */
export interface Members {
  total: number;
  /** Completion ratings: hoàn thành xuất sắc, tốt, hoàn thành, không hoàn thành nhiệm vụ. */
  excellent?: number;
  good?: number;
  complete?: number;
  incomplete?: number;
  /** Lao động tiên tiến. */
  advanced?: number;
  /** Chiến sĩ thi đua cơ sở. */
  emulation_fighters?: number;
  /** Disciplined at cảnh cáo or above in the year. */
  disciplined?: number;
}

/** An indicator a unit registered for itself, with its target and result. */
export interface OwnIndicator extends UnitFigure {
  name: string;
  unit: string;
  direction: 'higher' | 'lower';
}

/** What one unit did in a year. */
export interface UnitYear {
  indicators: Record<string, UnitFigure>;
  /** The unit's own targets (an own_targets criterion scores them), by an id of the unit's choosing. */
  own_indicators: Record<string, OwnIndicator>;
  /** Per criterion: yes/no (`yes_no`), points (`judged`), or a count of events (`bonus`, `penalty`). */
  criteria: Record<string, boolean | Dec>;
  members?: Members;
  /** Titles and awards of earlier years, by year: for the rules that need consecutive years. */
  earlier?: Record<string, string[]>;
  note?: string;
}

/** The units' year (YYYY-units.yaml). */
export interface UnitResults {
  kind: 'unit-results';
  year: number;
  illustrative?: boolean;
  units: Record<string, UnitYear>;
}
