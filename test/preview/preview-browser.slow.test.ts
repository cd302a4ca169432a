/**
 * preview with a real browser: the open page takes in a saved edit without reloading and without any
 * Content-Security-Policy refusal (the live-reload script runs, nothing else does); with --pdf the PDF is
 * printed anew by the warm browser after each save, the same bytes a build gives.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Preview, type PreviewEvent, startPreview } from '../../src/preview/preview-session.js';
import { previewSettings, setJobs } from '../helpers/preview-settings.js';
import { DATA, runInProcess } from '../helpers/run-cli.js';
import { pdfText } from '../pdf/poppler.js';
import { testBrowserPath } from '../pdf/test-browser.js';

const SLOW = 90_000;
let dir: string;
let data: string;
let preview: Preview | undefined;
let events: PreviewEvent[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hatinh-preview-'));
  data = join(dir, 'data');
  await cp(DATA, data, { recursive: true });
  events = [];
});

afterEach(async () => {
  await preview?.close();
  preview = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function start(pdf: boolean): Promise<Preview> {
  const base = previewSettings(data, dir, { pdf, lang: 'vi' });
  preview = await startPreview(
    { ...base, formatOptions: { ...base.formatOptions, browser: testBrowserPath() } },
    (event) => events.push(event),
  );
  return preview;
}

describe('preview in a browser', () => {
  it(
    'the open page shows a saved edit without reloading, and the policy refuses nothing it needs',
    async () => {
      const { url } = await start(false);
      const browser = await puppeteer.launch({ executablePath: testBrowserPath(), args: ['--no-sandbox'] });
      try {
        const page = await browser.newPage();
        const refused: string[] = [];
        page.on('console', (m) => {
          if (/Content Security Policy|Refused/.test(m.text())) refused.push(m.text());
        });
        let navigations = 0;
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame()) navigations += 1;
        });
        await page.goto(url);
        expect(await page.evaluate(() => document.body.textContent ?? '')).toContain('trên 24.000 người');
        await page.evaluate(() => window.scrollTo(0, 600));
        await setJobs(data, 24321);
        await page.waitForFunction(() => (document.body.textContent ?? '').includes('trên 24.321 người'), {
          timeout: 10_000,
        });
        expect(navigations).toBe(1);
        expect(await page.evaluate(() => window.scrollY)).toBe(600);
        expect(refused).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    SLOW,
  );

  it(
    'with --pdf, each save prints the PDF anew: the same bytes a build of the same data gives',
    async () => {
      await start(true);
      const pdf = join(dir, 'reports/2018/bao-cao-2018.pdf');
      await preview?.settled();
      expect(events.some((e) => e.type === 'pdf_written' && e.path === pdf)).toBe(true);
      const built = await runInProcess([
        'build',
        '2018',
        '--format',
        'pdf',
        '--data',
        data,
        '--out',
        join(dir, 'built'),
      ]);
      expect(built.code).toBe(0);
      const fromBuild = await readFile(join(dir, 'built/2018/bao-cao-2018.pdf'));
      expect(Buffer.compare(await readFile(pdf), fromBuild)).toBe(0);
      events.length = 0;
      await setJobs(data, 24321);
      const written = new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          if (events.some((e) => e.type === 'pdf_written')) {
            clearInterval(timer);
            resolve();
          }
        }, 20);
      });
      await written;
      expect(pdfText(pdf)).toContain('24.321');
    },
    SLOW,
  );
});
