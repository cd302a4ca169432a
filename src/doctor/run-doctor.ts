import { isToolError } from '../errors.js';
import { type BrowserSource, findBrowser } from '../pdf/find-browser.js';
import { type LaunchedBrowser, launchBrowser } from '../pdf/launch-browser.js';
import { checkVietnameseFont, type FontCheck } from './check-vietnamese-font.js';
import { nodeEndedOn } from './node-end-of-life.js';

/** Oldest supported Node.js major version (package.json "engines"). */
export const MIN_NODE_MAJOR = 20;

/** Something the user must fix before PDF output works. */
export interface DoctorProblem {
  code: string;
  message: string;
  fix: string;
}

export interface DoctorReport {
  /** True when there are no problems. */
  ok: boolean;
  /** endOfLife: the date its line's support ended (YYYY-MM-DD), when it has; it still runs, without security fixes. */
  node: { version: string; ok: boolean; minimumMajor: number; endOfLife: string | null };
  /** The browser that would print PDFs; null when none was found. */
  browser: { path: string; from: BrowserSource; version: string | null } | null;
  /** Fonts used for Vietnamese text; null when no browser could be started to check. */
  font: FontCheck | null;
  problems: DoctorProblem[];
}

export interface DoctorOptions {
  browserOption?: string;
  config?: string;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  exists: (path: string) => boolean;
  /** e.g. process.version */
  nodeVersion: string;
  /** Today, to tell whether the Node.js line has reached its end of life. */
  today: Date;
  timeoutMs?: number;
}

/** Returns what works and what does not for PDF output on this machine; throws only on bugs. */
export async function runDoctor(opts: DoctorOptions): Promise<DoctorReport> {
  const problems: DoctorProblem[] = [];
  const major = Number.parseInt(opts.nodeVersion.trim().replace(/^v/, ''), 10);
  const nodeOk = Number.isInteger(major) && major >= MIN_NODE_MAJOR;
  if (!nodeOk) {
    problems.push({
      code: 'NODE_TOO_OLD',
      message: `Node.js ${opts.nodeVersion} is too old; hatinh-report needs Node.js ${MIN_NODE_MAJOR} or newer.`,
      fix: `Install Node.js ${MIN_NODE_MAJOR} LTS or newer from https://nodejs.org/ (or with nvm: \`nvm install ${MIN_NODE_MAJOR}\`).`,
    });
  }

  let browser: DoctorReport['browser'] = null;
  let font: FontCheck | null = null;
  let launched: LaunchedBrowser | undefined;
  try {
    const found = findBrowser({
      option: opts.browserOption,
      config: opts.config,
      env: opts.env,
      platform: opts.platform,
      exists: opts.exists,
    });
    browser = { ...found, version: null };
    launched = await launchBrowser({ executablePath: found.path, timeoutMs: opts.timeoutMs });
    const current = launched;
    browser.version = await current.run('version', () => current.browser.version());
    font = await checkVietnameseFont(current);
    if (!font.ok) problems.push(fontProblem(font, opts.platform));
  } catch (error) {
    if (!isToolError(error)) throw error;
    problems.push({ code: error.code, message: error.message, fix: error.fix ?? '' });
  } finally {
    await launched?.close();
  }

  return {
    ok: problems.length === 0,
    node: {
      version: opts.nodeVersion,
      ok: nodeOk,
      minimumMajor: MIN_NODE_MAJOR,
      endOfLife: nodeOk ? nodeEndedOn(major, opts.today) : null,
    },
    browser,
    font,
    problems,
  };
}

/** The problem for Vietnamese text drawn (partly) with a fallback font. */
function fontProblem(font: FontCheck, platform: NodeJS.Platform): DoctorProblem {
  const fallbacks = [...new Set(font.fonts.filter((f) => !f.accepted).map((f) => f.familyName))];
  const used = fallbacks.length > 0 ? fallbacks.join(', ') : 'no font at all';
  const fix =
    platform === 'darwin' || platform === 'win32'
      ? 'Times New Roman ships with the system: restore or re-enable it (or install Liberation Serif 2.x from https://github.com/liberationfonts/liberation-fonts).'
      : 'Install Liberation Serif 2.x: `apt-get install -y --no-install-recommends fonts-liberation2` (Debian/Ubuntu; the older fonts-liberation lacks Vietnamese glyphs) or `dnf install liberation-serif-fonts` (Fedora).';
  return {
    code: 'FONT_NO_VIETNAMESE_SERIF',
    message: `Vietnamese text is not fully drawn with Times New Roman or Liberation Serif; the browser fell back to ${used}.`,
    fix,
  };
}
