/**
 * The department's own year as a workbook (export YEAR --format xlsx writes it beside the units'): every indicator
 * of the catalogue under its area, with its unit, last year's figure and the year's plan as the targets file
 * states it, and the cells to fill in: the qualifier, the year's figure, a note. Import reads it back into the
 * year's results file (YYYY.yaml, which `new YEAR` starts) with readDepartmentValues (read-unit-workbook.ts).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { QUALIFIER_WORDS } from '../domain/qualifier-words.js';
import type { Catalogue, Results, Targets } from '../model/types.js';
import { actualText, targetText } from '../view/describe-indicator.js';
import { ILLUSTRATIVE_MARK } from '../view/document.js';
import { LINE, linesOf, printSetup, THIN, titleLines } from './sheet-style.js';
import {
  figureValidation,
  headingRow,
  inputCell,
  protect,
  QUALIFIER_RULE,
  textRule,
} from './unit-workbook.js';
import {
  FIRST_ROW,
  figureRule,
  HEADING_ROW,
  LAYOUT_VERSION,
  META_KEYS,
  SHEETS,
  TOOL,
  VALUE_COLUMNS,
  valueHeadings,
} from './unit-workbook-layout.js';

export interface DepartmentWorkbookInput {
  year: number;
  agency: string;
  catalogue: Catalogue;
  current: Results | undefined;
  previous: Results | undefined;
  targets: Targets | undefined;
  illustrative: boolean;
}

const WIDTHS: Record<keyof typeof VALUE_COLUMNS, number> = {
  key: 4,
  number: 6,
  name: 50,
  unit: 12,
  last: 16,
  plan: 20,
  qualifier: 12,
  result: 14,
  note: 30,
};

/** Returns the workbook's bytes. */
export async function departmentWorkbook(input: DepartmentWorkbookInput): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book: Workbook = new ExcelJS.Workbook();
  book.creator = TOOL;
  book.title = `Số liệu thực hiện năm ${input.year}: ${input.agency}`;
  const day = new Date(Date.UTC(input.year, 0, 1));
  book.created = day;
  book.modified = day;
  await valuesSheet(book.addWorksheet(SHEETS.figures), input);
  const meta = book.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
  meta.addRows([
    [META_KEYS.tool, TOOL],
    [META_KEYS.kind, 'results'],
    [META_KEYS.year, input.year],
    [META_KEYS.unit, ''],
    [META_KEYS.version, LAYOUT_VERSION],
  ]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function valuesSheet(sheet: Worksheet, input: DepartmentWorkbookInput): Promise<void> {
  const C = VALUE_COLUMNS;
  const last = C.note;
  for (const [name, k] of Object.entries(C)) sheet.getColumn(k).width = WIDTHS[name as keyof typeof C];
  sheet.getColumn(C.key).hidden = true;
  titleLines(
    sheet,
    [
      `SỐ LIỆU THỰC HIỆN CÁC CHỈ TIÊU NĂM ${input.year}`,
      input.agency,
      'Điền số liệu vào các ô nền vàng, dạng số (24000, không gõ "24.000"); số liệu chưa chính xác thì chọn mức (trên, gần, khoảng, ước…).',
      input.illustrative ? ILLUSTRATIVE_MARK.toUpperCase() : '',
    ],
    last,
  );
  headingRow(sheet, valueHeadings(input.year), C);
  let at = FIRST_ROW;
  let n = 0;
  for (const area of input.catalogue.areas) {
    const indicators = input.catalogue.indicators.filter((i) => i.area === area.id);
    if (indicators.length === 0) continue;
    sheet.mergeCells(at, C.number, at, last);
    const heading = sheet.getCell(at, C.number);
    heading.value = area.name;
    heading.font = { bold: true };
    heading.border = THIN;
    at += 1;
    for (const indicator of indicators) {
      n += 1;
      const row = sheet.getRow(at);
      row.getCell(C.key).value = `value:${indicator.id}`;
      row.getCell(C.number).value = n;
      for (let col: number = C.number; col <= last; col++) {
        row.getCell(col).border = THIN;
        row.getCell(col).alignment = {
          vertical: 'middle',
          wrapText: col === C.name || col === C.plan || col === C.note,
        };
      }
      row.getCell(C.number).alignment = { horizontal: 'center', vertical: 'middle' };
      const name = indicator.parent === undefined ? indicator.name : `- ${indicator.name}`;
      row.getCell(C.name).value = name;
      row.getCell(C.unit).value = indicator.unit;
      const before = input.previous?.values[indicator.id];
      // Last year's figure a number where it was exact (a qualified one as written: "trên 24.000").
      const rules = figureRule(indicator.unit, indicator);
      row.getCell(C.last).value =
        before === undefined
          ? null
          : before.qualifier === 'exact'
            ? Number(before.value)
            : actualText(before, indicator, false);
      row.getCell(C.last).alignment = { horizontal: 'right', vertical: 'middle' };
      const target = input.targets?.targets[indicator.id];
      row.getCell(C.plan).value = target ? targetText(target, indicator) : null;
      const value = input.current?.values[indicator.id];
      inputCell(
        row.getCell(C.qualifier),
        value && value.qualifier !== 'exact' ? QUALIFIER_WORDS[value.qualifier] : null,
        QUALIFIER_RULE,
      );
      const rule = figureValidation(rules);
      if (rules.whole) for (const col of [C.last, C.result]) row.getCell(col).numFmt = '#,##0';
      inputCell(row.getCell(C.result), value ? Number(value.value) : null, rule);
      inputCell(row.getCell(C.note), value?.note ?? null, textRule(1000, 'Ghi chú dài quá 1000 ký tự.'));
      row.height =
        LINE *
        Math.max(
          linesOf(name, WIDTHS.name - 2),
          linesOf(String(row.getCell(C.plan).value ?? ''), WIDTHS.plan - 2),
          linesOf(value?.note ?? '', WIDTHS.note - 2),
        );
      at += 1;
    }
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: HEADING_ROW }];
  printSetup(sheet, input.illustrative, `${HEADING_ROW}:${HEADING_ROW}`);
  await protect(sheet);
}
