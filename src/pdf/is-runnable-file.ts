import { accessSync, constants, readdirSync, statSync } from 'node:fs';

/** Returns whether `path` is a file this process may run: not a folder, and executable where that is a thing. */
export function isRunnableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Returns the names in a folder, or [] when it cannot be read (none there, no permission). */
export function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
