import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkVietnameseFont } from '../../src/doctor/check-vietnamese-font.js';
import { formatDoctorReport } from '../../src/doctor/format-doctor-report.js';
import { runDoctor } from '../../src/doctor/run-doctor.js';
import { launchBrowser } from '../../src/pdf/launch-browser.js';
import { testBrowserPath } from './test-browser.js';

const SLOW = 60_000;
const here = {
  env: process.env,
  platform: process.platform,
  exists: existsSync,
  nodeVersion: process.version,
  today: new Date(),
};

describe('runDoctor', () => {
  it(
    'passes on this machine: Node >= 20, a browser, Vietnamese glyphs from Liberation Serif or Times',
    async () => {
      const report = await runDoctor(here);
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.node.ok).toBe(true);
      expect(report.browser?.path).toBeTruthy();
      expect(report.browser?.version).toMatch(/^(Headless)?Chrom(e|ium)\/\d+/);
      expect(report.font?.ok).toBe(true);
      expect(new Set(report.font?.fonts.map((font) => font.style))).toEqual(
        new Set(['regular', 'bold', 'italic']),
      );
      for (const font of report.font?.fonts ?? [])
        expect(['Liberation Serif', 'Times New Roman']).toContain(font.familyName);
      expect(formatDoctorReport(report)).toContain('Everything needed for PDF output is in place.');
    },
    SLOW,
  );

  it('reports a --browser path that does not exist, and an old Node', async () => {
    const report = await runDoctor({ ...here, browserOption: '/nowhere/chromium', nodeVersion: 'v18.19.0' });
    expect(report.ok).toBe(false);
    expect(report.browser).toBeNull();
    expect(report.font).toBeNull();
    expect(report.problems.map((problem) => problem.code)).toEqual([
      'NODE_TOO_OLD',
      'BROWSER_PATH_NOT_FOUND',
    ]);
    expect(report.problems[1]?.message).toContain('/nowhere/chromium');
    const text = formatDoctorReport(report);
    expect(text).toContain('[BROWSER_PATH_NOT_FOUND]');
    expect(text).toContain('Fix: ');
  });
});

describe.runIf(existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))('checkVietnameseFont', () => {
  it(
    'notices text drawn with a font that is not Times New Roman or Liberation Serif',
    async () => {
      const launched = await launchBrowser({ executablePath: testBrowserPath() });
      try {
        const check = await checkVietnameseFont(launched, "'DejaVu Sans'");
        expect(check.ok).toBe(false);
        expect(check.fonts.some((font) => font.familyName === 'DejaVu Sans' && !font.accepted)).toBe(true);
      } finally {
        await launched.close();
      }
    },
    SLOW,
  );
});
