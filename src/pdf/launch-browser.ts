import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { type BrowserTask, isToolError, type ToolError } from '../errors.js';
import { toolError } from '../messages/messages.js';

/** Default limit for launching the browser and for each task run in it. */
export const DEFAULT_BROWSER_TIMEOUT_MS = 60_000;

/**
 * Chromium switches, appended after puppeteer's defaults (`--headless=new`, the same mode as `--headless` since
 * Chrome 132, `--disable-extensions`, `--export-tagged-pdf`, ...) so that ours win.
 */
const LAUNCH_FLAGS = [
  '--headless',
  '--no-sandbox', // we run as root in containers; the page has no JavaScript and no network anyway
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--font-render-hinting=none', // glyph positions independent of the desktop's hinting settings
  // Request interception does not see everything: <link rel=prefetch> is fetched by the browser process and
  // <link rel=preconnect> opens sockets without a request. Resolving every host (IP literals included) to
  // "not found" makes the network unreachable at the lowest level; data: URLs need no resolver.
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

/** Time allowed for a polite Browser.close before the process group is killed. */
const POLITE_CLOSE_MS = 5_000;

/** A running Chromium with its own temporary profile. */
export interface LaunchedBrowser {
  readonly browser: Browser;
  /** Process id of the browser (the leader of its process group on POSIX), if known. */
  readonly pid: number | undefined;
  readonly userDataDir: string;
  /** Runs `task` against the browser; a crash, a hang or a protocol failure becomes a ToolError. */
  run<T>(doing: BrowserTask, task: () => Promise<T>): Promise<T>;
  /** Closes the browser, kills its processes and removes the profile; safe to call many times. */
  close(): Promise<void>;
}

const openBrowsers = new Set<LaunchedBrowser>();

/** Returns a started headless Chromium; throws BROWSER_FAILED / BROWSER_TIMEOUT when it cannot start. */
export async function launchBrowser(opts: {
  executablePath: string;
  timeoutMs?: number;
  /** Stops a start under way: the half-started browser is killed (a build that failed before printing). */
  signal?: AbortSignal;
}): Promise<LaunchedBrowser> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_BROWSER_TIMEOUT_MS;
  const puppeteer = await loadPuppeteer();
  const userDataDir = await mkdtemp(join(tmpdir(), 'hatinh-report-chromium-'));
  const browser = await startBrowser(puppeteer, opts.executablePath, timeoutMs, userDataDir, opts.signal);
  return supervise(puppeteer, browser, opts.executablePath, timeoutMs, userDataDir);
}

/** Imported on use only: check and md/html builds never load puppeteer. */
const loadPuppeteer = () => import('puppeteer');
type Puppeteer = Awaited<ReturnType<typeof loadPuppeteer>>;

/** Starts the browser with a throw-away profile; a failure to start removes the profile and is a ToolError. */
async function startBrowser(
  puppeteer: Puppeteer,
  executablePath: string,
  timeoutMs: number,
  userDataDir: string,
  stop: AbortSignal | undefined,
): Promise<Browser> {
  // Our own deadline: over a pipe, puppeteer's `timeout` surfaces as a TargetCloseError, not a TimeoutError.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const stopStart = () => deadline.abort();
  stop?.addEventListener('abort', stopStart, { once: true });
  if (stop?.aborted) deadline.abort();
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true, // no DevTools port on localhost that other local processes could connect to
      userDataDir,
      args: LAUNCH_FLAGS,
      // Chromium on Linux always starts chrome_crashpad_handler (--disable-breakpad does not stop it; the
      // --disable-crashpad-for-testing switch makes child processes crash). Keep its database inside the
      // temporary profile rather than ~/.config/chromium, which also puts the profile path on its command line.
      env: { ...process.env, BREAKPAD_DUMP_LOCATION: join(userDataDir, 'Crash Reports') },
      signal: deadline.signal, // puppeteer kills the half-started browser when it fires
      timeout: timeoutMs + 1_000,
      protocolTimeout: timeoutMs,
      // The CLI installs its own signal handlers and calls closeAllBrowsers(); puppeteer's would process.exit.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    await removeProfile(userDataDir);
    // Stopped on purpose (the build ended before printing): not the browser's failure.
    if (stop?.aborted) throw toolError('BROWSER_CLOSED', { task: 'start' });
    if (deadline.signal.aborted || error instanceof puppeteer.TimeoutError) {
      throw toolError('BROWSER_TIMEOUT', {
        problem: 'start',
        browser: executablePath,
        seconds: seconds(timeoutMs),
      });
    }
    throw toolError('BROWSER_FAILED', {
      problem: 'start',
      browser: executablePath,
      detail: summarize(error),
    });
  } finally {
    clearTimeout(timer);
    stop?.removeEventListener('abort', stopStart);
  }
}

/**
 * Returns the started browser under supervision: each task runs against a deadline and the browser's crash,
 * and a hung or crashed browser is killed and fails every later task; closing kills its processes and removes
 * its profile, once.
 */
function supervise(
  puppeteer: Puppeteer,
  browser: Browser,
  executablePath: string,
  timeoutMs: number,
  userDataDir: string,
): LaunchedBrowser {
  const proc = browser.process();
  const state = { disconnected: false, closing: undefined as Promise<void> | undefined };
  /** Why the browser is unusable (it crashed or hung); every later task fails with it. */
  let failure: ToolError | undefined;
  let signalCrash: () => void = () => undefined;
  const crash = new Promise<never>((_, reject) => {
    signalCrash = () => reject(new Error('browser disconnected'));
  });
  crash.catch(() => undefined); // only observed while a task runs
  browser.on('disconnected', () => {
    state.disconnected = true;
    signalCrash();
  });

  const launched: LaunchedBrowser = {
    browser,
    pid: proc?.pid,
    userDataDir,
    async run<T>(doing: BrowserTask, task: () => Promise<T>): Promise<T> {
      if (failure) throw failure;
      if (state.closing) throw toolError('BROWSER_CLOSED', { task: doing });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutSignal()), timeoutMs);
      });
      try {
        return await Promise.race([task(), timeout, crash]);
      } catch (error) {
        if (failure) throw failure;
        const outcome = taskFailure(puppeteer, error, doing, { ...state, executablePath, timeoutMs });
        if (outcome.fatal) {
          failure = outcome.error;
          // A hung or crashed browser is useless: kill it now, without a polite close, so nothing waits on it.
          void shutdown(false);
        }
        throw outcome.error;
      } finally {
        clearTimeout(timer);
      }
    },
    // No polite Browser.close(): the profile is thrown away, so there is nothing to save, and killing the
    // process group at once takes ~150 ms less.
    close: () => shutdown(false),
  };
  /** Closes once: politely (Browser.close) if asked, then kills whatever is left and removes the profile. */
  const shutdown = (polite: boolean): Promise<void> => {
    state.closing ??= (async () => {
      openBrowsers.delete(launched);
      if (polite) await withinMs(browser.close(), POLITE_CLOSE_MS).catch(() => undefined);
      await killProcessGroup(proc);
      await killProfileStragglers(userDataDir);
      await removeProfile(userDataDir);
    })();
    return state.closing;
  };
  openBrowsers.add(launched);
  return launched;
}

/**
 * Returns what a task's failure means to the user, and whether it leaves the browser unusable (a hang or a
 * crash: `fatal`). An error that is not the browser's passes through as it is.
 */
function taskFailure(
  puppeteer: Puppeteer,
  error: unknown,
  doing: BrowserTask,
  browser: {
    disconnected: boolean;
    closing: Promise<void> | undefined;
    executablePath: string;
    timeoutMs: number;
  },
): { error: ToolError; fatal: true } | { error: unknown; fatal: false } {
  // A call the browser never answered is a hang too: puppeteer's own limit (protocolTimeout, set to ours) can
  // fire before run()'s, for a tab opened ahead of its task (open-pdf-renderer.ts). Puppeteer 24 tells it apart
  // only by its words: "Target.createTarget timed out. Increase the 'protocolTimeout' setting ...".
  const unanswered =
    error instanceof puppeteer.ProtocolError &&
    /timed out\. Increase the 'protocolTimeout'/.test(error.message);
  if (error instanceof TimeoutSignal || error instanceof puppeteer.TimeoutError || unanswered) {
    const timedOut = toolError('BROWSER_TIMEOUT', {
      problem: 'task',
      task: doing,
      seconds: seconds(browser.timeoutMs),
    });
    return { error: timedOut, fatal: true };
  }
  if (browser.closing) {
    return {
      error: toolError('BROWSER_CLOSED', { task: doing }),
      fatal: false,
    };
  }
  if (browser.disconnected) {
    const crashed = toolError('BROWSER_FAILED', {
      problem: 'crashed',
      browser: browser.executablePath,
      task: doing,
    });
    return { error: crashed, fatal: true }; // reap whatever is left of its process group
  }
  if (isToolError(error) || !(error instanceof puppeteer.ProtocolError)) return { error, fatal: false };
  const failed = toolError('BROWSER_FAILED', { problem: 'task', task: doing, detail: summarize(error) });
  return { error: failed, fatal: false };
}

/** Returns once every browser launched by this process is closed (for the CLI's SIGINT/SIGTERM handlers). */
export async function closeAllBrowsers(): Promise<void> {
  await Promise.all([...openBrowsers].map((launched) => launched.close()));
}

/** Rejection used by run() for its own deadline. */
class TimeoutSignal extends Error {}

/** Kills the browser and, on POSIX, every process in its group (renderers, zygotes, GPU process). */
async function killProcessGroup(proc: ChildProcess | null): Promise<void> {
  const pid = proc?.pid;
  if (!proc || pid === undefined) return;
  const exited = proc.exitCode !== null || proc.signalCode !== null;
  const exit = exited
    ? Promise.resolve()
    : new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  try {
    // Puppeteer spawns the browser detached, so its pid is also its process group id. Killing the group
    // also reaps children that outlive the main process for a moment after a normal close.
    if (process.platform === 'win32') proc.kill('SIGKILL');
    else process.kill(-pid, 'SIGKILL');
  } catch {
    if (!exited) proc.kill('SIGKILL'); // ESRCH: the group is already gone
  }
  await withinMs(exit, POLITE_CLOSE_MS).catch(() => undefined);
}

/**
 * On Linux, kills what is left that names our (unique) profile folder: the crashpad handler runs in its own
 * session, outside the browser's process group, and otherwise exits on its own only a moment later.
 */
async function killProfileStragglers(userDataDir: string): Promise<void> {
  if (process.platform !== 'linux') return;
  const entries = await readdir('/proc').catch(() => [] as string[]);
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const commandLine = await readFile(`/proc/${entry}/cmdline`, 'utf8');
      if (commandLine.includes(userDataDir)) process.kill(Number(entry), 'SIGKILL');
    } catch {
      // exited meanwhile, or not ours to inspect
    }
  }
}

/** Removes the temporary profile; a leftover folder in the temp dir is not worth failing for. */
async function removeProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 }).catch(() => undefined);
}

/** Resolves or rejects like `promise`, or rejects after `ms`. */
async function withinMs<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutSignal()), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The useful part of a puppeteer error message, on one line. */
function summarize(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('TROUBLESHOOTING') && !line.startsWith('Error cause'));
  const oneLine = lines.join(' ');
  return oneLine.length > 300 ? `${oneLine.slice(0, 297)}...` : oneLine;
}

/** A time limit in seconds, to a tenth. */
function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}
