import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.js';
import { toPointer } from '../diagnostics/pointer.js';
import type { Say } from '../diagnostics/say.js';
import type { ParsedFile } from '../load/parse-yaml-file.js';
import { locate } from '../load/yaml-position.js';

/** Returns a Say that adds the problems of `file` to `out`, each at the line and column of its path. */
export function reporter(file: ParsedFile, out: Diagnostic[]): Say {
  return (code, path, args, options = {}) => {
    const pointer = toPointer(path);
    const position = file.doc
      ? locate(file.doc, file.lines, pointer, options.at ?? 'value')
      : { line: 1, column: 1 };
    out.push(
      diagnostic(code, args, {
        severity: options.severity ?? 'error',
        file: file.file,
        ...position,
        pointer,
      }),
    );
  };
}
