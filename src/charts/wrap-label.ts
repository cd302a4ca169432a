/**
 * Splits a label into balanced lines of at most `maxChars` characters, breaking at spaces (no lone last word).
 * Words longer than a line are cut; text beyond `maxLines` lines is dropped and the last line ends with '…'.
 */

/** The label as at most `maxLines` lines of at most `maxChars` characters each (never empty). */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .flatMap((word) => chunk(word, maxChars));
  const lines = greedy(words, maxChars);
  if (lines.length === 0) return [''];
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1] ?? '';
    kept[maxLines - 1] = `${
      length(last) + 1 > maxChars
        ? Array.from(last)
            .slice(0, maxChars - 1)
            .join('')
            .trimEnd()
        : last
    }…`;
    return kept;
  }
  // Narrowest width that still needs no more lines, so the lines come out of even length.
  const total = words.reduce((sum, word) => sum + length(word), words.length - 1);
  for (let width = Math.ceil(total / lines.length); width < maxChars; width++) {
    const balanced = greedy(words, width);
    if (balanced.length === lines.length) return balanced;
  }
  return lines;
}

function greedy(words: string[], width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current === '') current = word;
    else if (length(current) + 1 + length(word) <= width) current = `${current} ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

function chunk(word: string, size: number): string[] {
  const chars = Array.from(word);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += size) pieces.push(chars.slice(i, i + size).join(''));
  return pieces;
}

function length(text: string): number {
  return Array.from(text).length;
}
