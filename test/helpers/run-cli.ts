import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DATA = join(ROOT, 'data');
export const BIN = join(ROOT, 'bin', 'hatinh-report.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process with captured output. */
export async function runInProcess(
  args: string[],
  env: Record<string, string> = {},
  /** tty: terminals; interrupt: Ctrl-C as soon as the command registers its clean-up. */
  options: { tty?: boolean; interrupt?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: { NO_COLOR: '1', ...env },
    stdoutIsTTY: options.tty === true,
    stderrIsTTY: options.tty === true,
    platform: process.platform,
    locale: 'en-US',
    onInterrupt: (cleanup) => {
      if (options.interrupt) void cleanup();
      return () => {};
    },
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** An environment whose language is English, whatever the machine's: tests read the English messages. */
export const ENGLISH = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

/** Runs the built binary (npm run build first) as a user would. */
export function runBinary(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, ...ENGLISH, NO_COLOR: '1', ...options.env },
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 2) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Returns a fresh copy of the shipped data folder, to put faults into. */
export async function copyOfData(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hatinh-data-'));
  await cp(DATA, dir, { recursive: true });
  return dir;
}

/** Replaces `from` by `to` in a file of a data copy; fails loudly when `from` is not there. */
export async function replaceIn(path: string, from: string, to: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture: "${from}" not found in ${path}`);
  await writeFile(path, text.replace(from, to));
}

/** Returns the 1-based line and column where `marker` first occurs in `text`. */
export function positionOf(text: string, marker: string): { line: number; column: number } {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`marker "${marker}" not found`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
