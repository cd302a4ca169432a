import type { Qualifier } from '../model/types.js';

/** The words a qualifier puts before a figure in Vietnamese text: over → "trên". */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  over: 'trên',
  nearly: 'gần',
  about: 'khoảng',
  estimate: 'ước',
  below: 'dưới',
  at_least: 'ít nhất',
  at_most: 'không quá',
};

/** Returns the qualifier whose Vietnamese words these are ("trên" → over), if any: what a clerk writes first. */
export function qualifierOfWords(text: string): Qualifier | undefined {
  const words = text.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  if (words === '') return undefined;
  return (Object.keys(QUALIFIER_WORDS) as Qualifier[]).find((q) => QUALIFIER_WORDS[q] === words);
}
