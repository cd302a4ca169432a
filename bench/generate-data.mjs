// Writes synthetic data folders for the benchmark only (never into data/): a catalogue of N indicators in
// some areas, Y yearly results files and a few targets files, all passing `hatinh-report check` with no
// warnings, so that `check` and `build` can be timed at a chosen size. The figures are made up.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SHIPPED = new URL('../data/', import.meta.url);

// One block of ten indicators repeats: [kind, direction, decimals, part of the previous indicator?].
const PATTERN = [
  ['count', 'higher', 0, false],
  ['count', 'higher', 0, true],
  ['rate', 'lower', 2, false],
  ['money', 'higher', 1, false],
  ['number', 'neutral', 2, false],
  ['count', 'neutral', 0, false],
  ['rate', 'higher', 1, false],
  ['count', 'higher', 0, false],
  ['money', 'neutral', 1, false],
  ['rate', 'higher', 1, false],
];
const UNITS = { count: 'người', rate: '%', money: 'tỷ đồng', number: 'lần' };
const QUALIFIERS = ['exact', 'exact', 'over', 'nearly', 'about'];

const pad = (n, width) => String(n).padStart(width, '0');
const indicatorId = (i) => `chi-so-${pad(i, 5)}`;
const SOURCE = `sources:
  - id: so-lieu-thu-nghiem
    title: Số liệu sinh tự động để đo hiệu năng
default_source: so-lieu-thu-nghiem
`;

/** Returns the figure of indicator `i` in the `t`-th year, as YAML text, valid for its kind. */
function figure(i, t) {
  const [kind, , decimals, isPart] = PATTERN[i % PATTERN.length];
  if (isPart) return String(Math.floor(Number(figure(i - 1, t)) / 3));
  const base = 1000 + ((i * 7919) % 90000) + t * 250;
  if (kind === 'count') return String(base);
  if (kind === 'rate') return (10 + ((i * 37 + t * 13) % 800) / 10).toFixed(decimals);
  return (base / 10).toFixed(decimals);
}

function catalogue(indicators, areas) {
  const lines = [
    '# yaml-language-server: $schema=./schemas/catalogue.schema.json',
    'kind: catalogue',
    'areas:',
  ];
  for (let a = 0; a < areas; a++) {
    lines.push(`  - id: linh-vuc-${pad(a + 1, 2)}`, `    name: Lĩnh vực thử nghiệm ${a + 1}`);
  }
  lines.push('indicators:');
  for (let i = 0; i < indicators; i++) {
    const [kind, direction, decimals, isPart] = PATTERN[i % PATTERN.length];
    lines.push(
      `  - id: ${indicatorId(i)}`,
      `    name: Chỉ số thử nghiệm số ${i + 1} về ${UNITS[kind]}`,
      `    area: linh-vuc-${pad(Math.floor((i * areas) / indicators) + 1, 2)}`,
      `    unit: "${UNITS[kind]}"`,
      `    kind: ${kind}`,
      `    direction: ${direction}`,
    );
    if (kind !== 'count') lines.push(`    decimals: ${decimals}`);
    if (isPart) lines.push(`    parent: ${indicatorId(i - 1)}`);
  }
  return `${lines.join('\n')}\n`;
}

function results(indicators, year, t) {
  const lines = ['# yaml-language-server: $schema=./schemas/results.schema.json', 'kind: results'];
  lines.push(`year: ${year}`, SOURCE, 'values:');
  for (let i = 0; i < indicators; i++) {
    lines.push(`  ${indicatorId(i)}:`, `    value: ${figure(i, t)}`);
    const qualifier = QUALIFIERS[(i + t) % QUALIFIERS.length];
    if (qualifier !== 'exact') lines.push(`    qualifier: ${qualifier}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Targets for every other indicator, of a form that fits its direction. */
function targets(indicators, year, t) {
  const lines = ['# yaml-language-server: $schema=./schemas/targets.schema.json', 'kind: targets'];
  lines.push(`year: ${year}`, SOURCE, 'targets:');
  for (let i = 0; i < indicators; i += 2) {
    const [kind, direction] = PATTERN[i % PATTERN.length];
    const value = figure(i, t);
    let target = `{ type: level, value: ${value} }`;
    if (direction === 'lower') target = `{ type: ceiling, value: ${value} }`;
    else if (kind === 'rate') target = '{ type: change, change: increase, by: 1.5 }';
    else if (kind === 'money')
      target = `{ type: range, min: ${value}, max: ${(Number(value) * 2).toFixed(1)} }`;
    lines.push(`  ${indicatorId(i)}: ${target}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Writes a data folder at `dir`: `indicators` indicators in `areas` areas, results for `years` years ending
 * with `lastYear`, targets for the last year and the next, the shipped agency and schemas.
 */
export async function generateDataSet(dir, { indicators, years, areas = 20, lastYear = 2018 }) {
  await mkdir(dir, { recursive: true });
  await cp(new URL('schemas/', SHIPPED), join(dir, 'schemas'), { recursive: true });
  await cp(new URL('agency.yaml', SHIPPED), join(dir, 'agency.yaml'));
  await writeFile(join(dir, 'indicators.yaml'), catalogue(indicators, areas));
  const firstYear = lastYear - years + 1;
  for (let year = firstYear; year <= lastYear; year++) {
    await writeFile(join(dir, `${year}.yaml`), results(indicators, year, year - firstYear));
  }
  for (const year of [lastYear, lastYear + 1]) {
    await writeFile(join(dir, `${year}-targets.yaml`), targets(indicators, year, year - firstYear));
  }
  return { dir, lastYear };
}

/** Copies the shipped data to `dir` and adds results for `years`, each a copy of 2018.yaml with its year. */
export async function copyWithExtraYears(dir, years) {
  await cp(SHIPPED, dir, { recursive: true });
  const text = await readFile(new URL('2018.yaml', SHIPPED), 'utf8');
  for (const year of years) {
    await writeFile(join(dir, `${year}.yaml`), text.replace(/^year: 2018$/m, `year: ${year}`));
  }
  return dir;
}
