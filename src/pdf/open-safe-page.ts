import type { Browser, Page } from 'puppeteer';

/** A page that runs no script and loads nothing but data: URLs. */
export interface SafePage {
  readonly page: Page;
  /** The first URL the document tried to navigate the whole page to (e.g. a meta refresh), if any. */
  blockedNavigation(): string | undefined;
}

/** Returns a new tab with JavaScript off and every request except data: URLs aborted. */
export async function openSafePage(browser: Browser): Promise<SafePage> {
  const page = await browser.newPage();
  let navigation: string | undefined;
  try {
    // Stops page scripts only; loads still happen, hence the interception below (and the launch flag that
    // makes every host unresolvable, for the prefetches that interception never sees).
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
  page.on('request', (request) => {
    // The tab's own about:blank is loaded before interception starts and setContent() writes into it
    // with document.write, so the report itself never passes through here.
    const url = request.url();
    if (url.startsWith('data:')) {
      request.continue().catch(() => undefined);
      return;
    }
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigation ??= url;
    request.abort('blockedbyclient').catch(() => undefined);
  });
  return { page, blockedNavigation: () => navigation };
}
