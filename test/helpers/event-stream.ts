/** A client of the preview's server-sent events, for tests: collects the pages it is sent. */
import { get, type IncomingMessage } from 'node:http';

export interface PageEvent {
  version: number;
  html: string;
}

export interface EventStream {
  pages: PageEvent[];
  /** Resolves with the first page (already received or to come) that `test` accepts. */
  next: (test: (page: PageEvent) => boolean, timeoutMs?: number) => Promise<PageEvent>;
  close: () => void;
}

/** Opens `url`events and parses its `page` events. */
export function openEventStream(url: string): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const pages: PageEvent[] = [];
    const waiters = new Set<() => void>();
    const request = get(`${url}events`, (response: IncomingMessage) => {
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const lines = buffer.slice(0, end).split('\n');
          buffer = buffer.slice(end + 2);
          const data = lines.find((l) => l.startsWith('data: '));
          if (lines.includes('event: page') && data) pages.push(JSON.parse(data.slice(6)) as PageEvent);
        }
        for (const wake of waiters) wake();
      });
      resolve({
        pages,
        next: (test, timeoutMs = 10_000) =>
          new Promise((found, fail) => {
            const check = () => {
              const page = pages.find(test);
              if (!page) return;
              waiters.delete(check);
              clearTimeout(timer);
              found(page);
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(new Error(`no such page within ${timeoutMs} ms (${pages.length} pages received)`));
            }, timeoutMs);
            waiters.add(check);
            check();
          }),
        close: () => request.destroy(),
      });
    });
    request.on('error', reject);
  });
}
