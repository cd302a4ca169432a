import { type Document, visit, type YAMLError } from 'yaml';
import type { DiagnosticArgsOf, DiagnosticCode, SyntaxArgs } from '../diagnostics/diagnostic.js';
import { MAX_DEPTH } from './find-deep-nesting.js';

/** A problem the YAML parser found, said in the terms of a person editing the file, and where it is. */
export type YamlProblem = {
  [C in DiagnosticCode]: { code: C; offset: number; args: DiagnosticArgsOf[C] };
}[DiagnosticCode];

const DIRECT: Partial<Record<string, 'YAML_DUPLICATE_KEY' | 'YAML_TAB_INDENT' | 'YAML_TOO_DEEP'>> = {
  DUPLICATE_KEY: 'YAML_DUPLICATE_KEY',
  TAB_AS_INDENT: 'YAML_TAB_INDENT',
  RESOURCE_EXHAUSTION: 'YAML_TOO_DEEP',
};

/**
 * Returns the diagnostic code, position and arguments for one of the parser's errors. Syntax errors get a
 * `problem` (unclosed_quote, unclosed_bracket, indentation, colon_in_value, list_item_in_map, missing_colon,
 * reserved_start, bad_escape, other) and point at the place to fix: the opening quote or bracket, the
 * misplaced "- ", the over-indented line; not where the parser gave up.
 */
export function explainYamlError(error: YAMLError, text: string, doc: Document): YamlProblem {
  const pos = error.pos[0];
  const detail = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '') ?? '';
  const direct = DIRECT[error.code];
  if (direct === 'YAML_TOO_DEEP')
    return { code: direct, offset: pos, args: { depth: 'very deep', limit: MAX_DEPTH } };
  if (direct === 'YAML_DUPLICATE_KEY')
    return {
      code: direct,
      offset: pos,
      args: { detail, yamlCode: error.code, ...duplicateKeyFacts(text, pos) },
    };
  if (direct) return { code: direct, offset: pos, args: { detail, yamlCode: error.code } };
  if (error.code === 'TAG_RESOLVE_FAILED') {
    const tag = /^!\S*/.exec(text.slice(pos))?.[0] ?? detail.replace(/^Unresolved tag: /, '');
    return { code: 'YAML_CUSTOM_TAG', offset: pos, args: { detail: tag, tag, yamlCode: error.code } };
  }
  const syntax = (problem: string, offset: number, more: Partial<SyntaxArgs> = {}): YamlProblem => ({
    code: 'YAML_SYNTAX',
    offset,
    args: { problem, detail, yamlCode: error.code, ...more },
  });
  const quote = /Missing closing (["'])quote/.exec(detail)?.[1];
  if (quote) return syntax('unclosed_quote', openingQuote(doc, pos) ?? pos, { quote });
  const bracket = /end with a ([\]}])/.exec(detail)?.[1] ?? /^Expected (?:a )?([\]}])/.exec(detail)?.[1];
  if (bracket) {
    const opening = bracket === ']' ? '[' : '{';
    return syntax('unclosed_bracket', openingBracket(text, pos, opening) ?? pos, { bracket: opening });
  }
  // A line indented unlike its neighbours: at its first letter, with its indent and the one the line above calls for.
  const indentation = (at: number): YamlProblem => {
    const facts = indentFacts(text, at);
    return syntax('indentation', firstNonSpace(text, at), facts ?? {});
  };
  const rest = lineAt(text, pos).slice(columnOf(text, pos));
  const isListItem = /^\s*-(\s|$)/.test(lineAt(text, pos));
  switch (error.code) {
    case 'BAD_INDENT':
      return indentation(pos);
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/block sequence/.test(detail)) return syntax('list_item_in_map', firstNonSpace(text, pos));
      if (/:(\s|$)/.test(rest)) return syntax('colon_in_value', pos, { value: rest.trim() });
      return indentation(nextContentLine(text, pos) ?? pos);
    case 'MULTILINE_IMPLICIT_KEY':
    case 'MISSING_CHAR':
      if (error.code === 'MISSING_CHAR' && !/followed by map values/.test(detail))
        return syntax('other', pos);
      if (isListItem) return syntax('list_item_in_map', firstNonSpace(text, pos));
      return syntax('missing_colon', pos, { line: lineAt(text, pos).trim() });
    case 'BAD_SCALAR_START':
      return syntax('reserved_start', pos, { char: rest.charAt(0) });
    case 'BAD_DQ_ESCAPE':
      return syntax('bad_escape', pos);
    case 'UNEXPECTED_TOKEN': {
      // name: "Đền ơn đáp nghĩa", uống nước nhớ nguồn: the quotes are part of the text, but YAML took them as
      // quoting the whole value and finds more after the closing one.
      const value = quotedValueWithMore(lineAt(text, pos), columnOf(text, pos));
      if (value)
        return syntax('text_after_quote', lineStartOf(text, pos) + value.column, { value: value.text });
      return syntax('other', pos);
    }
    default:
      return syntax('other', pos);
  }
}

/**
 * Returns the value of a "key: value" or "- value" line when it starts with a quote that closes before `column`
 * (where the parser found more text), with the value's column; undefined for any other line.
 */
function quotedValueWithMore(line: string, column: number): { text: string; column: number } | undefined {
  const m = /^(\s*(?:-\s+)?(?:[^\s"'#][^:#]*:\s+)?)(["'])/.exec(line);
  if (!m || m[1] === undefined || !m[2]) return undefined;
  const start = m[1].length;
  const close = line.indexOf(m[2], start + 1);
  if (close < 0 || close >= column) return undefined;
  return { text: line.slice(start).trim(), column: start };
}

/**
 * Returns the facts of a line indented at no level the lines above allow: its own indent, and the levels it may
 * mean, nearest first (the line above's, two spaces deeper under a "key:" that opens a group, or the level of a
 * group above it), each with its line. Undefined when its indent is one of them (the fault is elsewhere).
 */
/** How a level relates to its line: one step under a group key ("viec-lam:"), or the line's own indent. */
type LevelHow = 'under' | 'like';

function indentFacts(
  text: string,
  at: number,
):
  | {
      line: string;
      indent: number;
      wanted: number;
      above: string;
      aboveHow: LevelHow;
      or?: number;
      orAbove?: string;
      orAboveHow?: LevelHow;
    }
  | undefined {
  const start = lineStartOf(text, at);
  const line = lineAt(text, start);
  const indent = line.length - line.trimStart().length;
  // The levels open at this line: the line above's (deeper under a group key), then each enclosing group's.
  const levels: { indent: number; line: string; how: LevelHow }[] = [];
  let deepest = Number.POSITIVE_INFINITY;
  for (let prev = start - 1; prev > 0 && deepest > 0; prev = lineStartOf(text, prev) - 1) {
    const candidate = lineAt(text, prev);
    const trimmed = candidate.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const own = candidate.length - candidate.trimStart().length;
    if (own >= deepest) continue;
    if (levels.length === 0 && /:\s*$/.test(candidate))
      levels.push({ indent: own + 2, line: trimmed, how: 'under' });
    levels.push({ indent: own, line: trimmed, how: 'like' });
    deepest = own;
  }
  if (levels.length === 0 || levels.some((l) => l.indent === indent)) return undefined;
  const byNearness = [...levels].sort(
    (a, b) => Math.abs(a.indent - indent) - Math.abs(b.indent - indent) || b.indent - a.indent,
  );
  const [first, second] = byNearness as [(typeof levels)[number], ...(typeof levels)[number][]];
  const between = second !== undefined && (first.indent - indent) * (second.indent - indent) < 0;
  return {
    line: line.trim(),
    indent,
    wanted: first.indent,
    above: first.line,
    aboveHow: first.how,
    ...(between && second ? { or: second.indent, orAbove: second.line, orAboveHow: second.how } : {}),
  };
}

/**
 * Returns the key written twice (at `pos`, where the parser points: the second one) and the line of the first,
 * found upwards among the lines of the same group (at the same indent, before a line indented less).
 */
function duplicateKeyFacts(text: string, pos: number): { key?: string; firstLine?: number } {
  const key = /^(["']?)([^"':#\n]+?)\1\s*:/.exec(text.slice(pos))?.[2]?.trim();
  if (key === undefined) return {};
  const lines = text.slice(0, pos).split(/\r?\n/);
  const indent = (lines.pop() ?? '').length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as string;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const own = line.length - line.trimStart().length;
    if (own < indent) break;
    if (own === indent && new RegExp(`^(["']?)${escapeRegExp(key)}\\1\\s*:`).test(trimmed))
      return { key, firstLine: i + 1 };
  }
  return { key };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Returns the offset of the quoted text whose closing quote is missing: the last one opened before `pos`. */
function openingQuote(doc: Document, pos: number): number | undefined {
  let best: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const start = node.range?.[0];
      if (
        (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
        start !== undefined &&
        start <= pos &&
        (best === undefined || start > best)
      )
        best = start;
    },
  });
  return best;
}

/** Returns the offset of the bracket left open before `pos`, reading backwards and skipping closed pairs. */
function openingBracket(text: string, pos: number, opening: '[' | '{'): number | undefined {
  const closing = opening === '[' ? ']' : '}';
  let depth = 0;
  for (let i = Math.min(pos, text.length - 1); i >= 0; i--) {
    const c = text[i];
    if (c === closing) depth++;
    else if (c === opening) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

function lineStartOf(text: string, pos: number): number {
  return pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
}

function columnOf(text: string, pos: number): number {
  return pos - lineStartOf(text, pos);
}

function lineAt(text: string, pos: number): string {
  const start = lineStartOf(text, pos);
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}

function firstNonSpace(text: string, pos: number): number {
  const start = lineStartOf(text, pos);
  const line = lineAt(text, pos);
  return start + (line.length - line.trimStart().length);
}

/** Returns the start of the next line after `pos` that holds something other than a comment. */
function nextContentLine(text: string, pos: number): number | undefined {
  let at = text.indexOf('\n', pos);
  while (at >= 0) {
    const line = lineAt(text, at + 1);
    if (line.trim() !== '' && !line.trim().startsWith('#')) return at + 1;
    at = text.indexOf('\n', at + 1);
  }
  return undefined;
}
