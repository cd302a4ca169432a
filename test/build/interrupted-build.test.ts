import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceIn, runInProcess } from '../helpers/run-cli.js';
import { trialData } from '../helpers/trial-data.js';

const sha = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

describe('Ctrl-C during a build (issue 10: an interrupted build printed "internal error … AbortError")', () => {
  it('stops with the shell’s code 130, no error and no stack trace, and leaves the previous outputs', async () => {
    const out = await mkdtemp(join(tmpdir(), 'hatinh-ctrlc-'));
    expect((await runInProcess(['build', '2018', '--format', 'md,html', '--out', out])).code).toBe(0);
    const before = await sha(join(out, '2018', 'bao-cao-2018.html'));
    const data = await trialData();
    await replaceIn(join(data, '2019.yaml'), 'viec-lam: { value: 23800 }', 'viec-lam: { value: 23900 }');
    const args = ['build', '2018', '2019', '--format', 'md,html', '--data', data, '--out', out];

    const run = await runInProcess(args, {}, { interrupt: true });

    expect(run.code).toBe(130);
    expect(run.stderr).not.toMatch(/internal error|AbortError|\n\s+at /);
    expect(run.stdout).toBe('');
    expect(await sha(join(out, '2018', 'bao-cao-2018.html'))).toBe(before);
    expect((await readdir(out, { recursive: true })).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await readdir(out)).toEqual(['2018']); // nothing of 2019 either
    // The same build, not interrupted, writes both years: what the interrupt stopped was a build that works.
    const whole = await runInProcess(args);
    expect(whole.code, whole.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['2018', '2019']);
  });
});
