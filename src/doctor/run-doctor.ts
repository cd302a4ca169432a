import { isToolError, type ToolError, type ToolErrorArgsOf, type ToolErrorCode } from '../errors.js';
import { toolError } from '../messages/messages.js';
import { type BrowserKind, type BrowserSource, findBrowser } from '../pdf/find-browser.js';
import { type LaunchedBrowser, launchBrowser } from '../pdf/launch-browser.js';
import { checkVietnameseFont, type FontCheck } from './check-vietnamese-font.js';
import { nodeEndedOn } from './node-end-of-life.js';

/** Oldest supported Node.js major version (package.json "engines"). */
export const MIN_NODE_MAJOR = 20;

/**
 * Something the user must fix before PDF output works: its code and facts (worded in the user's language when
 * printed), and its English words (for --json).
 */
export type DoctorProblem = {
  [C in ToolErrorCode]: { code: C; args: ToolErrorArgsOf[C]; message: string; fix: string };
}[ToolErrorCode];

function problemOf(error: ToolError): DoctorProblem {
  return { code: error.code, args: error.args, message: error.message, fix: error.fix } as DoctorProblem;
}

export interface DoctorReport {
  /** True when there are no problems. */
  ok: boolean;
  /** endOfLife: the date its line's support ended (YYYY-MM-DD), when it has; it still runs, without security fixes. */
  node: { version: string; ok: boolean; minimumMajor: number; endOfLife: string | null };
  /** The browser that would print PDFs, and whether it is a headless shell; null when none was found. */
  browser: { path: string; from: BrowserSource; kind: BrowserKind; version: string | null } | null;
  /** The platform checked: how to install a headless shell depends on it. */
  platform: NodeJS.Platform;
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
  /** The names in a folder (for puppeteer's cache of headless shells). */
  list?: (folder: string) => readonly string[];
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
    problems.push(
      problemOf(toolError('NODE_TOO_OLD', { version: opts.nodeVersion, minimum: MIN_NODE_MAJOR })),
    );
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
      ...(opts.list ? { list: opts.list } : {}),
    });
    browser = { ...found, version: null };
    launched = await launchBrowser({ executablePath: found.path, timeoutMs: opts.timeoutMs });
    const current = launched;
    browser.version = await current.run('version', () => current.browser.version());
    font = await checkVietnameseFont(current);
    if (!font.ok) problems.push(fontProblem(font, opts.platform));
  } catch (error) {
    if (!isToolError(error)) throw error;
    problems.push(problemOf(error));
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
    platform: opts.platform,
    font,
    problems,
  };
}

/** The problem for Vietnamese text drawn (partly) with a fallback font. */
function fontProblem(font: FontCheck, platform: NodeJS.Platform): DoctorProblem {
  const used = [...new Set(font.fonts.filter((f) => !f.accepted).map((f) => f.familyName))];
  return problemOf(toolError('FONT_NO_VIETNAMESE_SERIF', { used, platform }));
}
