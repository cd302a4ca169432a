/**
 * The preview's web server: on 127.0.0.1 only, it serves the current page at / and its new versions as
 * server-sent events at /events, and nothing else: no file of the disk, no other path, no other method. A
 * request whose Host is not this server's own (a web page trying to reach it through a rebound domain name)
 * is refused.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toolError } from '../messages/messages.js';
import { contentSecurityPolicy } from './preview-page.js';

/** The address the preview listens on: this computer only, never the network. */
export const PREVIEW_HOST = '127.0.0.1';

/** A page as served: its HTML (made with the server's nonce) and its version, counted from 1. */
export interface PublishedPage {
  version: number;
  html: string;
}

/** A page as sent to the open pages: with its session (the nonce), which tells a restarted preview's apart. */
interface PageEvent extends PublishedPage {
  session: string;
}

export interface PreviewServer {
  /** http://127.0.0.1:PORT/ */
  url: string;
  address: AddressInfo;
  /** Serves a new page and sends it to every open page. */
  publish: (page: PublishedPage) => void;
  /** Stops serving: open event streams are ended. */
  close: () => Promise<void>;
}

/**
 * Starts the server on `port` (0: a free one) with its first page; a port already in use is a ToolError. `nonce`
 * names the pages' one script in the Content-Security-Policy.
 */
export async function startPreviewServer(
  port: number,
  nonce: string,
  first: PublishedPage,
): Promise<PreviewServer> {
  let page = first;
  const streams = new Set<ServerResponse>();
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
  const event = (p: PublishedPage) => {
    const sent: PageEvent = { ...p, session: nonce };
    return `event: page\ndata: ${JSON.stringify(sent)}\n\n`;
  };
  const hosts = new Set<string>();
  let closed = false;
  const server = createServer((request, response) => {
    const host = request.headers.host ?? '';
    if (!hosts.has(host)) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('403\n');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, {
        Allow: 'GET, HEAD',
        'Content-Type': 'text/plain; charset=utf-8',
        ...headers,
      });
      response.end('405\n');
      return;
    }
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
      response.end(request.method === 'HEAD' ? undefined : page.html);
      return;
    }
    if (path === '/events') {
      response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', ...headers });
      // The page as it is now: one opened before the last change catches up at once.
      response.write(event(page));
      streams.add(response);
      response.on('close', () => streams.delete(response));
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('404\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES'
          ? toolError('PREVIEW_PORT_UNAVAILABLE', { port, reason: error.code })
          : error,
      ),
    );
    server.listen(port, PREVIEW_HOST, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const origin = `${PREVIEW_HOST}:${address.port}`;
  // The names a browser on this computer gives the server: with its port, and without it on port 80.
  for (const name of [PREVIEW_HOST, 'localhost']) {
    hosts.add(`${name}:${address.port}`);
    if (address.port === 80) hosts.add(name);
  }
  return {
    url: `http://${origin}/`,
    address,
    publish: (next) => {
      if (closed) return;
      page = next;
      for (const stream of streams) if (!stream.writableEnded) stream.write(event(next));
    },
    close: () =>
      new Promise((resolve) => {
        closed = true;
        for (const stream of streams) stream.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
