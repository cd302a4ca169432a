/** A key written twice is named, with the line of its first writing in the same group (a newcomer's finding). */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { explainYamlError } from '../../src/load/explain-yaml-error.js';
import { copyOfData, positionOf, replaceIn, runInProcess } from '../helpers/run-cli.js';

function duplicateOf(text: string) {
  const doc = parseDocument(text, { uniqueKeys: true });
  const error = doc.errors.find((e) => e.code === 'DUPLICATE_KEY');
  if (!error) throw new Error('fixture: no duplicate key');
  return explainYamlError(error, text, doc);
}

describe('a key written twice', () => {
  it('names the key and the line of the first, skipping comments and deeper lines', () => {
    const text = [
      'values:',
      '  viec-lam:',
      '    value: 24000',
      '    qualifier: over',
      '    note:',
      '      qualifier: not this one',
      '    # a comment',
      '    qualifier: nearly',
    ].join('\n');
    expect(duplicateOf(text)).toMatchObject({
      code: 'YAML_DUPLICATE_KEY',
      args: { key: 'qualifier', firstLine: 4 },
    });
  });

  it('a key of another group of the same depth is not its first writing', () => {
    const text = ['values:', '  a:', '    value: 1', '  b:', '    value: 2', '    value: 3'].join('\n');
    expect(duplicateOf(text).args).toMatchObject({ key: 'value', firstLine: 5 });
  });

  it('a quoted key, and an indicator id written twice', () => {
    const text = [
      'targets:',
      '  "viec-lam":',
      '    value: 1',
      '  ho-ngheo:',
      '    value: 2',
      '  viec-lam:',
      '    value: 3',
    ].join('\n');
    expect(duplicateOf(text).args).toMatchObject({ key: 'viec-lam', firstLine: 2 });
  });
});

describe('a problem with a value written twice', () => {
  it('is placed at the value that was read, the second (two year: lines: YEAR_MISMATCH at the one that differs)', async () => {
    const dir = await copyOfData();
    await replaceIn(join(dir, '2018.yaml'), 'year: 2018\n', 'year: 2018\nyear: 2017\n');
    const run = await runInProcess(['check', '--data', dir, '--format', 'json']);
    const found = JSON.parse(run.stdout) as { code: string; line: number; column: number }[];
    const text = await readFile(join(dir, '2018.yaml'), 'utf8');
    expect(found.find((d) => d.code === 'YEAR_MISMATCH')).toMatchObject(positionOf(text, '2017\n'));
    expect(found.map((d) => d.code)).toContain('YAML_DUPLICATE_KEY');
  });
});
