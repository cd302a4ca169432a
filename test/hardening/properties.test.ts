import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfData, runInProcess } from '../helpers/run-cli.js';

/**
 * Random damage to the shipped data files never makes `check` throw or print a stack trace: it exits 0 or 1,
 * and every diagnostic it prints points inside its file.
 */

const FILES = ['2017.yaml', '2018.yaml', '2019-targets.yaml', 'agency.yaml', 'indicators.yaml'];

/** The characters people (and editors) put where they do not belong. */
const NOISE = [
  ':',
  '-',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '\t',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  ',',
  '.',
];
const NOISE_TEXT = [' ', '  ', '- ', ': ', 'ệ', 'Đ', 'ươ', '\u00a0', '\u202f', '\r', '0', '9', '---', '...'];

/** The ways Vietnamese staff write numbers, and a few other notations YAML reads in its own way. */
const NUMBER_FORMS: ((digits: string) => string)[] = [
  (d) => group(d, '.'),
  (d) => `${group(d, '.')},5`,
  (d) => `${d},92`,
  (d) => group(d, ' '),
  (d) => group(d, ','),
  (d) => `${d}%`,
  (d) => `"${d}"`,
  () => '1e3',
  () => '.inf',
  () => '-.nan',
  () => '0x10',
  (d) => `${d}.`,
  (d) => `-${d}`,
];

/** Returns `digits` with `separator` every three digits from the right: 24000 -> 24.000. */
function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

type Mutation = (lines: string[]) => string[];

const lineIndex = fc.nat({ max: 10_000 });
const at = (lines: readonly string[], i: number) => (lines.length === 0 ? 0 : i % lines.length);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  lineIndex.map(
    (i): Mutation =>
      (lines) =>
        lines.filter((_, k) => k !== at(lines, i)),
  ),
  lineIndex.map(
    (i): Mutation =>
      (lines) =>
        lines.flatMap((l, k) => (k === at(lines, i) ? [l, l] : [l])),
  ),
  fc.tuple(lineIndex, lineIndex).map(
    ([i, j]): Mutation =>
      (lines) => {
        const out = [...lines];
        const a = at(out, i);
        const b = at(out, j);
        [out[a], out[b]] = [out[b] ?? '', out[a] ?? ''];
        return out;
      },
  ),
  fc
    .tuple(
      lineIndex,
      fc.nat({ max: 200 }),
      fc.array(fc.oneof(fc.constantFrom(...NOISE, ...NOISE_TEXT), fc.string({ maxLength: 3 })), {
        minLength: 1,
        maxLength: 4,
      }),
    )
    .map(
      ([i, col, parts]): Mutation =>
        (lines) => {
          const out = [...lines];
          const k = at(out, i);
          const line = out[k] ?? '';
          const c = col % (line.length + 1);
          out[k] = `${line.slice(0, c)}${parts.join('')}${line.slice(c)}`;
          return out;
        },
    ),
  fc.tuple(lineIndex, fc.integer({ min: -4, max: 4 })).map(
    ([i, delta]): Mutation =>
      (lines) => {
        const out = [...lines];
        const k = at(out, i);
        const line = out[k] ?? '';
        out[k] = delta >= 0 ? `${' '.repeat(delta)}${line}` : line.replace(new RegExp(`^ {0,${-delta}}`), '');
        return out;
      },
  ),
  fc.tuple(lineIndex, fc.nat({ max: NUMBER_FORMS.length - 1 })).map(
    ([i, f]): Mutation =>
      (lines) => {
        const numbered = lines.flatMap((l, k) => (/:\s+\d+(\.\d+)?\s*$/.test(l) ? [k] : []));
        if (numbered.length === 0) return lines;
        const k = numbered[i % numbered.length] ?? 0;
        const out = [...lines];
        const form = NUMBER_FORMS[f] ?? ((d: string) => d);
        out[k] = (out[k] ?? '').replace(
          /(:\s+)(\d+)(\.\d+)?(\s*)$/,
          (_m, pre: string, d: string, _x, post: string) => `${pre}${form(d)}${post}`,
        );
        return out;
      },
  ),
);

interface Found {
  code: string;
  file: string;
  line: number;
  column: number;
}

describe('properties: check survives random damage to the shipped data', () => {
  let dir = '';
  const originals = new Map<string, string>();

  beforeAll(async () => {
    dir = await copyOfData();
    for (const f of FILES) originals.set(f, await readFile(join(dir, f), 'utf8'));
  });

  afterAll(async () => {
    for (const [f, text] of originals) await writeFile(join(dir, f), text);
  });

  it('exits 0 or 1, prints no stack trace, and points inside the file (300 runs, fixed seed)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FILES),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (file, mutations) => {
          const original = originals.get(file) ?? '';
          const damaged = mutations.reduce((lines, m) => m(lines), original.split('\n')).join('\n');
          await writeFile(join(dir, file), damaged);
          try {
            const run = await runInProcess(['check', '--data', dir, '--format', 'json']);
            expect(run.stderr).toBe('');
            expect([0, 1]).toContain(run.code);
            expect(run.stdout).not.toMatch(/internal error|\n\s+at /);
            const found = JSON.parse(run.stdout) as Found[];
            for (const d of found) {
              const text = d.file === join(dir, file) ? damaged : originals.get(d.file.slice(dir.length + 1));
              if (text === undefined) continue; // a problem of the whole folder
              const lines = text.split('\n');
              const where = `${d.code} at ${d.file}:${d.line}:${d.column}`;
              expect(d.line, where).toBeGreaterThanOrEqual(1);
              expect(d.line, where).toBeLessThanOrEqual(lines.length + 1);
              expect(d.column, where).toBeGreaterThanOrEqual(1);
              expect(d.column, where).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
            }
          } finally {
            await writeFile(join(dir, file), original);
          }
        },
      ),
      { seed: 20_190_228, numRuns: 300 },
    );
  }, 60_000);
});
