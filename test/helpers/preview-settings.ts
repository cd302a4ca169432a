import { join } from 'node:path';
import type { PreviewSettings } from '../../src/preview/preview-session.js';

/** The settings of a preview of 2018 from `data`, its PDFs (if asked) into `dir`/reports, on a free port. */
export function previewSettings(
  data: string,
  dir: string,
  changes: Partial<PreviewSettings> = {},
): PreviewSettings {
  return {
    render: {
      years: [2018],
      data,
      out: join(dir, 'reports'),
      templates: undefined,
      date: undefined,
      style: {},
      strict: false,
    },
    year: 2018,
    port: 0,
    pdf: false,
    formatOptions: {
      browser: undefined,
      configBrowser: undefined,
      env: {},
      platform: process.platform,
      timeoutMs: undefined,
    },
    lang: 'en',
    ...changes,
  };
}
