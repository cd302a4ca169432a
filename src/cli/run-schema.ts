import { join } from 'node:path';
import { FILE_KINDS, type FileKind, KINDS, schemaFileName } from '../kinds/index.js';
import type { Language } from '../messages/language.js';
import { messagesFor, toolError } from '../messages/messages.js';
import { isFileKind } from '../model/types.js';
import { writeFilesAtomically } from '../write/write-files-atomically.js';
import type { CliIO } from './cli-io.js';

/** Returns a schema as the JSON text written to disk and printed. */
export function schemaText(kind: FileKind): string {
  const schema = KINDS.find((k) => k.name === kind)?.schema;
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Runs `schema`: prints one kind's JSON Schema, or writes every schema into a folder. Returns the exit code. */
export async function runSchema(
  kind: string | undefined,
  out: string | undefined,
  io: CliIO,
  lang: Language,
): Promise<number> {
  if (kind !== undefined && !isFileKind(kind)) {
    throw toolError('UNKNOWN_KIND', { kind, allowed: [...FILE_KINDS] });
  }
  const kinds: readonly FileKind[] = kind === undefined ? FILE_KINDS : [kind];
  if (out === undefined) {
    const [only] = kinds;
    if (kinds.length !== 1 || only === undefined) {
      throw toolError('SCHEMA_NEEDS_KIND', { allowed: [...FILE_KINDS] });
    }
    io.stdout(schemaText(only));
    return 0;
  }
  await writeFilesAtomically(
    kinds.map((k) => ({ path: join(out, schemaFileName(k)), content: schemaText(k) })),
  );
  const words = messagesFor(lang).cli;
  io.stdout(kinds.map((k) => `${words.wrote(join(out, schemaFileName(k)))}\n`).join(''));
  return 0;
}
