import { mkdir, mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleSources } from '../helpers/dist-is-fresh.js';

describe('the tests refuse a dist/ older than src/', () => {
  it('names a source whose compiled file or the bundle is older, or missing; passes when dist/ is up to date', async () => {
    const root = await mkdtemp(join(tmpdir(), 'hatinh-fresh-'));
    await mkdir(join(root, 'src', 'cli'), { recursive: true });
    await mkdir(join(root, 'dist', 'cli'), { recursive: true });
    await mkdir(join(root, 'dist', 'bundle'), { recursive: true });
    await writeFile(join(root, 'dist', 'bundle', 'run.js'), '');
    for (const name of ['main', 'other']) {
      await writeFile(join(root, 'src', 'cli', `${name}.ts`), '');
      await writeFile(join(root, 'dist', 'cli', `${name}.js`), '');
    }
    await writeFile(join(root, 'src', 'new.ts'), '');
    // The bundle newer than every source here (file times may share a millisecond, or not).
    const soon = new Date(Date.now() + 60_000);
    await utimes(join(root, 'dist', 'bundle', 'run.js'), soon, soon);
    const past = new Date(Date.now() - 60_000);
    await utimes(join(root, 'dist', 'cli', 'main.js'), past, past);
    expect((await staleSources(root)).sort()).toEqual([join('src', 'cli', 'main.ts'), join('src', 'new.ts')]);
    await writeFile(join(root, 'dist', 'cli', 'main.js'), '');
    await writeFile(join(root, 'dist', 'new.js'), '');
    expect(await staleSources(root)).toEqual([]);
    // The bundle the command line runs is made from every source: older than one, it is stale too.
    await writeFile(join(root, 'src', 'cli', 'other.ts'), '// changed');
    await writeFile(join(root, 'dist', 'cli', 'other.js'), '');
    const later = new Date(Date.now() + 120_000);
    await utimes(join(root, 'src', 'cli', 'other.ts'), later, later);
    await utimes(join(root, 'dist', 'cli', 'other.js'), later, later);
    expect(await staleSources(root)).toEqual([join('src', 'cli', 'other.ts')]);
  });
});
