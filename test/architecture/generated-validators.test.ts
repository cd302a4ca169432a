/**
 * The standalone validators (src/validate/generated/schema-validators.js) are generated at build time from the
 * schemas (bin/compile-validators.mjs): the file must be what the current schemas give, or check would validate
 * against yesterday's rules.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED, validatorsCode } from '../../bin/compile-validators.mjs';
import { KINDS } from '../../src/kinds/index.js';
import { ROOT } from '../helpers/run-cli.js';

describe('the generated validators', () => {
  it('are what the schemas of src/schemas give today (npm run build remakes them)', async () => {
    const onDisk = await readFile(join(ROOT, GENERATED), 'utf8');
    expect(onDisk === validatorsCode(KINDS), 'run "npm run build" to remake the validators').toBe(true);
  });

  it('a change to a schema changes them: the comparison can fail', () => {
    const [first, ...rest] = KINDS;
    const changed = { ...first, schema: { ...first.schema, title: 'another title' } };
    expect(validatorsCode([changed, ...rest])).not.toBe(validatorsCode(KINDS));
  });
});
