import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToolError } from '../../src/errors.js';
import { openPdfRenderer } from '../../src/pdf/open-pdf-renderer.js';
import { sampleMeta, sampleReportHtml } from './sample-report.js';
import { livingProcessesInGroup, testBrowserPath } from './test-browser.js';

const SLOW = 60_000;

/** Returns the ToolError `promise` rejects with, failing the test otherwise. */
async function toolErrorOf(promise: Promise<unknown>): Promise<ToolError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ToolError);
  return error as ToolError;
}

describe.runIf(process.platform === 'linux')('browser failures', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hatinh-report-browser-test-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'reports a browser that cannot start',
    async () => {
      const error = await toolErrorOf(openPdfRenderer({ executablePath: '/bin/false' }));
      expect(error.code).toBe('BROWSER_FAILED');
      expect(error.message).toContain('/bin/false');
      expect(error.fix).toContain('--browser PATH');
    },
    SLOW,
  );

  it(
    'reports a browser that never becomes ready',
    async () => {
      const script = join(dir, 'hanging-browser');
      writeFileSync(script, '#!/bin/sh\nexec sleep 30\n');
      chmodSync(script, 0o755);
      const error = await toolErrorOf(openPdfRenderer({ executablePath: script, timeoutMs: 1500 }));
      expect(error.code).toBe('BROWSER_TIMEOUT');
      expect(error.message).toContain('1.5 s');
    },
    SLOW,
  );

  it(
    'reports a browser that was killed before printing',
    async () => {
      const renderer = await openPdfRenderer({ executablePath: testBrowserPath() });
      try {
        process.kill(renderer.pid as number, 'SIGKILL');
        await new Promise((resolve) => setTimeout(resolve, 300));
        const error = await toolErrorOf(renderer.print(sampleReportHtml(3), sampleMeta));
        expect(error.code).toBe('BROWSER_FAILED');
        expect(error.message).toContain('quit unexpectedly');
      } finally {
        await renderer.close();
      }
    },
    SLOW,
  );

  it(
    'reports a browser that dies while printing',
    async () => {
      const renderer = await openPdfRenderer({ executablePath: testBrowserPath() });
      try {
        const printing = renderer.print(sampleReportHtml(3000), sampleMeta);
        setTimeout(() => process.kill(renderer.pid as number, 'SIGKILL'), 200);
        const error = await toolErrorOf(printing);
        expect(error.code).toBe('BROWSER_FAILED');
      } finally {
        await renderer.close();
      }
    },
    SLOW,
  );

  it(
    'gives up on a hung browser after the time limit and kills it',
    async () => {
      const renderer = await openPdfRenderer({ executablePath: testBrowserPath(), timeoutMs: 3000 });
      const pgid = renderer.pid as number;
      try {
        process.kill(-pgid, 'SIGSTOP'); // freeze the whole browser: no answer will ever come
        const started = Date.now();
        const error = await toolErrorOf(renderer.print(sampleReportHtml(3), sampleMeta));
        expect(error.code).toBe('BROWSER_TIMEOUT');
        expect(Date.now() - started).toBeLessThan(10_000);
        const later = await toolErrorOf(renderer.print(sampleReportHtml(3), sampleMeta));
        expect(later.code).toBe('BROWSER_TIMEOUT'); // the renderer stays unusable, but says why
      } finally {
        await renderer.close();
      }
      expect(livingProcessesInGroup(pgid)).toEqual([]);
    },
    SLOW,
  );
});
