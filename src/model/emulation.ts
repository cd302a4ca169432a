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
  /** The completion rating the band is (hoàn thành xuất sắc nhiệm vụ: excellent), which titles ask for. */
  rating?: Rating;
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

/** Returns the scheme a block's units are scored by, if a scheme names the block. */
export function schemeFor(
  scoring: { schemes: readonly ScoringScheme[] } | undefined,
  block: string,
): ScoringScheme | undefined {
  return scoring?.schemes.find((s) => s.blocks.includes(block));
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
  /** With an initiative (sáng kiến), research topic or project recognised in the year. */
  initiatives?: number;
  /** Disciplined at cảnh cáo or above in the year. */
  disciplined?: number;
}

/** A member proposed by name for the year's individual titles. Personal data: kept in the data folder and the outputs. */
export interface Individual {
  /** An id unique in the year's file: what the council's ballots name. */
  id: string;
  name: string;
  /** Their post in the unit: "Phó Giám đốc Trung tâm", "Chuyên viên". */
  position: string;
  /** Their completion rating of the year. */
  rating: Rating;
  /** The individual titles proposed (ids of the rules in force): lao-dong-tien-tien, chien-si-thi-dua-co-so. */
  titles: string[];
  /** The initiative, research topic or project recognised in the year, with its recognition (a decision's number). */
  initiative?: string;
  /** Their titles and awards of earlier years, by year. */
  earlier?: Record<string, string[]>;
  /** What their own report of achievements says that the data does not (issue 22). */
  report?: MemberReport;
}

/** A member's report of achievements: the parts about them the data has not, and who confirms it. */
export interface MemberReport {
  /** Their date of birth, YYYY-MM-DD. */
  born: string;
  sex: 'male' | 'female';
  /** Quê quán. */
  hometown: string;
  /** Trình độ chuyên môn, nghiệp vụ. */
  qualification: string;
  /** Quyền hạn, nhiệm vụ được giao (Markdown). */
  duties: string;
  /** Their achievements of the year in words (Markdown). */
  narrative: string;
  /** The unit's head, who confirms it: title ("GIÁM ĐỐC") and name. */
  confirmer: { title: string; name?: string };
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
  /**
   * Members proposed by name for individual titles (what the decision and its list name): at most the counts of
   * `members` for each title; a unit may name some of its holders and not yet the others.
   */
  individuals?: Individual[];
  /** Titles and awards of earlier years, by year: for the rules that need consecutive years. */
  earlier?: Record<string, string[]>;
  /** What its report of achievements (báo cáo thành tích) says in words; its figures come from the year's results. */
  achievements?: Achievements;
  note?: string;
}

/** A unit's report of achievements in words, and who signs it (issue 22). */
export interface Achievements {
  /** Đặc điểm, tình hình: its tasks, its organisation (Markdown). */
  characteristics: string;
  /** Its achievements of the year in words (Markdown): the table of its figures follows. */
  narrative: string;
  /** The movements of emulation it led or joined (Markdown). */
  movements?: string;
  /** Who signs it: the head's title ("HIỆU TRƯỞNG") and name. */
  signer: { title: string; name?: string };
}

/** The units' year (YYYY-units.yaml). */
export interface UnitResults {
  kind: 'unit-results';
  year: number;
  illustrative?: boolean;
  units: Record<string, UnitYear>;
}

/** The completion ratings of a unit or a member, best first. */
export const RATINGS = ['excellent', 'good', 'complete', 'incomplete'] as const;
export type Rating = (typeof RATINGS)[number];

/** The id a rating is written with among a unit's titles of earlier years ("2023: [hoan-thanh-xuat-sac-nhiem-vu]"). */
export const RATING_IDS: Record<Rating, string> = {
  excellent: 'hoan-thanh-xuat-sac-nhiem-vu',
  good: 'hoan-thanh-tot-nhiem-vu',
  complete: 'hoan-thanh-nhiem-vu',
  incomplete: 'khong-hoan-thanh-nhiem-vu',
};

/**
 * What a collective must show for a title or award, each condition computed from the year's figures. A condition
 * the figures cannot show (a united leadership, a new model) is listed in the rule's `confirm` for the council.
 */
export interface TitleConditions {
  /** The unit's classification reaches this rating (its band's). */
  rating?: Rating;
  /** At least this percent of its members completed their duties (rated above không hoàn thành). */
  members_complete_percent?: Dec;
  /** At least this percent of its members are Lao động tiên tiến. */
  advanced_percent?: Dec;
  /** At least this many of its members are Chiến sĩ thi đua cơ sở. */
  emulation_fighters?: number;
  /** At most this many members disciplined at cảnh cáo or above. */
  disciplined_max?: number;
  /** First in its emulation block. */
  block_leader?: boolean;
  /** Beyond every target it was scored on. */
  exceeded_all_targets?: boolean;
  /** This year and the years before it, `years` in all, each with one of these titles or ratings. */
  consecutive?: { years: number; of: string[] };
}

/** What an individual title's holder may qualify by, as the units' counts say it: rated excellent, an initiative. */
export const HOLDER_GROUNDS = ['excellent', 'initiatives'] as const;
export type HolderGround = (typeof HOLDER_GROUNDS)[number];

/** The level of the authority that gives a title or award (for the statistics): cơ sở, tỉnh, bộ, nhà nước. */
export const TITLE_LEVELS = ['base', 'province', 'ministry', 'state'] as const;

/** An emulation title or a form of commendation, with the conditions, legal basis and prize of a rule set. */
export interface TitleRule {
  id: string;
  name: string;
  /** An emulation title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng). */
  category: 'title' | 'award';
  recipient: 'individual' | 'collective';
  level: (typeof TITLE_LEVELS)[number];
  /** The article that sets its conditions: "Luật Thi đua, khen thưởng 2022, Điều 24 khoản 1". */
  basis: string;
  /** The prize, as a multiple of the base salary, and the article that sets it. */
  prize?: Dec;
  prize_basis?: string;
  /** For an individual title: the members' count of the units' figures that holds it. */
  count?: 'advanced' | 'emulation_fighters';
  /** At most this percent of another title's holders (the old 15% of Chiến sĩ thi đua cơ sở), where a rule sets one. */
  cap?: { percent: Dec; of: 'advanced'; basis: string };
  /**
   * For an individual title: what each holder must also be, which the units' counts must allow. A Chiến sĩ thi đua
   * cơ sở is a Lao động tiên tiến (`within`) and is rated excellent or has a recognised initiative (`one_of`).
   */
  holders?: { within?: 'advanced'; one_of?: HolderGround[]; rating?: Rating };
  conditions?: TitleConditions;
  /** Conditions the figures cannot show, for the council to confirm (words from the article). */
  confirm?: string[];
  /**
   * The council's vote it needs: a ballot is held, and it is given only with yes votes of at least `percent` of ALL
   * the council's members (an absent member's written opinion counted), and the article that says so.
   */
  vote?: VoteRule;
  /** Titles a unit proposed for this one is not also proposed for (Tập thể lao động tiên tiến under xuất sắc). */
  supersedes?: string[];
  /** What of this rule could not be checked against the official text: for the drafter, never in the document. */
  caveat?: string;
}

/** A title's ballot: the share of all the council's members whose yes it needs, and where that is written. */
export interface VoteRule {
  percent: Dec;
  basis: string;
  /** What of the rule could not be checked against the official text: for the drafter. */
  caveat?: string;
}

/** The titles and awards of a period of the law: the year's last day picks the set in force. */
export interface TitleRuleSet {
  id: string;
  name: string;
  /** The texts as a decision's "Căn cứ" lines cite them, each with its date; without them, `name`. */
  grounds?: string[];
  from: string;
  until?: string;
  /** Each prize (a multiple × the base salary) rounded up to this many đồng, and the article that says so. */
  prize_rounding?: { up_to: number; basis: string };
  /**
   * One achievement, one prize: a recipient proposed for several titles of the same year is paid the highest
   * prize only (awards are paid besides), and the article that says so.
   */
  highest_prize_only?: { basis: string };
  /** What of this rule set could not be checked against the official text: for the drafter. */
  caveat?: string;
  titles: TitleRule[];
}

/** The base salary (mức lương cơ sở) prizes are multiples of, from a date. */
export interface BaseSalary {
  from: string;
  amount: Dec;
  basis: string;
}

/** The titles and awards file (titles.yaml), or the rules the tool ships (domain/title-rules.ts). */
export interface Titles {
  kind: 'titles';
  rule_sets: TitleRuleSet[];
  base_salaries: BaseSalary[];
}

/** A council member's part: chủ tịch, phó chủ tịch, thư ký (who keeps the minutes), ủy viên. */
export const COUNCIL_ROLES = ['chair', 'vice_chair', 'secretary', 'member'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

/** A member of the emulation council (Hội đồng Thi đua - Khen thưởng), in office from `from` to `until`. */
export interface CouncilMember {
  id: string;
  name: string;
  /** Their post: "Giám đốc Sở", "Chánh Văn phòng". */
  position: string;
  role: CouncilRole;
  from?: string;
  until?: string;
}

/**
 * The council's ballot on a proposal for a title: a collective's (`unit`) or a member's named in the units' year
 * (`person`, an individual's id); yes and no, of the members who voted.
 */
export interface CollectiveBallot {
  title: string;
  unit?: string;
  person?: string;
  yes: number;
  no: number;
}

/** The council's meeting on a year's emulation: who was there, who wrote, and its ballots. */
export interface CouncilMeeting {
  /** The year whose emulation the meeting considered. */
  year: number;
  date: string;
  place: string;
  /** The members present. */
  present: string[];
  /** The members absent who gave their opinion in writing (their votes are counted with the others'). */
  written: string[];
  ballots: CollectiveBallot[];
}

/** The council and its meetings (council.yaml). */
export interface Council {
  kind: 'council';
  /** True for made-up members and votes (examples/): every output says "Số liệu minh họa". */
  illustrative?: boolean;
  /** "Hội đồng Thi đua - Khen thưởng Sở Lao động - Thương binh và Xã hội". */
  name: string;
  members: CouncilMember[];
  /**
   * The least share of its members present for a meeting to decide (no national rule was found: a province's or
   * the department's own regulation sets it), and where that is written.
   */
  quorum?: { percent: number; basis: string };
  meetings: CouncilMeeting[];
}
