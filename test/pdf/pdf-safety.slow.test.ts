import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToolError } from '../../src/errors.js';
import { openPdfRenderer, type PdfRenderer } from '../../src/pdf/open-pdf-renderer.js';
import { pdfText } from './poppler.js';
import { sampleMeta } from './sample-report.js';
import { testBrowserPath } from './test-browser.js';

const SLOW = 60_000;

describe('printing untrusted HTML', () => {
  let server: Server;
  let base: string;
  const hits: string[] = [];
  let connections = 0;
  let renderer: PdfRenderer;
  let dir: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      hits.push(request.url ?? '');
      response.setHeader('content-type', 'text/css');
      response.end('body { color: red }');
    });
    server.on('connection', () => {
      connections += 1;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    renderer = await openPdfRenderer({ executablePath: testBrowserPath() });
    dir = mkdtempSync(join(tmpdir(), 'hatinh-report-safety-test-'));
  }, SLOW);

  afterAll(async () => {
    await renderer?.close();
    await new Promise((resolve) => server?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }, SLOW);

  /** Prints `html` and returns its extracted text. */
  async function printText(html: string): Promise<string> {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, await renderer.print(html, sampleMeta));
    return pdfText(file);
  }

  it(
    'loads nothing from the network or the disk and runs no script',
    async () => {
      const pixel =
        'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
      const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
        <link rel="stylesheet" href="${base}/style.css">
        <link rel="preconnect" href="${base}">
        <link rel="prefetch" href="${base}/prefetch">
        <link rel="preload" as="image" href="${base}/preload">
        <link rel="icon" href="${base}/favicon.ico">
        <style>@import url(${base}/import.css); body { background: url(${base}/y) }
          @font-face { font-family: Remote; src: url(${base}/font.woff2) } h2 { font-family: Remote, serif }</style>
      </head><body>
        <h1>Báo cáo an toàn</h1><h2>Tiêu đề</h2>
        <img src="${base}/x"><img srcset="${base}/srcset 1x"><img src="${pixel}">
        <svg width="10" height="10"><image href="${base}/svg-image" width="10" height="10"/></svg>
        <iframe src="file:///etc/passwd"></iframe><iframe src="${base}/frame"></iframe>
        <object data="${base}/object"></object><embed src="${base}/embed">
        <video src="${base}/video"></video><audio src="${base}/audio" preload="auto"></audio>
        <script>fetch('${base}/fetch'); document.write('SCRIPT RAN');</script>
        <script src="${base}/script.js"></script>
        <p>Kết thúc</p>
      </body></html>`;
      const text = await printText(html);
      await new Promise((resolve) => setTimeout(resolve, 500)); // let any late request arrive
      expect(hits).toEqual([]);
      expect(connections).toBe(0);
      expect(text).toContain('Báo cáo an toàn');
      expect(text).toContain('Kết thúc');
      expect(text).not.toContain('SCRIPT RAN');
      const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0] ?? 'root:x:0:0';
      expect(text).not.toContain(passwd.slice(0, 10));
      expect(text).not.toContain('/bin/');
    },
    SLOW,
  );

  it(
    'refuses to print an error page when the HTML redirects itself',
    async () => {
      const html = `<!doctype html><html><head><meta http-equiv="refresh" content="0; url=${base}/elsewhere"></head>
        <body><p>x</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>`;
      const error = await renderer.print(html, sampleMeta).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(hits).toEqual([]);
      expect(error).toBeInstanceOf(ToolError);
      expect((error as ToolError).code).toBe('PDF_NAVIGATION_BLOCKED');
    },
    SLOW,
  );
});
