/** What a task in the browser was doing when it failed: printing a report, or one of the doctor's checks. */
export type BrowserTask = 'start' | 'print' | 'fonts' | 'version';

/** The folder a failed write was for, which decides how the fix is put: the output folder (--out) or the data folder. */
export type WriteFor = 'out' | 'data';

/**
 * The facts each failure is phrased from, by code (stable: tests and --format json read the codes). The words
 * are in the catalogues of src/messages (en.ts, vi.ts), one per language; a new failure is a new entry here and
 * in each catalogue.
 */
export interface ToolErrorArgsOf {
  // files and folders
  DATA_FOLDER_NOT_FOUND: { folder: string };
  DATA_FOLDER_NOT_A_FOLDER: { folder: string };
  /** `reason`: the system's error code (EACCES, ...). */
  DATA_FOLDER_UNREADABLE: { folder: string; reason: string };
  FILE_NOT_FOUND: { file: string };
  /** Permission denied, or another failure with the system's words in `detail`. */
  FILE_UNREADABLE: { file: string; denied: true } | { file: string; denied: false; detail: string };
  NOT_A_FILE: { file: string };
  /** `detail`: JSON's own words; `likely`: the setting an unknown key is likely a typo of. */
  CONFIG_INVALID:
    | { path: string; problem: 'json'; detail: string }
    | { path: string; problem: 'not_object' | 'browser' | 'lang' }
    | { path: string; problem: 'unknown'; key: string; likely?: string };
  OUTPUT_NOT_WRITABLE:
    | { path: string; problem: 'folder_in_way' }
    /** `reason`: the system's error code (EACCES, ENOSPC, ...), else its words in `detail`. */
    | { path: string; problem: 'write'; target: string; reason: string; detail: string; for: WriteFor };
  // what was asked for
  /** `months` for a report on the year's first months: `have` then names those the data has ("2018-9m"). */
  NO_RESULTS_FOR_YEAR: {
    year: number;
    folder: string;
    file: string;
    have: readonly (number | string)[];
    months?: number;
    /** The first year of a span (2016-2020) none of whose years has a results file; `year` is its last. */
    from?: number;
  };
  NOT_A_REPORT_YEAR: { year: number; file: string };
  NO_REPORT_YEARS: { folder: string; pattern: string };
  /** `report`: the first months' or the span's name (2019-9m, 2016-2020) when the files are not a year's. */
  NEW_FILES_EXIST: { year: number; paths: readonly string[]; report?: string };
  AGENCY_NOT_IN_FORCE: { file: string; date: string; year: number; dated: boolean };
  /** score: what the data lacks for a year's scores. */
  NO_SCORES: { year: number; lacks: 'units' | 'scoring' | 'figures'; data: string };
  /** build --unit: the unit has no score that year; `scored`: the units that have one. */
  UNIT_NOT_IN_SCORES: {
    unit: string;
    year: number;
    scored: readonly string[];
    suggestion: string | undefined;
  };
  /** build --unit or dossier of the first months of a year (2019-9m): units are scored and rewarded on the year. */
  WHOLE_YEAR_ONLY: { report: string; year: number; what: 'unit' | 'dossier' };
  /** dossier YEAR: no scores or no titles in force for the year, or no council meeting on it. */
  DOSSIER_NO_PROPOSALS: { year: number; folder: string };
  DOSSIER_NO_MEETING: { year: number; file: string; council: boolean };
  UNKNOWN_KIND: { kind: string; allowed: readonly string[] };
  SCHEMA_NEEDS_KIND: { allowed: readonly string[] };
  // templates
  TEMPLATE_NOT_FOUND:
    | { problem: 'unreadable'; path: string; reason: string }
    | { problem: 'shipped_missing'; path: string }
    | { problem: 'folder_missing'; folder: string; shipped: string }
    | { problem: 'folder_empty'; folder: string; shipped: string; files: readonly string[] }
    /** A template this version does not read (report.html.hbs: documents are drawn by document.html.hbs). */
    | { problem: 'unknown_file'; path: string; shipped: string; files: readonly string[] };
  /** `detail`: Handlebars' own words (English). */
  TEMPLATE_SYNTAX: { path: string; line: number; detail: string };
  TEMPLATE_MISSING_VARIABLE: { path: string; line: number; column: number; name: string };
  TEMPLATE_MISSING_PARTIAL: { path: string; name: string };
  TEMPLATE_ERROR: { path: string; detail: string };
  // the browser that prints PDFs
  BROWSER_NOT_FOUND: { looked: readonly string[]; platform: NodeJS.Platform };
  /** `origin`: where the path was given: --browser, the configuration file, or an environment variable. */
  BROWSER_PATH_NOT_FOUND: { origin: 'option' | 'config' | 'env'; variable?: string; given: string };
  BROWSER_FAILED:
    | { problem: 'start'; browser: string; detail: string }
    | { problem: 'crashed'; browser: string; task: BrowserTask }
    | { problem: 'task'; task: BrowserTask; detail: string };
  BROWSER_CLOSED: { task: BrowserTask };
  BROWSER_TIMEOUT:
    | { problem: 'start'; browser: string; seconds: number }
    | { problem: 'task'; task: BrowserTask; seconds: number };
  PDF_NAVIGATION_BLOCKED: { navigation: string };
  // preview
  /** `reason`: EADDRINUSE (another program has it) or EACCES (a port this user may not open). */
  PREVIEW_PORT_UNAVAILABLE: { port: number; reason: string };
  // found by doctor
  NODE_TOO_OLD: { version: string; minimum: number };
  /** The fonts the browser fell back to for Vietnamese text (none: no font at all). */
  FONT_NO_VIETNAMESE_SERIF: { used: readonly string[]; platform: NodeJS.Platform };
}

/** The failures the user can act on, by code. */
export type ToolErrorCode = keyof ToolErrorArgsOf;

/**
 * A failure the user can act on: a missing file, an unwritable folder, no browser. It holds its code and facts;
 * the CLI words them in the user's language (one line and its fix) and exits with `exitCode`, never a stack
 * trace. `message` and `fix` are the English words, for logs and tests. Make one with `toolError` (src/messages).
 * Anything thrown that is not a ToolError is a bug and is reported as one.
 */
export class ToolError<C extends ToolErrorCode = ToolErrorCode> extends Error {
  override readonly name = 'ToolError';
  readonly fix: string;
  constructor(
    /** Stable code for tests and --format json, e.g. "BROWSER_NOT_FOUND". */
    readonly code: C,
    /** The facts the words are built from, in any language. */
    readonly args: ToolErrorArgsOf[C],
    english: { message: string; fix: string },
    /** 1 when the data is at fault, 2 for usage, I/O and render failures. */
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(english.message);
    this.fix = english.fix;
  }
}

/** True for errors the CLI explains in one line; false for bugs. */
export function isToolError(error: unknown): error is ToolError {
  return error instanceof ToolError;
}
