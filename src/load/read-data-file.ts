import { readFile, stat } from 'node:fs/promises';
import { type Diagnostic, type DiagnosticArgsOf, diagnostic } from '../diagnostics/diagnostic.js';
import type { ToolError } from '../errors.js';
import { toolError } from '../messages/messages.js';

/** Files larger than this are refused before they are parsed: no data file comes near it. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { text: string; diagnostics: [] } | { text: undefined; diagnostics: Diagnostic[] };

/**
 * Returns the file's text (UTF-8, a BOM removed), or a diagnostic when the content cannot be a data file
 * (too large, not UTF-8). Throws a ToolError (exit 2) when the path is missing, unreadable or a folder.
 */
export async function readDataFile(path: string, file: string): Promise<ReadResult> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw ioError(error, file);
  });
  if (info.isDirectory()) {
    throw toolError('NOT_A_FILE', { file });
  }
  const whole = <C extends 'FILE_TOO_LARGE' | 'FILE_NOT_UTF8'>(
    args: DiagnosticArgsOf[C],
    code: C,
  ): ReadResult => ({
    text: undefined,
    diagnostics: [diagnostic(code, args, { severity: 'error', file, line: 1, column: 1, pointer: '' })],
  });
  if (info.size > MAX_FILE_BYTES) {
    return whole({ size: info.size, limit: MAX_FILE_BYTES }, 'FILE_TOO_LARGE');
  }
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw ioError(error, file);
  });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return whole({ encoding: 'utf16-le' }, 'FILE_NOT_UTF8');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return whole({ encoding: 'utf16-be' }, 'FILE_NOT_UTF8');
  const withoutMark = utf16WithoutMark(bytes);
  if (withoutMark) return whole({ encoding: withoutMark }, 'FILE_NOT_UTF8');
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.includes('\u0000')) return whole({ encoding: 'utf16-or-binary' }, 'FILE_NOT_UTF8');
    return { text, diagnostics: [] };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const lines = before.split('\n');
    return {
      text: undefined,
      diagnostics: [
        {
          code: 'FILE_NOT_UTF8',
          severity: 'error',
          file,
          line: lines.length,
          column: (lines.at(-1)?.length ?? 0) + 1,
          pointer: '',
          args: { encoding: 'legacy' },
        },
      ],
    };
  }
}

function ioError(error: NodeJS.ErrnoException, file: string): ToolError {
  if (error.code === 'ENOENT') {
    return toolError('FILE_NOT_FOUND', { file });
  }
  if (error.code === 'EACCES' || error.code === 'EPERM') {
    return toolError('FILE_UNREADABLE', { file, denied: true });
  }
  return toolError('FILE_UNREADABLE', { file, denied: false, detail: error.message });
}

/** Returns 'UTF-16 LE' or 'UTF-16 BE' when the start of `bytes` looks like UTF-16 text without a byte-order mark. */
function utf16WithoutMark(bytes: Uint8Array): 'utf16-le' | 'utf16-be' | undefined {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  // Latin text in UTF-16 has a zero in most pairs, always on the same side; UTF-8 text has none.
  if (pairs < 2) return undefined;
  if (oddZeros > pairs / 4 && evenZeros < pairs / 20) return 'utf16-le';
  if (evenZeros > pairs / 4 && oddZeros < pairs / 20) return 'utf16-be';
  return undefined;
}

/** Returns the offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return i;
}
