/**
 * A failure the user can act on: a missing file, an unwritable folder, no browser.
 * The CLI prints `message` and `fix` on one line each and exits with `exitCode`, never a stack trace.
 * Anything thrown that is not a ToolError is a bug and is reported as one.
 */
export class ToolError extends Error {
  override readonly name = 'ToolError';
  constructor(
    /** Stable code for tests and --format json, e.g. "BROWSER_NOT_FOUND". */
    readonly code: string,
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
