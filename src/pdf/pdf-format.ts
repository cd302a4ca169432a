import type { OutputFormat } from '../render/output-format.js';
import { renderHtml } from '../render/render-document.js';
import { findBrowser } from './find-browser.js';
import { isRunnableFile, listFolder } from './is-runnable-file.js';
import { openPdfRenderer, type PdfRenderer } from './open-pdf-renderer.js';
import type { PdfMeta } from './pdf-meta.js';

/** PDFs printed at once: two tabs of one browser keep both cores busy. */
const PRINT_CONCURRENCY = 2;

/** Where the browser may be named, first found wins (see find-browser.ts), and how long to wait for it. */
export interface PdfFormatOptions {
  browser: string | undefined;
  configBrowser: string | undefined;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  timeoutMs: number | undefined;
  /** Called when a year's PDF is printed (for progress on a terminal). */
  onPrinted?: (year: number) => void;
  /** Aborts the run: every browser this process started is killed, a browser still starting included. */
  signal: AbortSignal;
}

/**
 * PDF: the HTML printed by a locked-down headless Chromium. The browser is the slowest thing to start, so it
 * starts when the format is opened and comes up while the data is read and rendered; a failure to start is
 * reported when the first PDF needs it, so that data errors are reported first. Each year prints as soon as its
 * HTML is ready, at most PRINT_CONCURRENCY at a time.
 */
export function pdfFormat(options: PdfFormatOptions): OutputFormat {
  const starting: Promise<PdfRenderer> = (async () => {
    const found = findBrowser({
      option: options.browser,
      config: options.configBrowser,
      env: options.env,
      platform: options.platform,
      exists: isRunnableFile,
      list: listFolder,
    });
    return openPdfRenderer({
      executablePath: found.path,
      timeoutMs: options.timeoutMs,
      pages: PRINT_CONCURRENCY,
      signal: options.signal,
    });
  })();
  starting.catch(() => undefined); // reported by the first render
  // Its own browser only (a build that failed must not close another's): a browser still starting is stopped by
  // the same signal, through its launch.
  const onAbort = () =>
    void starting.then(
      (renderer) => renderer.close(),
      () => undefined,
    );
  options.signal.addEventListener('abort', onAbort, { once: true });
  const slots = limiter(PRINT_CONCURRENCY);
  return {
    render: (report, signal) =>
      slots(async () => {
        signal.throwIfAborted();
        const pdf = await (await starting).print(renderHtml(report), pdfMeta(report.document.meta));
        options.onPrinted?.(report.year);
        return [{ name: `${report.baseName}.pdf`, content: pdf }];
      }),
    close: () => {
      options.signal.removeEventListener('abort', onAbort);
      return starting.then(
        (renderer) => renderer.close(),
        () => undefined,
      );
    },
  };
}

/** Returns the PDF's metadata from the report's: every field from the data, never the clock. */
function pdfMeta(meta: {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  date: string;
}): PdfMeta {
  const { title, author, subject, keywords, language } = meta;
  return { title, author, subject, keywords, language, date: new Date(`${meta.date}T00:00:00Z`) };
}

/** Returns a function that runs tasks with at most `limit` of them under way at once. */
function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
