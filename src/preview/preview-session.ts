/**
 * `preview`: the report of one year served on 127.0.0.1 and kept up to date. The data folder (and a folder of
 * one's own templates) is watched; each save re-runs the same pipeline `build` runs (renderReports) and the
 * open page gets the new version at once, or the problems while the data has errors. With `pdf`, the PDF is
 * printed anew after each save by a browser kept running, and written as `build` writes it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { watch } from 'chokidar';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isToolError, type ToolError } from '../errors.js';
import type { Language } from '../messages/language.js';
import { describeDiagnostic, describeToolError, messagesFor } from '../messages/messages.js';
import { openFormats, type RenderSettings, renderReports } from '../pipeline/build-reports.js';
import type { FormatOptions } from '../pipeline/formats.js';
import { writeFilesAtomically } from '../write/write-files-atomically.js';
import { type PageProblem, problemsPage, reportPage, waitingPage } from './preview-page.js';
import { type PreviewServer, startPreviewServer } from './preview-server.js';

/** Saves closer together than this are one change (an editor's save may touch a file more than once). */
const SETTLE_MS = 20;

/**
 * chokidar passes on one change of a file in 50 ms and drops the rest (a leading-edge throttle): a second save
 * soon after the first would leave the page behind. So this long after the last event the watched files are
 * read again, and a content that is not the one last rendered makes one more rendering.
 */
const RECHECK_MS = 80;

export interface PreviewSettings {
  /** The rendering's settings; `years` holds the one year previewed. */
  render: RenderSettings;
  year: number;
  /** The port to listen on; 0: a free one. */
  port: number;
  /** Print the PDF anew after each save (to render.out, as build writes it). */
  pdf: boolean;
  /** How the PDF format finds its browser. */
  formatOptions: Omit<FormatOptions, 'signal'>;
  lang: Language;
}

/** What happens in a preview, as data: the command line words it. */
export type PreviewEvent =
  /** The server is up (before the first rendering, so that its address is known at once). */
  | { type: 'listening'; url: string }
  /** The page shows the new report, `ms` after the change was seen (or the preview started). */
  | { type: 'updated'; version: number; ms: number }
  /** The data's warnings (the report is shown) or errors (the page shows them instead). */
  | { type: 'diagnostics'; diagnostics: Diagnostic[]; errors: boolean }
  /** The rendering failed (a template, a missing year, the browser): the page shows it. */
  | { type: 'failed'; error: ToolError }
  /** A bug of the tool's: the page shows the last good version; the trace is for the terminal. */
  | { type: 'bug'; error: unknown }
  /** The watcher failed: saves may go unseen until the preview is started again. */
  | { type: 'watch_failed'; error: unknown }
  | { type: 'pdf_written'; path: string };

export interface Preview {
  url: string;
  server: PreviewServer;
  /** Stops watching, serving and the browser; waits for a rendering under way. */
  close: () => Promise<void>;
  /** Resolves when the changes seen so far are on the page (for tests). */
  settled: () => Promise<void>;
}

/** What preview needs of a file watcher (chokidar's, or a test's). */
export interface FolderWatcher {
  on(event: 'all', listener: () => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  once(event: 'ready', listener: () => void): unknown;
  close(): Promise<void>;
}

/** Watches the folders with chokidar: only what the report is made of, not an editor's backup or swap files. */
function watchFolders(folders: string[]): FolderWatcher {
  return watch(folders, {
    ignoreInitial: true,
    ignored: (path, stats) => stats?.isFile() === true && !isWatchedFile(path),
  });
}

/**
 * Starts the preview: serves a waiting page, renders the year once, then watches for changes. `signal` stops a
 * start under way (Ctrl-C while a browser starts for --pdf): the browser is killed, the start throws.
 */
export async function startPreview(
  settings: PreviewSettings,
  onEvent: (event: PreviewEvent) => void,
  signal?: AbortSignal,
  watchWith: (folders: string[]) => FolderWatcher = watchFolders,
): Promise<Preview> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort, { once: true });
  const nonce = randomBytes(16).toString('base64');
  const openAll = () =>
    openFormats(
      { formats: settings.pdf ? ['html', 'pdf'] : ['html'], formatOptions: settings.formatOptions },
      controller.signal,
    );
  let formats = await openAll();
  /** Set when the browser failed for good (a hang, a crash): the formats are opened anew for the next save. */
  let reopen = false;
  let version = 0;
  let server: PreviewServer | undefined;
  const show = (html: string) => server?.publish({ version, html });

  /** Renders once, from scratch, and shows what came of it. */
  const render = async (since: number): Promise<void> => {
    version += 1;
    rendered = await fingerprint();
    if (reopen) {
      reopen = false;
      await Promise.all(formats.map((f) => f.close()));
      formats = await openAll();
    }
    const words = messagesFor(settings.lang);
    const pageWords = { ...words.cli.preview.page, ...words.problems, lang: settings.lang };
    const showProblems = (problems: PageProblem[]) =>
      show(problemsPage(settings.year, problems, pageWords, version, nonce));
    let reportShown = false;
    try {
      const outcome = await renderReports(settings.render, formats, controller.signal, (event) => {
        if (event.type === 'diagnostics')
          onEvent({ type: 'diagnostics', diagnostics: event.diagnostics, errors: false });
        if (event.type !== 'files') return;
        const html = event.files.find((f) => f.path.endsWith('.html'));
        if (html === undefined) return;
        show(reportPage(String(html.content), version, nonce));
        reportShown = true;
        onEvent({ type: 'updated', version, ms: performance.now() - since });
      });
      if (outcome.outcome === 'data_errors') {
        showProblems(outcome.diagnostics.map((d) => problemOfDiagnostic(d, settings.lang)));
        onEvent({ type: 'diagnostics', diagnostics: outcome.diagnostics, errors: true });
        return;
      }
      const pdfs = outcome.files.filter((f) => f.path.endsWith('.pdf'));
      if (pdfs.length === 0) return;
      await writeFilesAtomically(pdfs, controller.signal);
      for (const f of pdfs) onEvent({ type: 'pdf_written', path: f.path });
    } catch (error) {
      if (controller.signal.aborted) return;
      if (isToolError(error)) {
        // The PDF's failure (the browser, a PDF open in another program) is told on the terminal; the report,
        // already on the page, stays there. A browser that hung or crashed is started anew on the next save.
        if (error.code.startsWith('BROWSER_')) reopen = true;
        if (!reportShown) {
          const { message, fix } = describeToolError(error, settings.lang);
          showProblems([{ where: '', severity: 'error', message, fix, code: error.code }]);
        }
        onEvent({ type: 'failed', error });
        return;
      }
      onEvent({ type: 'bug', error });
    }
  };

  // One rendering at a time; changes seen meanwhile make one more, from the files as they are then.
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  let timer: NodeJS.Timeout | undefined;
  let recheck: NodeJS.Timeout | undefined;
  let rechecking = false;
  let seenAt = 0;
  let rendered = '';
  const folders = [settings.render.data, ...(settings.render.templates ? [settings.render.templates] : [])];
  /** What the watched files hold now, as one hash. */
  const fingerprint = async (): Promise<string> => {
    const hash = createHash('sha256');
    for (const folder of folders) {
      const names = await readdir(folder, { recursive: true }).catch(() => []);
      for (const name of names.sort()) {
        if (!isWatchedFile(name)) continue;
        const text = await readFile(join(folder, name)).catch(() => undefined);
        if (text !== undefined) hash.update(`${name}\0${text.length}\0`).update(text);
      }
    }
    return hash.digest('hex');
  };
  /** Reads the files again and renders once more if they are not what was last rendered. */
  const compare = async () => {
    rechecking = true;
    try {
      if (!controller.signal.aborted && (await fingerprint()) !== rendered) schedule(false);
    } finally {
      rechecking = false;
    }
  };
  const schedule = (seen: boolean) => {
    if (controller.signal.aborted) return;
    if (seen) {
      clearTimeout(recheck);
      recheck = setTimeout(() => {
        recheck = undefined;
        void compare();
      }, RECHECK_MS);
    }
    if (timer === undefined) seenAt = performance.now();
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (queued) return;
      queued = true;
      const since = seenAt;
      running = running.then(() => {
        queued = false;
        return controller.signal.aborted ? undefined : render(since);
      });
    }, SETTLE_MS);
  };

  const closeFormats = () => Promise.all(formats.map((f) => f.close()));
  let watcher: FolderWatcher | undefined;
  try {
    const words = messagesFor(settings.lang).cli.preview.page;
    const waiting = waitingPage(words.waiting(settings.year), settings.lang, nonce);
    server = await startPreviewServer(settings.port, nonce, { version, html: waiting });
    onEvent({ type: 'listening', url: server.url });
    watcher = watchWith(folders);
    watcher.on('all', () => schedule(true));
    // A watcher that fails (the system's limit of watched files, a folder removed) is told, not fatal: the
    // page stays as it is, and the files are still read at each rendering.
    watcher.on('error', (error) => onEvent({ type: 'watch_failed', error }));
    const ready = new Promise<void>((resolve) => watcher?.once('ready', () => resolve()));
    await render(performance.now());
    await ready;
    signal?.throwIfAborted();
    // A save during the first rendering, before the watcher was ready, is not lost.
    await compare();
  } catch (error) {
    controller.abort();
    await watcher?.close();
    await server?.close();
    await closeFormats();
    throw error;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
  const openServer = server;
  const openWatcher = watcher;
  return {
    url: openServer.url,
    server: openServer,
    settled: async () => {
      while (timer !== undefined || recheck !== undefined || rechecking || queued) {
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        await running;
      }
      await running;
    },
    close: async () => {
      clearTimeout(timer);
      clearTimeout(recheck);
      controller.abort();
      await openWatcher.close();
      await openServer.close();
      await running.catch(() => undefined);
      await closeFormats();
    },
  };
}

/** True for a file the report is made of: YAML data, templates and their style sheet. */
export function isWatchedFile(path: string): boolean {
  const name = basename(path);
  return !name.startsWith('.') && /\.(ya?ml|hbs|css)$/i.test(name);
}

function problemOfDiagnostic(d: Diagnostic, lang: Language): PageProblem {
  const { message, fix } = describeDiagnostic(d, lang);
  return { where: `${d.file}:${d.line}:${d.column}`, severity: d.severity, message, fix, code: d.code };
}
