import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './run-cli.js';

export const GOLDEN = join(ROOT, 'test', 'golden');

/** Expects `actual` to be test/golden/`name` byte for byte; UPDATE_GOLDEN=1 writes it instead (to be looked at). */
export async function expectGolden(name: string, actual: string): Promise<void> {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') await writeFile(path, actual);
  expect(actual, `${name} changed: look at the difference, then UPDATE_GOLDEN=1 to accept it`).toBe(
    await readFile(path, 'utf8'),
  );
}
