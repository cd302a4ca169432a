import { describe, expect, it } from 'vitest';
import { formatDoctorReport } from '../../src/doctor/format-doctor-report.js';
import type { DoctorProblem, DoctorReport } from '../../src/doctor/run-doctor.js';
import type { ToolError } from '../../src/errors.js';
import { toolError } from '../../src/messages/messages.js';

describe('formatDoctorReport', () => {
  it('prints a healthy machine', () => {
    const report: DoctorReport = {
      ok: true,
      node: { version: 'v20.11.0', ok: true, minimumMajor: 20, endOfLife: null },
      browser: {
        path: '/usr/lib/chromium/chromium-headless-shell',
        from: 'default',
        kind: 'headless-shell',
        version: 'Chrome/156.0.8078.108',
      },
      platform: 'linux',
      font: {
        ok: true,
        fonts: [
          {
            style: 'regular',
            familyName: 'Liberation Serif',
            postScriptName: 'LiberationSerif',
            glyphCount: 136,
            accepted: true,
          },
        ],
      },
      problems: [],
    };
    const text = formatDoctorReport(report);
    expect(text).toContain(
      '/usr/lib/chromium/chromium-headless-shell (headless shell, made for printing; found at a usual install path), Chrome/156.0.8078.108',
    );
    expect(text).not.toContain('Note:');
    const full = formatDoctorReport({
      ...report,
      browser: { ...report.browser, path: '/usr/bin/chromium', kind: 'browser' } as DoctorReport['browser'],
    });
    expect(full).toContain(
      '  Browser  /usr/bin/chromium (found at a usual install path), Chrome/156.0.8078.108',
    );
    expect(full).toContain(
      'Note: PDFs are printed by a full browser. A headless shell (made for printing) prints them about three times faster:\n  install it with `apt-get install chromium-headless-shell`',
    );
    expect(text).toContain('ok, Vietnamese text drawn with Liberation Serif');
    expect(text).toContain('Everything needed for PDF output is in place.');
    expect(text).not.toContain('\u001b['); // no colours
  });

  it('lists problems with their fixes', () => {
    const report: DoctorReport = {
      ok: false,
      node: { version: 'v18.0.0', ok: false, minimumMajor: 20, endOfLife: null },
      browser: null,
      platform: 'linux',
      font: null,
      problems: [
        problemOf(toolError('NODE_TOO_OLD', { version: 'v18.0.0', minimum: 20 })),
        problemOf(toolError('BROWSER_NOT_FOUND', { looked: ['/usr/bin/chromium'], platform: 'linux' })),
      ],
    };
    const text = formatDoctorReport(report);
    expect(text).toContain('Browser  not found');
    expect(text).toContain('not checked');
    expect(text).toContain('2 problems:');
    expect(text).toContain(
      '  - [BROWSER_NOT_FOUND] No Chrome, Chromium or Edge browser was found (looked in: /usr/bin/chromium).\n    Fix: Install Chromium (Debian: ',
    );
    const vi = formatDoctorReport(report, 'vi');
    expect(vi).toContain('  Node.js       v18.0.0 (quá cũ; cần bản 20 trở lên)');
    expect(vi).toContain('  Trình duyệt   không tìm thấy');
    expect(vi).toContain('2 vấn đề:');
    expect(vi).toContain(
      '  - [BROWSER_NOT_FOUND] Không tìm thấy trình duyệt Chrome, Chromium hoặc Edge (đã tìm ở: /usr/bin/chromium).\n    Cách sửa: Cài Chromium (Debian: ',
    );
  });
});

/** A failure as the doctor lists it: its code and facts, with its English words. */
function problemOf(error: ToolError): DoctorProblem {
  return { code: error.code, args: error.args, message: error.message, fix: error.fix } as DoctorProblem;
}
