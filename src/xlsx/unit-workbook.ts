/**
 * The workbook a unit fills in for its year (export YEAR --format xlsx): its criteria in its block's scheme, each
 * with its unit of measure, last year's result, its target and this year's result; its members' counts; a sheet
 * of instructions. The cells to fill in are unlocked, coloured and validated; everything else is locked. Where the
 * year's units file already has the unit's figures, the workbook carries them, so that export then import gives
 * the same data back. Vietnamese, as the units that fill it in.
 */
import type { CellValue, DataValidation, Row, Workbook, Worksheet } from 'exceljs';
import { QUALIFIER_WORDS } from '../domain/qualifier-words.js';
import type { Criterion, ScoringScheme, UnitFigure, UnitYear } from '../model/emulation.js';
import type { Dec, Indicator, Unit } from '../model/types.js';
import { ILLUSTRATIVE_MARK } from '../view/document.js';
import { formatWritten } from '../view/format-number.js';
import { headingCell, LINE, linesOf, printSetup, THIN, titleLines } from './sheet-style.js';
import {
  DIRECTION_WORDS,
  FIGURE_COLUMNS,
  FIRST_ROW,
  type FigureRule,
  figureHeadings,
  figureRule,
  HEADING_ROW,
  LAYOUT_VERSION,
  MEMBER_COLUMNS,
  MEMBER_HEADINGS,
  MEMBER_ROWS,
  META_KEYS,
  NEW_OWN_ROWS,
  QUALIFIER_CHOICES,
  type RowKey,
  rowKey,
  SHEETS,
  TOOL,
  YES_NO_WORDS,
} from './unit-workbook-layout.js';

/** What a unit's workbook is written from. */
export interface UnitWorkbookInput {
  year: number;
  unit: Unit;
  blockName: string;
  scheme: ScoringScheme;
  /** The catalogue's indicators (the scheme's indicator criteria name one of them or of the scheme's own). */
  indicators: readonly Indicator[];
  /** The unit's entry of the year's units file, when it has one; and of last year's. */
  current: UnitYear | undefined;
  previous: UnitYear | undefined;
  /** The agency the workbook goes back to. */
  agency: string;
  illustrative: boolean;
}

/** The colour of a cell to fill in (a light yellow, as offices mark them). */
const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const;
const WIDTHS = {
  key: 4,
  number: 6,
  name: 46,
  unit: 16,
  direction: 17,
  last: 14,
  target: 14,
  qualifier: 12,
  result: 14,
  note: 28,
};

const numberOf = (value: Dec | undefined): number | null => (value === undefined ? null : Number(value));

/** Returns the workbook's bytes. */
export async function unitWorkbook(input: UnitWorkbookInput): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book: Workbook = new ExcelJS.Workbook();
  book.creator = TOOL;
  book.title = `Biểu số liệu thi đua năm ${input.year}: ${input.unit.name}`;
  // Dated by its year, not by the run: the same data gives the same workbook.
  const day = new Date(Date.UTC(input.year, 0, 1));
  book.created = day;
  book.modified = day;
  guideSheet(book.addWorksheet(SHEETS.guide), input);
  await figuresSheet(book.addWorksheet(SHEETS.figures), input);
  await membersSheet(book.addWorksheet(SHEETS.members), input);
  metaSheet(book.addWorksheet(SHEETS.meta, { state: 'veryHidden' }), input);
  book.views = [
    { activeTab: 1, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' },
  ];
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function metaSheet(sheet: Worksheet, input: UnitWorkbookInput): void {
  sheet.addRows([
    [META_KEYS.tool, TOOL],
    [META_KEYS.kind, 'unit-results'],
    [META_KEYS.year, input.year],
    [META_KEYS.unit, input.unit.id],
    [META_KEYS.version, LAYOUT_VERSION],
  ]);
}

/** The title rows above a sheet's table, each merged across it. */
function titleRows(sheet: Worksheet, input: UnitWorkbookInput, title: string, last: number): void {
  titleLines(
    sheet,
    [
      `${title} NĂM ${input.year}`,
      input.unit.name,
      `Khối thi đua: ${input.blockName}; áp dụng: ${input.scheme.name}`,
      input.illustrative ? ILLUSTRATIVE_MARK.toUpperCase() : '',
    ],
    last,
  );
}

/** The heading row of a table, each heading in its column. */
export function headingRow(
  sheet: Worksheet,
  headings: Record<string, string>,
  columns: Record<string, number>,
): void {
  const row = sheet.getRow(HEADING_ROW);
  for (const [name, col] of Object.entries(columns)) headingCell(row.getCell(col), headings[name] ?? '');
  row.height = LINE * 3;
}

/** A cell the unit fills in: unlocked, coloured, validated. */
export function inputCell(
  cell: ReturnType<Worksheet['getCell']>,
  value: CellValue,
  validation: DataValidation,
): void {
  cell.value = value;
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
  cell.dataValidation = validation;
}

export const LIST_ERROR = {
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Giá trị không hợp lệ',
} as const;

export function listOf(choices: readonly string[], error: string): DataValidation {
  return { type: 'list', allowBlank: true, formulae: [`"${choices.join(',')}"`], ...LIST_ERROR, error };
}

/** Text of at most `limit` characters. */
export function textRule(limit: number, error: string): DataValidation {
  return {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    allowBlank: true,
    formulae: [limit],
    ...LIST_ERROR,
    error,
  };
}

/** A number: at least 0, at most `max` when given, whole when `whole`. */
export function numberRule(options: { whole?: boolean; max?: number }, error: string): DataValidation {
  const type = options.whole ? 'whole' : 'decimal';
  return options.max === undefined
    ? { type, operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], ...LIST_ERROR, error }
    : { type, operator: 'between', allowBlank: true, formulae: [0, options.max], ...LIST_ERROR, error };
}

export const QUALIFIER_RULE = listOf(
  QUALIFIER_CHOICES,
  `Chọn một trong: ${QUALIFIER_CHOICES.join(', ')}; để trống khi số liệu chính xác.`,
);

/** The rule of a figure's cell: a percentage within 0-100, a count of people whole, any other number at least 0. */
/** Excel's validation of a figure's cell, by its rule (unit-workbook-layout.ts). */
export function figureValidation(rule: FigureRule): DataValidation {
  if (rule.max !== undefined)
    return numberRule({ max: rule.max }, `Nhập tỷ lệ phần trăm từ 0 đến ${rule.max}, không gõ dấu %.`);
  if (rule.whole)
    return numberRule({ whole: true }, 'Nhập số nguyên không âm, không gõ dấu chấm phân cách hàng nghìn.');
  return numberRule({}, 'Nhập một số không âm; phần thập phân theo định dạng số của máy (6,92 hoặc 6.92).');
}

interface FigureRow {
  key: RowKey;
  name: string;
  unit: string;
  direction: 'higher' | 'lower' | undefined;
  indicator: Pick<Indicator, 'kind' | 'decimals'> | undefined;
  /** Last year's result, this year's entry. */
  last: UnitFigure | undefined;
  figure: UnitFigure | undefined;
  /** An own target's name, unit and direction are the unit's to write. */
  own: boolean;
}

/** The rows of the figures' sheet: the indicators the scheme scores, the unit's own targets, the other criteria. */
function figureRows(input: UnitWorkbookInput): {
  rows: FigureRow[];
  criteria: Criterion[];
  ownAt: number | undefined;
} {
  const { scheme, current, previous } = input;
  const rows: FigureRow[] = [];
  let ownAt: number | undefined;
  for (const c of scheme.criteria) {
    if (c.type === 'indicator') {
      const catalogued = input.indicators.find((i) => i.id === c.indicator);
      const own = scheme.indicators.find((i) => i.id === c.indicator);
      const direction = catalogued?.direction ?? own?.direction;
      rows.push({
        key: { kind: 'indicator', id: c.indicator },
        name: catalogued?.name ?? own?.name ?? c.name,
        unit: catalogued?.unit ?? own?.unit ?? '',
        direction: direction === 'neutral' ? undefined : direction,
        indicator: catalogued,
        last: previous?.indicators[c.indicator],
        figure: current?.indicators[c.indicator],
        own: false,
      });
    } else if (c.type === 'own_targets' && ownAt === undefined) {
      ownAt = rows.length;
      // This year's own targets; else last year's, for the unit to register again (targets left blank).
      const ids = Object.keys(current?.own_indicators ?? previous?.own_indicators ?? {});
      for (const id of ids) {
        const entry = current?.own_indicators[id] ?? previous?.own_indicators[id];
        if (entry === undefined) continue;
        rows.push({
          key: { kind: 'own', id },
          name: entry.name,
          unit: entry.unit,
          direction: entry.direction,
          indicator: undefined,
          last: previous?.own_indicators[id],
          figure: current?.own_indicators[id],
          own: true,
        });
      }
      for (let k = 0; k < NEW_OWN_ROWS; k++)
        rows.push({
          key: { kind: 'own', id: '' },
          name: '',
          unit: '',
          direction: undefined,
          indicator: undefined,
          last: undefined,
          figure: undefined,
          own: true,
        });
    }
  }
  const criteria = scheme.criteria.filter((c) => c.type !== 'indicator' && c.type !== 'own_targets');
  return { rows, criteria, ownAt };
}

/** A row of the figures' table: its hidden key, its number, its cells bordered, those of `wrapped` columns wrapped. */
function keyedRow(row: Row, key: string, n: number, wrapped: readonly number[]): Row {
  const C = FIGURE_COLUMNS;
  row.getCell(C.key).value = key;
  row.getCell(C.number).value = n;
  for (let col: number = C.number; col <= C.note; col++) {
    const cell = row.getCell(col);
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', wrapText: wrapped.includes(col) };
  }
  row.getCell(C.number).alignment = { horizontal: 'center', vertical: 'middle' };
  return row;
}

async function figuresSheet(sheet: Worksheet, input: UnitWorkbookInput): Promise<void> {
  const C = FIGURE_COLUMNS;
  const headings = figureHeadings(input.year);
  const last = C.note;
  for (const [name, k] of Object.entries(C)) sheet.getColumn(k).width = WIDTHS[name as keyof typeof WIDTHS];
  sheet.getColumn(C.key).hidden = true;
  titleRows(sheet, input, 'BIỂU SỐ LIỆU THI ĐUA', last);
  headingRow(sheet, headings, C);

  const { rows, criteria, ownAt } = figureRows(input);
  let at = FIRST_ROW;
  const section = (text: string) => {
    sheet.mergeCells(at, C.number, at, last);
    const cell = sheet.getCell(at, C.number);
    cell.value = text;
    cell.font = { bold: true };
    cell.border = THIN;
    at += 1;
  };
  section('I. CÁC CHỈ TIÊU');
  let n = 0;
  rows.forEach((r, k) => {
    if (k === ownAt) {
      section('Chỉ tiêu chuyên môn đơn vị tự đăng ký (thêm chỉ tiêu mới vào các dòng trống)');
    }
    n += 1;
    const row = keyedRow(sheet.getRow(at), rowKey(r.key), n, [C.name, C.note]);
    const directionText = r.direction ? DIRECTION_WORDS[r.direction] : null;
    if (r.own) {
      inputCell(row.getCell(C.name), r.name || null, textRule(300, 'Tên chỉ tiêu dài quá 300 ký tự.'));
      inputCell(row.getCell(C.unit), r.unit || null, textRule(40, 'Đơn vị tính dài quá 40 ký tự.'));
      inputCell(
        row.getCell(C.direction),
        directionText,
        listOf(
          Object.values(DIRECTION_WORDS),
          `Chọn "${DIRECTION_WORDS.higher}" hoặc "${DIRECTION_WORDS.lower}".`,
        ),
      );
    } else {
      row.getCell(C.name).value = r.name;
      row.getCell(C.unit).value = r.unit;
      row.getCell(C.direction).value = directionText;
    }
    row.getCell(C.last).value = numberOf(r.last?.result);
    const figureRules = figureRule(r.unit, r.indicator);
    const rule = figureValidation(figureRules);
    inputCell(row.getCell(C.target), numberOf(r.figure?.target), rule);
    const qualifier = r.figure?.qualifier;
    inputCell(
      row.getCell(C.qualifier),
      qualifier && qualifier !== 'exact' ? QUALIFIER_WORDS[qualifier] : null,
      QUALIFIER_RULE,
    );
    inputCell(row.getCell(C.result), numberOf(r.figure?.result), rule);
    // Thousands grouped where the figure is whole (24.000 on a Vietnamese system); others as typed.
    if (figureRules.whole) for (const col of [C.last, C.target, C.result]) row.getCell(col).numFmt = '#,##0';
    inputCell(row.getCell(C.note), r.figure?.note ?? null, textRule(1000, 'Ghi chú dài quá 1000 ký tự.'));
    row.height = LINE * Math.max(1, linesOf(r.name, WIDTHS.name - 2));
    at += 1;
  });

  if (criteria.length > 0) {
    section('II. CÁC TIÊU CHÍ KHÁC');
    for (const c of criteria) {
      n += 1;
      const row = keyedRow(sheet.getRow(at), rowKey({ kind: 'criterion', id: c.id }), n, [C.name, C.unit]);
      row.getCell(C.name).value = c.name;
      const value = input.current?.criteria[c.id];
      const result = row.getCell(C.result);
      if (c.type === 'yes_no') {
        row.getCell(C.unit).value = 'Có/Không';
        inputCell(
          result,
          value === undefined ? null : value === true ? YES_NO_WORDS.yes : YES_NO_WORDS.no,
          listOf(Object.values(YES_NO_WORDS), `Chọn "${YES_NO_WORDS.yes}" hoặc "${YES_NO_WORDS.no}".`),
        );
      } else if (c.type === 'judged') {
        row.getCell(C.unit).value = `Điểm (tối đa ${formatWritten(c.max)})`;
        inputCell(
          result,
          typeof value === 'string' ? Number(value) : null,
          numberRule({ max: Number(c.max) }, `Nhập số điểm từ 0 đến ${formatWritten(c.max)}.`),
        );
      } else {
        row.getCell(C.unit).value = 'Số lần';
        inputCell(
          result,
          typeof value === 'string' ? Number(value) : null,
          numberRule({ whole: true }, 'Nhập số lần: một số nguyên không âm.'),
        );
      }
      row.height =
        LINE *
        Math.max(
          linesOf(c.name, WIDTHS.name - 2),
          linesOf(String(row.getCell(C.unit).value), WIDTHS.unit - 2),
        );
      at += 1;
    }
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: HEADING_ROW }];
  printSetup(sheet, input.illustrative, `${HEADING_ROW}:${HEADING_ROW}`);
  await protect(sheet);
}

async function membersSheet(sheet: Worksheet, input: UnitWorkbookInput): Promise<void> {
  const C = MEMBER_COLUMNS;
  sheet.getColumn(C.key).width = 4;
  sheet.getColumn(C.key).hidden = true;
  sheet.getColumn(C.number).width = 6;
  sheet.getColumn(C.name).width = 60;
  sheet.getColumn(C.count).width = 28;
  titleRows(sheet, input, 'SỐ LƯỢNG, XẾP LOẠI VÀ DANH HIỆU THI ĐUA CỦA CÁN BỘ', C.count);
  headingRow(sheet, MEMBER_HEADINGS, C);
  const members = input.current?.members;
  MEMBER_ROWS.forEach(([key, words], k) => {
    const row = sheet.getRow(FIRST_ROW + k);
    row.getCell(C.key).value = `member:${key}`;
    row.getCell(C.number).value = k + 1;
    row.getCell(C.name).value = words;
    row.getCell(C.name).alignment = { wrapText: true, vertical: 'middle' };
    row.height = LINE * linesOf(words, 58);
    for (let col: number = C.number; col <= C.count; col++) row.getCell(col).border = THIN;
    row.getCell(C.number).alignment = { horizontal: 'center' };
    inputCell(
      row.getCell(C.count),
      members?.[key] ?? null,
      numberRule({ whole: true }, 'Nhập số người: một số nguyên không âm.'),
    );
  });
  const noteAt = FIRST_ROW + MEMBER_ROWS.length + 1;
  sheet.mergeCells(noteAt, C.number, noteAt, C.count);
  const note = sheet.getCell(noteAt, C.number);
  note.value =
    'Mỗi dòng ghi số người; không có thì ghi 0, không để trống. Số người xếp loại hoàn thành xuất sắc, tốt, hoàn thành và không hoàn thành nhiệm vụ cộng lại không vượt quá tổng số (người chưa được đánh giá, xếp loại không tính vào các dòng 2-5); số người đạt Chiến sĩ thi đua cơ sở không vượt quá số người đạt Lao động tiên tiến.';
  note.alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(noteAt).height = LINE * 4;
  signatureLines(sheet, noteAt + 2, C.name, C.count);
  printSetup(sheet, input.illustrative, `${HEADING_ROW}:${HEADING_ROW}`);
  await protect(sheet);
}

function guideSheet(sheet: Worksheet, input: UnitWorkbookInput): void {
  sheet.getColumn(1).width = 100;
  const ownTargets = input.scheme.criteria.some((c) => c.type === 'own_targets');
  const lines = [
    `HƯỚNG DẪN ĐIỀN BIỂU SỐ LIỆU THI ĐUA NĂM ${input.year}`,
    input.unit.name,
    ...(input.illustrative
      ? [`${ILLUSTRATIVE_MARK}: các số liệu trong biểu này là số liệu giả định, dùng để minh họa.`]
      : []),
    '',
    `1. Điền vào các ô nền vàng ở trang "${SHEETS.figures}" và trang "${SHEETS.members}" (tên trang ở dưới cùng cửa sổ Excel); các ô khác đã bị khóa.`,
    '2. Nhập số liệu dạng số, không gõ dấu chấm phân cách hàng nghìn: 24000, không gõ "24.000". Phần thập phân gõ theo định dạng số của máy (6,92 trên máy đặt định dạng số kiểu Việt Nam, 6.92 trên máy đặt dấu chấm thập phân); gõ xong mà số nằm lệch trái ô là máy chưa nhận là số: gõ lại với dấu thập phân kia. Tỷ lệ phần trăm nhập 65, không gõ dấu %.',
    '3. Kết quả là số ước tính hoặc làm tròn thì chọn mức ở cột "Mức của kết quả": trên, gần, khoảng, ước, dưới, ít nhất, không quá; kết quả chính xác thì để trống cột đó.',
    `4. Cột "Chỉ tiêu đăng ký năm ${input.year}" là chỉ tiêu đơn vị đã đăng ký đầu năm; chỉ tiêu chung của khối chưa đăng ký thì để trống (khi đó được chấm so với đơn vị cao nhất khối)${ownTargets ? ', còn chỉ tiêu đơn vị tự đăng ký thì phải có' : ''}. Cột "Kết quả năm ${input.year - 1}" do Sở điền sẵn khi có số liệu năm trước, chỉ để đối chiếu; đơn vị không điền.`,
    ...(ownTargets
      ? [
          '5. Chỉ tiêu chuyên môn đơn vị tự đăng ký: chỉ tiêu năm nay không đăng ký thì để trống chỉ tiêu và kết quả; chỉ tiêu đã đăng ký đầu năm mà chưa có trong biểu thì ghi vào các dòng trống bên dưới (đủ tên, đơn vị tính, chiều đánh giá, chỉ tiêu và kết quả); sửa tên hoặc đơn vị tính thì ghi lý do ở cột "Ghi chú".',
        ]
      : []),
    `${ownTargets ? 6 : 5}. Tiêu chí Có/Không: chọn trong danh sách. Điểm tự chấm: nhập số điểm trong phạm vi tối đa ghi ở cột "Đơn vị tính". Số lần được khen thưởng đột xuất, số lần chậm báo cáo: nhập số nguyên; không có thì ghi 0.`,
    `${ownTargets ? 7 : 6}. Không đổi tên các trang, không chèn hoặc xóa dòng, cột, không gộp ô: phần mềm tìm số liệu theo đúng vị trí của các ô.`,
    `${ownTargets ? 8 : 7}. Người lập biểu và thủ trưởng đơn vị ký ở cuối trang "${SHEETS.members}" trên bản in. Lưu tệp dưới dạng Excel Workbook (.xlsx), giữ nguyên tên tệp, gửi về ${input.agency} (bộ phận thi đua - khen thưởng) theo thời hạn trong văn bản đề nghị của Sở.`,
  ];
  lines.forEach((text, k) => {
    const cell = sheet.getCell(k + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (k < 2) cell.font = { bold: true, size: k === 0 ? 14 : 12 };
    sheet.getRow(k + 1).height = LINE * linesOf(text, 98);
  });
  printSetup(sheet, input.illustrative, undefined);
}

/** The signatures under a sheet, as a unit's report to the department has them: who made it, and its head. */
export function signatureLines(sheet: Worksheet, at: number, left: number, right: number): void {
  const pairs: [number, string, string][] = [
    [left, 'NGƯỜI LẬP BIỂU', '(Ký, ghi rõ họ tên)'],
    [right, 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, ghi rõ họ tên, đóng dấu)'],
  ];
  for (const [col, title, how] of pairs) {
    const head = sheet.getCell(at, col);
    head.value = title;
    head.font = { bold: true };
    head.alignment = { horizontal: 'center' };
    const note = sheet.getCell(at + 1, col);
    note.value = how;
    note.font = { italic: true };
    note.alignment = { horizontal: 'center', wrapText: true };
  }
  sheet.getRow(at + 1).height = LINE * 2;
}

/** Locks every cell but the unlocked ones, without a password (a unit that must change the form asks the office). */
export async function protect(sheet: Worksheet): Promise<void> {
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
  });
}
