/**
 * The document's tables as a workbook (build YEAR --format xlsx), for the provincial board, which takes its lists
 * and tables in Excel: a sheet per table in the document's order (the year's results, the commendations, each
 * block's ranking, Phụ lục I's lists, Phụ lục II's statistics; a unit's score sheet), each headed by the document's
 * subject and the table's caption. A cell the document shows as a plain figure ("3.510.000", "57,58", "107,5%",
 * "−2,4") is the number it shows, with as many decimals; anything else ("trên 24.000", "–", "tăng 6,92%") stays
 * its text. Drawn from the same document as every other format: the same figures, in the same words.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { DocumentTree, TableColumn, TableNode } from '../view/document.js';
import { LINE, linesOf, THIN } from './sheet-style.js';

/**
 * A table of the document, the name of its sheet, the appendix it belongs to ("Phụ lục I: DANH SÁCH ..."), and the
 * appendix's notes that follow it (the base of the prizes, who is paid as what): the figures are read with them.
 */
interface NamedTable {
  name: string;
  table: TableNode;
  appendix: string | undefined;
  notes: string[];
}

/** What a cell holds in the workbook: a number shown with `format`, or text. */
export type CellValue = { number: number; format: string } | { text: string };

/** Returns the workbook of a document's tables; undefined when it has none. */
export async function tablesWorkbook(document: DocumentTree): Promise<Uint8Array | undefined> {
  const tables = namedTables(document);
  if (tables.length === 0) return undefined;
  const { default: ExcelJS } = await import('exceljs');
  const book: Workbook = new ExcelJS.Workbook();
  book.creator = document.meta.author;
  book.title = document.meta.title;
  // Dated by the document, not by the run: the same data gives the same workbook.
  const day = new Date(`${document.meta.date}T00:00:00Z`);
  book.created = day;
  book.modified = day;
  for (const { name, table, appendix, notes } of tables)
    tableSheet(book.addWorksheet(name), table, appendix ?? document.title.subject, notes, document);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * The document's tables, each named for its sheet (at most 31 characters, as Excel allows): "Kết quả", "Khen
 * thưởng", "Xếp hạng 1", "Phụ lục I-1", ...; a name taken twice is numbered.
 */
export function namedTables(document: DocumentTree): NamedTable[] {
  const out: NamedTable[] = [];
  const count = new Map<string, number>();
  for (const section of document.sections) {
    let appendix: { label: string; title: string } | undefined;
    let inAppendix = 0;
    for (const block of section.blocks) {
      if (block.type === 'appendix-head') {
        appendix = block;
        inAppendix = 0;
      }
      if (block.type === 'paragraph' && block.role === 'appendix-note') out.at(-1)?.notes.push(block.text);
      if (block.type !== 'table') continue;
      inAppendix += 1;
      const base = appendix ? `${appendix.label}-${inAppendix}` : SHEET_NAMES[block.kind];
      const n = (count.get(base) ?? 0) + 1;
      count.set(base, n);
      out.push({
        name: n === 1 && !NUMBERED.has(block.kind) ? base : `${base} ${n}`,
        table: block,
        appendix: appendix && `${appendix.label}: ${appendix.title.replaceAll('\u00a0', ' ')}`,
        notes: [],
      });
    }
  }
  return out;
}

const SHEET_NAMES: Record<TableNode['kind'], string> = {
  results: 'Kết quả',
  commendations: 'Khen thưởng',
  ranking: 'Xếp hạng',
  appendix: 'Phụ lục',
  sheet: 'Phiếu điểm',
  span: 'Kết quả các năm',
};
/** Kinds the document has one of per block: numbered from the first. */
const NUMBERED = new Set<TableNode['kind']>(['ranking']);

/** A figure as the document writes it: thousands with dots, decimals after a comma, a minus sign, a percent. */
const FIGURE = /^([−-]?)(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?(%?)$/;

/**
 * The value of a cell shown as `text`: its number where the text is a plain figure (a percentage as a fraction,
 * shown as a percentage), with the decimals the text has; else the text.
 */
export function cellValue(text: string): CellValue {
  const m = FIGURE.exec(text.trim());
  if (m === null) return { text };
  const [, minus = '', whole = '', decimals = '', percent = ''] = m;
  const value = Number(`${minus === '' ? '' : '-'}${whole.replaceAll('.', '')}.${decimals || '0'}`);
  const shown = decimals.length > 0 ? `.${'0'.repeat(decimals.length)}` : '';
  return percent
    ? { number: value / 100, format: `#,##0${shown}%` }
    : { number: value, format: `#,##0${shown}` };
}

function tableSheet(
  sheet: Worksheet,
  table: TableNode,
  heading: string,
  notes: readonly string[],
  document: DocumentTree,
): void {
  const width = table.columns.length;
  const lines = [
    heading,
    table.caption,
    document.illustrative ? document.illustrative.toLocaleUpperCase('vi') : '',
  ];
  lines.forEach((text, k) => {
    sheet.mergeCells(k + 1, 1, k + 1, width);
    const c = sheet.getCell(k + 1, 1);
    c.value = text;
    c.font = { bold: true, size: k === 0 ? 12 : 11 };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    sheet.getRow(k + 1).height = LINE * linesOf(text, totalWidth(table));
  });
  const top = lines.length + 2;
  table.columns.forEach((column, k) => {
    const c = sheet.getCell(top, k + 1);
    c.value = headingOf(column);
    c.font = { bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = THIN;
    sheet.getColumn(k + 1).width = columnWidth(table, k);
  });
  sheet.getRow(top).height =
    LINE * Math.max(...table.columns.map((c, k) => linesOf(headingOf(c), columnWidth(table, k))));
  if (table.rows.length === 0) {
    sheet.mergeCells(top + 1, 1, top + 1, width);
    sheet.getCell(top + 1, 1).value = table.empty;
  }
  table.rows.forEach((row, r) => {
    const at = top + 1 + r;
    const cells = row.cells;
    // A group's heading: its numeral, then its name across the rest of the row.
    if (row.kind === 'group' && cells.length < width) sheet.mergeCells(at, 2, at, width);
    let lines = 1;
    cells.forEach((source, k) => {
      const c = sheet.getCell(at, k + 1);
      const column = table.columns[k];
      const value = column && !WORDS.has(column.role) ? cellValue(source.text) : { text: source.text };
      if ('number' in value) {
        c.value = value.number;
        c.numFmt = value.format;
      } else {
        const text = source.below ? `${source.text}\n${source.below}` : source.text;
        c.value = text;
        lines = Math.max(
          lines,
          linesOf(text, row.kind === 'group' ? totalWidth(table) : columnWidth(table, k)),
        );
      }
      c.font = { bold: source.strong || row.kind !== 'row', italic: source.emphasis };
      c.alignment = {
        vertical: 'middle',
        wrapText: true,
        horizontal: column?.align === 'right' ? 'right' : column?.align === 'center' ? 'center' : 'left',
        indent: row.depth > 0 && k === 1 ? 1 : 0,
      };
    });
    for (let k = 1; k <= width; k++) sheet.getCell(at, k).border = THIN;
    sheet.getRow(at).height = LINE * lines;
  });
  // The appendix's notes under its last table, a line each across the table.
  notes.forEach((text, k) => {
    const at = top + Math.max(1, table.rows.length) + 2 + k;
    sheet.mergeCells(at, 1, at, width);
    const c = sheet.getCell(at, 1);
    c.value = text;
    c.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(at).height = LINE * linesOf(text, totalWidth(table));
  });
  sheet.views = [{ state: 'frozen', ySplit: top }];
  sheet.pageSetup = {
    paperSize: 9,
    orientation: totalWidth(table) > 110 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${top}:${top}`,
  };
  if (document.illustrative)
    sheet.headerFooter = { oddHeader: `&C&B${document.illustrative.toLocaleUpperCase('vi')}` };
}

/** Columns whose cells are words, whatever they look like (a unit's name, a form, a classification). */
const WORDS = new Set(['name', 'unit', 'form', 'by', 'who', 'band']);

/** A column's heading in full (a group's numeral with its name, "I. Thực hiện ... (60)"), with its second line. */
function headingOf(column: TableColumn): string {
  const heading = column.full ? `${column.heading}. ${column.full}` : column.heading;
  return column.sub ? `${heading} ${column.sub}` : heading;
}

/** A column's width in characters: its share of a page-wide table of about 130 characters, at least 6. */
function columnWidth(table: TableNode, k: number): number {
  return Math.max(6, Math.round(((table.columns[k]?.width ?? 10) * 130) / 100));
}

function totalWidth(table: TableNode): number {
  return table.columns.reduce((sum, _, k) => sum + columnWidth(table, k), 0);
}
