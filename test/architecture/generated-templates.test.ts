/**
 * The shipped templates are precompiled at build time (bin/precompile-templates.mjs) into
 * src/render/generated/templates.js: the file must be what templates/ gives today, or a report would be rendered
 * with yesterday's templates.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED, templatesCode } from '../../bin/precompile-templates.mjs';
import { ROOT } from '../helpers/run-cli.js';

describe('the precompiled templates', () => {
  it('are what templates/ gives today (npm run build remakes them)', async () => {
    const onDisk = await readFile(join(ROOT, GENERATED), 'utf8');
    expect(onDisk === (await templatesCode(join(ROOT, 'templates'))), 'run "npm run build"').toBe(true);
  });

  it('a change to a partial or to the style sheet changes them: the comparison can fail', async () => {
    const shipped = await templatesCode(join(ROOT, 'templates'));
    const temp = await mkdtemp(join(tmpdir(), 'hatinh-templates-'));
    const copy = join(temp, 'templates');
    await cp(join(ROOT, 'templates'), copy, { recursive: true });
    await writeFile(join(copy, 'partials/html/signature.hbs'), 'changed');
    const partialChanged = await templatesCode(copy);
    expect(partialChanged).not.toBe(shipped);
    await cp(join(ROOT, 'templates/partials'), join(copy, 'partials'), { recursive: true });
    await writeFile(join(copy, 'report.css'), 'body {}');
    expect(await templatesCode(copy)).not.toBe(shipped);
    await rm(temp, { recursive: true });
  });
});
