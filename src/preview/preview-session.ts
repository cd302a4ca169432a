/**
 * `preview`: the report of one year served on 127.0.0.1 and kept up to date. The data folder (and a folder of
 * one's own templates) is watched; each save re-runs the same pipeline `build` runs (renderReports) and the
 * open page gets the new version at once, or the problems while the data has errors. With `pdf`, the PDF is
 * printed anew after each save by a browser kept running, and written as `build` writes it.
 */
import { randomBytes } from 'node:crypto';
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
import { isWatchedFile, type RenderQueue, renderQueue } from './render-queue.js';

export interface PreviewSettings {
  /** The rendering's settings; `years` holds the one year previewed. */
  render: RenderSettings;
  /** The year previewed, or its first months' name ("2019-9m"). */
  year: number | string;
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
  let renderer: Renderer | undefined;
  let server: PreviewServer | undefined;
  let watcher: FolderWatcher | undefined;
  const folders = [settings.render.data, ...(settings.render.templates ? [settings.render.templates] : [])];
  try {
    renderer = await openRenderer(settings, onEvent, controller.signal, nonce);
    const queue = renderQueue(folders, controller.signal, renderer.render);
    const words = messagesFor(settings.lang).cli.preview.page;
    const waiting = waitingPage(words.waiting(settings.year), settings.lang, nonce);
    server = await startPreviewServer(settings.port, nonce, { version: 0, html: waiting });
    renderer.showOn(server);
    onEvent({ type: 'listening', url: server.url });
    watcher = watchWith(folders);
    watcher.on('all', () => queue.changed());
    // A watcher that fails (the system's limit of watched files, a folder removed) is told, not fatal: the
    // page stays as it is, and the files are still read at each rendering.
    watcher.on('error', (error) => onEvent({ type: 'watch_failed', error }));
    const ready = new Promise<void>((resolve) => watcher?.once('ready', () => resolve()));
    await queue.renderNow(performance.now());
    await ready;
    signal?.throwIfAborted();
    // A save during the first rendering, before the watcher was ready, is not lost.
    await queue.recheck();
    return running(queue, renderer, server, watcher, controller);
  } catch (error) {
    controller.abort();
    await watcher?.close();
    await server?.close();
    await renderer?.close();
    throw error;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}

/** The preview once started: what `close` stops, in order, and what `settled` waits for. */
function running(
  queue: RenderQueue,
  renderer: Renderer,
  server: PreviewServer,
  watcher: FolderWatcher,
  controller: AbortController,
): Preview {
  return {
    url: server.url,
    server,
    settled: queue.settled,
    close: async () => {
      controller.abort();
      await watcher.close();
      await server.close();
      await queue.stop();
      await renderer.close();
    },
  };
}

/** What renders the year and shows it: the formats it renders through, kept open from save to save. */
interface Renderer {
  /** Renders once, from scratch, and shows what came of it; `since`: when the change was seen. */
  render: (since: number) => Promise<void>;
  /** Where the pages are shown, once the server is up. */
  showOn: (server: PreviewServer) => void;
  close: () => Promise<void>;
}

async function openRenderer(
  settings: PreviewSettings,
  onEvent: (event: PreviewEvent) => void,
  signal: AbortSignal,
  nonce: string,
): Promise<Renderer> {
  const openAll = () =>
    openFormats(
      { formats: settings.pdf ? ['html', 'pdf'] : ['html'], formatOptions: settings.formatOptions },
      signal,
    );
  let formats = await openAll();
  /** Set when the browser failed for good (a hang, a crash): the formats are opened anew for the next save. */
  let reopen = false;
  let version = 0;
  let server: PreviewServer | undefined;
  const show = (html: string) => server?.publish({ version, html });
  const words = messagesFor(settings.lang);
  const pageWords = { ...words.cli.preview.page, ...words.problems, lang: settings.lang };
  const showProblems = (problems: PageProblem[]) =>
    show(problemsPage(settings.year, problems, pageWords, version, nonce));

  const render = async (since: number): Promise<void> => {
    version += 1;
    if (reopen) {
      reopen = false;
      await Promise.all(formats.map((f) => f.close()));
      formats = await openAll();
    }
    let reportShown = false;
    try {
      const outcome = await renderReports(settings.render, formats, signal, (event) => {
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
      await writeFilesAtomically(pdfs, signal);
      for (const f of pdfs) onEvent({ type: 'pdf_written', path: f.path });
    } catch (error) {
      if (signal.aborted) return;
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
  return {
    render,
    showOn: (s) => {
      server = s;
    },
    close: async () => {
      await Promise.all(formats.map((f) => f.close()));
    },
  };
}

function problemOfDiagnostic(d: Diagnostic, lang: Language): PageProblem {
  const { message, fix } = describeDiagnostic(d, lang);
  return { where: `${d.file}:${d.line}:${d.column}`, severity: d.severity, message, fix, code: d.code };
}
