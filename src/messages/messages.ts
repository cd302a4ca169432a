/** The tool's words in the language chosen: the catalogue of each language, and lookups into them. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
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
