import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceAll, writeFilesAtomically } from '../../src/write/write-files-atomically.js';
import { BIN, ROOT } from '../helpers/run-cli.js';

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

  it('a folder in the way of the last file: nothing is written, and the error names that folder (issue 10)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatinh-write-'));
    await writeFile(join(dir, 'x.md'), 'old');
    await mkdir(join(dir, 'x.pdf'));
    const failure = writeFilesAtomically([
      { path: join(dir, 'x.md'), content: 'new' },
      { path: join(dir, 'x.html'), content: 'new' },
      { path: join(dir, 'x.pdf'), content: 'new' },
    ]);
    await expect(failure).rejects.toMatchObject({
      code: 'OUTPUT_NOT_WRITABLE',
      message: `Cannot write ${join(dir, 'x.pdf')}: a folder is in the way where a file is needed.`,
    });
    expect(await readFile(join(dir, 'x.md'), 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['x.md', 'x.pdf']);
  });

  it('a file in the way of a folder is named as the folder asked for, never a temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatinh-write-'));
    await writeFile(join(dir, '2018'), 'a file');
    const failure = writeFilesAtomically([{ path: join(dir, '2018', 'x.md'), content: 'x' }]);
    await expect(failure).rejects.toMatchObject({ code: 'OUTPUT_NOT_WRITABLE' });
    await expect(failure).rejects.toThrow(/a file is in the way where a folder is needed/);
    await expect(failure).rejects.not.toThrow(/\.tmp/);
  });
});

/** Whether this machine lets a test mount a read-only disk in its own namespace (root, or user namespaces). */
const canMountReadOnly =
  spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o ro tmpfs /mnt'], { stdio: 'ignore' }).status ===
  0;

describe.runIf(canMountReadOnly)(
  'an output folder on a read-only disk (issue 10: it said "ENOENT … mkdir")',
  () => {
    it('says the disk is read-only, names the folder, and writes nothing', () => {
      const dir = mkdtempSync(join(tmpdir(), 'hatinh-ro-'));
      const script = `mount -t tmpfs -o ro tmpfs '${dir}' && exec '${process.execPath}' '${BIN}' build 2018 --format md --out '${dir}/reports'`;
      const run = spawnSync('unshare', ['-rm', 'sh', '-c', script], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(
        `error: Cannot write ${dir}: the disk is read-only. [OUTPUT_NOT_WRITABLE]`,
      );
      expect(run.stderr).not.toMatch(/ENOENT|mkdir/);
    });
  },
);

describe('replacing the files: all or none, even when one cannot be replaced', () => {
  it('a file that cannot be replaced (open in a viewer on Windows) puts back every file already replaced', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatinh-write-'));
    for (const name of ['a.md', 'b.html', 'c.pdf']) await writeFile(join(dir, name), `old ${name}`);
    const staged = [];
    for (const name of ['a.md', 'b.html', 'c.pdf', 'd.svg']) {
      const temp = join(dir, `.${name}.0123456789ab.tmp`);
      await writeFile(temp, `new ${name}`);
      staged.push({ temp, path: join(dir, name) });
    }
    const locked = Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    const move = (from: string, to: string) =>
      from === join(dir, 'c.pdf') ? Promise.reject(locked) : rename(from, to);
    await expect(replaceAll(staged, () => {}, move)).rejects.toBe(locked);
    for (const name of ['a.md', 'b.html', 'c.pdf']) {
      expect(await readFile(join(dir, name), 'utf8')).toBe(`old ${name}`);
    }
    expect((await readdir(dir)).filter((n) => !n.endsWith('.tmp')).sort()).toEqual([
      'a.md',
      'b.html',
      'c.pdf',
    ]);
  });

  it('the only file locked: the old one stays, and the failure is passed on to be worded', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatinh-write-'));
    const staged = [{ temp: join(dir, '.x.pdf.0123456789ab.tmp'), path: join(dir, 'x.pdf') }];
    await writeFile(staged[0]?.temp as string, 'new');
    await writeFile(join(dir, 'x.pdf'), 'old');
    const locked = Object.assign(new Error('EBUSY'), { code: 'EBUSY', syscall: 'rename' });
    await expect(
      replaceAll(
        staged,
        () => {},
        () => Promise.reject(locked),
      ),
    ).rejects.toBe(locked);
    expect(await readFile(join(dir, 'x.pdf'), 'utf8')).toBe('old');
  });

  it('an old file a killed run set aside is put back when its target is gone, and removed when it is not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatinh-write-'));
    await writeFile(join(dir, '.x.pdf.0123456789ab.bak'), 'the old x');
    await writeFile(join(dir, '.y.md.0123456789ab.bak'), 'the older y');
    await writeFile(join(dir, 'y.md'), 'the old y');
    await expect(writeFilesAtomically([{ path: join(dir, 'z.md'), content: 'z' }])).resolves.toBeUndefined();
    expect((await readdir(dir)).sort()).toEqual([
      '.x.pdf.0123456789ab.bak',
      '.y.md.0123456789ab.bak',
      'y.md',
      'z.md',
    ]);
    await writeFilesAtomically([
      { path: join(dir, 'x.pdf'), content: 'new x' },
      { path: join(dir, 'y.md'), content: 'new y' },
    ]);
    expect((await readdir(dir)).sort()).toEqual(['x.pdf', 'y.md', 'z.md']);
    expect(await readFile(join(dir, 'x.pdf'), 'utf8')).toBe('new x');
  });
});
