import { toolError } from '../messages/messages.js';
import { finalizePdf } from './finalize-pdf.js';
import { closeAllBrowsers, DEFAULT_BROWSER_TIMEOUT_MS, launchBrowser } from './launch-browser.js';
import { openSafePage, type SafePage } from './open-safe-page.js';
import type { PdfMeta } from './pdf-meta.js';

/** One browser that prints many HTML documents to PDF. */
export interface PdfRenderer {
  /** Process id of the browser, for diagnostics and tests. */
  readonly pid: number | undefined;
  /** Prints a complete HTML document (with its @page rules) to a finished PDF. */
  print(html: string, meta: PdfMeta): Promise<Uint8Array>;
  /** Closes the browser and kills its processes; safe to call many times. */
  close(): Promise<void>;
}

/**
 * Returns a renderer backed by a freshly started headless Chromium at `executablePath`. Opening a tab costs
 * some 170 ms, more than printing a report: so `pages` tabs are opened as soon as the browser is up (while the
 * data is still being rendered), and a tab that printed cleanly prints the next document too. Each document
 * replaces the last one whole (setContent), in a tab whose JavaScript stays off and whose requests stay
 * blocked; a tab where anything went wrong is closed, never reused. The one trace a tab keeps of the documents
 * before (the DOM's node numbers, which the tagged PDF uses as element ids) is renumbered by finalizePdf, so a
 * document prints to the same bytes in a fresh tab or a used one.
 */
export async function openPdfRenderer(opts: {
  executablePath: string;
  timeoutMs?: number;
  /** Tabs to open at once, as many as documents will print at a time (default 1). */
  pages?: number;
  /** Stops the browser's start under way (see launchBrowser). */
  signal?: AbortSignal;
}): Promise<PdfRenderer> {
  const timeout = opts.timeoutMs ?? DEFAULT_BROWSER_TIMEOUT_MS;
  const launched = await launchBrowser({
    executablePath: opts.executablePath,
    timeoutMs: timeout,
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  const idle: Promise<SafePage>[] = [];
  const openPage = () => {
    const page = openSafePage(launched.browser);
    page.catch(() => undefined); // a tab that failed to open is reported by the print that takes it
    return page;
  };
  for (let i = 0; i < (opts.pages ?? 1); i++) idle.push(openPage());
  return {
    pid: launched.pid,
    async print(html, meta) {
      const bytes = await launched.run('print', async () => {
        let tab = await (idle.shift() ?? openPage());
        // A document that tried to leave while its tab was idle (a delayed refresh) leaves the tab unfit.
        if (tab.blockedNavigation() !== undefined) {
          await tab.page.close().catch(() => undefined);
          tab = await openPage();
        }
        const { page, blockedNavigation } = tab;
        const navigationBlocked = () => {
          const navigation = blockedNavigation();
          return navigation === undefined ? undefined : toolError('PDF_NAVIGATION_BLOCKED', { navigation });
        };
        let reusable = false;
        try {
          await page.setContent(html, { waitUntil: 'load', timeout });
          const pdf = await page.pdf({
            format: 'A4', // used only where the HTML has no @page size
            printBackground: true,
            preferCSSPageSize: true, // the HTML's @page rules carry the official margins and page numbers
            tagged: true,
            outline: true, // bookmarks from h1-h6
            timeout,
          });
          const blocked = navigationBlocked();
          if (blocked) throw blocked;
          reusable = true;
          return pdf;
        } catch (error) {
          // A blocked redirect can also make setContent or printing fail, depending on when it fires:
          // the redirect is the cause to report, not the browser.
          throw navigationBlocked() ?? error;
        } finally {
          if (reusable) idle.push(Promise.resolve({ page, blockedNavigation }));
          else await page.close().catch(() => undefined);
        }
      });
      return finalizePdf(bytes, meta);
    },
    close: () => launched.close(),
  };
}

/** Returns once every open renderer (and any other browser this process started) is closed; for SIGINT. */
export async function closeAllPdfRenderers(): Promise<void> {
  await closeAllBrowsers();
}
