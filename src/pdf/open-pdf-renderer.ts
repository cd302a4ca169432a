import { toolError } from '../messages/messages.js';
import { finalizePdf } from './finalize-pdf.js';
import { closeAllBrowsers, DEFAULT_BROWSER_TIMEOUT_MS, launchBrowser } from './launch-browser.js';
import { openSafePage } from './open-safe-page.js';
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

/** Returns a renderer backed by a freshly started headless Chromium at `executablePath`. */
export async function openPdfRenderer(opts: {
  executablePath: string;
  timeoutMs?: number;
}): Promise<PdfRenderer> {
  const timeout = opts.timeoutMs ?? DEFAULT_BROWSER_TIMEOUT_MS;
  const launched = await launchBrowser({ executablePath: opts.executablePath, timeoutMs: timeout });
  return {
    pid: launched.pid,
    async print(html, meta) {
      const bytes = await launched.run('print', async () => {
        const { page, blockedNavigation } = await openSafePage(launched.browser);
        const navigationBlocked = () => {
          const navigation = blockedNavigation();
          return navigation === undefined ? undefined : toolError('PDF_NAVIGATION_BLOCKED', { navigation });
        };
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
          return pdf;
        } catch (error) {
          // A blocked redirect can also make setContent or printing fail, depending on when it fires:
          // the redirect is the cause to report, not the browser.
          throw navigationBlocked() ?? error;
        } finally {
          await page.close().catch(() => undefined);
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
