/**
 * The year's ranking as a workbook for the provincial board (score YEAR --format xlsx): a sheet per block with each
 * unit's rank, points by criterion under their group, total and classification, then what the ranking rests on
 * and the titles proposed, as `score` words them; a last sheet with the year's prize money. Figures are numbers,
 * shown with the scheme's decimals (Excel and LibreOffice write them with the reader's separators: 57,58 on a
 * Vietnamese system). Vietnamese whatever --lang, as the CSV: these are the board's column names.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { YearProposals } from '../compute/propose-titles.js';
import type { BlockScore, YearScores } from '../compute/score-units.js';
import { isScored } from '../model/emulation.js';
import type { Dec } from '../model/types.js';
import { ILLUSTRATIVE_MARK } from '../view/document.js';
import { formatWritten } from '../view/format-number.js';
import type { BlockRankingView, RankingView } from '../view/ranking-view.js';
import { headingCell, LINE, linesOf, printSetup, THIN, titleLines } from './sheet-style.js';

/** The rows above a block's table: the title, the block, its scheme, the mark of made-up figures (or blank). */
const TITLE_ROWS = 4;
/** The table's two heading rows: the groups of criteria, then each criterion. */
const GROUP_ROW = TITLE_ROWS + 2;
const CRITERION_ROW = GROUP_ROW + 1;

/** A criterion's column: its width in characters. */
const CELL = 12;
/** The units' column, in characters. */
const NAME = 42;

/** A decimal of the data as the number a cell holds (rounded already to the scheme's decimals). */
const numberOf = (value: Dec): number => Number(value);

/** Excel's number format for a figure with `decimals` decimals, thousands grouped. */
const numberFormat = (decimals: number): string => (decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');

/** Returns the workbook's bytes: a sheet per block of the view, in its order, and the prize money's sheet. */
export async function rankingWorkbook(
  scores: YearScores,
  view: RankingView,
  proposals: YearProposals | undefined,
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book: Workbook = new ExcelJS.Workbook();
  book.creator = 'hatinh-report';
  book.title = view.title;
  // Dated by the year it ranks, not by the run: the same data gives the same workbook.
  const day = new Date(Date.UTC(scores.year, 11, 31));
  book.created = day;
  book.modified = day;
  scores.blocks.forEach((block, i) => {
    const blockView = view.blocks[i];
    if (blockView) blockSheet(book.addWorksheet(`Khối ${i + 1}`), block, blockView, view);
  });
  moneySheet(book.addWorksheet('Tiền thưởng'), view, proposals);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function blockSheet(sheet: Worksheet, block: BlockScore, words: BlockRankingView, view: RankingView): void {
  const criteria = block.scheme.criteria;
  const last = criteria.length + 4; // rank, unit, each criterion, total, classification
  const format = numberFormat(block.scheme.decimals);
  for (let k = 1; k <= last; k++)
    sheet.getColumn(k).width = k === 1 ? 7 : k === 2 ? NAME : k === last ? 30 : CELL + 1;
  heading(sheet, view, [view.title, block.block.name, words.scheme], last);

  // Rank, unit, total and classification span both heading rows; each group spans its criteria.
  const lead = [view.columns.rank, view.columns.unit];
  const tail = [view.columns.total, view.columns.band];
  for (const [k, text] of lead.entries()) spanDown(sheet, k + 1, text);
  for (const [k, text] of tail.entries()) spanDown(sheet, criteria.length + 3 + k, text);
  let column = 3;
  let groupLines = 1;
  for (const group of words.groups) {
    const members = criteria.filter((c) => c.group.replace(/^[IVXLC]+[.)]\s*/, '') === group.label);
    const span = Math.max(1, members.length);
    const end = column + span - 1;
    if (end > column) sheet.mergeCells(GROUP_ROW, column, GROUP_ROW, end);
    const text = `${group.short}. ${group.label}`;
    headingCell(sheet.getCell(GROUP_ROW, column), text);
    groupLines = Math.max(groupLines, linesOf(text, span * CELL));
    column = end + 1;
  }
  const headings = criteria.map((c) => {
    const most = isScored(c)
      ? `tối đa ${formatWritten(c.max)}`
      : `${c.type === 'bonus' ? 'cộng' : 'trừ'} tối đa ${formatWritten(c.cap)}`;
    // "Chậm báo cáo (mỗi lần)" → "Chậm báo cáo (mỗi lần; trừ tối đa 5)": one pair of brackets.
    return c.name.endsWith(')') ? `${c.name.slice(0, -1)}; ${most})` : `${c.name} (${most})`;
  });
  for (const [k, text] of headings.entries()) headingCell(sheet.getCell(CRITERION_ROW, k + 3), text);
  // A spreadsheet does not grow a row to its wrapped text by itself: room for the longest heading's lines.
  sheet.getRow(GROUP_ROW).height = LINE * groupLines;
  sheet.getRow(CRITERION_ROW).height = LINE * Math.max(...headings.map((h) => linesOf(h, CELL)));

  block.units.forEach((u, k) => {
    const row = sheet.getRow(CRITERION_ROW + 1 + k);
    const name = u.unit.short_name ?? u.unit.name;
    row.height = LINE * linesOf(name, NAME - 2);
    row.values = [
      u.rank,
      name,
      ...criteria.map((c) => {
        const points = u.criteria.find((x) => x.criterion.id === c.id)?.points;
        return points === undefined ? null : numberOf(points);
      }),
      numberOf(u.total),
      // The classification as the ranking words it ("Chưa xếp loại" below every band).
      words.rows[k]?.band ?? '',
    ];
    row.eachCell({ includeEmpty: true }, (cell, n) => {
      cell.border = THIN;
      cell.alignment = { vertical: 'middle', wrapText: n === 2 || n === last };
      if (n > 2 && n < last) cell.numFmt = format;
    });
    row.getCell(1).alignment = { vertical: 'middle', horizontal: 'center' };
  });

  // What the ranking rests on and what is proposed, a line each, under the table.
  const lines = [
    ...words.notes,
    ...(words.proposals.length > 0 ? ['', ...words.proposals.map((p, k) => (k === 0 ? p : `- ${p}`))] : []),
  ];
  let at = CRITERION_ROW + block.units.length + 2;
  for (const text of lines) {
    if (text !== '') sentence(sheet, at, text, last);
    at += 1;
  }

  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: CRITERION_ROW }];
  printSetup(sheet, Boolean(view.illustrative), `${GROUP_ROW}:${CRITERION_ROW}`);
}

/** The year's prize money and what it is figured on; or why nothing is proposed. */
function moneySheet(sheet: Worksheet, view: RankingView, proposals: YearProposals | undefined): void {
  const last = 6;
  for (let k = 1; k <= last; k++) sheet.getColumn(k).width = k === 1 ? 30 : 20;
  heading(sheet, view, [view.title, 'Tiền thưởng', ''], last);
  let at = TITLE_ROWS + 2;
  if (proposals) {
    headingRow(sheet, at, ['Khoản', 'Số tiền (đồng)']);
    const rows: [string, Dec][] = [
      ['Tập thể', proposals.collectiveAmount],
      ['Cá nhân', proposals.individualAmount],
      ['Tổng cộng', proposals.amount],
    ];
    for (const [label, amount] of rows) {
      at += 1;
      const row = sheet.getRow(at);
      row.values = [label, proposals.baseSalary === undefined ? null : numberOf(amount)];
      row.getCell(1).border = THIN;
      row.getCell(2).border = THIN;
      row.getCell(2).numFmt = '#,##0';
      if (label === 'Tổng cộng') row.font = { bold: true };
    }
    at += 2;
  }
  for (const text of view.money) {
    sentence(sheet, at, text, last);
    at += 1;
  }
  printSetup(sheet, Boolean(view.illustrative), undefined);
}

/** The title rows, each merged across the table: the title, the block, its scheme, the made-up figures' mark. */
function heading(sheet: Worksheet, view: RankingView, lines: [string, string, string], last: number): void {
  titleLines(sheet, [...lines, view.illustrative ? ILLUSTRATIVE_MARK.toUpperCase() : ''], last);
}

function headingRow(sheet: Worksheet, at: number, texts: string[]): void {
  texts.forEach((text, k) => {
    headingCell(sheet.getCell(at, k + 1), text);
  });
}

/** A heading that spans both heading rows of the table. */
function spanDown(sheet: Worksheet, column: number, text: string): void {
  sheet.mergeCells(GROUP_ROW, column, CRITERION_ROW, column);
  headingCell(sheet.getCell(GROUP_ROW, column), text);
}

/** A sentence under the table, merged across it and wrapped. */
function sentence(sheet: Worksheet, at: number, text: string, last: number): void {
  sheet.mergeCells(at, 1, at, last);
  const cell = sheet.getCell(at, 1);
  cell.value = text;
  cell.alignment = { wrapText: true, vertical: 'top' };
  // Room for the lines the text wraps to across the columns it spans.
  let width = 0;
  for (let k = 1; k <= last; k++) width += sheet.getColumn(k).width ?? 9;
  sheet.getRow(at).height = LINE * linesOf(text, width - 2);
}
