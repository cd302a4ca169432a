/**
 * Reads what `import` needs of an .xlsx workbook, and nothing else: the sheets (name, hidden or not), each cell's
 * value as the file keeps it (a number, text, yes/no, a formula with its cached result, an error) with its number
 * format (a percent typed, a date Excel made of a figure), and the merged ranges. An .xlsx is a zip of XML parts:
 * fflate unzips it (only the parts read), and its XML is walked tag by tag. exceljs, which writes the workbooks, reads them too,
 * but it took ~110 ms to load and ~20 ms a workbook (it builds every style, validation and print setting), 3 times
 * what this reader takes: `npm run bench`'s measure 7 (README, Performance).
 */
import { strFromU8, unzipSync } from 'fflate';

/** A cell's value as the file keeps it, in the shapes exceljs gives them (plainOf in read-unit-workbook.ts). */
export type XlsxValue =
  | null
  | number
  | string
  | boolean
  | Date
  | { formula: string; result?: XlsxValue }
  | { error: string };

export interface XlsxCell {
  value: XlsxValue;
  /** The cell's number format code ("0.00%", "dd/mm/yyyy", "General"). */
  numFmt: string;
  /** "I8". */
  address: string;
  /** What the cell shows, for a date: its value as the file wrote it. */
  text: string;
}

export interface XlsxSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The last row with a cell. */
  rowCount: number;
  /** Merged ranges ("G9:I9"). */
  merges: string[];
  cell(row: number, col: number): XlsxCell;
}

export interface XlsxBook {
  worksheets: XlsxSheet[];
  getWorksheet(name: string): XlsxSheet | undefined;
}

/** "I" for 9; "AA" for 27. */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** [row, col] of "I8". */
export function cellPosition(address: string): [number, number] {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!match) return [0, 0];
  let col = 0;
  for (const ch of match[1] ?? '') col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(match[2]), col];
}

/** The built-in number formats a cell may name by id (ECMA-376 18.8.30): the percents and the dates. */
const BUILT_IN: Record<number, string> = {
  9: '0%',
  10: '0.00%',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  22: 'm/d/yy h:mm',
};

/** True for a format that shows a date or a time (letters d, m, y, h, s outside quotes and brackets). */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare);
}

/** Excel's day number as a date (the 1900 system, its leap-year bug included). */
function fromSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

/** A start tag: its name as written ("x:c") and its attributes, their entities decoded. */
interface Tag {
  name: string;
  attributes: Record<string, string>;
}
const local = (tag: Tag) => tag.name.slice(tag.name.indexOf(':') + 1);
const attr = (tag: Tag, name: string) => {
  const own = tag.attributes[name];
  if (own !== undefined) return own;
  // A prefixed name ("r:id"), as the relationships' ids are written.
  for (const key in tag.attributes) if (key.endsWith(`:${name}`)) return tag.attributes[key];
  return undefined;
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Decodes the five named entities and numeric references ("&amp;", "&#7889;", "&#x1EC7;"). */
function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Walks an XML part, calling `open`, `close` and `text` with each tag's local name. The parts of a workbook are
 * machine-written XML (no DTD); comments, processing instructions and CDATA are handled, nothing else is needed.
 * saxes, tried first, took 3 times as long on the tool's workbooks (its per-character state machine).
 */
function walk(
  xml: string,
  on: { open?: (tag: Tag, name: string) => void; close?: (name: string) => void; text?: (t: string) => void },
): void {
  const token =
    /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([^\s/>]+)([^>]*?)(\/?)>|([^<]+)/g;
  const attribute = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let depth = 0;
  for (let m = token.exec(xml); m !== null; m = token.exec(xml)) {
    const [, cdata, closing, name, rest, selfClosing, text] = m;
    if (cdata !== undefined) on.text?.(cdata);
    else if (text !== undefined) {
      if (depth > 0) on.text?.(decode(text));
    } else if (name !== undefined) {
      const tag: Tag = { name, attributes: {} };
      if (closing) {
        depth -= 1;
        on.close?.(local(tag));
        continue;
      }
      for (let a = attribute.exec(rest ?? ''); a !== null; a = attribute.exec(rest ?? ''))
        tag.attributes[a[1] ?? ''] = decode(a[2] ?? a[3] ?? '');
      attribute.lastIndex = 0;
      on.open?.(tag, local(tag));
      if (selfClosing) on.close?.(local(tag));
      else depth += 1;
    }
  }
  if (depth !== 0) throw new Error('the XML of a part is cut short');
}

/** Reads the workbook; throws (a damaged file) when a part it needs is missing or not XML. */
export function readXlsx(bytes: Uint8Array): XlsxBook {
  const files = unzipSync(bytes, {
    filter: (f) =>
      /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(
        f.name,
      ),
  });
  const part = (name: string) => {
    const data = files[name];
    return data === undefined ? undefined : strFromU8(data);
  };
  const workbook = part('xl/workbook.xml');
  if (workbook === undefined) throw new Error('no xl/workbook.xml');

  const targets = new Map<string, string>();
  walk(part('xl/_rels/workbook.xml.rels') ?? '<Relationships/>', {
    open: (tag, name) => {
      const id = attr(tag, 'Id');
      const target = attr(tag, 'Target');
      if (name === 'Relationship' && id && target)
        targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    },
  });

  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let inPhonetic = false;
  walk(part('xl/sharedStrings.xml') ?? '<sst/>', {
    open: (_, name) => {
      if (name === 'si') current = [];
      else if (name === 't') inText = true;
      else if (name === 'rPh') inPhonetic = true;
    },
    close: (name) => {
      if (name === 'si') {
        strings.push((current ?? []).join(''));
        current = undefined;
      } else if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
    },
    text: (t) => {
      if (inText && !inPhonetic) current?.push(t);
    },
  });

  const formats = new Map<number, string>(Object.entries(BUILT_IN).map(([k, v]) => [Number(k), v]));
  const styles: string[] = [];
  let inCellXfs = false;
  const stylesXml = part('xl/styles.xml') ?? '';
  walk(`<s>${element(stylesXml, 'numFmts')}${element(stylesXml, 'cellXfs')}</s>`, {
    open: (tag, name) => {
      if (name === 'numFmt') formats.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? 'General');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styles.push(String(Number(attr(tag, 'numFmtId') ?? 0)));
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  const formatOf = (style: number) => formats.get(Number(styles[style] ?? 0)) ?? 'General';

  // Each sheet is parsed when first asked for: import never reads the guide's.
  const sheets: XlsxSheet[] = [];
  walk(workbook, {
    open: (tag, name) => {
      if (name !== 'sheet') return;
      const target = targets.get(attr(tag, 'id') ?? '');
      const state = attr(tag, 'state');
      let parsed: XlsxSheet | undefined;
      const sheetName = attr(tag, 'name') ?? '';
      const sheetState = state === 'hidden' || state === 'veryHidden' ? state : 'visible';
      const load = () => {
        parsed ??= readSheet(
          sheetName,
          sheetState,
          (target && part(target)) || '<worksheet/>',
          strings,
          formatOf,
        );
        return parsed;
      };
      sheets.push({
        name: sheetName,
        state: sheetState,
        get rowCount() {
          return load().rowCount;
        },
        get merges() {
          return load().merges;
        },
        cell: (row, col) => load().cell(row, col),
      });
    },
  });
  return { worksheets: sheets, getWorksheet: (name) => sheets.find((s) => s.name === name) };
}

/** The part of `xml` from the element `name` to its end (its data, without what surrounds it), or ''. */
function element(xml: string, name: string): string {
  const start = xml.search(new RegExp(`<(\\w+:)?${name}[\\s/>]`));
  if (start < 0) return '';
  const close = new RegExp(`</(\\w+:)?${name}>`).exec(xml.slice(start));
  if (close === null) {
    // Self-closing: <mergeCells/>, <sheetData/>.
    return xml.slice(start, xml.indexOf('>', start) + 1);
  }
  return xml.slice(start, start + close.index + close[0].length);
}

function readSheet(
  name: string,
  state: XlsxSheet['state'],
  xml: string,
  strings: readonly string[],
  formatOf: (style: number) => string,
): XlsxSheet {
  const cells = new Map<string, XlsxCell>();
  const merges: string[] = [];
  let rowCount = 0;
  let open: { address: string; type: string; style: number } | undefined;
  let field: 'v' | 'f' | 't' | undefined;
  let v = '';
  let f: string | undefined;
  let inline = '';
  walk(`<s>${element(xml, 'sheetData')}${element(xml, 'mergeCells')}</s>`, {
    open: (tag, tagName) => {
      if (tagName === 'c') {
        open = {
          address: attr(tag, 'r') ?? '',
          type: attr(tag, 't') ?? 'n',
          style: Number(attr(tag, 's') ?? 0),
        };
        v = '';
        f = undefined;
        inline = '';
      } else if (open && (tagName === 'v' || tagName === 't')) field = tagName;
      else if (open && tagName === 'f') {
        field = 'f';
        f = '';
      } else if (tagName === 'mergeCell') {
        const ref = attr(tag, 'ref');
        if (ref) merges.push(ref);
      }
    },
    text: (t) => {
      if (field === 'v') v += t;
      else if (field === 'f') f = (f ?? '') + t;
      else if (field === 't') inline += t;
    },
    close: (tagName) => {
      if (tagName === 'v' || tagName === 'f' || tagName === 't') field = undefined;
      if (tagName !== 'c' || open === undefined) return;
      const numFmt = formatOf(open.style);
      const cached = cellValue(open.type, v, inline, strings, numFmt);
      const value: XlsxValue =
        f === undefined ? cached : { formula: f, ...(v === '' ? {} : { result: cached }) };
      const [row] = cellPosition(open.address);
      rowCount = Math.max(rowCount, row);
      cells.set(open.address, { value, numFmt, address: open.address, text: v });
      open = undefined;
    },
  });
  return {
    name,
    state,
    rowCount,
    merges,
    cell: (row, col) => {
      const address = `${columnLetters(col)}${row}`;
      return cells.get(address) ?? { value: null, numFmt: 'General', address, text: '' };
    },
  };
}

function cellValue(
  type: string,
  v: string,
  inline: string,
  strings: readonly string[],
  numFmt: string,
): XlsxValue {
  switch (type) {
    case 's':
      return strings[Number(v)] ?? '';
    case 'inlineStr':
      return inline;
    case 'str':
      return v;
    case 'b':
      return v === '1';
    case 'e':
      return { error: v };
    default: {
      if (v === '') return null;
      const n = Number(v);
      return isDateFormat(numFmt) ? fromSerial(n) : n;
    }
  }
}
