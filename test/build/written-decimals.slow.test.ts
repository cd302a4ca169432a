/**
 * A figure keeps the decimals it was written with (issue 26): the poverty rates written "5.20" and "6.10" (as a
 * source publishes them) stay "5,20%" and "6,10%" from the YAML file to every format, the PDF's text included.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { replaceIn, runInProcess } from '../helpers/run-cli.js';
import { trialData } from '../helpers/trial-data.js';
import { pdfText } from '../pdf/poppler.js';

let out: string;
beforeAll(async () => {
  const data = await trialData();
  await replaceIn(
    join(data, '2019.yaml'),
    'ty-le-ho-ngheo: { value: 5.2 }',
    'ty-le-ho-ngheo: { value: 5.20 }',
  );
  await replaceIn(
    join(data, '2019.yaml'),
    'ty-le-ho-can-ngheo: { value: 6.1 }',
    'ty-le-ho-can-ngheo: { value: 6.10 }',
  );
  out = await mkdtemp(join(tmpdir(), 'hatinh-decimals-'));
  const run = await runInProcess([
    'build',
    '2019',
    '--data',
    data,
    '--out',
    out,
    '--format',
    'md,html,pdf,docx',
  ]);
  expect(run.code, run.stderr).toBe(0);
}, 120_000);

const file = (name: string) => join(out, '2019', name);

describe('the decimals written survive to every format', () => {
  it('Markdown: the sentence and the table cell', async () => {
    const md = await readFile(file('bao-cao-2019.md'), 'utf8');
    expect(md).toContain('Tỷ lệ hộ nghèo: 5,20%; đạt kế hoạch');
    expect(md).toMatch(/\| Tỷ lệ hộ nghèo \| % \| [^|]* \| 5,20 \|/);
    expect(md).toContain('6,10');
    // (The narrative's own words, "giảm còn 5,2%", are the clerk's and stay as written.)
    expect(md).not.toMatch(/Tỷ lệ hộ nghèo: 5,2%|\| 5,2 \|/);
  });

  it('HTML', async () => {
    const html = await readFile(file('bao-cao-2019.html'), 'utf8');
    expect(html).toContain('Tỷ lệ hộ nghèo: 5,20%');
    expect(html).toContain('>5,20<');
  });

  it("the PDF's text", () => {
    const text = pdfText(file('bao-cao-2019.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('Tỷ lệ hộ nghèo: 5,20%');
    expect(text).toContain('6,10');
  });

  it('the Word copy', async () => {
    const parts = unzipSync(new Uint8Array(await readFile(file('bao-cao-2019.docx'))));
    const doc = new TextDecoder().decode(parts['word/document.xml']);
    expect(doc).toContain('Tỷ lệ hộ nghèo: 5,20%');
    expect(doc).toContain('>5,20<');
  });
});
