import { describe, expect, it } from 'vitest';
import { formatDoctorReport } from '../../src/doctor/format-doctor-report.js';
import type { DoctorReport } from '../../src/doctor/run-doctor.js';

describe('formatDoctorReport', () => {
  it('prints a healthy machine', () => {
    const report: DoctorReport = {
      ok: true,
      node: { version: 'v20.11.0', ok: true, minimumMajor: 20, endOfLife: null },
      browser: { path: '/usr/bin/chromium', from: 'default', version: 'Chrome/156.0.8078.108' },
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
    expect(text).toContain('/usr/bin/chromium (found at a usual install path), Chrome/156.0.8078.108');
    expect(text).toContain('ok, Vietnamese text drawn with Liberation Serif');
    expect(text).toContain('Everything needed for PDF output is in place.');
    expect(text).not.toContain('\u001b['); // no colours
  });

  it('lists problems with their fixes', () => {
    const report: DoctorReport = {
      ok: false,
      node: { version: 'v18.0.0', ok: false, minimumMajor: 20, endOfLife: null },
      browser: null,
      font: null,
      problems: [
        { code: 'NODE_TOO_OLD', message: 'Node.js v18.0.0 is too old.', fix: 'Install Node.js 20.' },
        { code: 'BROWSER_NOT_FOUND', message: 'No browser.', fix: 'Install Chromium.' },
      ],
    };
    const text = formatDoctorReport(report);
    expect(text).toContain('Browser  not found');
    expect(text).toContain('not checked');
    expect(text).toContain('2 problems:');
    expect(text).toContain('  - [BROWSER_NOT_FOUND] No browser.\n    Fix: Install Chromium.');
  });
});
