import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, lstat, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
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
  let target = files[0]?.path ?? '.';
  try {
    // Every target is checked before any is written: a folder in the way of the last file must not leave the
    // first ones replaced.
    for (const file of files) {
      target = file.path;
      if ((await lstat(file.path).catch(() => undefined))?.isDirectory()) throw folderInTheWay(file.path);
    }
    await removeStaleTemporaries(files);
    for (const file of files) {
      signal?.throwIfAborted();
      target = file.path;
      await mkdir(dirname(file.path), { recursive: true });
      const temp = join(dirname(file.path), `.${basename(file.path)}.${randomBytes(6).toString('hex')}.tmp`);
      staged.push({ temp, path: file.path });
      await writeFile(temp, file.content);
    }
    signal?.throwIfAborted();
    for (const { temp, path } of staged) {
      target = path;
      await rename(temp, path);
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    if (error instanceof ToolError || (error as Error).name === 'AbortError') throw error;
    throw await notWritable(error as NodeJS.ErrnoException, target);
  }
}

function folderInTheWay(path: string): ToolError {
  return new ToolError(
    'OUTPUT_NOT_WRITABLE',
    `Cannot write ${path}: a folder is in the way where a file is needed.`,
    'Move or rename that folder, or choose another folder with --out.',
  );
}

/**
 * Returns the error to show for a failed write, naming the file or folder the user asked for (never a temporary
 * file). Node reports a folder on a read-only disk as "ENOENT … mkdir", so the nearest existing folder is asked
 * whether it can be written to, which tells a read-only disk and a missing permission apart.
 */
async function notWritable(e: NodeJS.ErrnoException, target: string): Promise<ToolError> {
  let code = e.code ?? '';
  let where = e.syscall === 'mkdir' && typeof e.path === 'string' ? e.path : target;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM') {
    const folder = await nearestExistingFolder(dirname(target));
    const probe = await access(folder, constants.W_OK).then(
      () => undefined,
      (p: NodeJS.ErrnoException) => p.code,
    );
    if (probe === 'EROFS' || probe === 'EACCES' || probe === 'EPERM') {
      code = probe;
      where = folder;
    }
  }
  return new ToolError(
    'OUTPUT_NOT_WRITABLE',
    `Cannot write ${where}: ${WRITE_FAILURES[code] ?? e.message}.`,
    code === 'EROFS'
      ? 'Choose a folder on a disk that can be written to with --out (a read-only disk, share or CD cannot take the reports).'
      : 'Choose a folder you can write to with --out, or check its permissions and free space.',
  );
}

async function nearestExistingFolder(folder: string): Promise<string> {
  let current = folder;
  while (
    !(await stat(current).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  ) {
    const parent = dirname(current);
    if (parent === current) return current;
    current = parent;
  }
  return current;
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
