import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliRun, copyOfData, positionOf, replaceIn, runInProcess } from '../helpers/run-cli.js';

/**
 * Bad inputs a department's staff can produce, each put into a copy of the shipped data, with the diagnostic
 * it must give and where it must point. `at` is the text the diagnostic points at in the faulty file (its
 * first occurrence, or the `nth`), or a line and column.
 */
interface BadInput {
  name: string;
  /** The data file to change. */
  file: string;
  /** Returns the faulty content from the shipped one. */
  edit: (text: string) => string | Uint8Array;
  code: string;
  at: string | { line: number; column: number } | { text: string; nth: number };
  /** Arguments the diagnostic must carry (a subset). */
  args?: Record<string, unknown>;
  /** Arguments it must not carry: no guess where both readings are possible. */
  argsAbsent?: string[];
  /** 1 for an error (the default), 0 for input that must be accepted. */
  exit?: 0 | 1;
  severity?: 'error' | 'warning';
  /** Refused quickly: the run must take less than 3 s. */
  quick?: boolean;
}

const RESULTS = '2018.yaml';
const TARGETS = '2019-targets.yaml';

/** Returns `text` with `from` replaced by `to`; throws when `from` is not there, so a fixture cannot go stale. */
function swap(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture: "${from}" not found`);
  return text.replace(from, to);
}

const edit =
  (from: string, to: string) =>
  (text: string): string =>
    swap(text, from, to);
const whole = (content: string) => () => content;

/** The bytes of `text` in UTF-16 with its byte-order mark. */
function utf16(text: string, order: 'LE' | 'BE', bom = true): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  if (order === 'BE') bytes.swap16();
  const mark = order === 'LE' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Buffer.concat([Buffer.from(bom ? mark : []), bytes]);
}

/** The author line written by an editor saving in Windows-1258: "Chí Tâm" with í = 0xED and â = 0xE2. */
function windows1258(text: string): Uint8Array {
  const [before, after] = swap(text, 'author: Chí Tâm', 'author: Ch\u0000 T\u0001m').split('\u0000');
  const [middle, rest] = (after ?? '').split('\u0001');
  return Buffer.concat([
    Buffer.from(before ?? ''),
    Buffer.from([0xed]),
    Buffer.from(middle ?? ''),
    Buffer.from([0xe2]),
    Buffer.from(rest ?? ''),
  ]);
}

const BILLION_LAUGHS = [
  'kind: results',
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefghi'.split('').map((k, i) => {
    const prev = 'abcdefghi'[i];
    return `${k}: &${k} [${Array(9).fill(`*${prev}`).join(', ')}]`;
  }),
  '',
].join('\n');

const DEEP_BLOCK = `kind: results\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`;

const syntaxCases: BadInput[] = [
  {
    name: 'unclosed double quote',
    file: RESULTS,
    edit: edit('author: Chí Tâm', 'author: "Chí Tâm'),
    code: 'YAML_SYNTAX',
    at: '"Chí Tâm',
    args: { problem: 'unclosed_quote', quote: '"' },
  },
  {
    name: 'unclosed single quote',
    file: RESULTS,
    edit: edit('    value: 119', "    value: 119\n    note: 'ghi chú"),
    code: 'YAML_SYNTAX',
    at: "'ghi chú",
    args: { problem: 'unclosed_quote', quote: "'" },
  },
  {
    name: 'unclosed [',
    file: RESULTS,
    edit: edit('value: 119', 'value: [119'),
    code: 'YAML_SYNTAX',
    at: '[119',
    args: { problem: 'unclosed_bracket', bracket: '[' },
  },
  {
    name: 'unclosed {',
    file: RESULTS,
    edit: edit('value: 119', 'value: { so: 119'),
    code: 'YAML_SYNTAX',
    at: '{ so: 119',
    args: { problem: 'unclosed_bracket', bracket: '{' },
  },
  {
    name: 'unclosed [ on the last line',
    file: TARGETS,
    edit: edit('type: level\n    value: 65', 'type: level\n    value: [60, 65'),
    code: 'YAML_SYNTAX',
    at: '[60, 65',
    args: { problem: 'unclosed_bracket' },
  },
  {
    name: 'a field indented less than its siblings',
    file: RESULTS,
    edit: edit('    value: 24000\n    qualifier: over', '    value: 24000\n   qualifier: over'),
    code: 'YAML_SYNTAX',
    at: { line: 29, column: 4 }, // the key of the misplaced line
    args: { problem: 'indentation' },
  },
  {
    name: 'a field indented more than its siblings',
    file: RESULTS,
    edit: edit('    value: 24000\n    qualifier: over', '    value: 24000\n      qualifier: over'),
    code: 'YAML_SYNTAX',
    at: { line: 29, column: 7 },
    args: { problem: 'indentation' },
  },
  {
    name: 'a top-level field indented',
    file: RESULTS,
    edit: edit('kind: results\nyear: 2018', 'kind: results\n year: 2018'),
    code: 'YAML_SYNTAX',
    at: { line: 5, column: 2 },
    args: { problem: 'indentation' },
  },
  {
    name: 'a key without colon, followed by a sibling',
    file: RESULTS,
    edit: edit('    value: 24000\n    qualifier: over', '    value 24000\n    qualifier: over'),
    code: 'YAML_SYNTAX',
    at: 'value 24000',
    args: { problem: 'missing_colon' },
  },
  {
    name: 'a key without colon, alone in its group',
    file: RESULTS,
    edit: edit('    value: 119', '    value 119'),
    code: 'YAML_SYNTAX',
    at: 'value 119',
    args: { problem: 'missing_colon', suggestion: 'value: 119' },
  },
  {
    name: 'a top-level key without colon',
    file: RESULTS,
    edit: edit('year: 2018', 'year 2018'),
    code: 'YAML_SYNTAX',
    at: 'year 2018',
    args: { problem: 'missing_colon' },
  },
  {
    name: 'key: value: other',
    file: RESULTS,
    edit: edit('value: 119', 'value: 119: other'),
    code: 'YAML_SYNTAX',
    at: '119: other',
    args: { problem: 'colon_in_value', value: '119: other' },
  },
  {
    name: 'a stray "- " item among the indicators',
    file: RESULTS,
    edit: edit('  viec-lam:\n', '  - viec-lam\n  viec-lam:\n'),
    code: 'YAML_SYNTAX',
    at: '- viec-lam',
    args: { problem: 'list_item_in_map' },
  },
  {
    name: 'a stray "- " item among the fields of a figure',
    file: RESULTS,
    edit: edit('    value: 119', '    value: 119\n    - 120'),
    code: 'YAML_SYNTAX',
    at: '- 120',
    args: { problem: 'list_item_in_map' },
  },
  {
    name: 'a stray "- " item at the top level',
    file: RESULTS,
    edit: edit('year: 2018\n', 'year: 2018\n- 2019\n'),
    code: 'YAML_SYNTAX',
    at: '- 2019',
    args: { problem: 'list_item_in_map' },
  },
  {
    name: 'a lone --- in the middle',
    file: RESULTS,
    edit: edit('\nvalues:', '\n---\nvalues:'),
    code: 'YAML_MULTIPLE_DOCUMENTS',
    at: '---\nvalues',
    args: { marker: '---', count: 2 },
  },
  {
    name: 'a lone ... in the middle',
    file: RESULTS,
    edit: edit('\nvalues:', '\n...\nvalues:'),
    code: 'YAML_MULTIPLE_DOCUMENTS',
    at: '...\nvalues',
    args: { marker: '...' },
  },
  {
    name: 'a file of only ---',
    file: RESULTS,
    edit: whole('---\n'),
    code: 'FILE_EMPTY',
    at: { line: 1, column: 1 },
    args: { guess: 'results' },
  },
  {
    name: 'a file of only ...',
    file: RESULTS,
    edit: whole('...\n'),
    code: 'FILE_EMPTY',
    at: { line: 1, column: 1 },
  },
  {
    name: 'an empty file',
    file: RESULTS,
    edit: whole(''),
    code: 'FILE_EMPTY',
    at: { line: 1, column: 1 },
    args: { content: 'nothing', guess: 'results' },
  },
  {
    name: 'a file of blank lines',
    file: TARGETS,
    edit: whole('\n  \n\n'),
    code: 'FILE_EMPTY',
    at: { line: 1, column: 1 },
    args: { content: 'nothing', guess: 'targets' },
  },
  {
    name: 'a file of only comments',
    file: RESULTS,
    edit: (text) => `${text.split('\n').slice(0, 3).join('\n')}\n`,
    code: 'FILE_EMPTY',
    at: { line: 1, column: 1 },
    args: { content: 'comments', guess: 'results' },
  },
  {
    name: 'a top level that is a list',
    file: RESULTS,
    edit: whole('# kết quả\n- kind: results\n- year: 2018\n'),
    code: 'TOP_LEVEL_NOT_MAP',
    at: '- kind',
    args: { actual: 'list', guess: 'results' },
  },
  {
    name: 'a top level that is a scalar',
    file: RESULTS,
    edit: whole('Kết quả năm 2018\n'),
    code: 'TOP_LEVEL_NOT_MAP',
    at: 'Kết quả',
    args: { actual: 'text' },
  },
  {
    name: 'a value starting with @',
    file: RESULTS,
    edit: edit('author: Chí Tâm', 'author: @chitam'),
    code: 'YAML_SYNTAX',
    at: '@chitam',
    args: { problem: 'reserved_start', char: '@' },
  },
  {
    name: 'a Windows path in double quotes',
    file: RESULTS,
    edit: edit('author: Chí Tâm', 'author: "D:\\so-lieu"'),
    code: 'YAML_SYNTAX',
    at: '\\so-lieu',
    args: { problem: 'bad_escape' },
  },
  {
    name: 'an alias to no anchor',
    file: RESULTS,
    edit: edit('value: 24000', 'value: *viec-lam'),
    code: 'YAML_SYNTAX',
    at: '*viec-lam',
    args: { problem: 'unknown_alias' },
  },
];

const encodingCases: BadInput[] = [
  {
    name: 'a tab for indentation',
    file: RESULTS,
    edit: edit('    value: 119', '\tvalue: 119'),
    code: 'YAML_TAB_INDENT',
    at: '\tvalue',
  },
  {
    name: 'a tab after spaces in the indentation',
    file: RESULTS,
    edit: edit('    value: 119', '  \tvalue: 119'),
    code: 'YAML_TAB_INDENT',
    at: '\tvalue',
  },
  {
    name: 'Windows-1258 bytes',
    file: RESULTS,
    edit: windows1258,
    code: 'FILE_NOT_UTF8',
    at: { line: 11, column: 15 },
  },
  {
    name: 'UTF-16 LE with BOM',
    file: RESULTS,
    edit: (text) => utf16(text, 'LE'),
    code: 'FILE_NOT_UTF8',
    at: { line: 1, column: 1 },
    args: { encoding: 'utf16-le' },
  },
  {
    name: 'UTF-16 BE with BOM',
    file: RESULTS,
    edit: (text) => utf16(text, 'BE'),
    code: 'FILE_NOT_UTF8',
    at: { line: 1, column: 1 },
    args: { encoding: 'utf16-be' },
  },
  {
    name: 'UTF-16 LE without BOM',
    file: TARGETS,
    edit: (text) => utf16(text, 'LE', false),
    code: 'FILE_NOT_UTF8',
    at: { line: 1, column: 1 },
  },
  {
    name: 'a UTF-8 BOM is accepted',
    file: RESULTS,
    edit: (text) => `\uFEFF${text}`,
    code: '',
    at: { line: 1, column: 1 },
    exit: 0,
  },
  {
    name: 'Windows line endings are accepted',
    file: RESULTS,
    edit: (text) => text.replace(/\n/g, '\r\n'),
    code: '',
    at: { line: 1, column: 1 },
    exit: 0,
  },
];

/** Numbers written the Vietnamese (or English) way: every one an error, none read silently. */
const numberCases: BadInput[] = [
  {
    name: '24.000 people (a count): thousands',
    file: RESULTS,
    edit: edit('value: 24000', 'value: 24.000'),
    code: 'NUMBER_THOUSANDS_DOT',
    at: '24.000',
    args: { read: '24', likely: 'thousands', meant: '24000', indicator: 'viec-lam' },
  },
  {
    name: '23.500 in a target of a count: thousands',
    file: TARGETS,
    edit: edit('value: 23500', 'value: 23.500'),
    code: 'NUMBER_THOUSANDS_DOT',
    at: '23.500',
    args: { likely: 'thousands', meant: '23500' },
  },
  {
    name: '1.103 billion đồng (money): both readings given',
    file: RESULTS,
    edit: edit('value: 1103', 'value: 1.103'),
    code: 'NUMBER_THOUSANDS_DOT',
    at: '1.103',
    args: { asThousands: '1103', asDecimal: '1.103' },
    argsAbsent: ['likely', 'meant'],
  },
  {
    name: '110.000.000 (two dots, read as text)',
    file: RESULTS,
    edit: edit('value: 110000', 'value: 110.000.000'),
    code: 'NUMBER_THOUSANDS_DOT',
    at: '110.000.000',
    args: { read: 'text', meant: '110000000' },
  },
  {
    name: 'year 2.018',
    file: RESULTS,
    edit: edit('year: 2018', 'year: 2.018'),
    code: 'NUMBER_THOUSANDS_DOT',
    at: '2.018',
    args: { likely: 'thousands', meant: '2018' },
  },
  {
    name: 'a commendation count of 1.000',
    file: RESULTS,
    edit: edit('count: 1\n', 'count: 1.000\n'),
    code: 'NUMBER_THOUSANDS_DOT',
    at: '1.000',
    args: { likely: 'thousands', meant: '1000' },
  },
  {
    name: '1.103,5 (dot thousands, comma decimals)',
    file: RESULTS,
    edit: edit('value: 1103', 'value: 1.103,5'),
    code: 'NUMBER_DECIMAL_COMMA',
    at: '1.103,5',
    args: { meant: '1103.5' },
  },
  {
    name: '6,92 (decimal comma)',
    file: RESULTS,
    edit: edit('value: 6.92', 'value: 6,92'),
    code: 'NUMBER_DECIMAL_COMMA',
    at: '6,92',
    args: { meant: '6.92' },
  },
  {
    name: '24 000 (space thousands)',
    file: RESULTS,
    edit: edit('value: 24000', 'value: 24 000'),
    code: 'NUMBER_NOTATION',
    at: '24 000',
    args: { form: 'thousands_space', meant: '24000' },
  },
  {
    name: '24 000 with a no-break space (pasted from Word)',
    file: RESULTS,
    edit: edit('value: 24000', 'value: 24\u00a0000'),
    code: 'NUMBER_NOTATION',
    at: '24\u00a0000',
    args: { form: 'thousands_space', meant: '24000' },
  },
  {
    name: '24,000 people: ambiguous, thousands likely',
    file: RESULTS,
    edit: edit('value: 24000', 'value: 24,000'),
    code: 'NUMBER_AMBIGUOUS_COMMA',
    at: '24,000',
    args: { asThousands: '24000', asDecimal: '24', likely: 'thousands' },
  },
  {
    name: '24,000 for a rate: ambiguous, 24 likely',
    file: RESULTS,
    edit: edit('value: 6.92', 'value: 24,000'),
    code: 'NUMBER_AMBIGUOUS_COMMA',
    at: '24,000',
    args: { asThousands: '24000', asDecimal: '24', likely: 'decimal', meant: '24' },
  },
  {
    name: '1,103 billion đồng: ambiguous, no guess',
    file: RESULTS,
    edit: edit('value: 1103', 'value: 1,103'),
    code: 'NUMBER_AMBIGUOUS_COMMA',
    at: '1,103',
    args: { asThousands: '1103', asDecimal: '1.103' },
    argsAbsent: ['likely', 'meant'],
  },
  {
    name: '110,000,000 (English thousands)',
    file: RESULTS,
    edit: edit('value: 110000', 'value: 110,000,000'),
    code: 'NUMBER_NOTATION',
    at: '110,000,000',
    args: { form: 'thousands_comma', meant: '110000000' },
  },
  {
    name: '6.92%',
    file: RESULTS,
    edit: edit('value: 6.92', 'value: 6.92%'),
    code: 'NUMBER_NOTATION',
    at: '6.92%',
    args: { form: 'percent', meant: '6.92' },
  },
  {
    name: '6,92%',
    file: RESULTS,
    edit: edit('value: 6.92', 'value: 6,92%'),
    code: 'NUMBER_NOTATION',
    at: '6,92%',
    args: { form: 'percent', meant: '6.92' },
  },
  {
    name: '"24000" in quotes',
    file: RESULTS,
    edit: edit('value: 24000', 'value: "24000"'),
    code: 'NUMBER_NOTATION',
    at: '"24000"',
    args: { form: 'quoted', meant: '24000' },
  },
  {
    name: '1e3',
    file: RESULTS,
    edit: edit('value: 24000', 'value: 1e3'),
    code: 'NUMBER_NOTATION',
    at: '1e3',
    args: { form: 'notation', read: '1000' },
  },
  {
    name: '.inf',
    file: RESULTS,
    edit: edit('value: 24000', 'value: .inf'),
    code: 'NUMBER_NOTATION',
    at: '.inf',
    args: { form: 'notation', read: 'not-finite' },
  },
  {
    name: '.nan in a target',
    file: TARGETS,
    edit: edit('value: 23500', 'value: .nan'),
    code: 'NUMBER_NOTATION',
    at: '.nan',
    args: { form: 'notation' },
  },
  {
    name: '0x10',
    file: RESULTS,
    edit: edit('value: 24000', 'value: 0x10'),
    code: 'NUMBER_NOTATION',
    at: '0x10',
    args: { form: 'notation', read: '16' },
  },
  {
    name: '0.125 is a decimal, not thousands (a warning about decimals only)',
    file: RESULTS,
    edit: edit('value: 6.57', 'value: 0.125'),
    code: 'TOO_MANY_DECIMALS',
    at: '0.125',
    severity: 'warning',
    exit: 0,
  },
];

const shapeCases: BadInput[] = [
  {
    name: 'a list where a group of fields is expected',
    file: RESULTS,
    edit: edit('  viec-lam:\n    value: 24000\n    qualifier: over', '  viec-lam:\n    - 24000\n    - over'),
    code: 'SCHEMA_TYPE',
    at: '- 24000',
    args: { expected: 'object', found: 'list' },
  },
  {
    name: 'a group of fields where a number is expected',
    file: RESULTS,
    edit: edit('value: 24000', 'value: { so: 24000 }'),
    code: 'SCHEMA_TYPE',
    at: '{ so: 24000 }',
    args: { expected: 'number' },
  },
  {
    name: 'a group of fields where a list is expected',
    file: TARGETS,
    edit: edit('  - id: ldxh-2019-02-28\n    title', '    id: ldxh-2019-02-28\n    title'),
    code: 'SCHEMA_TYPE',
    at: 'id: ldxh-2019-02-28',
    args: { expected: 'array' },
  },
  {
    name: 'a missing year',
    file: RESULTS,
    edit: edit('year: 2018\n', ''),
    code: 'SCHEMA_REQUIRED',
    at: 'kind: results',
    args: { missing: 'year' },
  },
  {
    name: 'a target without its type',
    file: TARGETS,
    edit: edit('  viec-lam:\n    type: level\n', '  viec-lam:\n'),
    code: 'SCHEMA_REQUIRED',
    at: 'viec-lam:',
    args: { missing: 'type' },
  },
  {
    name: 'an unknown field, with "did you mean"',
    file: RESULTS,
    edit: edit('default_source:', 'defualt_source:'),
    code: 'SCHEMA_UNKNOWN_FIELD',
    at: 'defualt_source',
    args: { suggestion: 'default_source' },
  },
  {
    name: 'an unknown field inside a figure, with "did you mean"',
    file: TARGETS,
    edit: edit('    type: ceiling', '    tpye: ceiling'),
    code: 'SCHEMA_UNKNOWN_FIELD',
    at: 'tpye',
    args: { suggestion: 'type' },
  },
  {
    name: 'a negative count',
    file: RESULTS,
    edit: edit('value: 24000', 'value: -24000'),
    code: 'NEGATIVE',
    at: '-24000',
  },
  {
    name: 'a rate over 100',
    file: RESULTS,
    edit: edit('value: 6.92', 'value: 692'),
    code: 'RATE_OVER_100',
    at: '692',
  },
  {
    name: 'a rate target over 100',
    file: TARGETS,
    edit: edit('value: 65', 'value: 650'),
    code: 'RATE_OVER_100',
    at: '650',
  },
  {
    name: 'year 1800',
    file: RESULTS,
    edit: edit('year: 2018', 'year: 1800'),
    code: 'SCHEMA_RANGE',
    at: '1800',
  },
  {
    name: 'year 3000',
    file: RESULTS,
    edit: edit('year: 2018', 'year: 3000'),
    code: 'SCHEMA_RANGE',
    at: '3000',
  },
  {
    name: 'year "2018" as a string',
    file: RESULTS,
    edit: edit('year: 2018', 'year: "2018"'),
    code: 'NUMBER_NOTATION',
    at: '"2018"',
    args: { form: 'quoted', meant: '2018' },
  },
  {
    name: 'the same indicator twice',
    file: TARGETS,
    edit: edit('  ty-le-ho-ngheo:', '  viec-lam:\n    type: level\n    value: 1\n  ty-le-ho-ngheo:'),
    code: 'YAML_DUPLICATE_KEY',
    at: { text: 'viec-lam:', nth: 2 },
  },
  {
    name: 'the same source id twice',
    file: RESULTS,
    edit: edit('  - id: bao-ha-tinh-ty-le-lao-dong-qua-dao-tao', '  - id: ldxh-2019-02-28'),
    code: 'DUPLICATE_ID',
    at: { text: 'ldxh-2019-02-28', nth: 2 },
    args: { what: 'source' },
  },
];

const resourceCases: BadInput[] = [
  {
    name: 'a billion laughs of aliases',
    file: RESULTS,
    edit: whole(BILLION_LAUGHS),
    code: 'YAML_ALIAS_LIMIT',
    at: '*a',
    quick: true,
  },
  {
    name: '10.000 nested [',
    file: RESULTS,
    edit: whole(`kind: results\nyear: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
    code: 'YAML_TOO_DEEP',
    at: { line: 2, column: 7 + 64 },
    args: { depth: 10_000, limit: 64 },
    quick: true,
  },
  {
    name: '10.000 nested { without their }',
    file: RESULTS,
    edit: whole(`kind: results\nyear: ${'{a: '.repeat(10_000)}\n`),
    code: 'YAML_TOO_DEEP',
    at: { line: 2, column: 7 + 64 * 4 },
    quick: true,
  },
  {
    name: '2.000 levels of block indentation',
    file: RESULTS,
    edit: whole(DEEP_BLOCK),
    code: 'YAML_TOO_DEEP',
    at: 'k64:',
    quick: true,
  },
  {
    name: '10.000 nested "- " items',
    file: RESULTS,
    edit: whole(`kind: results\nvalues:\n  ${'- '.repeat(10_000)}1\n`),
    code: 'YAML_TOO_DEEP',
    at: { line: 3, column: 3 },
    quick: true,
  },
  {
    name: 'a !!js/function tag',
    file: RESULTS,
    edit: edit('value: 24000', 'value: !!js/function "function () { return 24000 }"'),
    code: 'YAML_CUSTOM_TAG',
    at: '!!js/function',
    args: { tag: '!!js/function' },
    quick: true,
  },
  {
    name: 'a !foo tag',
    file: RESULTS,
    edit: edit('value: 24000', 'value: !foo 24000'),
    code: 'YAML_CUSTOM_TAG',
    at: '!foo',
    args: { tag: '!foo' },
    quick: true,
  },
];

interface Found {
  code: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  args: Record<string, unknown>;
}

/** Returns the 1-based line and column of the `nth` occurrence of `marker` in `text`. */
function positionOfNth(text: string, marker: string, nth: number): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(marker, at + 1);
    if (at < 0) throw new Error(`marker "${marker}" not found ${nth} times`);
  }
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function expectedPosition(c: BadInput, content: string | Uint8Array): { line: number; column: number } {
  if (typeof c.at === 'string') return positionOf(String(content), c.at);
  if ('text' in c.at) return positionOfNth(String(content), c.at.text, c.at.nth);
  return c.at;
}

/** Puts the fault of `c` into a fresh copy of the data; returns the folder, the file and its content. */
async function faultyCopy(c: BadInput): Promise<{ dir: string; path: string; content: string | Uint8Array }> {
  const dir = await copyOfData();
  const path = join(dir, c.file);
  const content = c.edit(await readFile(path, 'utf8'));
  await writeFile(path, content);
  return { dir, path, content };
}

/**
 * The warnings the shipped data always has: its source states no shortcomings, causes or lessons, and the report
 * does not invent them (README, "The data"). A fault put into a copy is found beside them.
 */
function withoutShippedWarnings<T extends { code: string; file: string }>(found: readonly T[]): T[] {
  return found.filter((d) => !(d.code === 'REPORT_SECTION_MISSING' && d.file.endsWith('2018.yaml')));
}

/** Every known failure: no stack trace, no "internal error". */
function expectNoCrash(run: CliRun): void {
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(run.stdout).not.toMatch(/internal error|\n\s+at /);
}

/** Each diagnostic lies inside its file: a line that exists (or the one after the last) and a column on it. */
async function expectInsideFiles(found: readonly Found[]): Promise<void> {
  for (const d of found) {
    const text = await readFile(d.file, 'utf8').catch(() => undefined);
    if (text === undefined) continue; // a folder-wide problem
    const lines = text.split('\n');
    expect(d.line, `${d.code} at ${d.line}:${d.column}`).toBeGreaterThanOrEqual(1);
    expect(d.line, `${d.code} at ${d.line}:${d.column}`).toBeLessThanOrEqual(lines.length + 1);
    expect(d.column, `${d.code} at ${d.line}:${d.column}`).toBeGreaterThanOrEqual(1);
    expect(d.column, `${d.code} at ${d.line}:${d.column}`).toBeLessThanOrEqual(
      (lines[d.line - 1]?.length ?? 0) + 1,
    );
  }
}

async function checkCase(c: BadInput): Promise<void> {
  const { dir, path, content } = await faultyCopy(c);
  const started = performance.now();
  const run = await runInProcess(['check', '--data', dir, '--format', 'json']);
  const elapsed = performance.now() - started;
  expectNoCrash(run);
  expect(run.stderr).toBe('');
  const found = withoutShippedWarnings(JSON.parse(run.stdout) as Found[]);
  const expectedExit = c.exit ?? 1;
  expect(run.code).toBe(expectedExit);
  if (c.code !== '') {
    const { line, column } = expectedPosition(c, content);
    expect(found).toContainEqual(
      expect.objectContaining({
        code: c.code,
        file: path,
        line,
        column,
        severity: c.severity ?? 'error',
        ...(c.args ? { args: expect.objectContaining(c.args) } : {}),
      }),
    );
    const match = found.find((d) => d.code === c.code && d.line === line && d.column === column);
    for (const name of c.argsAbsent ?? []) expect(match?.args).not.toHaveProperty(name);
  } else {
    expect(found).toEqual([]);
  }
  if (typeof content === 'string') await expectInsideFiles(found);
  if (c.quick) expect(elapsed).toBeLessThan(3000);
}

describe('bad input: YAML syntax', () => {
  it.each(syntaxCases)('$name gives $code', checkCase);
});

describe('bad input: tabs and encodings', () => {
  it.each(encodingCases)('$name gives $code', checkCase);
});

describe('bad input: numbers written the Vietnamese (or English) way', () => {
  it.each(numberCases)('$name gives $code', checkCase);
});

describe('bad input: wrong types, missing and unknown fields, figures out of range, duplicates', () => {
  it.each(shapeCases)('$name gives $code', checkCase);
});

describe('bad input: resource attacks are refused quickly', () => {
  it.each(resourceCases)('$name gives $code', checkCase);

  it('a 50 MB file gives FILE_TOO_LARGE at 1:1, quickly', async () => {
    const dir = await copyOfData();
    const path = join(dir, '2018.yaml');
    const line = `# ${'x'.repeat(97)}\n`;
    await writeFile(path, `kind: results\n${line.repeat(500_000)}`);
    const started = performance.now();
    const run = await runInProcess(['check', '--data', dir, '--format', 'json']);
    expect(performance.now() - started).toBeLessThan(3000);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toContainEqual(
      expect.objectContaining({ code: 'FILE_TOO_LARGE', file: path, line: 1, column: 1 }),
    );
  });
});

describe('a thousands separator never turns silently into a wrong figure: build refuses', () => {
  const separators = numberCases.filter((c) => (c.exit ?? 1) === 1);
  it.each(separators)('build refuses $name (exit 1, nothing written)', async (c) => {
    const { dir } = await faultyCopy(c);
    const out = join(dir, 'reports');
    const run = await runInProcess(['build', '2018', '--data', dir, '--out', out, '--format', 'md,html']);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`[${c.code}]`);
    expect(run.stdout).not.toContain('wrote');
    expect(existsSync(out)).toBe(false);
  });
});

describe('a file whose schema failed still gets the id rules', () => {
  it('an unknown field, an unknown indicator and an unknown source in one results file are all reported', async () => {
    const dir = await copyOfData();
    const path = join(dir, '2018.yaml');
    let text = await readFile(path, 'utf8');
    text = swap(text, 'default_source:', 'defualt_source:');
    text = swap(text, '  viec-lam:\n', '  viec-lamm:\n');
    text = swap(text, 'source: bao-ha-tinh-ty-le-lao-dong-qua-dao-tao\n  quy', 'source: bao-ha-tinh\n  quy');
    await writeFile(path, text);
    const run = await runInProcess(['check', '--data', dir, '--format', 'json']);
    const found = JSON.parse(run.stdout) as Found[];
    expect(run.code).toBe(1);
    expect(found).toContainEqual(
      expect.objectContaining({ code: 'SCHEMA_UNKNOWN_FIELD', ...positionOf(text, 'defualt_source') }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        code: 'UNKNOWN_INDICATOR',
        ...positionOf(text, 'viec-lamm'),
        args: expect.objectContaining({ suggestion: 'viec-lam' }),
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ code: 'UNKNOWN_SOURCE', ...positionOf(text, 'bao-ha-tinh\n') }),
    );
  });

  it('a targets file with a wrong type still reports its unknown indicator id', async () => {
    const dir = await copyOfData();
    const path = join(dir, '2019-targets.yaml');
    let text = await readFile(path, 'utf8');
    text = swap(text, 'value: 8500', 'value: "tám nghìn rưỡi"');
    text = swap(text, '  tuyen-moi-dao-tao-nghe:', '  tuyen-moi-dao-tao:');
    await writeFile(path, text);
    const run = await runInProcess(['check', '--data', dir, '--format', 'json']);
    const codes = withoutShippedWarnings(JSON.parse(run.stdout) as Found[])
      .map((d) => d.code)
      .sort();
    expect(codes).toEqual(['SCHEMA_TYPE', 'UNKNOWN_INDICATOR']);
  });

  it('a results file whose figures are not a group of fields gets the source rules, and nothing crashes', async () => {
    const dir = await copyOfData();
    const path = join(dir, '2018.yaml');
    let text = await readFile(path, 'utf8');
    text = swap(text, 'default_source: ldxh-2019-02-28', 'default_source: ldxh-2019');
    text = text.replace(/\nvalues:\n[\s\S]*?\nnarrative:/, '\nvalues: [24000, 9000]\nnarrative:');
    await writeFile(path, text);
    const run = await runInProcess(['check', '--data', dir, '--format', 'json']);
    expectNoCrash(run);
    const codes = (JSON.parse(run.stdout) as Found[]).map((d) => d.code).sort();
    expect(codes).toEqual(['SCHEMA_TYPE', 'UNKNOWN_SOURCE']);
  });
});

/** Files and folders that cannot be read or written: exit 2, one line saying what and one how to fix it. */
interface IoCase {
  name: string;
  /** Returns the arguments of the run, after arranging the fault in a copy of the data. */
  arrange: (dir: string) => Promise<string[]>;
  stderr: RegExp;
  skip?: boolean;
}

const asRoot = process.getuid?.() === 0;

const ioCases: IoCase[] = [
  {
    name: 'a missing data folder',
    arrange: async (dir) => ['check', '--data', join(dir, 'khong-co')],
    stderr: /^error: .*khong-co.* \[DATA_FOLDER_NOT_FOUND\]\n {2}fix: /,
  },
  {
    name: 'a data folder that is a file',
    arrange: async (dir) => ['check', '--data', join(dir, '2018.yaml')],
    stderr: /^error: .*2018\.yaml.* \[DATA_FOLDER_NOT_A_FOLDER\]\n {2}fix: /,
  },
  {
    name: 'a data "file" that is a folder',
    arrange: async (dir) => {
      await mkdir(join(dir, '2020.yaml'));
      return ['check', '--data', dir];
    },
    stderr: /^error: .*2020\.yaml.* \[NOT_A_FILE\]\n {2}fix: /,
  },
  {
    name: 'a named file that does not exist',
    arrange: async (dir) => ['check', join(dir, '2020.yaml')],
    stderr: /^error: .*2020\.yaml.* \[FILE_NOT_FOUND\]\n {2}fix: /,
  },
  {
    name: asRoot
      ? 'an unreadable file (skipped: running as root, where chmod 000 still reads)'
      : 'an unreadable file (chmod 000)',
    arrange: async (dir) => {
      await chmod(join(dir, '2018.yaml'), 0o000);
      return ['check', '--data', dir];
    },
    stderr: /^error: .*2018\.yaml.* \[FILE_UNREADABLE\]\n {2}fix: /,
    skip: asRoot,
  },
  {
    name: 'build --out under a regular file',
    arrange: async (dir) => {
      await writeFile(join(dir, 'a-file'), 'not a folder');
      return ['build', '2018', '--data', dir, '--out', join(dir, 'a-file', 'reports'), '--format', 'md'];
    },
    stderr: /\nerror: .*a-file.* \[OUTPUT_NOT_WRITABLE\]\n {2}fix: /,
  },
];

describe('bad input: files and folders (exit 2)', () => {
  for (const c of ioCases) {
    it.skipIf(c.skip === true)(c.name, async () => {
      const dir = await copyOfData();
      const args = await c.arrange(dir);
      const run = await runInProcess(args);
      expectNoCrash(run);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(c.stderr);
      expect(run.stdout).not.toContain('wrote');
    });
  }
});

describe('a rate with a dot and three digits is a decimal, read as written', () => {
  // 24.000% or 6.920% cannot mean 24000% or 6920%: a rate is at most 100, so the dot can only be decimal. Shown
  // with the decimals written, up to the catalogue's two (issue 26).
  it.each([
    ['value: 6.92', 'value: 6.925', RESULTS, 'Tỷ lệ hộ nghèo: 6,93%'],
    ['value: 6.92', 'value: 6.920', RESULTS, 'Tỷ lệ hộ nghèo: 6,92%'],
    ['value: 6.92', 'value: 24.000', RESULTS, 'Tỷ lệ hộ nghèo: 24,00%'],
    ['value: 6\n', 'value: 6.000\n', TARGETS, 'Tỷ lệ hộ nghèo: dưới 6,00%'],
  ])('%s -> %s', async (from, to, file, shown) => {
    const dir = await copyOfData();
    await replaceIn(join(dir, file), from, to);
    const check = await runInProcess(['check', '--data', dir, '--format', 'json']);
    const codes = (JSON.parse(check.stdout) as { code: string }[]).map((d) => d.code);
    expect(codes.filter((c) => c.startsWith('NUMBER_'))).toEqual([]);
    const out = join(dir, 'out');
    const build = await runInProcess(['build', '2018', '--format', 'md', '--data', dir, '--out', out]);
    expect(build.code).toBe(0);
    expect(await readFile(join(out, '2018', 'bao-cao-2018.md'), 'utf8')).toContain(shown);
  });
});
