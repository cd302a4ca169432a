import type { DiagnosticArgsOf, DiagnosticCode, Severity } from './diagnostic.js';

/**
 * Reports a problem at a path of the file being checked: the rules say what and where, in data; the caller knows
 * the file and turns the path into a line and column.
 */
export type Say = <C extends DiagnosticCode>(
  code: C,
  path: (string | number)[],
  args: DiagnosticArgsOf[C],
  options?: { at?: 'key' | 'value'; severity?: Severity },
) => void;
