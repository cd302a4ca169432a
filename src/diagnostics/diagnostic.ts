/**
 * A problem found in the data, as data: a stable code, where it is, and the facts needed to phrase it.
 * Words are chosen later, by describe-diagnostic.ts; colour only by the CLI's formatter.
 */

export type Severity = 'error' | 'warning';

export type DiagnosticCode =
  // reading and parsing
  | 'FILE_NOT_UTF8'
  | 'FILE_TOO_LARGE'
  | 'FILE_EMPTY'
  | 'YAML_SYNTAX'
  | 'YAML_TAB_INDENT'
  | 'YAML_DUPLICATE_KEY'
  | 'YAML_ALIAS_LIMIT'
  | 'YAML_TOO_DEEP'
  | 'YAML_CUSTOM_TAG'
  | 'YAML_MULTIPLE_DOCUMENTS'
  | 'TOP_LEVEL_NOT_MAP'
  // what kind of file
  | 'KIND_MISSING'
  | 'KIND_UNKNOWN'
  // schema
  | 'SCHEMA_TYPE'
  | 'SCHEMA_REQUIRED'
  | 'SCHEMA_UNKNOWN_FIELD'
  | 'SCHEMA_ENUM'
  | 'SCHEMA_CONST'
  | 'SCHEMA_RANGE'
  | 'SCHEMA_PATTERN'
  | 'SCHEMA_FORMAT'
  | 'SCHEMA_SIZE'
  | 'SCHEMA_OTHER'
  // numbers written the Vietnamese way
  | 'NUMBER_THOUSANDS_DOT'
  | 'NUMBER_DECIMAL_COMMA'
  | 'NUMBER_AMBIGUOUS_COMMA'
  | 'NUMBER_NOTATION'
  // cross-file rules
  | 'NO_CATALOGUE'
  | 'NO_AGENCY'
  | 'DUPLICATE_FILE'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_AREA'
  | 'UNKNOWN_PARENT'
  | 'PARENT_CYCLE'
  | 'UNKNOWN_INDICATOR'
  | 'UNKNOWN_SOURCE'
  | 'YEAR_MISMATCH'
  | 'FILE_NAME'
  | 'UNIT_MISMATCH'
  | 'TARGET_DIRECTION'
  | 'TARGET_SHAPE'
  | 'NOT_INTEGER'
  | 'NEGATIVE'
  | 'RATE_OVER_100'
  | 'TOO_MANY_DECIMALS'
  | 'DOCUMENT_DATE'
  | 'COMPONENTS_EXCEED_TOTAL'
  | 'COMPONENTS_DONT_ADD_UP'
  // what an official document needs
  | 'REPORT_SECTION_MISSING'
  | 'COMMENDATION_CATEGORY'
  | 'HEADER_LINE_TOO_LONG';

/** Values a message needs; strings and numbers only, so diagnostics serialise to JSON as they are. */
export type DiagnosticArgs = Record<string, string | number | readonly string[] | undefined>;

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** The file as the user named it (relative when they gave a relative path). */
  file: string;
  /** 1-based line and column of the offending key or value; 1:1 when the problem is the whole file. */
  line: number;
  column: number;
  /** JSON pointer of the value in the file's data, '' for the whole file. */
  pointer: string;
  args: DiagnosticArgs;
}

/** Returns the diagnostics ordered by file, line, column, code: the order they are printed in. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}

/** Returns true when any diagnostic is an error (warnings do not fail a run unless --strict). */
export function hasErrors(list: readonly Diagnostic[], strict = false): boolean {
  return list.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}
