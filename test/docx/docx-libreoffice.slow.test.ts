/**
 * The Word copy as a word processor lays it out: LibreOffice (Debian's libreoffice-writer-nogui, which
 * `npm run setup` installs) converts it to PDF, and the pages go through the same checks as the PDF's
 * (test/pdf/layout-problems.ts): the header breaks only where the data does, no figure spans two pages, no
 * heading ends a page, the closing paragraph shares the page of "Nơi nhận" and the signature; and the pages are
 * A4, numbered from page 2, in Times New Roman's metrics with every Vietnamese letter.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEADLINE_FIGURES } from '../helpers/headline-figures.js';
import { runInProcess } from '../helpers/run-cli.js';
import { trialData } from '../helpers/trial-data.js';
import { layoutProblems } from '../pdf/layout-problems.js';
import { pdfPages } from '../pdf/pdf-layout.js';
import { pdfFonts, pdfInfo, pdfText } from '../pdf/poppler.js';

const run = promisify(execFile);
const HEADER = ['UBND TỈNH HÀ TĨNH', 'SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'];
const TIMEOUT = 180_000;

let out: string;

beforeAll(async () => {
  const data = await trialData();
  out = await mkdtemp(join(tmpdir(), 'hatinh-docx-lo-'));
  const built = await runInProcess([
    'build',
    '2018',
    '2019',
    '--format',
    'html,docx',
    '--data',
    data,
    '--out',
    out,
  ]);
  expect(built.code, built.stderr).toBe(0);
  for (const year of ['2018', '2019']) {
    // A profile of its own: a LibreOffice already open on the machine would otherwise take the job.
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(out, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(out, 'lo', year),
        join(out, year, `bao-cao-${year}.docx`),
      ],
      { timeout: 120_000 },
    ).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      throw new Error('LibreOffice (soffice) is missing: npm run setup installs libreoffice-writer-nogui');
    });
  }
}, TIMEOUT);

const converted = (year: string) => join(out, 'lo', year, `bao-cao-${year}.pdf`);

describe('the Word copy, laid out by LibreOffice', () => {
  it('keeps the typesetter’s rules the PDF keeps, on the shipped 2018 year and the full 2019 trial year', async () => {
    for (const year of ['2018', '2019']) {
      const html = await readFile(join(out, year, `bao-cao-${year}.html`), 'utf8');
      expect(layoutProblems(converted(year), html, HEADER), year).toEqual([]);
    }
  });

  it('is A4, with page numbers from page 2 only, in Liberation Serif (Times New Roman’s metrics)', () => {
    expect(pdfInfo(converted('2019')).get('Page size')).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = pdfPages(converted('2019'));
    expect(pages.length).toBeGreaterThan(2);
    // The page number sits in the top margin (the header, 10 mm from the edge), above the text's 20 mm.
    const top = (i: number) => pages[i]?.lines.find((l) => l.yMax < 18 * (72 / 25.4))?.text;
    expect(top(0)).toBeUndefined();
    expect(top(1)).toBe('2');
    expect(top(2)).toBe('3');
    const fonts = pdfFonts(converted('2019'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/\+(LiberationSerif|TimesNewRoman)/);
      expect(font.embedded).toBe(true);
    }
  });

  it('shows every headline figure', () => {
    const text = pdfText(converted('2018')).replace(/\s+/g, ' ');
    for (const figure of HEADLINE_FIGURES) expect(text, figure).toContain(figure);
  });
});
