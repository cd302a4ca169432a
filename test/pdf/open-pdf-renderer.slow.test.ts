import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/pdf/launch-browser.js';
import { closeAllPdfRenderers, openPdfRenderer, type PdfRenderer } from '../../src/pdf/open-pdf-renderer.js';
import { pdfFonts, pdfInfo, pdfStructure, pdfText } from './poppler.js';
import { NATIONAL_MOTTO, sampleMeta, sampleReportHtml } from './sample-report.js';
import { livingProcessesInGroup, livingProcessesMentioning, testBrowserPath } from './test-browser.js';

const SLOW = 60_000;

describe('openPdfRenderer', () => {
  let renderer: PdfRenderer;
  let dir: string;
  let file: string;
  let bytes: Uint8Array;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hatinh-report-pdf-test-'));
    renderer = await openPdfRenderer({ executablePath: testBrowserPath() });
    bytes = await renderer.print(sampleReportHtml(), sampleMeta);
    file = join(dir, 'report.pdf');
    writeFileSync(file, bytes);
  }, SLOW);

  afterAll(async () => {
    await renderer?.close();
    rmSync(dir, { recursive: true, force: true });
  }, SLOW);

  it('extracts the Vietnamese text exactly, in NFC', () => {
    const text = pdfText(file);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain(NATIONAL_MOTTO);
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('I. Kết quả thực hiện phong trào thi đua');
    expect(text).toContain('Phòng Lao động - Thương binh và Xã hội huyện số 70');
    // The letter list wraps; compare it with the line breaks folded.
    expect(text.replace(/\s+/g, ' ')).toContain(
      'ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ đ Đ',
    );
  });

  it('embeds every font, all Liberation Serif or Times, with no fallback font', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/^([A-Z]{6}\+)?(LiberationSerif|TimesNewRoman|Times)/);
      expect(font.name).not.toMatch(/DejaVu/i);
    }
  });

  it('has A4 pages and our metadata', () => {
    const info = pdfInfo(file);
    // Chromium rounds the sheet to whole CSS pixels: 594.96 x 841.92 pt rather than 595.28 x 841.89.
    const size = /^([\d.]+) x ([\d.]+) pts \(A4\)/.exec(info.get('Page size') ?? '');
    expect(size, info.get('Page size')).not.toBeNull();
    expect(Math.abs(Number(size?.[1]) - 595.28)).toBeLessThan(1);
    expect(Math.abs(Number(size?.[2]) - 841.89)).toBeLessThan(1);
    expect(Number(info.get('Pages'))).toBeGreaterThanOrEqual(3);
    expect(info.get('Title')).toBe(sampleMeta.title);
    expect(info.get('Author')).toBe(sampleMeta.author);
    expect(info.get('Subject')).toBe(sampleMeta.subject);
    expect(info.get('Keywords')).toBe('thi đua, khen thưởng, Hà Tĩnh');
    expect(info.get('Creator')).toBe('hatinh-report');
    expect(info.get('Producer')).toBe('hatinh-report');
    expect(info.get('CreationDate')).toBe('2024-12-31T00:00:00Z');
    expect(info.get('ModDate')).toBe('2024-12-31T00:00:00Z');
    expect(info.get('Tagged')).toBe('yes');
  });

  it('numbers pages from page 2 in the top margin, not page 1', () => {
    const firstLine = (page: number) =>
      pdfText(file, page)
        .split('\n')
        .find((line) => line.trim())
        ?.trim();
    expect(firstLine(1)).toBe(NATIONAL_MOTTO);
    expect(firstLine(2)).toBe('2');
    expect(firstLine(3)).toBe('3');
  });

  it('keeps the tagged structure, the outline and /Lang through the finalising', async () => {
    const structure = pdfStructure(file);
    for (const tag of ['Document', 'H1', 'H2', 'Table', 'TH', 'TD', 'P']) expect(structure).toContain(tag);

    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const lang = doc.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined).toBe(
      'vi',
    );
    expect(doc.catalog.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
    const titles: string[] = [];
    const walk = (parent: PDFDict) => {
      for (let item = parent.lookupMaybe(PDFName.of('First'), PDFDict); item; ) {
        const title = item.lookup(PDFName.of('Title'));
        if (title instanceof PDFString || title instanceof PDFHexString) titles.push(title.decodeText());
        walk(item);
        item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
      }
    };
    walk(doc.catalog.lookup(PDFName.of('Outlines'), PDFDict));
    expect(titles).toEqual([
      'I. Kết quả thực hiện phong trào thi đua',
      '1. Danh sách đơn vị',
      'II. Phương hướng, nhiệm vụ năm 2025',
      '1. Mục tiêu',
    ]);
  });

  it(
    'prints byte-identical files for the same HTML, later and in another browser',
    async () => {
      await new Promise((resolve) => setTimeout(resolve, 1100)); // Chromium stamps the clock to the second
      const again = await renderer.print(sampleReportHtml(), sampleMeta);
      expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);

      const other = await openPdfRenderer({ executablePath: testBrowserPath() });
      try {
        const fresh = await other.print(sampleReportHtml(), sampleMeta);
        expect(Buffer.from(fresh).equals(Buffer.from(bytes))).toBe(true);
      } finally {
        await other.close();
      }
    },
    SLOW,
  );

  it(
    'serves concurrent prints from one browser',
    async () => {
      const [a, b] = await Promise.all([
        renderer.print(sampleReportHtml(5), sampleMeta),
        renderer.print(sampleReportHtml(), sampleMeta),
      ]);
      expect(a.length).toBeLessThan(b.length);
      expect(Buffer.from(b).equals(Buffer.from(bytes))).toBe(true);
    },
    SLOW,
  );
});

describe('closing', () => {
  it.runIf(process.platform === 'linux')(
    'leaves no browser process behind, and may be called twice',
    async () => {
      const renderer = await openPdfRenderer({ executablePath: testBrowserPath() });
      await renderer.print(sampleReportHtml(3), sampleMeta);
      const pid = renderer.pid;
      expect(pid).toBeTypeOf('number');
      expect(livingProcessesInGroup(pid as number).length).toBeGreaterThan(1); // browser + zygotes, renderers
      await renderer.close();
      expect(
        existsSync(`/proc/${pid}`) && livingProcessesInGroup(pid as number).includes(pid as number),
      ).toBe(false);
      expect(livingProcessesInGroup(pid as number)).toEqual([]);
      await renderer.close();
      await expect(renderer.print('<p>x</p>', sampleMeta)).rejects.toThrow(/closed/);
    },
    SLOW,
  );

  it.runIf(process.platform === 'linux')(
    'runs the browser in a fresh temporary profile and removes it',
    async () => {
      const launched = await launchBrowser({ executablePath: testBrowserPath() });
      expect(launched.userDataDir.startsWith(tmpdir())).toBe(true);
      // The browser runs in it (a full browser's child processes name it too; a headless shell's do not).
      expect(livingProcessesMentioning(launched.userDataDir).length).toBeGreaterThan(0);
      await launched.close();
      expect(existsSync(launched.userDataDir)).toBe(false);
      expect(livingProcessesMentioning(launched.userDataDir)).toEqual([]);
    },
    SLOW,
  );

  it.runIf(process.platform === 'linux')(
    'closes every open renderer on request (what the CLI does on SIGINT)',
    async () => {
      const renderers = await Promise.all(
        [1, 2].map(() => openPdfRenderer({ executablePath: testBrowserPath() })),
      );
      await closeAllPdfRenderers();
      for (const renderer of renderers) expect(livingProcessesInGroup(renderer.pid as number)).toEqual([]);
    },
    SLOW,
  );
});
