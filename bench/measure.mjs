// Timing helpers for the benchmark: run a command, measure its wall time (hrtime around the process) and
// its peak RSS (GNU time's %M, in KB: the largest resident set of the process or of any one child it
// waited for), and compare two jobs by interleaved runs, so both see the same machine load.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIME = '/usr/bin/time';
const RSS_LINE = /\nhatinh-bench-maxrss-kb (\d+)\n?$/;

/**
 * The environment every measured command runs in: this one without NODE_EXTRA_CA_CERTS, which some machines set
 * and which adds ~35 ms to every Node start (a user's PC does not have it), and without colour.
 */
const { NODE_EXTRA_CA_CERTS: _extraCerts, ...inherited } = process.env;
export const BENCH_ENV = { ...inherited, NO_COLOR: '1' };

/** Raised when a measured command fails; carries its stderr for the report. */
export class CommandFailed extends Error {}

/** Runs `argv` once; resolves to { ms, rssKb }, rejects with CommandFailed (and its stderr) on failure. */
export function runOnce(argv, { cwd } = {}) {
  if (!existsSync(TIME)) throw new Error(`${TIME} is missing: install it with apt-get install -y time`);
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(TIME, ['-f', '\nhatinh-bench-maxrss-kb %M', ...argv], {
      cwd,
      env: BENCH_ENV,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const rss = RSS_LINE.exec(stderr);
      if (code !== 0 || !rss) {
        const text = stderr.replace(RSS_LINE, '').trim();
        reject(new CommandFailed(`command failed (exit ${code}): ${argv.join(' ')}\n${text}`));
        return;
      }
      resolve({ ms, rssKb: Number(rss[1]) });
    });
  });
}

/** Runs the commands of a job one after another: the job's time is their sum, its RSS their largest. */
export async function runJob(job) {
  let ms = 0;
  let rssKb = 0;
  for (const argv of job.commands) {
    const r = await runOnce(argv, { cwd: job.cwd });
    ms += r.ms;
    rssKb = Math.max(rssKb, r.rssKb);
  }
  return { ms, rssKb };
}

export function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Measures jobs `a` and `b` side by side: `warmup` unmeasured runs of each, then `reps` rounds that run
 * both, alternating which goes first. Returns the median time and the peak RSS of each.
 */
export async function compare(a, b, { reps = 7, warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) {
    await runJob(a);
    await runJob(b);
  }
  const runs = { a: [], b: [] };
  for (let i = 0; i < reps; i++) {
    const order = i % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
    for (const key of order) runs[key].push(await runJob(key === 'a' ? a : b));
  }
  const summary = (list) => ({
    ms: median(list.map((r) => r.ms)),
    rssKb: Math.max(...list.map((r) => r.rssKb)),
  });
  return { a: summary(runs.a), b: summary(runs.b), reps };
}
