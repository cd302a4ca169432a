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
  ['docx', 'xlsx'],
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

/**
 * Imports a layer may not make although they come earlier: the renderers draw words they are given and word
 * nothing themselves (the catalogue's words are the view's; its errors they may raise); compute is pure and knows
 * the data's model, not how a kind of file is read.
 */
const FORBIDDEN: { from: string[]; to: string; except?: string; why: string }[] = [
  {
    from: ['render', 'docx', 'pdf', 'charts'],
    to: 'messages',
    except: 'messages/messages.ts',
    why: 'a renderer draws what the document words: it may raise a ToolError, not word the document',
  },
  {
    from: ['render', 'docx', 'pdf', 'charts'],
    to: 'messages/messages.ts#messagesFor',
    why: 'words come from the view',
  },
  { from: ['compute'], to: 'kinds', why: 'compute reads the model, not the files' },
];

/** The problems of one module against FORBIDDEN. */
function forbiddenImports(path: string, text: string): string[] {
  const top = relative(SRC, path).split(/[\\/]/)[0] ?? '';
  const out: string[] = [];
  for (const rule of FORBIDDEN) {
    if (!rule.from.includes(top)) continue;
    const [folder, symbol] = rule.to.split('#') as [string, string | undefined];
    for (const target of importsOf(path, text)) {
      const into = relative(SRC, target).replace(/\\/g, '/');
      if (!into.startsWith(folder)) continue;
      if (symbol === undefined && rule.except !== undefined && into === rule.except) continue;
      if (symbol !== undefined && !new RegExp(`\\b${symbol}\\b`).test(text)) continue;
      out.push(`${relative(SRC, path)} imports ${into}${symbol ? ` (${symbol})` : ''}: ${rule.why}`);
    }
  }
  return out;
}

describe('the layers keep to their jobs', () => {
  it('no renderer words a document; compute reads no kind of file', async () => {
    const problems: string[] = [];
    for (const path of await sources(SRC))
      problems.push(...forbiddenImports(path, await readFile(path, 'utf8')));
    expect(problems).toEqual([]);
  });

  it('catches a renderer that words something, and compute reading a kind (the rules themselves are tested)', () => {
    const docx = join(SRC, 'docx', 'x.ts');
    expect(forbiddenImports(docx, "import { messagesFor } from '../messages/messages.js';")).toHaveLength(1);
    expect(forbiddenImports(docx, "import { VI } from '../messages/vi.js';")).toHaveLength(1);
    expect(forbiddenImports(docx, "import { toolError } from '../messages/messages.js';")).toEqual([]);
    const compute = join(SRC, 'compute', 'x.ts');
    expect(forbiddenImports(compute, "import { ruleSetOn } from '../kinds/titles.js';")).toHaveLength(1);
  });
});
