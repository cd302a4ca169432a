/**
 * The units' workbooks (issue 23): `export` writes each unit a workbook to fill in for its year; `import` reads the
 * filled workbooks back into the year's units file (YYYY-units.yaml), merged by unit, the file's comments kept.
 * Nothing is written unless every workbook reads cleanly and the data, with the imported entries, passes `check`:
 * a problem of the merged data is shown at the workbook's cell it came from.
 */
import { access, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type Document, isMap, parseDocument } from 'yaml';
import { type Diagnostic, diagnostic, hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import { unitActiveIn } from '../domain/unit-periods.js';
import { loadFiles } from '../load/load-data-files.js';
import { parseYamlFile } from '../load/parse-yaml-file.js';
import { toolError } from '../messages/messages.js';
import type { ScoringScheme } from '../model/emulation.js';
import type { DataSet, Unit } from '../model/types.js';
import { validateData } from '../validate/validate-data.js';
import type { OutputFile } from '../write/write-files-atomically.js';
import { type EntryJson, openWorkbook, readUnitEntry } from '../xlsx/read-unit-workbook.js';

/** The scheme a unit is scored by: its block's. */
function schemeOf(data: DataSet, unit: Unit): ScoringScheme | undefined {
  return data.scoring?.schemes.find((s) => s.blocks.includes(unit.block));
}

/** Where a year's unit workbooks are written: OUT/YEAR/don-vi/<unit id>.xlsx. */
export function unitWorkbookPath(out: string, year: number, unit: string): string {
  return join(out, String(year), 'don-vi', `${unit}.xlsx`);
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
  const lacks = data.units === undefined ? 'units' : data.scoring === undefined ? 'scoring' : undefined;
  if (lacks !== undefined || data.units === undefined)
    throw toolError('NO_SCORES', { year, lacks: lacks ?? 'units', data: options.folder });
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
  const files: OutputFile[] = [];
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
        agency: data.agency.name.replace(/\s*\n\s*/g, ' '),
        illustrative,
      }),
    });
  }
  return files;
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
  folder: string,
  paths: readonly string[],
  year: number | undefined,
): Promise<ImportOutcome> {
  const diagnostics: Diagnostic[] = [];
  const books: ReadBook[] = [];
  const fileOnly = (file: string) => ({ severity: 'error' as const, file, line: 1, column: 1, pointer: '' });
  for (const file of paths) {
    const bytes = await readFile(file).catch(() => undefined);
    if (bytes === undefined) {
      diagnostics.push(diagnostic('WORKBOOK_UNREADABLE', { problem: 'missing' }, fileOnly(file)));
      continue;
    }
    const opened = await openWorkbook(file, new Uint8Array(bytes));
    if (opened.book === undefined) {
      diagnostics.push(...opened.diagnostics);
      continue;
    }
    const { meta, book } = opened;
    if (meta.kind !== 'unit-results') {
      diagnostics.push(
        diagnostic('WORKBOOK_NOT_EXPORTED', { sheets: book.worksheets.map((w) => w.name) }, fileOnly(file)),
      );
      continue;
    }
    if (year !== undefined && meta.year !== year) {
      diagnostics.push(diagnostic('WORKBOOK_YEAR', { year: meta.year, expected: year }, fileOnly(file)));
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
    const read = readUnitEntry(file, book, scheme, meta.year);
    diagnostics.push(...read.diagnostics);
    books.push({ file, year: meta.year, unit: unit.id, entry: read.entry, cells: read.cells });
  }
  if (hasErrors(diagnostics)) return { diagnostics: sortDiagnostics(diagnostics), files: [], changes: [] };

  // Merge each year's entries into its file, then check the folder as it would be.
  const parsed = await loadFiles(folder);
  const files: OutputFile[] = [];
  const changes: ImportOutcome['changes'] = [];
  const pointers = new Map<string, ReadBook>();
  for (const y of [...new Set(books.map((b) => b.year))].sort()) {
    const existing = parsed.find(
      (f) => f.kind === 'unit-results' && (f.data as { year?: unknown }).year === y,
    );
    const path = existing?.file ?? join(folder, `${y}-units.yaml`);
    const text = existing ? await readFile(existing.file, 'utf8') : await newUnitsFile(folder, y, data);
    const doc = parseDocument(text);
    const ofYear = books.filter((b) => b.year === y);
    const change = merge(doc, ofYear, data.units?.units ?? []);
    changes.push({ path, ...change });
    const content = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
    // A file whose units are all unchanged is left as it is, byte for byte.
    if (change.changed.length > 0) files.push({ path, content });
    for (const b of ofYear) pointers.set(`${resolve(path)}\u0000${b.unit}`, b);
    const at = parsed.findIndex((f) => resolve(f.file) === resolve(path));
    const reparsed = parseYamlFile(path, content);
    if (at >= 0) parsed[at] = reparsed;
    else parsed.push(reparsed);
  }
  const written = new Set(files.map((f) => resolve(f.path)));
  const checked = validateData(parsed, folder)
    .diagnostics.filter((d) => written.has(resolve(d.file)))
    .map((d) => atCell(d, pointers));
  const all = sortDiagnostics([...diagnostics, ...checked]);
  return { diagnostics: all, files: hasErrors(all) ? [] : files, changes };
}

/** A problem of the merged units file, moved to the workbook's cell its value came from (when it did). */
function atCell(d: Diagnostic, pointers: Map<string, ReadBook>): Diagnostic {
  const match = /^\/units\/([^/]+)(\/.*)?$/.exec(d.pointer);
  const book = match?.[1] === undefined ? undefined : pointers.get(`${resolve(d.file)}\u0000${match[1]}`);
  if (book === undefined) return d;
  let rest = match?.[2] ?? '';
  while (rest !== '') {
    const cell = book.cells.get(rest);
    if (cell !== undefined) return { ...d, file: book.file, line: 1, column: 1, cell };
    rest = rest.slice(0, rest.lastIndexOf('/'));
  }
  return { ...d, file: book.file, line: 1, column: 1 };
}

/** What the workbooks carry of an entry; the rest (titles of earlier years, the entry's note) is the office's. */
const CARRIED = ['indicators', 'own_indicators', 'criteria', 'members'] as const;

/** Puts each unit's entry in the document (whole, what the workbook carries), unless it is unchanged. */
function merge(
  doc: Document,
  books: readonly ReadBook[],
  units: readonly Unit[],
): { changed: string[]; unchanged: string[] } {
  const changed: string[] = [];
  const unchanged: string[] = [];
  if (!isMap(doc.get('units'))) doc.set('units', doc.createNode({}));
  const order = units.map((u) => u.id);
  for (const b of [...books].sort((x, y) => order.indexOf(x.unit) - order.indexOf(y.unit))) {
    const node = doc.getIn(['units', b.unit], true);
    const old = (isMap(node) ? node.toJS(doc) : {}) as Record<string, unknown>;
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
    doc.setIn(['units', b.unit], doc.createNode(merged));
  }
  return { changed, unchanged };
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
