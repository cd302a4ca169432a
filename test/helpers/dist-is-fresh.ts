/**
 * Vitest's global set-up: the tests that run the tool as a user does (bin/hatinh-report.js) run dist/, the
 * compiled code. A run against a dist/ older than src/ would test yesterday's tool, so it stops here instead.
 * npm test and npm run test:fast build first; a bare `npx vitest` after an edit is what this catches.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function sources(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await sources(path)));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/**
 * Returns the source files whose compiled file is missing or older than they are, or than which the bundle the
 * command line runs (dist/bundle/run.js, made from all of them) is older.
 */
export async function staleSources(root: string = ROOT): Promise<string[]> {
  const stale: string[] = [];
  const bundle = await stat(join(root, 'dist', 'bundle', 'run.js')).catch(() => undefined);
  for (const source of await sources(join(root, 'src'))) {
    const compiled = join(root, 'dist', relative(join(root, 'src'), source)).replace(/\.ts$/, '.js');
    const [s, c] = await Promise.all([stat(source), stat(compiled).catch(() => undefined)]);
    const old = (built: { mtimeMs: number } | undefined) => built === undefined || built.mtimeMs < s.mtimeMs;
    if (old(c) || old(bundle)) stale.push(relative(root, source));
  }
  return stale;
}

export default async function setup(): Promise<void> {
  const stale = await staleSources();
  if (stale.length > 0) {
    throw new Error(
      `dist/ is older than src/ (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? `, and ${stale.length - 3} more` : ''}): the tests would run yesterday's tool. Run "npm run build" first (npm test and npm run test:fast do).`,
    );
  }
}
