/**
 * The shape of a language's catalogue: every message the tool prints, by what it is about. Each language's file
 * (en.ts, vi.ts) is one object of this type, so the compiler refuses a catalogue that lacks a message, and the
 * words of a message are built from the same typed facts in both.
 */
import type { DiagnosticArgsOf, DiagnosticCode } from '../diagnostics/diagnostic.js';
import type { ToolErrorArgsOf, ToolErrorCode } from '../errors.js';

/** The words of a problem: what is wrong, and how to fix it. */
export interface Description {
  message: string;
  fix: string;
}

/** The words of each diagnostic, by code, built from its facts. */
export type DiagnosticWords = { [C in DiagnosticCode]: (a: DiagnosticArgsOf[C]) => Description };

/** The words around a list of diagnostics: its labels and the tally after it. */
export interface ProblemListWords {
  error: string;
  warning: string;
  /** The label of the line that says how to fix a problem. */
  fix: string;
  /** The tally after `check`: "3 files checked, no problems.", "3 files checked: 1 error, 2 warnings." */
  summary: (files: number, errors: number, warnings: number) => string;
}

/** The words of each failure that stops a command (a missing folder, no browser), by code, built from its facts. */
export type ToolErrorWords = { [C in ToolErrorCode]: (a: ToolErrorArgsOf[C]) => Description };

/** The words of what stops a command without a code of its own. */
export interface FailureWords {
  /** Before the trace of a bug: "internal error: hatinh-report hit a bug ...". */
  bug: string;
  /** After commander's words on a mistyped command: where the right words are. */
  usage: string;
}

export interface Catalogue {
  diagnostics: DiagnosticWords;
  problems: ProblemListWords;
  errors: ToolErrorWords;
  failures: FailureWords;
  /** How to get a browser that prints PDFs, on a platform: one sentence. */
  browserInstallHint: (platform: NodeJS.Platform) => string;
}
