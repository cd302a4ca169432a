import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The data folder when none is named: `data`, beside where the command runs. */
export const DEFAULT_DATA_FOLDER = 'data';

/**
 * Returns the data folder a command works on: the one named; else `data`, or, where there is no `data`, the
 * current folder when it holds the catalogue (a clerk who opened a terminal in the data folder itself).
 */
export async function dataFolder(named: string | undefined): Promise<string> {
  if (named !== undefined && named !== DEFAULT_DATA_FOLDER) return named;
  const isFolder = await stat(DEFAULT_DATA_FOLDER).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (isFolder) return DEFAULT_DATA_FOLDER;
  return (await holdsCatalogue('.')) ? '.' : DEFAULT_DATA_FOLDER;
}

/** True when a folder holds a YAML file of the indicator catalogue (its `kind: catalogue` line). */
async function holdsCatalogue(folder: string): Promise<boolean> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((n) => /\.ya?ml$/i.test(n))) {
    const text = await readFile(join(folder, name), 'utf8').catch(() => '');
    if (/^kind:\s*catalogue\s*(#.*)?$/m.test(text)) return true;
  }
  return false;
}
