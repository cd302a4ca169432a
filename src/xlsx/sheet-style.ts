/** What the workbooks' sheets share: a cell's thin border, a line's height, how many lines a text wraps to. */

/** A thin border on every side of a table's cell. */
export const THIN = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
} as const;

/** The height of a line of text, in points: a spreadsheet does not grow a row to its wrapped text by itself. */
export const LINE = 15;

/** The lines `text` wraps to in a cell `width` characters wide (roughly: words are kept whole). */
export function linesOf(text: string, width: number): number {
  return text
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / Math.max(1, width - 1))), 0);
}
