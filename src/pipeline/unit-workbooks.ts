/**
 * The workbooks to fill in (issue 23): `export` writes each unit a workbook for its year, and the department one for
 * its own figures; `import` reads the filled workbooks back into the year's units file (YYYY-units.yaml, merged by
 * unit) and results file (YYYY.yaml, by indicator), only the entries that change rewritten, the rest of each file
 * (its comments) as it was.
 * Nothing is written unless every workbook reads cleanly and the data, with the imported entries, passes `check`:
 * a problem of the merged data is shown at the workbook's cell it came from.
 */
import { access, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type Document, isMap, parseDocument, stringify } from 'yaml';
import { type Diagnostic, diagnostic, hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import { agencyOn } from '../domain/agency-periods.js';
import { unitActiveIn } from '../domain/unit-periods.js';
import { type ParsedFile, parseYamlFile } from '../load/parse-yaml-file.js';
import { toolError } from '../messages/messages.js';
import { type ScoringScheme, schemeFor } from '../model/emulation.js';
import type { DataSet, Unit } from '../model/types.js';
import { validateData } from '../validate/validate-data.js';
import { oneLine } from '../view/build-view-model.js';
import type { OutputFile } from '../write/write-files-atomically.js';
import {
  type EntryJson,
  openWorkbook,
  readDepartmentValues,
  readUnitEntry,
} from '../xlsx/read-unit-workbook.js';

/** The scheme a unit is scored by: its block's. */
function schemeOf(data: DataSet, unit: Unit): ScoringScheme | undefined {
  return schemeFor(data.scoring, unit.block);
}

/**
 * Where a year's unit workbooks are written: OUT/YEAR/don-vi/<unit id>-YEAR.xlsx (the year in the name, so that
 * last year's workbook sent back by mistake is told from this year's at a glance).
 */
export function unitWorkbookPath(out: string, year: number, unit: string): string {
  return join(out, String(year), 'don-vi', `${unit}-${year}.xlsx`);
}

/**
 * Returns the workbooks of the year's units (or the one named): every unit in office that year whose block is
 * scored. Throws a ToolError when the data lacks the units or the scoring, or does not know the unit named.
 */
export async function exportUnitWorkbooks(
  data: DataSet,
  options: { year: number; out: string; unit?: string | undefined; folder: string },
): Promise<OutputFile[]> {
  const { year } = options;
  // The department's own year, unless one unit is asked for.
  const files: OutputFile[] = options.unit === undefined ? [await departmentFile(data, options)] : [];
  const lacks = data.units === undefined ? 'units' : data.scoring === undefined ? 'scoring' : undefined;
  if (data.units === undefined || lacks !== undefined) {
    if (options.unit === undefined) return files;
    throw toolError('NO_SCORES', { year, lacks: lacks ?? 'units', data: options.folder });
  }
  const units = data.units.units.filter((u) => unitActiveIn(u, year) && schemeOf(data, u) !== undefined);
  const chosen = options.unit === undefined ? units : units.filter((u) => u.id === options.unit);
  if (options.unit !== undefined && chosen.length === 0) {
    const ids = units.map((u) => u.id);
    throw toolError('UNIT_NOT_IN_SCORES', {
      unit: options.unit,
      year,
      scored: ids,
      suggestion: suggest(options.unit, ids),
    });
  }
  const { unitWorkbook } = await import('../xlsx/unit-workbook.js');
  const current = data.unitResults?.get(year);
  const previous = data.unitResults?.get(year - 1);
  const illustrative =
    current?.illustrative === true || previous?.illustrative === true || data.scoring?.illustrative === true;
  for (const unit of chosen) {
    const scheme = schemeOf(data, unit);
    if (scheme === undefined) continue;
    files.push({
      path: unitWorkbookPath(options.out, year, unit.id),
      content: await unitWorkbook({
        year,
        unit,
        blockName: data.units.blocks.find((b) => b.id === unit.block)?.name ?? unit.block,
        scheme,
        indicators: data.catalogue.indicators,
        current: current?.units[unit.id],
        previous: previous?.units[unit.id],
        agency: agencyName(data, year),
        illustrative,
      }),
    });
  }
  return files;
}

/** The agency's name in running text, as it was at the year's end (its periods: the Sở Nội vụ from 2025). */
function agencyName(data: DataSet, year: number): string {
  const agency = agencyOn(data.agency, `${year}-12-31`) ?? data.agency;
  return agency.short_name ?? oneLine(agency.name);
}

/** Where the department's own workbook is written: OUT/YEAR/so-lieu-YEAR.xlsx. */
export function departmentWorkbookPath(out: string, year: number): string {
  return join(out, String(year), `so-lieu-${year}.xlsx`);
}

async function departmentFile(data: DataSet, options: { year: number; out: string }): Promise<OutputFile> {
  const { departmentWorkbook } = await import('../xlsx/department-workbook.js');
  const { year } = options;
  const current = data.results.get(year);
  const previous = data.results.get(year - 1);
  return {
    path: departmentWorkbookPath(options.out, year),
    content: await departmentWorkbook({
      year,
      agency: agencyName(data, year),
      catalogue: data.catalogue,
      current,
      previous,
      targets: data.targets.get(year),
      illustrative: current?.illustrative === true || previous?.illustrative === true,
    }),
  };
}

/** What an import did, or would have done. */
export interface ImportOutcome {
  diagnostics: Diagnostic[];
  /** The files to write (none when there are errors), and per file the units changed and unchanged. */
  files: OutputFile[];
  changes: { path: string; changed: string[]; unchanged: string[] }[];
}

interface ReadBook {
  file: string;
  year: number;
  unit: string;
  entry: EntryJson;
  cells: Map<string, string>;
}

/**
 * Reads the workbooks and returns the year files merged with their units' entries, with every problem found; the
 * caller writes the files only when there is no error. `data` is the data folder, already checked clean.
 */
export async function importUnitWorkbooks(
  data: DataSet,
  /** The data folder's files as loadData read them. */
  loaded: readonly ParsedFile[],
  folder: string,
  paths: readonly string[],
  year: number | undefined,
): Promise<ImportOutcome> {
  const diagnostics: Diagnostic[] = [];
  const books: ReadBook[] = [];
  /** The department's own workbooks: `entry` holds the figures by indicator. */
  const departments: ReadBook[] = [];
  // The latest year the data has results or units' figures for.
  const latest = Math.max(0, ...data.results.keys(), ...(data.unitResults?.keys() ?? []));
  const fileOnly = (file: string) => ({ severity: 'error' as const, file, line: 1, column: 1, pointer: '' });
  for (const file of paths) {
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => error);
    if (bytes instanceof Error) {
      const args =
        bytes.code === 'ENOENT'
          ? { problem: 'missing' as const }
          : { problem: 'corrupt' as const, detail: bytes.code ?? bytes.message };
      diagnostics.push(diagnostic('WORKBOOK_UNREADABLE', args, fileOnly(file)));
      continue;
    }
    const opened = await openWorkbook(file, new Uint8Array(bytes));
    if (opened.book === undefined) {
      diagnostics.push(...opened.diagnostics);
      continue;
    }
    const { meta, book } = opened;
    // Without --year, a workbook of a year before the data's latest is taken for last year's sent back by mistake.
    const expected = year ?? Math.max(meta.year, latest);
    if (meta.year !== expected) {
      diagnostics.push(diagnostic('WORKBOOK_YEAR', { year: meta.year, expected }, fileOnly(file)));
      continue;
    }
    if (meta.kind === 'results') {
      // The department's own year.
      const other = departments.find((b) => b.year === meta.year);
      if (other) {
        const id = agencyName(data, meta.year);
        diagnostics.push(diagnostic('WORKBOOK_UNIT_TWICE', { id, other: other.file }, fileOnly(file)));
        continue;
      }
      const read = readDepartmentValues(file, book, data.catalogue, meta.year);
      diagnostics.push(...read.diagnostics);
      departments.push({ file, year: meta.year, unit: '', entry: read.values, cells: read.cells });
      continue;
    }
    if (meta.kind !== 'unit-results') {
      diagnostics.push(
        diagnostic('WORKBOOK_NOT_EXPORTED', { sheets: book.worksheets.map((w) => w.name) }, fileOnly(file)),
      );
      continue;
    }
    const units = data.units?.units ?? [];
    const unit = units.find((u) => u.id === meta.unit);
    if (unit === undefined) {
      const ids = units.map((u) => u.id);
      diagnostics.push(
        diagnostic('UNKNOWN_UNIT', { id: meta.unit, suggestion: suggest(meta.unit, ids) }, fileOnly(file)),
      );
      continue;
    }
    if (!unitActiveIn(unit, meta.year)) {
      diagnostics.push(
        diagnostic(
          'UNIT_OUTSIDE_PERIOD',
          { id: unit.id, year: meta.year, from: unit.from ?? '', until: unit.until ?? '' },
          fileOnly(file),
        ),
      );
      continue;
    }
    const other = books.find((b) => b.unit === unit.id && b.year === meta.year);
    if (other) {
      diagnostics.push(diagnostic('WORKBOOK_UNIT_TWICE', { id: unit.id, other: other.file }, fileOnly(file)));
      continue;
    }
    const scheme = schemeOf(data, unit);
    if (scheme === undefined) {
      diagnostics.push(diagnostic('BLOCK_WITHOUT_SCHEME', { id: unit.block }, fileOnly(file)));
      continue;
    }
    const read = readUnitEntry(file, book, scheme, data.catalogue.indicators, meta.year);
    diagnostics.push(...read.diagnostics);
    books.push({ file, year: meta.year, unit: unit.id, entry: read.entry, cells: read.cells });
  }
  const parsed = [...loaded];
  const yearFile = (kind: 'results' | 'unit-results', y: number) =>
    parsed.find((f) => f.kind === kind && (f.data as { year?: unknown }).year === y);
  for (const b of departments)
    if (yearFile('results', b.year) === undefined)
      diagnostics.push(diagnostic('RESULTS_FILE_MISSING', { year: b.year }, fileOnly(b.file)));
  if (hasErrors(diagnostics)) return { diagnostics: sortDiagnostics(diagnostics), files: [], changes: [] };

  // Merge each year's entries into its file, then check the folder as it would be.
  const files: OutputFile[] = [];
  const changes: ImportOutcome['changes'] = [];
  const pointers = new Map<string, ReadBook>();
  // A file whose entries are all unchanged is left as it is, byte for byte: only a changed one is put.
  const put = (path: string, content: string) => {
    files.push({ path, content });
    const at = parsed.findIndex((f) => resolve(f.file) === resolve(path));
    const reparsed = parseYamlFile(path, content);
    if (at >= 0) parsed[at] = reparsed;
    else parsed.push(reparsed);
  };
  // The entries as the file has them (its data as loaded), compared with the workbook's; the file's text is read
  // and spliced only when one differs.
  const section = (file: ParsedFile | undefined, key: string) =>
    ((file?.data as Record<string, unknown> | undefined)?.[key] ?? {}) as Record<string, unknown>;
  const splice = async (path: string, text: string, key: string, entries: Map<string, unknown>) =>
    put(path, spliceEntries(text, parseDocument(text), key, entries));
  for (const b of departments) {
    const file = yearFile('results', b.year);
    const path = file?.file ?? '';
    const { changed, unchanged, entries } = mergeValues(
      section(file, 'values'),
      b.entry as Record<string, Record<string, unknown>>,
    );
    changes.push({ path, changed, unchanged });
    pointers.set(`${resolve(path)}\u0000values`, b);
    if (changed.length > 0) await splice(path, await readFile(path, 'utf8'), 'values', entries);
  }
  for (const y of [...new Set(books.map((b) => b.year))].sort()) {
    const existing = yearFile('unit-results', y);
    const path = existing?.file ?? join(folder, `${y}-units.yaml`);
    const ofYear = books.filter((b) => b.year === y);
    const { changed, unchanged, entries } = merge(
      section(existing, 'units'),
      ofYear,
      data.units?.units ?? [],
    );
    changes.push({ path, changed, unchanged });
    for (const b of ofYear) pointers.set(`${resolve(path)}\u0000${b.unit}`, b);
    if (changed.length > 0) {
      const text = existing ? await readFile(existing.file, 'utf8') : await newUnitsFile(folder, y, data);
      await splice(path, text, 'units', entries);
    }
  }
  // Nothing changed: the data was checked clean before the import, and is as it was.
  if (files.length === 0) return { diagnostics: sortDiagnostics(diagnostics), files, changes };
  const written = new Set(files.map((f) => resolve(f.path)));
  const checked = validateData(parsed, folder)
    // A report's missing sections concern the report, not the figures imported.
    .diagnostics.filter((d) => written.has(resolve(d.file)) && d.code !== 'REPORT_SECTION_MISSING')
    .map((d) => atCell(d, pointers))
    // The workbooks' own problems, and any error: a warning the file had before (a unit not yet scored) is not theirs.
    .filter((d) => d.cell !== undefined || d.severity === 'error' || paths.includes(d.file));
  const all = sortDiagnostics([...diagnostics, ...checked]);
  return { diagnostics: all, files: hasErrors(all) ? [] : files, changes };
}

/** A problem of the merged units file, moved to the workbook's cell its value came from (when it did). */
function atCell(d: Diagnostic, pointers: Map<string, ReadBook>): Diagnostic {
  const unit = /^\/units\/([^/]+)(\/.*)?$/.exec(d.pointer);
  const value = /^\/values(\/.*)$/.exec(d.pointer);
  const book =
    unit?.[1] !== undefined
      ? pointers.get(`${resolve(d.file)}\u0000${unit[1]}`)
      : value
        ? pointers.get(`${resolve(d.file)}\u0000values`)
        : undefined;
  if (book === undefined) return d;
  let rest = (unit ? unit[2] : value?.[1]) ?? '';
  while (rest !== '') {
    const cell = book.cells.get(rest);
    if (cell !== undefined) return { ...d, file: book.file, line: 1, column: 1, cell };
    rest = rest.slice(0, rest.lastIndexOf('/'));
  }
  return { ...d, file: book.file, line: 1, column: 1 };
}

/** Puts each figure of the department's workbook in the results file (value, qualifier, note; its source kept). */
function mergeValues(
  /** The file's `values`, as loaded. */
  file: Record<string, unknown>,
  values: Record<string, Record<string, unknown>>,
): { changed: string[]; unchanged: string[]; entries: Map<string, unknown> } {
  const changed: string[] = [];
  const unchanged: string[] = [];
  const entries = new Map<string, unknown>();
  for (const [id, figure] of Object.entries(values)) {
    const entry = file[id];
    const old = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const { value: _v, qualifier: _q, note: _n, ...kept } = old;
    if (isDeepStrictEqual(normalised(old), normalised({ ...kept, ...figure }))) {
      unchanged.push(id);
      continue;
    }
    changed.push(id);
    // The figure first, then what the entry had besides (its source, its unit).
    entries.set(id, { value: figure.value, qualifier: figure.qualifier, note: figure.note, ...kept });
  }
  return { changed, unchanged, entries };
}

/**
 * Returns the file's text with each entry of `entries` put under the map at `key` ("units", "values"): an entry the
 * map has replaced where it stands (its lines, the comments among them with it), a new one added after the map's
 * last; every other byte of the file as it was (comments around entries, folded lines, line ends). A file whose
 * map is empty or written in flow style ({...}) is written anew from the document.
 */
export function spliceEntries(
  text: string,
  doc: Document,
  key: string,
  entries: ReadonlyMap<string, unknown>,
): string {
  const map = doc.get(key, true);
  const items = isMap(map) && !map.flow ? map.items : [];
  const startOf = (node: unknown) => (node as { range?: [number, number, number] } | null)?.range?.[0];
  const first = startOf(items[0]?.key);
  if (first === undefined) {
    const fresh = doc.clone();
    if (!isMap(fresh.get(key, true))) fresh.set(key, fresh.createNode({}));
    for (const [id, entry] of entries) fresh.setIn([key, id], fresh.createNode(entry));
    return fresh.toString({ flowCollectionPadding: false });
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const indentOf = (offset: number) => offset - lineStart(offset);
  /** Where an entry's lines end: after its last line indented deeper than its key (comments and blanks after it stay). */
  const endOf = (from: number) => {
    const indent = indentOf(from);
    let end = text.indexOf('\n', from);
    if (end < 0) return text.length;
    let at = end + 1;
    while (at < text.length) {
      const next = text.indexOf('\n', at);
      const line = text.slice(at, next < 0 ? text.length : next).replace(/\r$/, '');
      const content = line.trimStart();
      if (content !== '' && !content.startsWith('#')) {
        if (line.length - content.length <= indent) break;
        end = next < 0 ? text.length : next;
      }
      if (next < 0) break;
      at = next + 1;
    }
    return end;
  };
  const render = (id: string, entry: unknown, indent: number) =>
    stringify({ [id]: JSON.parse(JSON.stringify(entry)) }, { flowCollectionPadding: false })
      .replace(/\n$/, '')
      .split('\n')
      .map((l, k) => (k === 0 ? l : `${' '.repeat(indent)}${l}`))
      .join(eol);
  const edits: { from: number; to: number; text: string }[] = [];
  const added: string[] = [];
  for (const [id, entry] of entries) {
    const pair = items.find((p) => (p.key as { value?: unknown }).value === id);
    const from = startOf(pair?.key);
    if (from === undefined) {
      added.push(id);
      continue;
    }
    // Up to the end of its last line, its line end kept: "\r" too in a file of Windows line ends.
    const to = endOf(from);
    const cut = text.slice(from, to).endsWith('\r') ? to - 1 : to;
    edits.push({ from, to: cut, text: render(id, entry, indentOf(from)) });
  }
  if (added.length > 0) {
    const lastKey = startOf(items.at(-1)?.key) ?? first;
    const at = endOf(lastKey);
    const indent = ' '.repeat(indentOf(first));
    const block = added.map((id) => `${eol}${indent}${render(id, entries.get(id), indent.length)}`).join('');
    const cut = text.slice(0, at).endsWith('\r') ? at - 1 : at;
    edits.push({ from: cut, to: cut, text: block });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.from - a.from))
    out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

/** What the workbooks carry of an entry; the rest (titles of earlier years, the members named, the report of achievements, the entry's note) is the office's. */
const CARRIED = ['indicators', 'own_indicators', 'criteria', 'members'] as const;

/** Puts each unit's entry in the document (whole, what the workbook carries), unless it is unchanged. */
function merge(
  /** The file's `units`, as loaded. */
  file: Record<string, unknown>,
  books: readonly ReadBook[],
  units: readonly Unit[],
): { changed: string[]; unchanged: string[]; entries: Map<string, unknown> } {
  const changed: string[] = [];
  const unchanged: string[] = [];
  const entries = new Map<string, unknown>();
  const order = units.map((u) => u.id);
  for (const b of [...books].sort((x, y) => order.indexOf(x.unit) - order.indexOf(y.unit))) {
    const entry0 = file[b.unit];
    const old = (typeof entry0 === 'object' && entry0 !== null ? entry0 : {}) as Record<string, unknown>;
    const kept = Object.fromEntries(
      Object.entries(old).filter(([k]) => !(CARRIED as readonly string[]).includes(k)),
    );
    const entry: Record<string, unknown> = {};
    for (const k of CARRIED) if (b.entry[k] !== undefined) entry[k] = b.entry[k];
    const merged = { ...entry, ...kept };
    if (isDeepStrictEqual(normalised(old), normalised(merged))) {
      unchanged.push(b.unit);
      continue;
    }
    changed.push(b.unit);
    entries.set(b.unit, merged);
  }
  return { changed, unchanged, entries };
}

/** An entry as compared: keys in order, an exact qualifier as if left out (its default). */
function normalised(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalised);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value)
    .filter(([k, v]) => !(k === 'qualifier' && v === 'exact') && v !== undefined && v !== null)
    .map(([k, v]) => [k, normalised(v)] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries);
}

/** The text of a new units' year file, before its units are put in. */
async function newUnitsFile(folder: string, year: number, data: DataSet): Promise<string> {
  const schema = await access(join(folder, 'schemas', 'unit-results.schema.json')).then(
    () => true,
    () => false,
  );
  const illustrative =
    data.unitResults?.get(year - 1)?.illustrative === true || data.scoring?.illustrative === true;
  return [
    ...(schema ? ['# yaml-language-server: $schema=./schemas/unit-results.schema.json'] : []),
    `# Số liệu thi đua của các đơn vị năm ${year}, nhập từ biểu Excel của các đơn vị (hatinh-report import).`,
    'kind: unit-results',
    `year: ${year}`,
    ...(illustrative ? ['illustrative: true'] : []),
    'units:',
    '',
  ].join('\n');
}
