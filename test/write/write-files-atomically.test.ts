import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../src/write/write-files-atomically.js';

describe('writeFilesAtomically', () => {
  it('writes every file, and leaves no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatinh-write-'));
    await writeFilesAtomically([
      { path: join(dir, 'a', 'x.md'), content: 'x' },
      { path: join(dir, 'a', 'y.pdf'), content: new Uint8Array([1, 2]) },
    ]);
    expect((await readdir(join(dir, 'a'))).sort()).toEqual(['x.md', 'y.pdf']);
  });

  it('writes none when one cannot be written, and keeps the old files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatinh-write-'));
    await writeFile(join(dir, 'x.md'), 'old');
    await writeFile(join(dir, 'blocker'), 'a file where a folder is needed');
    await expect(
      writeFilesAtomically([
        { path: join(dir, 'x.md'), content: 'new' },
        { path: join(dir, 'blocker', 'y.md'), content: 'y' },
      ]),
    ).rejects.toMatchObject({ code: 'OUTPUT_NOT_WRITABLE' });
    expect(await readFile(join(dir, 'x.md'), 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['blocker', 'x.md']);
  });

  it('an aborted write renames nothing and cleans up', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatinh-write-'));
    await writeFile(join(dir, 'x.md'), 'old');
    const controller = new AbortController();
    controller.abort();
    await expect(
      writeFilesAtomically([{ path: join(dir, 'x.md'), content: 'new' }], controller.signal),
    ).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['x.md']);
    expect(await readFile(join(dir, 'x.md'), 'utf8')).toBe('old');
  });

  it('removes what a killed run left of its own temporary files, and nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatinh-write-'));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, '.x.md.0123456789ab.tmp'), 'left by a killed run');
    await writeFile(join(dir, '.other.md.0123456789ab.tmp'), 'not ours to touch');
    await writeFilesAtomically([{ path: join(dir, 'x.md'), content: 'new' }]);
    expect((await readdir(dir)).sort()).toEqual(['.other.md.0123456789ab.tmp', 'x.md']);
  });
});
