/** `hatinh-report preview` as a user runs it: the address printed, then Ctrl-C stops it cleanly. */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { get } from 'node:http';
import { describe, expect, it } from 'vitest';
import { BIN, copyOfData, ENGLISH, ROOT } from '../helpers/run-cli.js';

function status(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('hatinh-report preview', () => {
  it('prints the address, serves the page, and stops on Ctrl-C with nothing left running', async () => {
    const data = await copyOfData();
    const child = spawn(process.execPath, [BIN, 'preview', '2018', '--data', data], {
      cwd: ROOT,
      env: { ...process.env, ...ENGLISH, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c;
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        stdout += c;
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
        if (found && stdout.includes('page updated')) resolve(found[0]);
      });
      child.on('exit', () => reject(new Error(`preview exited: ${stderr}`)));
    });
    expect(stdout).toMatch(/^The report on 2018: http:\/\/127\.0\.0\.1:\d+\/ \(open it in a web browser/);
    expect(stdout).toContain('Ctrl-C stops.');
    expect(await status(url)).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(130);
    expect(stderr).toContain('Preview stopped.');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    await expect(status(url)).rejects.toThrow(/ECONNREFUSED/);
    await rm(data, { recursive: true, force: true });
  });

  it('Ctrl-C while it is still making the first page stops it cleanly too', async () => {
    const data = await copyOfData();
    const child = spawn(process.execPath, [BIN, 'preview', '2018', '--data', data], {
      cwd: ROOT,
      env: { ...process.env, ...ENGLISH, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c;
    });
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // The address is printed before the first rendering: stop at once.
    child.stdout.once('data', () => child.kill('SIGINT'));
    expect(await exit).toBe(130);
    expect(stderr).toContain('Preview stopped.');
    await rm(data, { recursive: true, force: true });
  });

  it('a year that is not in the data: the page says so, the terminal too', async () => {
    const data = await copyOfData();
    const child = spawn(process.execPath, [BIN, 'preview', '2031', '--data', data], {
      cwd: ROOT,
      env: { ...process.env, ...ENGLISH, NO_COLOR: '1' },
    });
    let stderr = '';
    try {
      await new Promise<void>((resolve) => {
        child.stderr.on('data', (c: Buffer) => {
          stderr += c;
          if (stderr.includes('could not be made')) resolve();
        });
      });
      expect(stderr).toContain('[NO_RESULTS_FOR_YEAR]');
    } finally {
      const exit = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGINT');
      await exit;
      await rm(data, { recursive: true, force: true });
    }
  });
});
