/**
 * The pipeline runs one way: load → validate → assemble → compute → view → render → write, and each step
 * imports only from itself and the steps before it (type-only imports included). This test fails when a module
 * reaches forward, or when a folder is added to src/ without a place in the order.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

/** The layers of src/, first to last. A module may import from its own layer and from earlier ones. */
const LAYERS = [
  ['errors.ts', 'model'],
  ['domain'],
  ['schemas'],
  ['diagnostics'],
  ['messages'],
  ['kinds'],
  ['load'],
  ['validate'],
  ['assemble'],
  ['compute'],
  ['view'],
  ['scaffold'],
  ['charts'],
  ['render'],
  ['pdf'],
  ['docx'],
  ['write'],
  ['pipeline'],
  ['preview'],
  ['doctor'],
  ['cli'],
] as const;

const SRC = join(ROOT, 'src');

function layerOf(path: string): number {
  const top = relative(SRC, path).split(/[\\/]/)[0] ?? '';
  return LAYERS.findIndex((names) => (names as readonly string[]).includes(top));
}

async function sources(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await sources(path)));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Returns every relative import of a module (static, dynamic and type-only), resolved to a .ts path. */
function importsOf(path: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/\bfrom\s+'(\.[^']+)'/g),
    ...text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g),
  ].map((m) => m[1] as string);
  return specifiers.map((s) => resolve(dirname(path), s).replace(/\.js$/, '.ts'));
}

describe('the source follows the pipeline’s order', () => {
  it('every module of src/ is in a layer, and imports only from its layer or earlier ones', async () => {
    const problems: string[] = [];
    for (const path of await sources(SRC)) {
      const layer = layerOf(path);
      if (layer < 0) {
        problems.push(`${relative(ROOT, path)} is in no layer: add its folder to LAYERS in this test`);
        continue;
      }
      for (const target of importsOf(path, await readFile(path, 'utf8'))) {
        const to = layerOf(target);
        if (to > layer) {
          const [from, into] = [LAYERS[layer]?.join('/'), LAYERS[to]?.join('/')];
          problems.push(
            `${relative(SRC, path)} (${from}) imports ${relative(SRC, target)} (${into}), a later step`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('catches a forward import (the rule itself is tested)', () => {
    const fake = join(SRC, 'compute', 'x.ts');
    const [target] = importsOf(fake, "import type { ReportView } from '../view/view-types.js';");
    expect(layerOf(target as string)).toBeGreaterThan(layerOf(fake));
  });
});
