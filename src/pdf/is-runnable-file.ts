import { accessSync, constants, statSync } from 'node:fs';

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
