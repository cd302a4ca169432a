/** The failures the user can act on, by code (stable: tests and --format json read them). */
export type ToolErrorCode =
  // files and folders
  | 'DATA_FOLDER_NOT_FOUND'
  | 'DATA_FOLDER_NOT_A_FOLDER'
  | 'DATA_FOLDER_UNREADABLE'
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'NOT_A_FILE'
  | 'CONFIG_INVALID'
  | 'OUTPUT_NOT_WRITABLE'
  // what was asked for
  | 'NO_RESULTS_FOR_YEAR'
  | 'NOT_A_REPORT_YEAR'
  | 'NO_REPORT_YEARS'
  | 'NEW_FILES_EXIST'
  | 'AGENCY_NOT_IN_FORCE'
  | 'UNKNOWN_KIND'
  | 'SCHEMA_NEEDS_KIND'
  // templates
  | 'TEMPLATE_NOT_FOUND'
  | 'TEMPLATE_SYNTAX'
  | 'TEMPLATE_MISSING_VARIABLE'
  | 'TEMPLATE_MISSING_PARTIAL'
  | 'TEMPLATE_ERROR'
  // the browser that prints PDFs
  | 'BROWSER_NOT_FOUND'
  | 'BROWSER_PATH_NOT_FOUND'
  | 'BROWSER_FAILED'
  | 'BROWSER_CLOSED'
  | 'BROWSER_TIMEOUT'
  | 'PDF_NAVIGATION_BLOCKED';

/**
 * A failure the user can act on: a missing file, an unwritable folder, no browser.
 * The CLI prints `message` and `fix` on one line each and exits with `exitCode`, never a stack trace.
 * Anything thrown that is not a ToolError is a bug and is reported as one.
 */
export class ToolError extends Error {
  override readonly name = 'ToolError';
  constructor(
    /** Stable code for tests and --format json, e.g. "BROWSER_NOT_FOUND". */
    readonly code: ToolErrorCode,
    message: string,
    /** How to fix it, in one sentence. */
    readonly fix?: string,
    /** 1 when the data is at fault, 2 for usage, I/O and render failures. */
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}

/** True for errors the CLI explains in one line; false for bugs. */
export function isToolError(error: unknown): error is ToolError {
  return error instanceof ToolError;
}
