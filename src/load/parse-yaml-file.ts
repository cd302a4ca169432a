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
import type { Diagnostic, DiagnosticCode } from '../diagnostics/diagnostic.js';
import { FILE_KINDS, type FileKind } from '../schemas/index.js';
import { toPointer } from './yaml-position.js';

/** Aliases beyond this many expansions are refused: a data file never needs them, a "billion laughs" does. */
const MAX_ALIAS_COUNT = 100;
/** Nesting deeper than this is refused before anything walks it. */
const MAX_DEPTH = 64;

/** A YAML data file, parsed, with what is needed to point at any of its values. */
export interface ParsedFile {
  /** The path as the user named it. */
  file: string;
  doc: Document | undefined;
  lines: LineCounter;
  /** The data as plain JavaScript values; undefined when the file could not be parsed. */
  data: unknown;
  /** The kind the file declares, when it declares a known one. */
  kind: FileKind | undefined;
  /** Every number in the file as it was written ("6.92"), by JSON pointer. */
  decimals: Map<string, string>;
  /** True once the data has passed its kind's schema, so the cross-file rules can read it. */
  schemaValid: boolean;
  diagnostics: Diagnostic[];
}

const YAML_CODES: Partial<Record<string, DiagnosticCode>> = {
  DUPLICATE_KEY: 'YAML_DUPLICATE_KEY',
  TAB_AS_INDENT: 'YAML_TAB_INDENT',
  TAG_RESOLVE_FAILED: 'YAML_CUSTOM_TAG',
};

/** Returns the parsed file with every syntax problem and every suspicious number as a diagnostic. */
export function parseYamlFile(file: string, text: string): ParsedFile {
  const lines = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const result: ParsedFile = {
    file,
    doc: undefined,
    lines,
    data: undefined,
    kind: undefined,
    decimals: new Map(),
    schemaValid: false,
    diagnostics,
  };
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const push = (code: DiagnosticCode, offset: number, args: Diagnostic['args'], pointer = '') =>
    diagnostics.push({ code, severity: 'error', file, ...at(offset), pointer, args });

  const depth = maxBracketDepth(text);
  if (depth > MAX_DEPTH) {
    push('YAML_TOO_DEEP', 0, { depth, limit: MAX_DEPTH });
    return result;
  }

  let docs: Document[];
  try {
    docs = parseAllDocuments(text, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
      merge: false,
      schema: 'core',
    }) as Document[];
  } catch (error) {
    if (error instanceof RangeError) {
      push('YAML_TOO_DEEP', 0, { depth: 'very deep', limit: MAX_DEPTH });
      return result;
    }
    throw error;
  }
  const doc = docs[0];
  if (!Array.isArray(docs) || doc === undefined) {
    push('KIND_MISSING', 0, { guess: undefined });
    return result;
  }
  if (docs.length > 1) {
    const second = docs[1]?.range?.[0] ?? 0;
    push('YAML_MULTIPLE_DOCUMENTS', second, { count: docs.length });
  }
  result.doc = doc;
  const problems: YAMLError[] = [
    ...doc.errors,
    ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED'),
  ];
  let syntaxReported = false;
  for (const problem of problems) {
    const code = YAML_CODES[problem.code] ?? 'YAML_SYNTAX';
    // After the first syntax error the parser's view of the rest is off; later ones are mostly echoes of it.
    if (code === 'YAML_SYNTAX' && syntaxReported) continue;
    syntaxReported ||= code === 'YAML_SYNTAX';
    const message = problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '') ?? '';
    push(code, problem.pos[0], { detail: message, yamlCode: problem.code });
  }
  // A duplicate key leaves a usable document: keep going, so every other problem is reported too.
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return result;
  if (diagnostics.some((d) => d.code === 'YAML_CUSTOM_TAG' || d.code === 'YAML_MULTIPLE_DOCUMENTS'))
    return result;

  const deepest = nodeDepth(doc.contents);
  if (deepest > MAX_DEPTH) {
    push('YAML_TOO_DEEP', 0, { depth: deepest, limit: MAX_DEPTH });
    return result;
  }
  try {
    result.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof RangeError) {
      push('YAML_ALIAS_LIMIT', firstAliasOffset(doc.contents) ?? 0, { limit: MAX_ALIAS_COUNT });
      return result;
    }
    throw error;
  }
  collectNumbers(doc.contents, [], result, push);
  const kind = isMap(doc.contents) ? doc.contents.get('kind') : undefined;
  if (typeof kind === 'string' && (FILE_KINDS as string[]).includes(kind)) result.kind = kind as FileKind;
  return result;
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const THOUSANDS_DOT = /^-?\d{1,3}(\.\d{3})+$/;

/** Records every number's source text, and flags numbers written in a way that reads wrong. */
function collectNumbers(
  node: unknown,
  path: (string | number)[],
  result: ParsedFile,
  push: (code: DiagnosticCode, offset: number, args: Diagnostic['args'], pointer?: string) => void,
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key))
        collectNumbers(pair.value, [...path, String(pair.key.value)], result, push);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      collectNumbers(item, [...path, i], result, push);
    });
  } else if (isScalar(node) && typeof node.value === 'number') {
    const source = (node.source ?? String(node.value)).trim();
    const pointer = toPointer(path);
    const offset = node.range?.[0] ?? 0;
    if (THOUSANDS_DOT.test(source)) {
      push(
        'NUMBER_THOUSANDS_DOT',
        offset,
        { source, read: String(node.value), meant: source.replace(/\./g, '') },
        pointer,
      );
    } else if (!PLAIN_DECIMAL.test(source)) {
      push('NUMBER_NOTATION', offset, { source }, pointer);
    } else {
      result.decimals.set(pointer, source);
    }
  }
}

function nodeDepth(node: unknown): number {
  if (isMap(node)) return 1 + Math.max(0, ...node.items.map((p) => (isPair(p) ? nodeDepth(p.value) : 0)));
  if (isSeq(node)) return 1 + Math.max(0, ...node.items.map((n) => nodeDepth(n)));
  return 0;
}

/** Returns the deepest nesting of flow brackets, a cheap guard before the parser recurses. */
function maxBracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return max;
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
