import type { DiagnosticArgs, DiagnosticCode, Severity } from './diagnostic.js';

/**
 * Reports a problem at a path of the file being checked: the rules say what and where, in data; the caller knows
 * the file and turns the path into a line and column.
 */
export type Say = (
  code: DiagnosticCode,
  path: (string | number)[],
  args: DiagnosticArgs,
  options?: { at?: 'key' | 'value'; severity?: Severity },
) => void;
