import { describe, expect, it } from 'vitest';
import { formatDoctorReport } from '../../src/doctor/format-doctor-report.js';
import { NODE_END_OF_LIFE, nodeEndedOn } from '../../src/doctor/node-end-of-life.js';
import type { DoctorReport } from '../../src/doctor/run-doctor.js';

describe('doctor says when the Node.js in use is past its end of life (issue 10)', () => {
  it.each([
    [20, '2026-04-30', null],
    [20, '2026-05-01', '2026-04-30'],
    [20, '2026-11-30', '2026-04-30'],
    [22, '2026-11-30', null],
    [22, '2027-05-01', '2027-04-30'],
    [24, '2026-11-30', null],
    [99, '2040-01-01', null], // a line the table does not know yet: nothing said
  ])('Node.js %i on %s: ended %s', (major, today, ended) => {
    expect(nodeEndedOn(major, new Date(`${today}T12:00:00Z`))).toBe(ended);
  });

  it('knows every line the tool supports, from 20 on, LTS lines ending on 30 April', () => {
    for (const major of [20, 22, 24, 26]) expect(NODE_END_OF_LIFE[major]).toMatch(/^\d{4}-04-30$/);
  });

  it('the report notes it in words, with the date in Vietnamese order, and it is not a problem', () => {
    const report: DoctorReport = {
      ok: true,
      node: { version: 'v20.20.2', ok: true, minimumMajor: 20, endOfLife: '2026-04-30' },
      browser: {
        path: '/usr/lib/chromium/chromium-headless-shell',
        from: 'default',
        kind: 'headless-shell',
        version: 'Chromium/142',
      },
      platform: 'linux',
      font: { ok: true, fonts: [] },
      problems: [],
    };
    const text = formatDoctorReport(report);
    expect(text).toContain(
      'Note: Node.js 20 reached its end of life on 30/04/2026 and gets no more security fixes.',
    );
    expect(text).toContain('install the current LTS from https://nodejs.org/');
    expect(text).toContain('Everything needed for PDF output is in place.');
    expect(formatDoctorReport({ ...report, node: { ...report.node, endOfLife: null } })).not.toContain(
      'Note:',
    );
  });
});
