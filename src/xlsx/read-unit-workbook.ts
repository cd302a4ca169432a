/**
 * Reads a unit's filled workbook (the one unit-workbook.ts writes) back into the entry of the units' year file,
 * with every problem at its sheet and cell ("Chỉ tiêu!I12"): the file that is not an .xlsx (an old .xls, a
 * password, damage), a sheet renamed, a column moved, a row deleted, merged cells, a figure typed as text
 * ("24.000", "6,92"), a formula without its value. Each value read remembers its cell, so that the problems the
 * data's own rules find later are shown at the cell too.
 */
import { Big } from 'big.js';
import {
  type Diagnostic,
  type DiagnosticArgsOf,
  type DiagnosticCode,
  diagnostic,
} from '../diagnostics/diagnostic.js';
import { toPointer } from '../diagnostics/pointer.js';
import { suggest } from '../diagnostics/suggest.js';
import { qualifierOfWords, unmarked } from '../domain/qualifier-words.js';
import { classifyNumber } from '../load/classify-number.js';
import type { ScoringScheme } from '../model/emulation.js';
import type { Catalogue, Indicator } from '../model/types.js';
import {
  cellPosition,
  readXlsx,
  type XlsxBook,
  type XlsxCell,
  type XlsxSheet,
  type XlsxValue,
} from './read-xlsx.js';
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
  parseRowKey,
  QUALIFIER_CHOICES,
  SHEETS,
  TOOL,
  VALUE_COLUMNS,
  valueHeadings,
  YES_NO_WORDS,
} from './unit-workbook-layout.js';

/** What the hidden sheet says the workbook is for. */
export interface WorkbookMeta {
  kind: string;
  year: number;
  unit: string;
}

/** A workbook opened: what it is for, or why it cannot be read. */
export type Opened =
  | { book: XlsxBook; meta: WorkbookMeta; diagnostics: [] }
  | { book: undefined; meta: undefined; diagnostics: Diagnostic[] };

/** The values of a unit's entry as the YAML file writes them (numbers as decimal text, to be written as numbers). */
export type EntryJson = Record<string, unknown>;

/** A unit's entry read from its workbook, and where each of its values came from. */
export interface ReadEntry {
  entry: EntryJson;
  /** JSON pointer of a value in the entry (from the unit's entry down: "/criteria/x") → its sheet and cell. */
  cells: Map<string, string>;
  diagnostics: Diagnostic[];
}

/** Reports a problem at a cell of the workbook, or at the file when `cell` is undefined. */
export type Report = <C extends DiagnosticCode>(
  code: C,
  args: DiagnosticArgsOf[C],
  cell: string | undefined,
  severity?: 'error' | 'warning',
) => void;

export function reporterFor(file: string, into: Diagnostic[]): Report {
  return (code, args, cell, severity = 'error') => {
    into.push(
      diagnostic(code, args, {
        severity,
        file,
        line: 1,
        column: 1,
        pointer: '',
        ...(cell === undefined ? {} : { cell }),
      }),
    );
  };
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, k) => bytes[k] === b);
const contains = (bytes: Uint8Array, text: string, utf16: boolean) => {
  const needle = Buffer.from(text, utf16 ? 'utf16le' : 'latin1');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
};

/** Returns the workbook opened and what its hidden sheet says it is for, or why it cannot be. */
export async function openWorkbook(file: string, bytes: Uint8Array): Promise<Opened> {
  const diagnostics: Diagnostic[] = [];
  const report = reporterFor(file, diagnostics);
  const fail = (): Opened => ({ book: undefined, meta: undefined, diagnostics });
  // An .xlsx is a zip; an old .xls and a password-protected .xlsx are both OLE compound files.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    report(
      'WORKBOOK_UNREADABLE',
      { problem: contains(bytes, 'EncryptionInfo', true) ? 'encrypted' : 'xls' },
      undefined,
    );
    return fail();
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    report('WORKBOOK_UNREADABLE', { problem: 'not_xlsx' }, undefined);
    return fail();
  }
  if (contains(bytes.subarray(0, 200), 'application/vnd.oasis.opendocument', false)) {
    report('WORKBOOK_UNREADABLE', { problem: 'ods' }, undefined);
    return fail();
  }
  let book: XlsxBook;
  try {
    book = readXlsx(bytes);
  } catch (error) {
    report(
      'WORKBOOK_UNREADABLE',
      { problem: 'corrupt', detail: (error as Error).message.slice(0, 120) },
      undefined,
    );
    return fail();
  }
  const sheet = book.getWorksheet(SHEETS.meta);
  const values = new Map<string, unknown>();
  for (let r = 1; r <= (sheet?.rowCount ?? 0); r++) {
    const key = sheet?.cell(r, 1).value;
    if (typeof key === 'string') values.set(key, sheet?.cell(r, 2).value);
  }
  const year = values.get(META_KEYS.year);
  const unit = values.get(META_KEYS.unit);
  const kind = values.get(META_KEYS.kind);
  const version = values.get(META_KEYS.version);
  // The unit's id only in a unit's workbook (the department's has none, which a spreadsheet may not keep).
  if (
    values.get(META_KEYS.tool) !== TOOL ||
    typeof year !== 'number' ||
    typeof kind !== 'string' ||
    (kind === 'unit-results' && typeof unit !== 'string') ||
    (typeof version === 'number' && version > LAYOUT_VERSION)
  ) {
    report(
      'WORKBOOK_NOT_EXPORTED',
      { sheets: book.worksheets.map((w) => w.name).filter((n) => n !== SHEETS.meta) },
      undefined,
    );
    return fail();
  }
  return { book, meta: { kind, year, unit: typeof unit === 'string' ? unit : '' }, diagnostics: [] };
}

/** A cell's value as what it shows: a formula's cached result, rich text's characters, a link's text. */
type Plain = { value: string | number | boolean | Date | null } | { formula: 'no_value' } | { error: string };

function plainOf(value: XlsxValue | undefined): Plain {
  if (value === null || value === undefined) return { value: null };
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
    return { value };
  if ('error' in value) return { error: value.error };
  if (value.result === undefined || value.result === null) return { formula: 'no_value' };
  return plainOf(value.result);
}

/** A number written as plain decimal text, with no exponent: what the data files hold. */
function decimalText(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  // Excel keeps 15 significant digits: 0.1 + 0.2 is written 0.3, as the user sees it; 1e-7 as 0.0000001.
  return new Big(Number(n.toPrecision(15))).toFixed();
}

/** Reads the cells of one sheet, each reporting its problem at its own address. */
export class SheetReader {
  constructor(
    private readonly sheet: XlsxSheet,
    private readonly report: Report,
  ) {}

  get name(): string {
    return this.sheet.name;
  }

  address(row: number, col: number): string {
    return `${this.sheet.name}!${this.sheet.cell(row, col).address}`;
  }

  private plain(cell: XlsxCell, at: string): Plain | undefined {
    const plain = plainOf(cell.value);
    if ('formula' in plain) {
      this.report('CELL_FORMULA', { problem: 'no_value' }, at);
      return undefined;
    }
    if ('error' in plain) {
      this.report('CELL_FORMULA', { problem: 'error', error: plain.error }, at);
      return undefined;
    }
    return plain;
  }

  /** The cell's text, trimmed; undefined when blank (or not readable, reported). */
  text(row: number, col: number): string | undefined {
    const at = this.address(row, col);
    const plain = this.plain(this.sheet.cell(row, col), at);
    if (plain === undefined || !('value' in plain) || plain.value === null) return undefined;
    const v = plain.value;
    const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return text.trim() === '' ? undefined : text.trim();
  }

  /** The cell's figure as decimal text; undefined when blank or wrong (reported). */
  number(row: number, col: number, whole: boolean): string | undefined {
    const at = this.address(row, col);
    const cell = this.sheet.cell(row, col);
    const plain = this.plain(cell, at);
    if (plain === undefined || !('value' in plain)) return undefined;
    const v = plain.value;
    let figure: string | undefined;
    if (v === null) return undefined;
    if (typeof v === 'number') {
      // "65%" typed into the cell: Excel keeps 0.65 with a percent format; the data writes 65.
      const percent = cell.numFmt.includes('%');
      figure = decimalText(percent ? v * 100 : v);
      if (figure === undefined) {
        this.report('CELL_NOT_NUMBER', { text: String(v), found: 'text' }, at);
        return undefined;
      }
    } else if (v instanceof Date) {
      this.report(
        'CELL_NOT_NUMBER',
        { text: v.toISOString().slice(0, 10).split('-').reverse().join('/'), found: 'date' },
        at,
      );
      return undefined;
    } else if (typeof v === 'boolean') {
      this.report('CELL_NOT_NUMBER', { text: v ? 'TRUE' : 'FALSE', found: 'boolean' }, at);
      return undefined;
    } else {
      figure = this.numberInText(v.trim(), at);
      if (figure === undefined) return undefined;
    }
    if (whole && !/^\d+$/.test(figure)) {
      this.report('CELL_NOT_WHOLE', { value: figure }, at);
      return undefined;
    }
    return figure;
  }

  /** A figure by its rule (whole, at most a maximum: a rate's 100), reported at its cell when it breaks it. */
  figure(row: number, col: number, rule: FigureRule, id: string): string | undefined {
    const value = this.number(row, col, rule.whole);
    if (value !== undefined && rule.max !== undefined && Number(value) > rule.max) {
      this.report('RATE_OVER_100', { id, value }, this.address(row, col));
      return undefined;
    }
    return value;
  }

  /**
   * A figure typed as text: taken when it can only be one number (a warning), else reported with the readings
   * `check` gives the same writing in a YAML file (classifyNumber: "24.000", "6,92", "24,000", "24 000", "65%").
   */
  private numberInText(text: string, at: string): string | undefined {
    if (text === '') return undefined;
    const problem = classifyNumber(text, 'text');
    if (problem !== undefined) {
      const a = problem.args;
      if (problem.code === 'NUMBER_NOTATION' && a.form === 'quoted' && a.meant !== undefined) {
        this.report('CELL_NUMBER_AS_TEXT', { text }, at, 'warning');
        return a.meant;
      }
      if (problem.code === 'NUMBER_THOUSANDS_DOT') {
        const meant = a.meant ?? a.asThousands ?? '';
        const other = a.asDecimal;
        this.report(
          'CELL_TEXT_NUMBER',
          { text, form: 'thousands_dot', meant, ...(other ? { other } : {}) },
          at,
        );
        return undefined;
      }
      if (problem.code === 'NUMBER_AMBIGUOUS_COMMA') {
        this.report(
          'CELL_TEXT_NUMBER',
          { text, form: 'ambiguous_comma', meant: a.asThousands ?? '', other: a.asDecimal ?? '' },
          at,
        );
        return undefined;
      }
      if (problem.code === 'NUMBER_DECIMAL_COMMA' && a.meant !== undefined) {
        this.report('CELL_TEXT_NUMBER', { text, form: 'decimal_comma', meant: a.meant }, at);
        return undefined;
      }
      if (typeof a.meant === 'string' && a.meant !== '') {
        this.report('CELL_TEXT_NUMBER', { text, form: 'other', meant: a.meant }, at);
        return undefined;
      }
    }
    // "trên 24000": the qualifier belongs in its own column.
    const qualified = /^(\D+?)\s*([\d.,]+)$/.exec(text);
    const qualifier = qualified?.[1] ? qualifierOfWords(qualified[1]) : undefined;
    if (qualified && qualifier !== undefined) {
      const words = qualified[1]?.trim() ?? '';
      this.report(
        'CELL_NOT_NUMBER',
        { text, found: 'qualified', qualifier: words, figure: qualified[2] ?? '' },
        at,
      );
      return undefined;
    }
    this.report('CELL_NOT_NUMBER', { text, found: 'text' }, at);
    return undefined;
  }

  /** The cell's choice among `choices` (compared without case and marks), or undefined when blank or wrong. */
  choice<T extends string>(row: number, col: number, choices: Record<T, string>): T | undefined {
    const text = this.text(row, col);
    if (text === undefined) return undefined;
    const fold = (t: string) => t.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
    const found = (Object.keys(choices) as T[]).find((k) => fold(choices[k]) === fold(text));
    if (found === undefined)
      this.report('CELL_CHOICE', { text, allowed: Object.values<string>(choices) }, this.address(row, col));
    return found;
  }

  /** The qualifier's cell: blank is exact. */
  qualifier(row: number, col: number): string | undefined {
    const text = this.text(row, col);
    if (text === undefined) return undefined;
    const q = qualifierOfWords(text);
    if (q === undefined || q === 'exact') {
      this.report('CELL_CHOICE', { text, allowed: QUALIFIER_CHOICES }, this.address(row, col));
      return undefined;
    }
    return q;
  }

  /** True when the heading row is as written; each heading moved is reported at its cell. */
  headings(expected: Record<string, string>, columns: Record<string, number>): boolean {
    let ok = true;
    for (const [name, col] of Object.entries(columns)) {
      if (name === 'key') continue;
      const want = expected[name] ?? '';
      const found = this.text(HEADING_ROW, col) ?? '';
      if (found !== want) {
        this.report('CELL_MOVED', { expected: want, found }, this.address(HEADING_ROW, col));
        ok = false;
      }
    }
    return ok;
  }

  /** The rows of the table by their key in column A (rows without one are headings of sections). */
  keyedRows(): { row: number; key: string }[] {
    const rows: { row: number; key: string }[] = [];
    for (let r = FIRST_ROW; r <= this.sheet.rowCount; r++) {
      const key = this.sheet.cell(r, 1).value;
      if (typeof key === 'string' && key.trim() !== '') rows.push({ row: r, key: key.trim() });
    }
    return rows;
  }

  /** Reports every merged range that covers a cell to fill in (columns from `first` on, in keyed rows). */
  merged(keyed: ReadonlySet<number>, first: number): boolean {
    let found = false;
    for (const range of this.sheet.merges) {
      const [from = '', to = from] = range.split(':');
      const [rowA] = cellPosition(from);
      const [rowB, colB] = cellPosition(to);
      let covers = false;
      for (let r = rowA; r <= rowB; r++) if (keyed.has(r) && colB >= first) covers = true;
      if (covers) {
        this.report('CELL_MERGED', { range }, `${this.sheet.name}!${from}`);
        found = true;
      }
    }
    return found;
  }
}

/** Returns the sheet named, or reports it missing (with the sheet that looks renamed). */
export function sheetOf(book: XlsxBook, name: string, report: Report): XlsxSheet | undefined {
  const sheet = book.getWorksheet(name);
  if (sheet) return sheet;
  const expected = new Set<string>(Object.values(SHEETS));
  const found = book.worksheets.map((w) => w.name).filter((n) => n !== SHEETS.meta);
  const strangers = found.filter((n) => !expected.has(n));
  report(
    'SHEET_MISSING',
    { sheet: name, found, suggestion: strangers.length === 1 ? strangers[0] : suggest(name, strangers) },
    undefined,
  );
  return undefined;
}

/** A lowercase id of plain letters from a name: "Tư vấn việc làm" → "tu-van-viec-lam". */
export function idOf(name: string): string {
  return (
    unmarked(name.toLowerCase())
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'chi-tieu'
  );
}

/**
 * Returns the unit's entry read from the workbook's figures' and members' sheets, in the scheme the unit is scored
 * by; nothing of the entry is trusted when a sheet's layout has moved (the problems say where).
 */
export function readUnitEntry(
  file: string,
  book: XlsxBook,
  scheme: ScoringScheme,
  indicators: readonly Indicator[],
  year: number,
): ReadEntry {
  const diagnostics: Diagnostic[] = [];
  const report = reporterFor(file, diagnostics);
  const cells = new Map<string, string>();
  const entry: EntryJson = {};
  /** Puts a value read at `cell` in the entry; with no value, only remembers the cell of the path (a row). */
  const put = (path: string[], value: unknown, cell: string) => {
    cells.set(toPointer(path), cell);
    if (value === undefined) return;
    let at = entry as Record<string, unknown>;
    for (const key of path.slice(0, -1)) {
      at[key] ??= {};
      at = at[key] as Record<string, unknown>;
    }
    at[path.at(-1) ?? ''] = value;
  };

  const figures = sheetOf(book, SHEETS.figures, report);
  if (figures) readFigures(new SheetReader(figures, report), scheme, indicators, year, put, report);
  const members = sheetOf(book, SHEETS.members, report);
  if (members) readMembers(new SheetReader(members, report), put, cells, report);
  return { entry, cells, diagnostics };
}

type Put = (path: string[], value: unknown, cell: string) => void;

function readFigures(
  sheet: SheetReader,
  scheme: ScoringScheme,
  indicators: readonly Indicator[],
  year: number,
  put: Put,
  report: Report,
): void {
  const C = FIGURE_COLUMNS;
  if (!sheet.headings(figureHeadings(year), C)) return;
  const rows = sheet.keyedRows();
  if (sheet.merged(new Set(rows.map((r) => r.row)), C.name)) return;
  // An indicator the scheme scores: the catalogue's, else the scheme's own (no decimals said: any figure).
  const indicatorOf = (id: string): Pick<Indicator, 'unit' | 'kind' | 'decimals'> =>
    indicators.find((i) => i.id === id) ?? {
      unit: scheme.indicators.find((i) => i.id === id)?.unit ?? '',
      kind: 'number',
      decimals: 2,
    };
  const seen = new Set<string>();
  const ownIds = new Set<string>();
  const news: { row: number }[] = [];
  const scored = new Set(scheme.criteria.flatMap((c) => (c.type === 'indicator' ? [c.indicator] : [])));
  for (const { row, key: written } of rows) {
    const key = parseRowKey(written);
    const known =
      key !== undefined &&
      (key.kind === 'own' ||
        (key.kind === 'indicator' && scored.has(key.id)) ||
        (key.kind === 'criterion' && scheme.criteria.some((c) => c.id === key.id)));
    // A row of another scheme or a mangled key: its figures would go nowhere; a row copied: twice somewhere.
    if (key === undefined || !known) {
      report('ROW_KEY', { key: written, problem: 'unknown' }, sheet.address(row, C.name));
      continue;
    }
    if (key.id !== '' && seen.has(`${key.kind}:${key.id}`)) {
      report('ROW_KEY', { key: written, problem: 'twice' }, sheet.address(row, C.name));
      continue;
    }
    seen.add(`${key.kind}:${key.id}`);
    if (key.kind === 'criterion') {
      const criterion = scheme.criteria.find((c) => c.id === key.id);
      if (criterion === undefined) continue;
      const at = sheet.address(row, C.result);
      if (criterion.type === 'yes_no') {
        const answer = sheet.choice(row, C.result, YES_NO_WORDS);
        if (answer !== undefined) put(['criteria', key.id], answer === 'yes', at);
      } else {
        const figure = sheet.number(row, C.result, criterion.type !== 'judged');
        if (figure !== undefined) put(['criteria', key.id], Number(figure), at);
      }
      continue;
    }
    if (key.kind === 'own' && key.id === '') {
      news.push({ row });
      continue;
    }
    if (key.kind === 'own') ownIds.add(key.id);
    readFigureRow(
      sheet,
      row,
      key.kind === 'own' ? 'own_indicators' : 'indicators',
      key.id,
      key.kind === 'own' ? undefined : indicatorOf(key.id),
      put,
      report,
    );
  }
  // A new target of the unit's own: its id made from its name, unique among the unit's.
  for (const { row } of news) {
    const name = sheet.text(row, C.name);
    const id = name === undefined ? '' : uniqueId(idOf(name), ownIds);
    if (id !== '') ownIds.add(id);
    readFigureRow(sheet, row, 'own_indicators', id, undefined, put, report);
  }
  // Every row the scheme asks for must still be there.
  for (const c of scheme.criteria) {
    const key =
      c.type === 'indicator'
        ? `indicator:${c.indicator}`
        : c.type === 'own_targets'
          ? undefined
          : `criterion:${c.id}`;
    if (key !== undefined && !seen.has(key)) report('ROW_MISSING', { row: c.name }, sheet.name);
  }
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** One row of figures: an indicator the scheme scores, or one of the unit's own targets (its name, unit, direction). */
function readFigureRow(
  sheet: SheetReader,
  row: number,
  section: 'indicators' | 'own_indicators',
  id: string,
  /** The indicator of a row the scheme scores; undefined for the unit's own targets. */
  indicator: Pick<Indicator, 'unit' | 'kind' | 'decimals'> | undefined,
  put: Put,
  report: Report,
): void {
  const C = FIGURE_COLUMNS;
  const own = indicator === undefined;
  const name = own ? sheet.text(row, C.name) : undefined;
  const unit = own ? sheet.text(row, C.unit) : undefined;
  const rule = figureRule(indicator?.unit ?? unit ?? '', indicator);
  const target = sheet.figure(row, C.target, rule, id);
  const result = sheet.figure(row, C.result, rule, id);
  const qualifier = sheet.qualifier(row, C.qualifier);
  const note = sheet.text(row, C.note);
  const direction = own ? sheet.choice(row, C.direction, DIRECTION_WORDS) : undefined;
  const hasFigures =
    target !== undefined || result !== undefined || qualifier !== undefined || note !== undefined;
  // A new own target with only its name or unit written is incomplete; an old one left blank was not registered.
  const started =
    own && id === '' ? name !== undefined || unit !== undefined || direction !== undefined : false;
  if (!hasFigures && !started) return;
  // What an incomplete row lacks first, and the cell where it goes.
  const missing: ['name' | 'unit' | 'direction' | 'target' | 'value', number] | undefined =
    own && (name === undefined || id === '')
      ? ['name', C.name]
      : own && unit === undefined
        ? ['unit', C.unit]
        : own && direction === undefined
          ? ['direction', C.direction]
          : // An own target is scored on its result's share of the target: it has one.
            own && target === undefined
            ? ['target', C.target]
            : qualifier !== undefined && result === undefined
              ? ['value', C.result]
              : undefined;
  if (missing !== undefined) {
    report('ROW_INCOMPLETE', { missing: missing[0] }, sheet.address(row, missing[1]));
    return;
  }
  const path = [section, id];
  // The row as a whole, where a problem of the entry (a field missing) is shown.
  put(path, undefined, sheet.address(row, C.result));
  if (own) {
    put([...path, 'name'], name, sheet.address(row, C.name));
    put([...path, 'unit'], unit, sheet.address(row, C.unit));
    put([...path, 'direction'], direction, sheet.address(row, C.direction));
  }
  if (target !== undefined) put([...path, 'target'], Number(target), sheet.address(row, C.target));
  if (result !== undefined) put([...path, 'result'], Number(result), sheet.address(row, C.result));
  if (qualifier !== undefined) put([...path, 'qualifier'], qualifier, sheet.address(row, C.qualifier));
  if (note !== undefined) put([...path, 'note'], note, sheet.address(row, C.note));
}

function readMembers(sheet: SheetReader, put: Put, cells: Map<string, string>, report: Report): void {
  const C = MEMBER_COLUMNS;
  if (!sheet.headings(MEMBER_HEADINGS, C)) return;
  const rows = sheet.keyedRows();
  if (sheet.merged(new Set(rows.map((r) => r.row)), C.count)) return;
  const byKey = new Map(rows.map((r) => [r.key, r.row]));
  for (const [key, words] of MEMBER_ROWS) {
    const row = byKey.get(`member:${key}`);
    if (row === undefined) {
      report('ROW_MISSING', { row: words }, sheet.name);
      continue;
    }
    const count = sheet.number(row, C.count, true);
    if (count !== undefined) put(['members', key], Number(count), sheet.address(row, C.count));
  }
  // The members' group, where a missing total is reported: at the total's cell.
  const total = byKey.get('member:total');
  if (total !== undefined) cells.set('/members', sheet.address(total, C.count));
}

/** The department's figures read from its workbook: per indicator, value, qualifier and note, with their cells. */
export function readDepartmentValues(
  file: string,
  book: XlsxBook,
  catalogue: Catalogue,
  year: number,
): { values: Record<string, EntryJson>; cells: Map<string, string>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = reporterFor(file, diagnostics);
  const values: Record<string, EntryJson> = {};
  const cells = new Map<string, string>();
  const found = sheetOf(book, SHEETS.figures, report);
  if (found === undefined) return { values, cells, diagnostics };
  const sheet = new SheetReader(found, report);
  const C = VALUE_COLUMNS;
  if (!sheet.headings(valueHeadings(year), C)) return { values, cells, diagnostics };
  const rows = sheet.keyedRows();
  if (sheet.merged(new Set(rows.map((r) => r.row)), C.qualifier)) return { values, cells, diagnostics };
  const byKey = new Map(rows.map((r) => [r.key, r.row]));
  for (const indicator of catalogue.indicators) {
    const row = byKey.get(`value:${indicator.id}`);
    if (row === undefined) {
      report('ROW_MISSING', { row: indicator.name }, sheet.name);
      continue;
    }
    const rule = figureRule(indicator.unit, indicator);
    const value = sheet.figure(row, C.result, rule, indicator.id);
    const qualifier = sheet.qualifier(row, C.qualifier);
    const note = sheet.text(row, C.note);
    if (value === undefined) {
      // A qualifier or a note typed beside a blank figure would be lost: said, at the figure's cell.
      if (qualifier !== undefined || note !== undefined)
        report('ROW_INCOMPLETE', { missing: 'value' }, sheet.address(row, C.result));
      continue;
    }
    const at = (col: number) => sheet.address(row, col);
    values[indicator.id] = {
      value: Number(value),
      ...(qualifier === undefined ? {} : { qualifier }),
      ...(note === undefined ? {} : { note }),
    };
    cells.set(toPointer([indicator.id]), at(C.result));
    cells.set(toPointer([indicator.id, 'value']), at(C.result));
    cells.set(toPointer([indicator.id, 'qualifier']), at(C.qualifier));
    cells.set(toPointer([indicator.id, 'note']), at(C.note));
  }
  return { values, cells, diagnostics };
}
