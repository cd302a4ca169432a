import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { toolError } from '../messages/messages.js';
import { type ParsedFile, parseYamlFile } from './parse-yaml-file.js';
import { readDataFile } from './read-data-file.js';

/** Returns the .yaml files of a data folder, as paths joined to the folder as the user wrote it. */
export async function listDataFiles(folder: string): Promise<string[]> {
  const info = await stat(folder).catch(() => {
    throw toolError('DATA_FOLDER_NOT_FOUND', { folder });
  });
  if (!info.isDirectory()) {
    throw toolError('DATA_FOLDER_NOT_A_FOLDER', { folder });
  }
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    throw toolError('DATA_FOLDER_UNREADABLE', { folder, reason: error.code ?? error.message });
  });
  return names
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort()
    .map((n) => join(folder, n));
}

/** Returns one file read and parsed (a file that cannot be read as text has only its reading problem). */
export async function loadFile(file: string): Promise<ParsedFile> {
  const read = await readDataFile(file, file);
  if (read.text === undefined)
    return { ...parseYamlFile(file, ''), doc: undefined, diagnostics: read.diagnostics };
  return parseYamlFile(file, read.text);
}

/**
 * Returns every data file of `folder` read and parsed, and the files of `extra` that are not in it (named on the
 * command line from elsewhere), each as the user named it.
 */
export async function loadFiles(folder: string, extra: readonly string[] = []): Promise<ParsedFile[]> {
  const inFolder = await listDataFiles(folder);
  const paths = inFolder.map((p) => extra.find((f) => resolve(f) === resolve(p)) ?? p);
  for (const f of extra) if (!inFolder.some((p) => resolve(p) === resolve(f))) paths.push(f);
  return Promise.all(paths.map((p) => loadFile(p)));
}
