import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  type YAMLError,
} from 'yaml';
import {
  type Diagnostic,
  type DiagnosticArgsOf,
  type DiagnosticCode,
  diagnostic,
} from '../diagnostics/diagnostic.js';
import { toPointer } from '../diagnostics/pointer.js';
import { isPlainDecimal } from '../domain/decimal.js';
import { type FileKind, guessKind } from '../kinds/index.js';
import type { DocumentData } from '../model/types.js';
import { isFileKind } from '../model/types.js';
import { classifyNumber } from './classify-number.js';
import { explainYamlError } from './explain-yaml-error.js';
import { findDeepNesting, MAX_DEPTH } from './find-deep-nesting.js';
import { type TabsAsSpaces, tabsAsSpaces } from './tabs-as-spaces.js';

/** Aliases beyond this many expansions are refused: a data file never needs them, a "billion laughs" does. */
const MAX_ALIAS_COUNT = 100;

/** A YAML data file, parsed, with what is needed to point at any of its values. Never changed once made. */
export interface ParsedFile extends DocumentData {
  doc: Document | undefined;
  lines: LineCounter;
  /** The data as plain JavaScript values; undefined when the file could not be read or parsed. */
  data: unknown;
  /** The kind the file declares, when it declares a known one. */
  kind: FileKind | undefined;
  /** The problems of reading and parsing: syntax, encoding, and numbers written the Vietnamese way. */
  diagnostics: readonly Diagnostic[];
}

/** Returns the parsed file with every syntax problem and every suspicious number as a diagnostic. */
export function parseYamlFile(file: string, text: string): ParsedFile {
  const lines = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const decimals = new Map<string, string>();
  const result: ParsedFile = {
    file,
    doc: undefined,
    lines,
    data: undefined,
    kind: undefined,
    decimals,
    diagnostics,
  };
  let position = textPositions(text);
  const push = <C extends DiagnosticCode>(code: C, offset: number, args: DiagnosticArgsOf[C], pointer = '') =>
    diagnostics.push(diagnostic(code, args, { severity: 'error', file, ...position(offset), pointer }));

  const deep = findDeepNesting(text, MAX_DEPTH);
  if (deep) {
    push('YAML_TOO_DEEP', deep.offset, { depth: deep.depth, limit: MAX_DEPTH });
    return result;
  }

  const parse = (source: string, counter: LineCounter): Document[] =>
    parseAllDocuments(source, {
      lineCounter: counter,
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
      merge: false,
      schema: 'core',
    }) as Document[];
  let docs: Document[];
  try {
    docs = parse(text, lines);
  } catch (error) {
    if (error instanceof RangeError) {
      push('YAML_TOO_DEEP', 0, { depth: 'very deep', limit: MAX_DEPTH });
      return result;
    }
    throw error;
  }
  const tabbed = docs[0]?.errors.some((e) => e.code === 'TAB_AS_INDENT') === true;
  const retried = tabbed ? readPastTabs(text, parse) : undefined;
  if (retried) {
    // Each tab said where it is; the rest of the file read as if each tab were the spaces it stands for.
    for (const line of retried.tabs.lines) {
      const column = (text.split('\n')[line - 1]?.indexOf('\t') ?? 0) + 1;
      diagnostics.push(
        diagnostic(
          'YAML_TAB_INDENT',
          { detail: 'Tabs are not allowed as indentation', yamlCode: 'TAB_AS_INDENT' },
          { severity: 'error', file, line, column, pointer: '' },
        ),
      );
    }
    docs = retried.docs;
    result.lines = retried.tabs.counter;
    position = (offset) => {
      const p = retried.tabs.counter.linePos(offset);
      return { line: p.line, column: p.col };
    };
  }
  const doc = docs[0];
  if (!Array.isArray(docs) || doc === undefined) {
    push('FILE_EMPTY', 0, { content: emptyContent(text), guess: guessKind(file) });
    return result;
  }
  if (docs.length > 1) {
    const read = retried?.tabs.text ?? text;
    const marker = documentMarker(read, doc.contents?.range?.[0]) ?? docs[1]?.range?.[0] ?? 0;
    const written = read.slice(marker, marker + 3) === '...' ? '...' : '---';
    push('YAML_MULTIPLE_DOCUMENTS', marker, { count: docs.length, marker: written });
  }
  result.doc = doc;

  const problems: YAMLError[] = [
    ...doc.errors,
    ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED'),
  ];
  let syntaxReported = false;
  for (const problem of problems) {
    const { code, offset, args } = explainYamlError(problem, retried?.tabs.text ?? text, doc);
    // After the first syntax error (a tab used for indentation included) the parser's view of the rest is
    // off; later syntax errors are mostly echoes of it.
    if ((code === 'YAML_SYNTAX' || code === 'YAML_TOO_DEEP') && syntaxReported) continue;
    syntaxReported ||= code === 'YAML_SYNTAX' || code === 'YAML_TOO_DEEP' || code === 'YAML_TAB_INDENT';
    push(code, offset, args);
  }
  // A duplicate key leaves a usable document: keep going, so every other problem is reported too.
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return result;
  if (diagnostics.some((d) => d.code === 'YAML_CUSTOM_TAG' || d.code === 'YAML_MULTIPLE_DOCUMENTS'))
    return result;

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    push('FILE_EMPTY', 0, { content: emptyContent(text), guess: guessKind(file) });
    return result;
  }
  if (!isMap(contents)) {
    const actual = isSeq(contents) ? 'list' : 'text';
    push('TOP_LEVEL_NOT_MAP', contents.range?.[0] ?? 0, { actual, guess: guessKind(file) });
    return result;
  }

  const deepest = nodeDepth(contents);
  if (deepest > MAX_DEPTH) {
    push('YAML_TOO_DEEP', 0, { depth: deepest, limit: MAX_DEPTH });
    return result;
  }
  try {
    result.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof RangeError) {
      const offset = firstAliasOffset(contents) ?? 0;
      if (/Unresolved alias/i.test(error.message)) {
        push('YAML_SYNTAX', offset, { problem: 'unknown_alias', detail: error.message.split('\n')[0] });
      } else {
        push('YAML_ALIAS_LIMIT', offset, { limit: MAX_ALIAS_COUNT });
      }
      return result;
    }
    throw error;
  }
  collectNumbers(contents, [], decimals, push);
  const kind = contents.get('kind');
  if (isFileKind(kind)) result.kind = kind;
  return result;
}

/**
 * Reads a text that YAML refused for tabs in its indentation as if each such tab were spaces: on the lines YAML
 * flags (and on those it flags next, once those are read), at two spaces a tab (the data files' step), four and
 * eight. Returns the reading the parser accepts whole (a key written twice aside), or undefined when none does,
 * or when the widths read it differently (what the tab stood for is then in doubt, and only the tab is said).
 */
function readPastTabs(
  text: string,
  parse: (source: string, counter: LineCounter) => Document[],
): { docs: Document[]; tabs: TabsAsSpaces } | undefined {
  const readings: { docs: Document[]; tabs: TabsAsSpaces; data: string }[] = [];
  for (const width of [2, 4, 8]) {
    const lines = new Set<number>();
    let tabs = tabsAsSpaces(text, width, lines);
    let docs = parse(tabs.text, tabs.counter);
    // A file with tabs on many lines: each reading finds the next; a bound keeps a pathological file short.
    for (let round = 0; round < 100; round++) {
      const flagged = docs
        .flatMap((d) => d.errors)
        .filter((e) => e.code === 'TAB_AS_INDENT')
        .map((e) => tabs.counter.linePos(e.pos[0]).line)
        .filter((line) => !lines.has(line));
      if (flagged.length === 0) break;
      for (const line of flagged) lines.add(line);
      tabs = tabsAsSpaces(text, width, lines);
      docs = parse(tabs.text, tabs.counter);
    }
    if (!docs.every((d) => d.errors.every((e) => e.code === 'DUPLICATE_KEY'))) continue;
    let data: string;
    try {
      data = JSON.stringify(docs.map((d) => d.toJS({ maxAliasCount: MAX_ALIAS_COUNT })));
    } catch {
      continue;
    }
    readings.push({ docs, tabs, data });
  }
  const [first] = readings;
  if (first === undefined || readings.some((r) => r.data !== first.data)) return undefined;
  return first;
}

/** Returns a function from an offset in `text` to its 1-based line and column. */
function textPositions(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] ?? 0) + 1 };
  };
}

/** Returns what an empty file holds: 'comments', or 'nothing' (blank lines, "---", "..."). */
function emptyContent(text: string): 'comments' | 'nothing' {
  return /^\s*#/m.test(text) ? 'comments' : 'nothing';
}

/** Returns the offset of the "---" or "..." line that starts a second document. */
function documentMarker(text: string, contentStart: number | undefined): number | undefined {
  const marker = /^(---|\.\.\.)(?=[ \t\r]|$)/gm;
  let skipped = contentStart === undefined ? 1 : 0;
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    if (contentStart !== undefined && m.index < contentStart) continue;
    if (skipped-- > 0) continue;
    return m.index;
  }
  return undefined;
}

/**
 * Records every number's source text, and flags numbers written in a way that may read wrong ("24.000"); which
 * reading is meant can depend on the indicator, which the validate step knows.
 */
function collectNumbers(
  node: unknown,
  path: (string | number)[],
  decimals: Map<string, string>,
  push: (code: DiagnosticCode, offset: number, args: Diagnostic['args'], pointer?: string) => void,
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key))
        collectNumbers(pair.value, [...path, String(pair.key.value)], decimals, push);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      collectNumbers(item, [...path, i], decimals, push);
    });
  } else if (isScalar(node) && typeof node.value === 'number') {
    const source = (node.source ?? String(node.value)).trim();
    const pointer = toPointer(path);
    const problem = classifyNumber(source, node.value);
    if (problem) push(problem.code, node.range?.[0] ?? 0, problem.args, pointer);
    // Only a decimal can be a figure: a "0x1F" or ".inf" is reported above and read as no figure at all.
    if (isPlainDecimal(source)) decimals.set(pointer, source);
  }
}

function nodeDepth(node: unknown): number {
  if (isMap(node)) return 1 + Math.max(0, ...node.items.map((p) => (isPair(p) ? nodeDepth(p.value) : 0)));
  if (isSeq(node)) return 1 + Math.max(0, ...node.items.map((n) => nodeDepth(n)));
  return 0;
}

function firstAliasOffset(node: unknown): number | undefined {
  if (isAlias(node)) return (node as Node).range?.[0];
  if (isMap(node)) {
    for (const p of node.items) {
      const found = isPair(p) ? firstAliasOffset(p.value) : undefined;
      if (found !== undefined) return found;
    }
  }
  if (isSeq(node)) {
    for (const n of node.items) {
      const found = firstAliasOffset(n);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
