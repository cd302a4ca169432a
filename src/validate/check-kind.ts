import { isMap } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import { FILE_KINDS, guessKind } from '../kinds/index.js';
import type { ParsedFile } from '../load/parse-yaml-file.js';
import { locate } from '../load/yaml-position.js';

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
