// Measures `preview`: the time from a saved edit of a data file to the server-sent event that carries the page
// with the new figure (what an open page shows at once). The preview runs as a user runs it (the binary, on a
// copy of the data, NODE_EXTRA_CA_CERTS unset); the edits are spaced as a person saves, each to a new figure.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { join } from 'node:path';
import { BENCH_ENV, median } from './measure.mjs';

/** Returns the median and every latency of `edits` saves of `data`/2018.yaml, in ms. */
export async function previewLatency(cli, data, { edits = 15, spacingMs = 300 } = {}) {
  const child = spawn(cli[0], [...cli.slice(1), 'preview', '2018', '--data', data], {
    env: BENCH_ENV,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (found && /\(\d+ ms\)/.test(out)) resolve(found[0]);
      });
      child.on('exit', (code) => reject(new Error(`preview exited with ${code}`)));
    });
    let onPage = () => {};
    const request = get(`${url}events`, (response) => {
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const data = buffer
            .slice(0, end)
            .split('\n')
            .find((l) => l.startsWith('data: '));
          buffer = buffer.slice(end + 2);
          if (data) onPage(JSON.parse(data.slice(6)).html);
        }
      });
    });
    const file = join(data, '2018.yaml');
    const original = await readFile(file, 'utf8');
    const times = [];
    for (let i = 0; i < edits; i++) {
      await new Promise((r) => setTimeout(r, spacingMs));
      const value = 24_001 + i * 17;
      const shown = `trên ${new Intl.NumberFormat('vi-VN').format(value)} người`;
      const seen = new Promise((resolve) => {
        onPage = (html) => html.includes(shown) && resolve(performance.now());
      });
      const saved = performance.now();
      await writeFile(file, original.replace(/(viec-lam:\n\s+value: )\d+/, `$1${value}`));
      times.push((await seen) - saved);
    }
    request.destroy();
    await writeFile(file, original);
    return { median: median(times), all: times };
  } finally {
    child.kill('SIGINT');
  }
}
