/**
 * The data model: what the YAML files in data/ hold once parsed and validated.
 * Field names here are the YAML keys (snake_case where the YAML uses it).
 * Every number that comes from a data file is kept as the decimal string it was written as
 * (`"6.92"`, `"24000"`), so no figure ever passes through binary floating point.
 */
import type { Council, Scoring, Titles, UnitResults } from './emulation.js';

/** How the source qualifies a figure: "trên 24.000" is `over`, "gần 9.000" is `nearly`. */
/**
 * The kinds of data file, as a file's `kind:` line names them: the one list of names. src/kinds/index.ts gives each
 * its schema, model and rules (and fails to compile without one of them); the messages name each (KIND_NAME).
 */
export const FILE_KINDS = [
  'catalogue',
  'agency',
  'results',
  'targets',
  'units',
  'scoring',
  'titles',
  'unit-results',
  'council',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** True for the name of a kind of data file. */
export function isFileKind(name: unknown): name is FileKind {
  return (FILE_KINDS as readonly unknown[]).includes(name);
}

export type Qualifier = 'exact' | 'over' | 'nearly' | 'about' | 'estimate' | 'below' | 'at_least' | 'at_most';

/** Whether a higher figure is better, a lower one, or neither. */
export type Direction = 'higher' | 'lower' | 'neutral';

/** What an indicator measures; decides how year-over-year change is expressed. */
export type IndicatorKind = 'count' | 'rate' | 'money' | 'number';

declare const decimalBrand: unique symbol;

/**
 * A decimal number, exact, in plain notation: "6.92", "24000", "-1.62"; never "1e-7", "-0", "NaN" or "24,5".
 * It is the text a data file wrote, or the result of exact arithmetic, and is made only by `toDec` and `plain`
 * (domain/decimal.ts): a figure cannot be any other string.
 */
export type Dec = string & { readonly [decimalBrand]: 'Dec' };

/** A published source of figures. */
export interface Source {
  id: string;
  title: string;
  publisher?: string;
  author?: string;
  date?: string;
  url?: string;
  note?: string;
}

export interface Area {
  id: string;
  name: string;
  name_en?: string;
}

export interface Indicator {
  id: string;
  name: string;
  name_en?: string;
  area: string;
  unit: string;
  kind: IndicatorKind;
  /** How part of a year's figure stands to the year's: adds up over it (sum) or a level at a time (level). */
  over_the_year?: 'sum' | 'level';
  direction: Direction;
  decimals: number;
  parent?: string;
  /** True when the children of this indicator partition it, so they should add up to it exactly. */
  parts_complete?: boolean;
}

export interface Catalogue {
  kind: 'catalogue';
  areas: Area[];
  indicators: Indicator[];
}

/** One figure in a yearly results file. */
export interface ResultValue {
  value: Dec;
  qualifier: Qualifier;
  unit?: string;
  note?: string;
  source?: string;
}

export interface Movement {
  name: string;
  description?: string;
}

/** The kinds of commendation of the statistical forms (Thông tư 2/2023/TT-BNV). */
export const COMMENDATION_KINDS = [
  'regular',
  'thematic',
  'sudden',
  'foreign',
  'dedication',
  'seniority',
] as const;

export interface Commendation {
  /** The title or form: Chiến sĩ thi đua cơ sở, Cờ thi đua, Bằng khen, Giấy khen, ... */
  form: string;
  /**
   * An emulation title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng); needed only when
   * the form's words do not say (see `commendation-forms.ts`).
   */
  category?: 'title' | 'award';
  /** Who gave it: "Bộ Lao động - Thương binh và Xã hội", "UBND tỉnh", ... */
  by?: string;
  /** Individual, collective, or the agency itself. */
  recipient?: 'agency' | 'collective' | 'individual' | 'collectives_and_individuals';
  /**
   * The kind of commendation, as the Ministry of Home Affairs' statistical forms count them: thường xuyên
   * (regular), chuyên đề (thematic), đột xuất (sudden), đối ngoại (foreign), cống hiến (dedication), niên hạn
   * (seniority).
   */
  kind?: (typeof COMMENDATION_KINDS)[number];
  count?: number;
  /** When the source gives only an approximate count ("hàng chục"). */
  count_text?: string;
  reason?: string;
  source?: string;
}

export interface Narrative {
  situation?: string;
  movements?: Movement[];
  commendations?: Commendation[];
  highlights?: string[];
  shortcomings?: string[];
  /** The causes of the shortcomings ("nguyên nhân"). */
  causes?: string[];
  lessons?: string[];
  next_year_tasks?: string[];
  /** A period's direction: the main tasks for the rest of the year (a sơ kết's "nhiệm vụ trọng tâm"). */
  rest_of_year_tasks?: string[];
  /** A span's direction: the tasks of the span ahead (a tổng kết giai đoạn's "phương hướng, nhiệm vụ"). */
  next_period_tasks?: string[];
  proposals?: string[];
}

/** The document's own registration: number and date, when they have been assigned. */
export interface DocumentInfo {
  number?: string;
  date?: string;
}

export interface Results {
  kind: 'results';
  year: number;
  /** For the first months of the year only (the file's `period: 9m` is 9); absent for the whole year. */
  months?: number;
  /**
   * For a span of years (2016-2020.yaml): its first year, `year` being its last. Such a file holds the span's words
   * only; its `values` are empty (the span's figures are its years').
   */
  from?: number;
  /** In a span's file: the span its direction is for (2021-2025), when the file names it. */
  next_span?: { from: number; year: number };
  sources: Source[];
  default_source?: string;
  /** A year kept only for the next one to compare with: not a report. */
  comparison_only?: boolean;
  /** Made-up figures (an example): every page of the report says "Số liệu minh họa". */
  illustrative?: boolean;
  document?: DocumentInfo;
  values: Record<string, ResultValue>;
  /** The figures left blank (as `hatinh-report new` writes them): no value, named for the drafter's notes. */
  blank?: string[];
  narrative?: Narrative;
}

/** The forms of target real plans use: a level to reach, a ceiling, a range, a change from last year. */
export const TARGET_TYPES = ['level', 'ceiling', 'range', 'change'] as const;

/** What every target may say besides its figures: a note, its source, its unit written out. */
interface TargetNotes {
  note?: string;
  source?: string;
  unit?: string;
}

/**
 * How much a change target asks for: a change `by` an amount, or a change between `min` and `max` (min ≤ max).
 * Reading the data refuses anything else (only a min, both, none), so no other form reaches the model.
 */
export type ChangeAmount =
  | { by: Dec; min?: undefined; max?: undefined }
  | { by?: undefined; min: Dec; max: Dec };

/** A target of one of the forms real plans use. A range's min is at most its max (reading refuses others). */
export type Target =
  | ({ type: 'level'; value: Dec; qualifier: Qualifier } & TargetNotes)
  | ({ type: 'ceiling'; value: Dec; inclusive?: boolean } & TargetNotes)
  | ({ type: 'range'; min: Dec; max: Dec } & TargetNotes)
  | ({
      type: 'change';
      change: 'increase' | 'decrease';
      /** Percentage points for rates, percent of last year otherwise, unless `measure` says. */
      measure: 'points' | 'percent';
      qualifier: Qualifier;
    } & ChangeAmount &
      TargetNotes);

export interface Targets {
  kind: 'targets';
  year: number;
  /** The first year of a span's targets (2016-2020-targets.yaml), `year` being its last; absent for a year's. */
  from?: number;
  sources: Source[];
  default_source?: string;
  targets: Record<string, Target>;
}

export interface Signer {
  /** "KT. GIÁM ĐỐC" when a deputy signs on the director's behalf; absent when the director signs. */
  on_behalf?: string;
  title: string;
  name?: string;
}

/** How the office writes its reports; every setting can also be given on the command line. */
export interface ReportSettings {
  /** Which charts the report carries: none, the attainment chart (the default), or all. */
  charts?: 'none' | 'attainment' | 'all';
  /** How exact percentages are cut to their decimals: rounded half away from zero (the default), or truncated. */
  rounding?: 'round' | 'truncate';
  /** Decimals of percentages of plan and of relative changes (default 1). */
  percent_decimals?: number;
  /** Also give a rate's result as a percent of its target (default false: the gap in percentage points). */
  rate_percent_of_plan?: boolean;
}

export interface Agency {
  kind: 'agency';
  /** The parent agency; a line break in it is where the header breaks the line. */
  parent: string;
  /** The issuing agency; a line break in it is where the header breaks the line, and nowhere else. */
  name: string;
  short_name?: string;
  /** The part of the document number after the slash: "BC-SLĐTBXH". */
  document_code: string;
  place: string;
  signer: Signer;
  recipients: string[];
  /** The filing note for the last "Nơi nhận" line: "VT, VP" becomes "- Lưu: VT, VP." */
  archive: string;
  report?: ReportSettings;
  /** The dates (YYYY-MM-DD) between which the agency bore the names above; open where left out. */
  from?: string;
  until?: string;
  /** Its other names, codes, signers and recipients, each for the dates it was in force (a merger, a renaming). */
  periods?: AgencyPeriod[];
}

/** The fields of the agency that change with its periods. */
export const AGENCY_IDENTITY = [
  'parent',
  'name',
  'short_name',
  'document_code',
  'signer',
  'recipients',
  'archive',
] as const;

/** The agency as it was between two dates: its names, code, signer and recipients. */
export type AgencyPeriod = Pick<Agency, (typeof AGENCY_IDENTITY)[number]> & { from: string; until?: string };

/** A data file's content as read: the plain data, and the exact text of each number in it by JSON pointer. */
export interface DocumentData {
  /** The path as the user named it. */
  file: string;
  data: unknown;
  /** Every number as it was written ("6.92", "24.000"), by JSON pointer: no figure passes through a float. */
  decimals: ReadonlyMap<string, string>;
}

/** Every data file of a data folder, parsed and validated, indexed for the build. */
export interface DataSet {
  catalogue: Catalogue;
  agency: Agency;
  results: Map<number, Results>;
  /** The results of the first months of a year (2019-9m.yaml), by their name ("2019-9m"; see report-period.ts). */
  parts?: Map<string, Results>;
  /** The words of spans of years (2016-2020.yaml), by their name ("2016-2020"; see report-period.ts). */
  spans?: Map<string, Results>;
  targets: Map<number, Targets>;
  /** The targets of spans of years (2016-2020-targets.yaml), by their name ("2016-2020"; see report-period.ts). */
  spanTargets?: Map<string, Targets>;
  /** The units and emulation blocks (units.yaml), when the data has them. */
  units?: Units;
  /** How the blocks' units are scored (scoring.yaml), and what the units did, by year (YYYY-units.yaml). */
  scoring?: Scoring;
  /** The titles and awards of titles.yaml, when the data has one (else the national rules apply). */
  titles?: Titles;
  unitResults?: Map<number, UnitResults>;
  /** The emulation council and its meetings (council.yaml), when the data has one. */
  council?: Council;
}

/** An emulation block (khối thi đua): units ranked against each other. */
export interface EmulationBlock {
  id: string;
  name: string;
}

/** The kinds of unit an emulation report ranks: the department's own and, before 01/7/2025, the districts'. */
export const UNIT_KINDS = ['office', 'centre', 'school', 'establishment', 'fund', 'district_office'] as const;

/** A unit that is scored and ranked: an office, centre, school, establishment, fund or district office. */
export interface Unit {
  id: string;
  name: string;
  /** A shorter name for tables ("Phòng LĐ-TBXH huyện Đức Thọ"); sentences say the full name. */
  short_name?: string;
  kind: (typeof UNIT_KINDS)[number];
  block: string;
  headcount?: number;
  /** YYYY-MM-DD: the unit's first day, and its last (a merger, an abolition). */
  from?: string;
  until?: string;
}

/** The units file (units.yaml). */
export interface Units {
  kind: 'units';
  blocks: EmulationBlock[];
  units: Unit[];
}
