// `npm run bench`: measures hatinh-report against baselines, each pair side by side in the same run
// (interleaved, medians), and prints one table with the goal of each pair, PASS or MISS. Exits 0 when goals
// are missed, non-zero when a measured command fails. Generated data lives in a temp folder, removed at exit.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { copyWithExtraYears, generateDataSet } from './generate-data.mjs';
import { CommandFailed, compare, runOnce } from './measure.mjs';
import { previewLatency } from './preview-latency.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const NODE = process.execPath;
const CLI = [NODE, join(ROOT, 'bin/hatinh-report.js')];
const AJV = [join(ROOT, 'node_modules/.bin/ajv'), 'validate', '--spec=draft7', '--all-errors', '--verbose'];
const AJV_OPTIONS = ['--allow-union-types', '-c', './bench/ajv-cli-setup.cjs']; // same Ajv options as check

const job = (...commands) => ({ cwd: ROOT, commands });
const ms = (n) => `${Math.round(n)} ms`;
const mb = (kb) => `${Math.round(kb / 1024)} MB`;
const rows = [];

/** Adds a table row comparing a to b: PASS when a/b ≤ `goal` and, with `limitKb`, a itself is below it. */
function row(name, a, b, goal, { format = ms, limitKb } = {}) {
  const ratio = a / b;
  const pass = ratio <= goal && (limitKb === undefined || a < limitKb);
  const goalText = `≤ ${goal.toFixed(2)}×${limitKb === undefined ? '' : `, A < ${mb(limitKb)}`}`;
  rows.push([name, format(a), format(b), ratio.toFixed(2), goalText, pass ? 'PASS' : 'MISS']);
}

/** Adds a row whose goal is an absolute time: A alone, PASS when it is at most `goalMs`. */
function absoluteRow(name, a, goalMs) {
  rows.push([name, ms(a), '—', '—', `≤ ${goalMs} ms`, a <= goalMs ? 'PASS' : 'MISS']);
}

function printTable() {
  const head = ['measure (A vs B)', 'A', 'B', 'A/B', 'goal', 'result'];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

async function machine() {
  const chromium = execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
  console.log(
    `machine: ${availableParallelism()} cores, node ${process.version}, ${String(chromium).trim()}`,
  );
  // The browser the tool prints with, found as a build finds it.
  const { findBrowser } = await import('../dist/pdf/find-browser.js');
  const { isRunnableFile, listFolder } = await import('../dist/pdf/is-runnable-file.js');
  const found = findBrowser({
    env: process.env,
    platform: process.platform,
    exists: isRunnableFile,
    list: listFolder,
  });
  console.log(`the tool prints with: ${found.path} (${found.kind})`);
}

async function bench(tmp) {
  // 1. check vs ajv-cli: one ajv invocation per schema with every file of that kind (ajv-cli compiles one
  // schema per run; that is its fair use), run one after the other; their times are summed.
  const ajv = (schema, ...files) => [
    ...AJV,
    ...AJV_OPTIONS,
    '-s',
    `data/schemas/${schema}.schema.json`,
    ...files.flatMap((f) => ['-d', `data/${f}`]),
  ];
  const ajvJob = job(
    ajv('catalogue', 'indicators.yaml'),
    ajv('agency', 'agency.yaml'),
    ajv('results', '2017.yaml', '2018.yaml'),
    ajv('targets', '2019-targets.yaml'),
  );
  const nodeStart = job([NODE, '-e', '0']);
  const p1 = await compare(job([...CLI, 'check']), nodeStart);
  row('1 check data/ vs node -e 0', p1.a.ms, p1.b.ms, 4);
  const p1b = await compare(job([...CLI, 'check']), ajvJob);
  row('1b check data/ vs ajv-cli (4 schemas)', p1b.a.ms, p1b.b.ms, 0.5);

  // 2. build md,html vs a bare Node start.
  const out = join(tmp, 'out');
  // The browser the tool finds, as a user's build gets it (a headless shell where one is installed).
  const build = (years, format, data = 'data') =>
    job([...CLI, 'build', ...years, '--format', format, '--data', data, '--out', out]);
  const p2 = await compare(build(['2018'], 'md,html'), nodeStart);
  row('2 build 2018 md,html vs node -e 0', p2.a.ms, p2.b.ms, 9);

  // 3. build pdf vs the full Chromium printing the same HTML, made once beforehand.
  const html = join(tmp, 'html');
  await runOnce([...CLI, 'build', '2018', '--format', 'html', '--out', html], { cwd: ROOT });
  const chromium = job([
    CHROMIUM,
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-pdf-header-footer',
    `--print-to-pdf=${join(tmp, 'chromium.pdf')}`,
    pathToFileURL(join(html, '2018/bao-cao-2018.html')).href,
  ]);
  const p3 = await compare(build(['2018'], 'pdf'), chromium, { reps: 5 });
  row('3 build 2018 pdf vs chromium --print-to-pdf', p3.a.ms, p3.b.ms, 0.6);

  // 4. five years as PDF vs one, on a copy of data/ with 2014-2016 added (copies of 2018 with the year changed).
  // 2017 too: the shipped 2017 is kept only for comparison (comparison_only), not a report year.
  const five = await copyWithExtraYears(join(tmp, 'five-years'), [2014, 2015, 2016, 2017]);
  const years = ['2014', '2015', '2016', '2017', '2018'];
  const p4 = await compare(build(years, 'pdf', five), chromium, { reps: 3 });
  row('4 build 5 years pdf vs chromium --print-to-pdf', p4.a.ms, p4.b.ms, 1.3);
  // Each extra year: five years against one, on the same data, side by side.
  const p4b = await compare(build(years, 'pdf', five), build(['2018'], 'pdf', five), { reps: 5 });
  absoluteRow('4b each extra year of PDF: (5 years − 1) / 4', (p4b.a.ms - p4b.b.ms) / 4, 100);

  // 5. scale: 2.000 indicators × 20 years vs a tenth, 200 indicators × 20 years (same years and areas, so
  // each results file and the report are a tenth). Too slow for many repetitions at full size: check runs
  // 3 rounds after a warm-up, build 1 round (after check, so the files are in the page cache).
  const full = await generateDataSet(join(tmp, 'full'), { indicators: 2000, years: 20 });
  const tenth = await generateDataSet(join(tmp, 'tenth'), { indicators: 200, years: 20 });
  const check = (d) => job([...CLI, 'check', '--data', d.dir]);
  const s1 = await compare(check(full), check(tenth), { reps: 3 });
  const buildAt = (d) => build([String(d.lastYear)], 'md,html', d.dir);
  const s2 = await compare(buildAt(full), buildAt(tenth), { reps: 1, warmup: 0 });
  const limitKb = 400 * 1024;
  row('5 check 2000×20 vs 200×20: time', s1.a.ms, s1.b.ms, 10);
  row('5 check 2000×20 vs 200×20: peak RSS', s1.a.rssKb, s1.b.rssKb, 10, { format: mb, limitKb });
  row('5 build 2000×20 vs 200×20: time', s2.a.ms, s2.b.ms, 10);
  row('5 build 2000×20 vs 200×20: peak RSS', s2.a.rssKb, s2.b.rssKb, 10, { format: mb, limitKb });

  // 7. import of the example's 19 workbooks (18 units and the department's year), exported once beforehand, into a
  // copy of the example: each run reads and checks them all and finds every entry unchanged, so each is the same.
  const example = join(tmp, 'example');
  await cp(join(ROOT, 'examples/thi-dua'), example, { recursive: true });
  const books = join(tmp, 'books');
  await runOnce([...CLI, 'export', '2024', '--data', example, '--out', books], { cwd: ROOT });
  const workbooks = [
    join(books, '2024/so-lieu-2024.xlsx'),
    ...(await readdir(join(books, '2024/don-vi'))).map((f) => join(books, '2024/don-vi', f)),
  ];
  const p7 = await compare(job([...CLI, 'import', ...workbooks, '--data', example]), nodeStart);
  row(`7 import ${workbooks.length} workbooks vs node -e 0`, p7.a.ms, p7.b.ms, 15);

  // 8. the example's whole award dossier as PDF (five documents, one browser) vs the full Chromium printing one
  // of them (its minutes' HTML, made once beforehand).
  const dossierHtml = join(tmp, 'dossier-html');
  await runOnce([...CLI, 'dossier', '2024', '--data', example, '--format', 'html', '--out', dossierHtml], {
    cwd: ROOT,
  });
  const documents = (await readdir(join(dossierHtml, '2024/ho-so'))).filter((f) =>
    f.endsWith('.html'),
  ).length;
  const chromiumOne = job([
    CHROMIUM,
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-pdf-header-footer',
    `--print-to-pdf=${join(tmp, 'chromium-dossier.pdf')}`,
    pathToFileURL(join(dossierHtml, '2024/ho-so/bien-ban-hop-hoi-dong-2024.html')).href,
  ]);
  const dossierPdf = job([
    ...CLI,
    'dossier',
    '2024',
    '--data',
    example,
    '--format',
    'pdf',
    '--out',
    join(tmp, 'dossier-pdf'),
  ]);
  const p8 = await compare(dossierPdf, chromiumOne, { reps: 5 });
  row(`8 dossier 2024 pdf (${documents} documents) vs chromium printing one`, p8.a.ms, p8.b.ms, 1.5);

  // 6. preview: a saved edit of data/2018.yaml to the event that brings the open page the new figure.
  const previewData = await copyWithExtraYears(join(tmp, 'preview'), []);
  const latency = await previewLatency(CLI, previewData);
  absoluteRow('6 preview: saved edit → page with the new figure', latency.median, 150);
}

await machine();
const tmp = await mkdtemp(join(tmpdir(), 'hatinh-bench-'));
try {
  await bench(tmp);
  printTable();
  console.log(
    '\nmedians of 7 interleaved runs after 1 warm-up (3, 4b and 8: 5 runs; 4 and 5 check: 3 runs; 5 build: 1 run)',
  );
  console.log('ajv-cli = 4 invocations (one per schema) in sequence, times summed; RSS = GNU time %M');
  console.log("every command runs with NODE_EXTRA_CA_CERTS unset (a user's PC does not set it)");
  console.log(
    '6: median of 15 saves 300 ms apart, each to a new figure, from the write to the event with the page',
  );
} catch (error) {
  if (!(error instanceof CommandFailed)) throw error;
  printTable();
  console.error(`\n${error.message}`);
  process.exitCode = 1;
} finally {
  await rm(tmp, { recursive: true, force: true });
}
