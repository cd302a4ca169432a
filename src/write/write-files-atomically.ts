import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, lstat, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ToolError, type WriteFor } from '../errors.js';
import { toolError } from '../messages/messages.js';

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
  /** The folder the files are for, which decides how a failure's fix is put: another --out, or the data folder. */
  folderFor: WriteFor = 'out',
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
      const temp = temporaryName(file.path, 'tmp');
      staged.push({ temp, path: file.path });
      await writeFile(temp, file.content);
    }
    signal?.throwIfAborted();
    await replaceAll(staged, (path) => {
      target = path;
    });
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    if (error instanceof ToolError || (error as Error).name === 'AbortError') throw error;
    throw await notWritable(error as NodeJS.ErrnoException, target, folderFor);
  }
}

/**
 * Renames every temporary file onto its target, each old file first set aside beside it; when one rename fails
 * (a PDF open in a viewer on Windows cannot be replaced), every file already replaced is put back.
 */
export async function replaceAll(
  staged: readonly { temp: string; path: string }[],
  onTarget: (path: string) => void,
  /** fs.rename; a test passes one that fails as a locked file does on Windows, which Linux cannot make. */
  move: (from: string, to: string) => Promise<void> = rename,
): Promise<void> {
  const done: { path: string; backup: string | undefined }[] = [];
  try {
    for (const { temp, path } of staged) {
      onTarget(path);
      const exists = await lstat(path).then(
        () => true,
        () => false,
      );
      const backup = exists ? temporaryName(path, 'bak') : undefined;
      if (backup) await move(path, backup);
      done.push({ path, backup });
      await move(temp, path);
    }
  } catch (error) {
    for (const { path, backup } of done.reverse()) {
      if (backup) await move(backup, path).catch(() => undefined);
      else await rm(path, { force: true });
    }
    throw error;
  }
  await Promise.all(done.map(({ backup }) => (backup ? rm(backup, { force: true }) : undefined)));
}

/** The name of a file of this writer's own beside its target: ".bao-cao-2018.pdf.1a2b3c4d5e6f.tmp". */
function temporaryName(path: string, suffix: 'tmp' | 'bak'): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.${suffix}`);
}

function folderInTheWay(path: string): ToolError {
  return toolError('OUTPUT_NOT_WRITABLE', { path, problem: 'folder_in_way' });
}

/**
 * Returns the error to show for a failed write, naming the file or folder the user asked for (never a temporary
 * file). Node reports a folder on a read-only disk as "ENOENT … mkdir", so the nearest existing folder is asked
 * whether it can be written to, which tells a read-only disk and a missing permission apart.
 */
async function notWritable(
  e: NodeJS.ErrnoException,
  target: string,
  folderFor: WriteFor,
): Promise<ToolError> {
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
  return toolError('OUTPUT_NOT_WRITABLE', {
    path: where,
    problem: 'write',
    target,
    reason: code,
    detail: e.message,
    for: folderFor,
  });
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

const TEMPORARY = /^\.(.+)\.[0-9a-f]{12}\.(tmp|bak)$/;

/**
 * Removes temporary files that an earlier run killed outright (SIGKILL, a power cut) left beside the files
 * about to be written; only files of this writer's own naming, for these very targets, are touched. An old
 * file set aside (.bak) whose target is gone is put back first: the run was killed while replacing it.
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
      const [, target, suffix] = TEMPORARY.exec(entry) ?? [];
      if (target === undefined || !names.has(target)) continue;
      const path = join(folder, target);
      const gone = await lstat(path).then(
        () => false,
        () => true,
      );
      if (suffix === 'bak' && gone) await rename(join(folder, entry), path);
      else await rm(join(folder, entry), { force: true });
    }
  }
}
