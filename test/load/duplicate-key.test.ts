/** A key written twice is named, with the line of its first writing in the same group (a newcomer's finding). */

import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { explainYamlError } from '../../src/load/explain-yaml-error.js';

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
