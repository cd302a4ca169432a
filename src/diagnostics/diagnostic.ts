/**
 * A problem found in the data, as data: a stable code, where it is, and the facts needed to phrase it.
 * Words are chosen later, by the catalogues of src/messages (en.ts, vi.ts); colour only by the CLI's formatter.
 */
import type { HolderGround } from '../model/emulation.js';
import type { FileKind } from '../model/types.js';

export type Severity = 'error' | 'warning';

/** Facts a YAML syntax problem is phrased from: what kind of mistake, and what the parser said. */
export interface SyntaxArgs {
  problem: string;
  detail?: string | undefined;
  yamlCode?: string;
  quote?: string;
  bracket?: string;
  value?: string;
  line?: string;
  char?: string;
  suggestion?: string | undefined;
  /**
   * indentation: the line's indent, the indent a line above calls for, that line, and whether the indent is one
   * step under it (a group key) or like it; and the other level the line may mean, when it lies between two.
   */
  indent?: number;
  wanted?: number;
  above?: string;
  aboveHow?: 'under' | 'like';
  or?: number;
  orAbove?: string;
  orAboveHow?: 'under' | 'like';
  /** field_too_shallow: the entry's field written at the indicators' depth, and the indicator above it. */
  misplaced?: string;
  indicator?: string | undefined;
}

/** Facts of a value that failed the file's JSON Schema: where, and what was expected of it. */
export interface SchemaArgs {
  /** The last key of the path ("value"), and the dotted path ("values.viec-lam.value"). */
  field: string;
  path: string;
  /** The kind of the file (results, targets, ...). */
  kind: string;
  expected?: string;
  actual?: string;
  /** SCHEMA_TYPE: what was found instead, and as written (for text, a number, yes/no). */
  found?: 'nothing' | 'list' | 'group' | 'text' | 'number' | 'boolean';
  shown?: string;
  missing?: string;
  /** SCHEMA_REQUIRED: the dotted path of the group a field is missing from; '' for the top level. */
  where?: string;
  allowed?: readonly string[];
  suggestion?: string | undefined;
  comparison?: string;
  limit?: number;
  pattern?: string;
  /** A number or yes/no where text belongs, written as text: "12". */
  asText?: string;
  /** Nothing written after the field's colon: a blank left to fill in. */
  blank?: boolean;
  format?: string;
  keyword?: string;
  detail?: string;
}

/**
 * Facts of a figure written the Vietnamese or English way ("24.000", "6,92", "24,000"): what was written, what
 * YAML read, the readings it may have, and the one its field makes likely.
 */
export interface NumberArgs extends Partial<SchemaArgs> {
  source: string;
  read?: string;
  form?: 'quoted' | 'percent' | 'thousands_comma' | 'thousands_space' | 'notation' | 'other';
  asThousands?: string;
  asDecimal?: string | undefined;
  meant?: string | undefined;
  likely?: 'thousands' | 'decimal' | undefined;
  /** The indicator the figure is for, and what it can be: whole (a count), a rate, or any number. */
  indicator?: string | undefined;
  figure?: 'whole' | 'rate' | 'any';
}

type Id = { id: string };
type Suggested = Id & { suggestion: string | undefined };
type Figure = Id & { value: string };
type Parts = Id & { total: string; sum: string; parts: readonly string[] };

/**
 * The facts each problem is phrased from, by code: what a producer must give and what the catalogues (src/messages)
 * may read. The codes are the keys: a new problem is a new entry.
 */
export interface DiagnosticArgsOf {
  // reading and parsing
  /** What the file seems to be in: UTF-16 (its byte order said, or not), or a legacy 8-bit code page. */
  FILE_NOT_UTF8: { encoding: 'utf16-le' | 'utf16-be' | 'utf16-or-binary' | 'legacy' };
  FILE_TOO_LARGE: { size: number; limit: number };
  FILE_EMPTY: { content: 'comments' | 'nothing'; guess: FileKind | undefined };
  YAML_SYNTAX: SyntaxArgs | (SchemaArgs & SyntaxArgs);
  YAML_TAB_INDENT: { detail: string; yamlCode: string };
  /** The key written twice, and the line of its first writing, when they can be told. */
  YAML_DUPLICATE_KEY: { detail: string; yamlCode: string; key?: string; firstLine?: number };
  YAML_ALIAS_LIMIT: { limit: number };
  YAML_TOO_DEEP: { depth: number | 'very deep'; limit: number };
  YAML_CUSTOM_TAG: { tag: string; detail: string; yamlCode: string };
  YAML_MULTIPLE_DOCUMENTS: { count: number; marker: '---' | '...' };
  TOP_LEVEL_NOT_MAP: { actual: 'list' | 'text'; guess: FileKind | undefined };
  // what kind of file
  KIND_MISSING: { guess: FileKind | undefined };
  KIND_UNKNOWN: { actual: string; allowed: readonly string[]; suggestion: string | undefined };
  // schema
  SCHEMA_TYPE: SchemaArgs;
  SCHEMA_REQUIRED: SchemaArgs;
  SCHEMA_UNKNOWN_FIELD: SchemaArgs;
  SCHEMA_ENUM: SchemaArgs;
  SCHEMA_CONST: SchemaArgs;
  SCHEMA_RANGE: SchemaArgs;
  SCHEMA_PATTERN: SchemaArgs;
  SCHEMA_FORMAT: SchemaArgs;
  SCHEMA_SIZE: SchemaArgs;
  SCHEMA_OTHER: SchemaArgs;
  // numbers written the Vietnamese way
  NUMBER_THOUSANDS_DOT: NumberArgs;
  NUMBER_DECIMAL_COMMA: NumberArgs;
  NUMBER_AMBIGUOUS_COMMA: NumberArgs;
  NUMBER_NOTATION: NumberArgs;
  // cross-file rules
  NO_CATALOGUE: { folder: string };
  NO_AGENCY: { folder: string };
  DUPLICATE_FILE: { kind: FileKind; other: string; year?: number };
  DUPLICATE_ID: Id & {
    what:
      | 'area'
      | 'indicator'
      | 'source'
      | 'unit'
      | 'block'
      | 'scheme'
      | 'criterion'
      | 'rule_set'
      | 'title'
      | 'member'
      | 'individual';
  };
  UNKNOWN_AREA: Suggested;
  UNKNOWN_PARENT: Suggested;
  PARENT_CYCLE: Id & { chain: readonly string[] };
  UNKNOWN_INDICATOR: Suggested;
  UNKNOWN_SOURCE: Suggested;
  UNKNOWN_BLOCK: Suggested;
  YEAR_MISMATCH: { year: number; named: number; name: string };
  /** A results file whose `period:` and name disagree: each the months it says, or 12 for the whole year. */
  PERIOD_MISMATCH: { year: number; months: number; named: number; name: string; expected: string };
  /** A span's file (targets, or a report's words) whose `from:` and name disagree: each the first year it says (`year` for none). */
  SPAN_MISMATCH: {
    year: number;
    from: number;
    named: number;
    name: string;
    expected: string;
    kind: 'targets' | 'results';
  };
  /** A span's words (2016-2020.yaml) with figures or months: its figures are its years', each in its own file. */
  SPAN_FIGURES: { from: number; year: number; ids: readonly string[]; first?: string; period?: string };
  /** A span's `next_span:` that is no span after it: the span its direction is for. */
  NEXT_SPAN: { from: number; year: number; next: string; most: number };
  /** A span's `from:` not before its `year:`, or a span longer than the reports cover. */
  SPAN_YEARS: { from: number; year: number; most: number };
  FILE_NAME: { name: string; expected: string };
  UNIT_MISMATCH: Id & { unit: string; expected: string };
  TARGET_DIRECTION: Id & { type: string; direction: string };
  TARGET_SHAPE: Id & { problem: 'change_amount' | 'range_order' | 'points_not_rate'; kind?: string };
  NOT_INTEGER: Figure & { unit: string };
  NEGATIVE: Figure;
  RATE_OVER_100: Figure;
  TOO_MANY_DECIMALS: Figure & { decimals: number };
  DOCUMENT_DATE: { year: number; date: string; problem: 'early' | 'late'; months?: number; from?: number };
  /** A figure of the first `months` months larger than the whole year's, of an indicator that adds up over the year. */
  PERIOD_EXCEEDS_YEAR: Figure & { total: string; year: number; months: number };
  COMPONENTS_EXCEED_TOTAL: Parts;
  COMPONENTS_DONT_ADD_UP: Parts;
  // what an official document needs
  REPORT_SECTION_MISSING: { year: number; section: string; name: string; months?: number; from?: number };
  FIGURE_BLANK: { id: string; year: number };
  SOURCE_BLANK: { field: string };
  AGENCY_NOT_IN_FORCE: { year: number; date: string; dated: boolean };
  AGENCY_PERIOD_BACKWARDS: { from: string; until: string };
  AGENCY_PERIODS_OVERLAP: { first: string; second: string };
  UNIT_PERIOD_BACKWARDS: Id & { from: string; until: string };
  BLOCK_WITHOUT_UNITS: Id;
  // emulation: scoring rules and the units' years
  BLOCK_IN_TWO_SCHEMES: Id & { other: string };
  BLOCK_WITHOUT_SCHEME: Id;
  INDICATOR_NOT_SCORABLE: Id;
  MAX_TOTAL_MISMATCH: Id & { total: string; sum: string };
  BANDS_ORDER: Figure & { above: string };
  NEEDS_FILE: { kind: 'units' | 'scoring' };
  UNKNOWN_UNIT: Suggested;
  UNIT_OUTSIDE_PERIOD: Id & { year: number; from: string; until: string };
  /** `entry`: the unit has an entry that holds no figure (else it has none). */
  UNIT_NOT_SCORED: Id & { year: number; entry: boolean };
  UNSCORED_INDICATOR: Suggested & { scheme: string };
  TARGET_ZERO: Id & { unit: string };
  UNKNOWN_CRITERION: Suggested;
  CRITERION_VALUE: Id & { unit: string; expected: 'figures' | 'yes_no' | 'points' | 'events' };
  POINTS_OVER_MAX: Figure & { max: string };
  CRITERION_MISSING: Id & { criterion: string };
  MEMBER_COUNTS: Id & { field: string; count: number; limit: number; of: 'total' | 'advanced' };
  EARLIER_YEAR: Id & { year: number; earlier: number };
  UNITS_EXCEED_TOTAL: Parts & { year: number };
  UNKNOWN_TITLE: Suggested;
  // the council (council.yaml)
  MEMBER_PERIOD_BACKWARDS: Id & { from: string; until: string };
  DUPLICATE_MEETING: { year: number };
  MEETING_DATE_OUTSIDE: { year: number; date: string };
  UNKNOWN_MEMBER: Suggested;
  MEMBER_NOT_IN_OFFICE: Id & { date: string; from: string; until: string };
  MEMBER_PRESENT_AND_WRITTEN: Id;
  BALLOT_TITLE_NOT_COLLECTIVE: Id & { name: string };
  BALLOT_NOT_NEEDED: Id & { name: string };
  DUPLICATE_BALLOT: { title: string; unit: string };
  BALLOT_OVER_VOTERS: { title: string; unit: string; votes: number; voters: number };
  /** Fewer members present than the council's quorum (its own regulation's). */
  MEETING_UNDER_QUORUM: { year: number; present: number; members: number; percent: string; basis: string };
  /** A ballot names a unit or a person, one of them; `both`: it names both. */
  BALLOT_WHO: { title: string; both: boolean };
  BALLOT_TITLE_NOT_INDIVIDUAL: Id & { name: string };
  /** A person not named in the year's units file (YYYY-units.yaml). */
  UNKNOWN_PERSON: Suggested & { year: number };
  /** A ballot on a title the person is not proposed for. */
  BALLOT_NOT_PROPOSED: Id & { title: string; proposed: string[] };
  /** A person proposed for a title that needs a ballot, at a meeting that records none for them. */
  PERSON_BALLOT_MISSING: Id & { title: string; unit: string; basis: string };
  // members named in the units' year (YYYY-units.yaml)
  /** A holder of `title` who is not also proposed for `within`, which its rule asks. */
  INDIVIDUAL_NOT_WITHIN: Id & { title: string; within: string; basis: string };
  /** A holder of `title` rated below what its rule asks. */
  INDIVIDUAL_RATING: Id & { title: string; rating: string; required: string; basis: string };
  REPORT_EARLIER: Id;
  /** A holder of `title` with none of the grounds its rule asks (rated excellent, a recognised initiative). */
  INDIVIDUAL_NO_GROUNDS: Id & { title: string; rating: string; basis: string };
  /** More holders of a title counted than the members rated at least what its rule asks of them. */
  HOLDERS_RATED: Id & { title: string; count: number; limit: number; rating: string; basis: string };
  /** More members named for a title than the unit's count of its holders. */
  INDIVIDUALS_OVER_COUNT: Id & { title: string; named: number; count: number | undefined; field: string };
  /** `basis`: the article that asks an absent member's written opinion ('' when the rules name none). */
  ABSENT_WITHOUT_OPINION: Id & { basis: string };
  RULE_SETS_OVERLAP: { first: string; second: string };
  NO_RULE_SET: { year: number; day: string };
  TITLE_CAP: Id & { title: string; count: number; limit: number; percent: string; basis: string };
  TITLE_HOLDERS: Id & {
    title: string;
    count: number;
    limit: number;
    /** The grounds a holder may qualify by whose counts are written, and those that are not. */
    written: HolderGround[];
    unwritten: HolderGround[];
    basis: string;
  };
  TARGET_BLANK: { id: string; year: number };
  COMMENDATION_CATEGORY: { form: string };
  HEADER_LINE_TOO_LONG: { line: string; field: 'parent' | 'name'; limit: number };
  // a unit's workbook (import): the file, its sheets and its cells
  /** What the file is instead of a workbook this tool can read. */
  WORKBOOK_UNREADABLE: {
    problem: 'xls' | 'encrypted' | 'ods' | 'not_xlsx' | 'corrupt' | 'missing';
    detail?: string;
  };
  WORKBOOK_NOT_EXPORTED: { sheets: readonly string[] };
  WORKBOOK_YEAR: { year: number; expected: number };
  WORKBOOK_UNIT_TWICE: Id & { other: string };
  SHEET_MISSING: { sheet: string; found: readonly string[]; suggestion: string | undefined };
  /** A heading not where the workbook had it: a column inserted, deleted or moved. */
  CELL_MOVED: { expected: string; found: string };
  /** A row the workbook had, by what it was for, not found: deleted, or its hidden key changed. */
  ROW_MISSING: { row: string };
  /** A row whose hidden key (column A) is not one the workbook was written with, or is there twice (a row copied). */
  ROW_KEY: { key: string; problem: 'unknown' | 'twice' };
  CELL_MERGED: { range: string };
  /** What was in a cell where a number belongs: text, a date Excel made of it, yes/no, or a figure with its qualifier. */
  CELL_NOT_NUMBER: {
    text: string;
    found: 'text' | 'date' | 'boolean' | 'qualified';
    qualifier?: string;
    figure?: string;
  };
  /** A figure typed as text the Vietnamese or English way: "24.000", "6,92", "24,000". */
  CELL_TEXT_NUMBER: {
    text: string;
    form: 'thousands_dot' | 'decimal_comma' | 'ambiguous_comma' | 'other';
    /** The number it most likely is, and the other reading where there is one ("24.000": 24000, or 24). */
    meant: string;
    other?: string;
  };
  CELL_NUMBER_AS_TEXT: { text: string };
  CELL_NOT_WHOLE: { value: string };
  CELL_CHOICE: { text: string; allowed: readonly string[] };
  CELL_FORMULA: { problem: 'no_value' | 'error'; error?: string };
  /** A row with some of what it needs but not all: an own target without its name, unit, direction or target; a
   * qualifier or note without the figure it qualifies. */
  ROW_INCOMPLETE: { missing: 'name' | 'unit' | 'direction' | 'target' | 'value' };
  /** The department's workbook of a year whose results file (YYYY.yaml) is not in the data folder. */
  RESULTS_FILE_MISSING: { year: number };
}

export type DiagnosticCode = keyof DiagnosticArgsOf;

/** Values a message may read: strings and numbers only, so diagnostics serialise to JSON as they are. */
export type DiagnosticArgs = DiagnosticArgsOf[DiagnosticCode];

/** A problem of one code, with the facts that code is phrased from. */
export interface DiagnosticOf<C extends DiagnosticCode> {
  code: C;
  severity: Severity;
  /** The file as the user named it (relative when they gave a relative path). */
  file: string;
  /** 1-based line and column of the offending key or value; 1:1 when the problem is the whole file. */
  line: number;
  column: number;
  /** JSON pointer of the value in the file's data, '' for the whole file. */
  pointer: string;
  /** In a workbook: the sheet and cell ("Chỉ tiêu!I12"); line and column are then 1. */
  cell?: string;
  args: DiagnosticArgsOf[C];
}

/** A problem found in the data, of any code. */
export type Diagnostic = { [C in DiagnosticCode]: DiagnosticOf<C> }[DiagnosticCode];

/** Where a problem is, and how serious: everything of a diagnostic but its code and facts. */
export type Place = Omit<DiagnosticOf<DiagnosticCode>, 'code' | 'args'>;

/**
 * Returns a diagnostic of `code` with its facts: the one place a code and its facts are joined, so that the
 * compiler checks every producer's facts against the code's (TypeScript cannot relate them inside a union).
 */
export function diagnostic<C extends DiagnosticCode>(
  code: C,
  args: DiagnosticArgsOf[C],
  place: Place,
): Diagnostic {
  return { code, args, ...place } as Diagnostic;
}

/** Returns the diagnostics ordered by file, line, column, code: the order they are printed in. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareCells(a.cell, b.cell) ||
      a.code.localeCompare(b.code),
  );
}

/** Orders workbook cells by sheet, then row, then column ("Chỉ tiêu!I8" before "Chỉ tiêu!C12"). */
function compareCells(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const parts = (cell: string) => {
    const [, sheet = '', column = '', row = '0'] = /^(.*?)(?:!([A-Z]+)(\d+))?$/.exec(cell) ?? [];
    return { sheet, row: Number(row), column: column.padStart(3, ' ') };
  };
  const x = parts(a);
  const y = parts(b);
  return x.sheet.localeCompare(y.sheet) || x.row - y.row || x.column.localeCompare(y.column);
}

/** Returns true when any diagnostic is an error (warnings do not fail a run unless --strict). */
export function hasErrors(list: readonly Diagnostic[], strict = false): boolean {
  return list.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}
