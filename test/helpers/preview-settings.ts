import { readFile, writeFile } from 'node:fs/promises';
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

/**
 * Sets the 2018 job figure in `data`/2018.yaml (in the shipped data `value: 24000`, qualifier over: the report
 * prints "trên 24.000 người"), as a clerk saving a new figure.
 */
export async function setJobs(data: string, value: number): Promise<void> {
  const file = join(data, '2018.yaml');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/(viec-lam:\n\s+value: )\d+/, `$1${value}`));
}
