import { isMap } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import type { ParsedFile } from '../load/parse-yaml-file.js';
import { locate } from '../load/yaml-position.js';
import { FILE_KINDS } from '../schemas/index.js';

/** Returns a diagnostic when a parsed file does not say which kind of data file it is, or names no known kind. */
export function checkKind(parsed: ParsedFile): Diagnostic[] {
  if (!parsed.doc || parsed.kind || parsed.data === undefined) return [];
  const { doc, lines, file } = parsed;
  const declared = isMap(doc.contents) ? doc.contents.get('kind') : undefined;
  const guess = guessKind(file);
  if (declared === undefined || declared === null) {
    return [
      { code: 'KIND_MISSING', severity: 'error', file, line: 1, column: 1, pointer: '', args: { guess } },
    ];
  }
  const actual = String(declared);
  const position = locate(doc, lines, '/kind', 'value');
  return [
    {
      code: 'KIND_UNKNOWN',
      severity: 'error',
      file,
      ...position,
      pointer: '/kind',
      args: { actual, allowed: FILE_KINDS, suggestion: suggest(actual, FILE_KINDS) ?? guess },
    },
  ];
}

/** The names of yearly files, with the year captured: 2018.yaml, 2019-targets.yaml. */
export const YEARLY_FILE_NAMES = {
  results: /^(\d{4})\.ya?ml$/,
  targets: /^(\d{4})-targets\.ya?ml$/,
} as const;

/** Returns the kind a file's name suggests (2018.yaml: results), for the fix of a missing kind. */
export function guessKind(file: string): string | undefined {
  const base = file.split(/[\\/]/).at(-1) ?? '';
  if (YEARLY_FILE_NAMES.targets.test(base)) return 'targets';
  if (YEARLY_FILE_NAMES.results.test(base)) return 'results';
  if (/indicator|catalog|chi-tieu/i.test(base)) return 'catalogue';
  if (/agency|co-quan/i.test(base)) return 'agency';
  return undefined;
}
