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

/** The letters without their marks: "trên" → "tren", "đ" → "d" (a clerk typing without Vietnamese input). */
export function unmarked(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/**
 * Returns the qualifier whose Vietnamese words these are ("trên" → over), if any: what a clerk writes first;
 * the words typed without their marks ("tren") too.
 */
export function qualifierOfWords(text: string): Qualifier | undefined {
  const words = text.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  if (words === '') return undefined;
  const qualifiers = Object.keys(QUALIFIER_WORDS) as Qualifier[];
  return (
    qualifiers.find((q) => QUALIFIER_WORDS[q] === words) ??
    qualifiers.find((q) => QUALIFIER_WORDS[q] !== '' && unmarked(QUALIFIER_WORDS[q]) === unmarked(words))
  );
}
