/**
 * A command loads only the code it runs (issue 12's lean start): check never loads the renderers (vega, the
 * chart code, the templates) nor puppeteer; an md/html build with the shipped templates never loads Handlebars'
 * compiler (they come precompiled) nor puppeteer. Told from the bundle's chunks the process loads, through
 * their source maps, so it holds for what users run.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ENGLISH, ROOT } from '../helpers/run-cli.js';

const LOGGER = join(ROOT, 'test/helpers/log-modules.mjs');

/**
 * Runs the binary with a module log; returns the sources (repository paths) of every module it loaded. `args`
 * gets a temporary folder, for the build's output.
 */
async function sourcesLoadedBy(args: (dir: string) => string[] | Promise<string[]>): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'hatinh-modules-'));
  const log = join(dir, 'modules.log');
  try {
    const argv = ['--import', LOGGER, BIN, ...(await args(dir))];
    await new Promise<void>((done, fail) => {
      execFile(
        process.execPath,
        argv,
        { cwd: ROOT, env: { ...process.env, ...ENGLISH, HATINH_MODULE_LOG: log } },
        (error) => (error && error.code !== 0 ? fail(error) : done()),
      );
    });
    const urls = (await readFile(log, 'utf8')).split('\n').filter((u) => u.startsWith('file:'));
    const sources = new Set<string>();
    for (const url of urls) {
      const path = fileURLToPath(url);
      if (!path.startsWith(join(ROOT, 'dist', 'bundle'))) {
        sources.add(relative(ROOT, path));
        continue;
      }
      const map = JSON.parse(await readFile(`${path}.map`, 'utf8')) as { sources: string[] };
      for (const s of map.sources) sources.add(relative(ROOT, join(path, '..', s)));
    }
    return [...sources].sort();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const VEGA = /^node_modules\/vega/;
const PUPPETEER = /^node_modules\/(puppeteer|puppeteer-core|pdf-lib)\//;
const COMPILER = /^node_modules\/handlebars\/lib\/handlebars\/compiler\//;

describe('each command loads only what it runs', () => {
  it('check loads no renderer, no chart code, no template and no browser driver', async () => {
    const loaded = await sourcesLoadedBy(() => ['check']);
    expect(loaded.some((s) => s.startsWith('src/validate/'))).toBe(true); // the log does see the code
    expect(loaded.filter((s) => VEGA.test(s) || PUPPETEER.test(s))).toEqual([]);
    expect(loaded.filter((s) => /^src\/(charts|render|pdf)\//.test(s))).toEqual([]);
    expect(loaded.filter((s) => /^node_modules\/handlebars\//.test(s))).toEqual([]);
  });

  it('an md,html build loads the charts but not Handlebars’ compiler nor puppeteer', async () => {
    const loaded = await sourcesLoadedBy((dir) => ['build', '2018', '--format', 'md,html', '--out', dir]);
    expect(loaded.some((s) => VEGA.test(s))).toBe(true);
    expect(loaded).toContain('src/render/generated/templates.js');
    expect(loaded.filter((s) => COMPILER.test(s) || PUPPETEER.test(s))).toEqual([]);
  });

  it('a folder of one’s own templates is compiled: the compiler is loaded then (the test can tell)', async () => {
    const loaded = await sourcesLoadedBy(async (dir) => {
      await mkdir(join(dir, 'own'));
      await copyFile(join(ROOT, 'templates/report.css'), join(dir, 'own/report.css'));
      return ['build', '2018', '--format', 'md', '--out', join(dir, 'out'), '--templates', join(dir, 'own')];
    });
    expect(loaded.filter((s) => COMPILER.test(s)).length).toBeGreaterThan(0);
  });
});
