/** The tool's words in the language chosen: the catalogue of each language, and lookups into them. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ToolError, type ToolErrorArgsOf, type ToolErrorCode } from '../errors.js';
import type { Catalogue, Description } from './catalogue.js';
import { en } from './en.js';
import type { Language } from './language.js';
import { vi } from './vi.js';

export const CATALOGUES: Record<Language, Catalogue> = { vi, en };

/** Returns the catalogue of a language. */
export function messagesFor(lang: Language): Catalogue {
  return CATALOGUES[lang];
}

/** Returns the message and fix of a diagnostic in `lang`. */
export function describeDiagnostic(d: Diagnostic, lang: Language): Description {
  // The code and its facts agree (see `diagnostic`); TypeScript cannot relate them through the lookup.
  const words = CATALOGUES[lang].diagnostics[d.code] as (a: Diagnostic['args']) => Description;
  return words(d.args);
}

/**
 * Returns a ToolError of `code` with its facts, its English words set as its message (for logs and tests); the CLI
 * words it again in the user's language (`describeToolError`).
 */
export function toolError<C extends ToolErrorCode>(
  code: C,
  args: ToolErrorArgsOf[C],
  exitCode: 1 | 2 = 2,
): ToolError<C> {
  const words = en.errors[code] as (a: ToolErrorArgsOf[C]) => Description;
  return new ToolError(code, args, words(args), exitCode);
}

/** Returns the message and fix of a failure in `lang`. */
export function describeToolError(error: ToolError, lang: Language): Description {
  const words = CATALOGUES[lang].errors[error.code] as (a: ToolError['args']) => Description;
  return words(error.args);
}
