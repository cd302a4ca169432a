import { QUALIFIER_WORDS } from '../domain/qualifier-words.js';
import { FILE_KINDS, type FileKind, type Qualifier } from '../model/types.js';

/**
 * What both catalogues compute from a message's facts before they word it: the same in every language, so kept
 * once, here. The words are the catalogues' own.
 */

/** A fact as text: a list joined with commas, nothing as ''. */
export const s = (v: string | number | readonly string[] | undefined): string =>
  Array.isArray(v) ? v.join(', ') : String(v ?? '');

/** The line that names a kind of data file, as a file starts with it: "kind: results". */
export const kindLine = (kind: FileKind): string => `kind: ${kind}`;

/** Every kind of data file, listed: "catalogue, agency, ... or unit-results" (`or` in the catalogue's words). */
export const kindList = (or: string): string =>
  `${FILE_KINDS.slice(0, -1).join(', ')} ${or} ${FILE_KINDS.at(-1)}`;

/** True for an encoding read as UTF-16 (the fix names it in the editor's status bar, and needs no converter). */
export const isUtf16 = (encoding: string): boolean => encoding.startsWith('utf16');

/** True when a written figure can be a thousands group: three digits after one dot ("24.000", not "24.5"). */
export const looksLikeThousands = (value: string): boolean => /^-?\d{1,3}\.\d{3}$/.test(value);

/**
 * A value that starts with a quote and goes on after it, wrapped whole in the other kind of quote so that its
 * own quote marks are kept: single quotes keep double quotes as they are, a single quote inside is written twice.
 */
export function wrapInQuotes(value: string): { quote: 'single' | 'double'; wrapped: string } {
  return value.startsWith("'")
    ? { quote: 'double', wrapped: `"${value.replace(/"/g, '\\"')}"` }
    : { quote: 'single', wrapped: `'${value.replace(/'/g, "''")}'` };
}

/** A decimal written so that it cannot be taken for thousands: "1.103" as "1.1030". */
export const unambiguousDecimal = (decimal: string): string =>
  (decimal.split('.')[1]?.length ?? 0) === 3 ? `${decimal}0` : decimal;

/**
 * The values a field allows, listed; a qualifier's with the words it stands for, which a clerk knows it by
 * ("over (trên)").
 */
export function allowedValues(
  field: string,
  allowed: string | number | readonly string[] | undefined,
): string {
  if (field !== 'qualifier' || !Array.isArray(allowed)) return s(allowed);
  return allowed
    .map((v) => {
      const words = QUALIFIER_WORDS[v as Qualifier];
      return words ? `${v} (${words})` : v;
    })
    .join(', ');
}

/** Items listed as a sentence does: "a", "a và b", "a, b và c" (`and` in the catalogue's words). */
export function listed(items: readonly string[], and: string): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
