/**
 * The example report printed (examples/thi-dua, made-up figures): "SỐ LIỆU MINH HỌA" on every page, the appendices
 * on their own pages, Phụ lục I across the page (A4 landscape) and Phụ lục II upright; and its Word copy through
 * LibreOffice, marked on every page too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/run-cli.js';
import { pdfInfo, pdfText } from '../pdf/poppler.js';

const EXAMPLE = join(ROOT, 'examples', 'thi-dua');
const TIMEOUT = 180_000;

/** Each page's size in points, "w x h", from pdfinfo. */
function pageSizes(pdf: string): string[] {
  const pages = Number(pdfInfo(pdf).get('Pages'));
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map(
    (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`,
  );
}

describe('the example report, printed', () => {
  it(
    'PDF: marked on every page; Phụ lục I on landscape A4 pages, Phụ lục II upright, each starting a page',
    async () => {
      const out = await mkdtemp(join(tmpdir(), 'hatinh-example-pdf-'));
      const run = await runInProcess(['build', '2024', '--data', EXAMPLE, '--out', out, '--format', 'pdf']);
      expect(run.code, run.stderr).toBe(0);
      const pdf = join(out, '2024', 'bao-cao-2024.pdf');
      const sizes = pageSizes(pdf);
      const pages = sizes.map((_, i) => pdfText(pdf, i + 1));
      pages.forEach((text, i) => {
        expect(text, `page ${i + 1}`).toContain('SỐ LIỆU MINH HỌA');
      });
      const first = pages.findIndex((t) => /^\s*Phụ lục I\s*$/m.test(t));
      const second = pages.findIndex((t) => /^\s*Phụ lục II\s*$/m.test(t));
      expect(first).toBeGreaterThan(0);
      expect(second).toBeGreaterThan(first);
      // The body is upright A4 up to the signature; Phụ lục I across the page; Phụ lục II upright again.
      expect(sizes.slice(0, first).every((s) => s === '595x842')).toBe(true);
      expect(sizes.slice(first, second).every((s) => s === '842x595')).toBe(true);
      expect(sizes.slice(second).every((s) => s === '595x842')).toBe(true);
      expect(pages[first - 1]).toContain('GIÁM ĐỐC');
      // The label, the title in capitals, the line of the document it goes with.
      expect(pages[first]).toContain('DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU THI ĐUA VÀ KHEN THƯỞNG NĂM 2024');
      expect(pages[first]?.replace(/\s+/g, ' ')).toContain('(Kèm theo Báo cáo số');
      // Page numbers go on across the appendices.
      expect(pages[second]).toMatch(new RegExp(`^\\s*${second + 1}\\s`));
    },
    TIMEOUT,
  );

  it(
    'Word copy through LibreOffice: the same mark on every page, Phụ lục I across the page',
    async () => {
      const out = await mkdtemp(join(tmpdir(), 'hatinh-example-docx-'));
      const run = await runInProcess(['build', '2024', '--data', EXAMPLE, '--out', out, '--format', 'docx']);
      expect(run.code, run.stderr).toBe(0);
      const profile = await mkdtemp(join(tmpdir(), 'hatinh-lo-'));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          join(out, '2024', 'bao-cao-2024.docx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const pdf = join(out, 'bao-cao-2024.pdf');
      const sizes = pageSizes(pdf);
      sizes.forEach((_, i) => {
        expect(pdfText(pdf, i + 1), `page ${i + 1}`).toContain('SỐ LIỆU MINH HỌA');
      });
      const first = sizes.findIndex((_, i) => /^\s*Phụ lục I\s*$/m.test(pdfText(pdf, i + 1)));
      expect(first).toBeGreaterThan(0);
      expect(sizes[first]).toBe('842x595');
      expect(sizes[0]).toBe('595x842');
    },
    TIMEOUT,
  );
});
