import { execFileSync } from 'node:child_process';

/** Returns the text of `file` (or of one page) as pdftotext -layout extracts it. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

/** Returns pdfinfo's fields as a map, e.g. info.get('Title'). */
export function pdfInfo(file: string, extra: string[] = []): Map<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', '-isodates', ...extra, file], { encoding: 'utf8' });
  const fields = new Map<string, string>();
  for (const line of out.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined && !fields.has(match[1])) fields.set(match[1], match[2].trim());
  }
  return fields;
}

/** Returns pdfinfo -struct's structure tree dump. */
export function pdfStructure(file: string): string {
  return execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8' });
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** Returns the fonts listed by pdffonts, reading its columns by the widths of the dashed rule. */
export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n');
  const rule = lines[1] ?? '';
  const columns: [number, number][] = [];
  for (const match of rule.matchAll(/-+/g)) columns.push([match.index, match.index + match[0].length]);
  const cell = (line: string, column: number) => {
    const [start, end] = columns[column] ?? [0, 0];
    return line.slice(start, end).trim();
  };
  return lines
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => ({ name: cell(line, 0), type: cell(line, 1), embedded: cell(line, 3) === 'yes' }));
}
