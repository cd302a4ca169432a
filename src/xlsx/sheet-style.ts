/**
 * What the workbooks' sheets share: a cell's thin border, a line's height, how many lines a text wraps to, the
 * title lines above a table, a heading cell, the print setup.
 */
import type { Worksheet } from 'exceljs';
import { ILLUSTRATIVE_MARK } from '../view/document.js';

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

/** The lines above a table (title, who, what, the made-up mark or blank), each merged across it; the third, a
 * source or a scheme, may run long. */
export function titleLines(sheet: Worksheet, lines: readonly string[], last: number): void {
  lines.forEach((text, k) => {
    sheet.mergeCells(k + 1, 1, k + 1, last);
    const cell = sheet.getCell(k + 1, 1);
    cell.value = text;
    cell.font = { bold: k !== 2, size: k === 0 ? 14 : 12 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  // Room for the lines each wraps to across the table (the title at 14 points is wider per letter).
  let width = 0;
  for (let k = 1; k <= last; k++) width += sheet.getColumn(k).width ?? 9;
  lines.forEach((text, k) => {
    const room = k === 0 ? width * 0.75 : width;
    sheet.getRow(k + 1).height = Math.max(
      k === 2 ? 32 : LINE,
      (k === 0 ? 20 : LINE) * linesOf(text, room - 2),
    );
  });
}

/** A table's heading cell: bold, centred, wrapped, bordered. */
export function headingCell(cell: ReturnType<Worksheet['getCell']>, text: string): void {
  cell.value = text;
  cell.font = { bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.border = THIN;
}

/** A4 landscape, one page wide, the rows `titles` ("6:7") repeated on each page, the made-up mark in the header. */
export function printSetup(sheet: Worksheet, illustrative: boolean, titles: string | undefined): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(titles ? { printTitlesRow: titles } : {}),
  };
  if (illustrative) sheet.headerFooter = { oddHeader: `&C&B${ILLUSTRATIVE_MARK.toUpperCase()}` };
}
