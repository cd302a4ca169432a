import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ToolError } from '../errors.js';

export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * Writes every file or none of them: each goes to a temporary file beside its target first, and only when all
 * are written are they renamed into place. A failure removes the temporary files and leaves the old outputs.
 * Resolves when done; throws a ToolError naming the folder that could not be written.
 */
export async function writeFilesAtomically(
  files: readonly OutputFile[],
  signal?: AbortSignal,
): Promise<void> {
  const staged: { temp: string; path: string }[] = [];
  try {
    await removeStaleTemporaries(files);
    for (const file of files) {
      signal?.throwIfAborted();
      await mkdir(dirname(file.path), { recursive: true });
      const temp = join(dirname(file.path), `.${basename(file.path)}.${randomBytes(6).toString('hex')}.tmp`);
      staged.push({ temp, path: file.path });
      await writeFile(temp, file.content);
    }
    signal?.throwIfAborted();
    for (const { temp, path } of staged) await rename(temp, path);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    if (error instanceof ToolError || (error as Error).name === 'AbortError') throw error;
    const e = error as NodeJS.ErrnoException;
    const where = e.path ?? dirname(files[0]?.path ?? '.');
    throw new ToolError(
      'OUTPUT_NOT_WRITABLE',
      `Cannot write ${where}: ${WRITE_FAILURES[e.code ?? ''] ?? e.message}.`,
      'Choose a folder you can write to with --out, or check its permissions and free space.',
    );
  }
}

/** What the system's error codes mean to someone saving a report. */
const WRITE_FAILURES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EEXIST: 'a file is in the way where a folder is needed',
  ENOTDIR: 'a file is in the way where a folder is needed',
  EISDIR: 'a folder is in the way where a file is needed',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
};

const TEMPORARY = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes temporary files that an earlier run killed outright (SIGKILL, a power cut) left beside the files
 * about to be written; only files of this writer's own naming, for these very targets, are touched.
 */
async function removeStaleTemporaries(files: readonly OutputFile[]): Promise<void> {
  const byFolder = new Map<string, Set<string>>();
  for (const file of files) {
    const folder = dirname(file.path);
    byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(basename(file.path)));
  }
  for (const [folder, names] of byFolder) {
    const entries = await readdir(folder).catch(() => [] as string[]);
    for (const entry of entries) {
      const target = TEMPORARY.exec(entry)?.[1];
      if (target !== undefined && names.has(target)) await rm(join(folder, entry), { force: true });
    }
  }
}
