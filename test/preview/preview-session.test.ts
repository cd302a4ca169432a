/**
 * preview end to end, in this process: a copy of the shipped data served on 127.0.0.1; a saved edit reaches the
 * open page as an event carrying the new figure; errors are shown in place of the report; nothing but the page
 * and its events is served.
 */
import { EventEmitter } from 'node:events';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isToolError } from '../../src/errors.js';
import {
  type FolderWatcher,
  type Preview,
  type PreviewEvent,
  startPreview,
} from '../../src/preview/preview-session.js';
import { type EventStream, openEventStream } from '../helpers/event-stream.js';
import { previewSettings, setJobs } from '../helpers/preview-settings.js';
import { DATA, ROOT } from '../helpers/run-cli.js';

let dir: string;
let data: string;
let preview: Preview | undefined;
let stream: EventStream | undefined;
let events: PreviewEvent[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hatinh-preview-'));
  data = join(dir, 'data');
  await cp(DATA, data, { recursive: true });
  events = [];
});

afterEach(async () => {
  stream?.close();
  await preview?.close();
  preview = undefined;
  stream = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** A watcher a test drives: it reports a change only when the test says so. */
class FakeWatcher extends EventEmitter implements FolderWatcher {
  constructor() {
    super();
    setImmediate(() => this.emit('ready'));
  }
  async close(): Promise<void> {}
}

async function start(
  options: {
    templates?: string;
    port?: number;
    watcher?: FakeWatcher;
    onEvent?: (e: PreviewEvent) => void;
  } = {},
): Promise<Preview> {
  const base = previewSettings(data, dir, { port: options.port ?? 0 });
  preview = await startPreview(
    { ...base, render: { ...base.render, templates: options.templates } },
    (event) => {
      events.push(event);
      options.onEvent?.(event);
    },
    undefined,
    options.watcher ? () => options.watcher as FakeWatcher : undefined,
  );
  return preview;
}

function fetch(url: string, options: { method?: string; host?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const u = new URL(url);
      const req = request(
        {
          host: u.hostname,
          port: u.port,
          path: u.pathname,
          method: options.method ?? 'GET',
          headers: options.host ? { Host: options.host } : {},
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            body += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

describe('preview', () => {
  it('serves the report on 127.0.0.1 only, on a free port, with a locked-down policy', async () => {
    const { url, server } = await start();
    expect(server.address.address).toBe('127.0.0.1');
    expect(url).toBe(`http://127.0.0.1:${server.address.port}/`);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('trên 24.000 người');
    expect(page.body).toContain("new EventSource('/events')");
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(events.map((e) => e.type)).toEqual(['listening', 'diagnostics', 'updated']);
  });

  it('a saved edit reaches the open page: the event carries the new figure', async () => {
    const { url } = await start();
    stream = await openEventStream(url);
    await setJobs(data, 24321);
    const page = await stream.next((p) => p.html.includes('24.321'));
    expect(page.version).toBeGreaterThan(1);
    expect((await fetch(url)).body).toContain('24.321');
  });

  it('a save the watcher does not pass on (chokidar drops a second change within 50 ms) still reaches the page', async () => {
    const watcher = new FakeWatcher();
    const { url } = await start({ watcher });
    stream = await openEventStream(url);
    await setJobs(data, 25001);
    watcher.emit('all', 'change', join(data, '2018.yaml'));
    await stream.next((p) => p.html.includes('trên 25.001 người'));
    await setJobs(data, 25002); // no event: the one a throttling watcher drops
    await stream.next((p) => p.html.includes('trên 25.002 người'));
    await preview?.settled();
    expect((await fetch(url)).body).toContain('trên 25.002 người');
  });

  it('a save during the first rendering, before the watcher is ready, is not lost', async () => {
    let saved = false;
    const watcher = new FakeWatcher();
    const { url } = await start({
      watcher,
      onEvent: (event) => {
        // The first page is out, its files read: a save now has no event of the watcher to tell of it.
        if (event.type === 'updated' && !saved) {
          saved = true;
          void setJobs(data, 26001);
        }
      },
    });
    stream = await openEventStream(url);
    await stream.next((p) => p.html.includes('trên 26.001 người'));
  });

  it('while the data has errors the page shows them (file:line:column, what, fix), then the report again', async () => {
    const { url } = await start();
    stream = await openEventStream(url);
    const file = join(data, '2018.yaml');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace(/(viec-lam:\n\s+)value:/, '$1valu:'));
    const errors = await stream.next((p) => p.html.includes('SCHEMA_UNKNOWN_FIELD'));
    expect(errors.html).toMatch(
      /<code class="where">[^<]*2018\.yaml:\d+:\d+<\/code> <strong>error<\/strong>/,
    );
    expect(errors.html).toContain('Did you mean &#34;value&#34;?');
    expect(errors.html).toContain('Rename it to &#34;value&#34;');
    expect(errors.html).not.toContain('trên 24.000 người');
    expect(events.some((e) => e.type === 'diagnostics' && e.errors)).toBe(true);
    await writeFile(file, good);
    await stream.next((p) => p.version > errors.version && p.html.includes('trên 24.000 người'));
  });

  it('a failure that is not in the data (a broken template of one’s own) is shown too', async () => {
    const templates = join(dir, 'templates');
    await mkdir(templates);
    await copyFile(join(ROOT, 'templates/document.html.hbs'), join(templates, 'document.html.hbs'));
    const { url } = await start({ templates });
    stream = await openEventStream(url);
    await writeFile(join(templates, 'document.html.hbs'), '<html><body>{{#if}}</body></html>');
    const page = await stream.next((p) => p.html.includes('TEMPLATE_'));
    expect(page.html).toContain('document.html.hbs');
    expect(events.some((e) => e.type === 'failed')).toBe(true);
  });

  it('serves nothing but the page and its events: no file, no other host, no other method', async () => {
    const { url } = await start();
    expect((await fetch(`${url}2018.yaml`)).status).toBe(404);
    expect((await fetch(`${url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${url}data/2018.yaml`)).status).toBe(404);
    expect((await fetch(url, { host: 'attacker.example:80' })).status).toBe(403);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
    expect((await fetch(url.replace('127.0.0.1', 'localhost'))).status).toBe(200);
  });

  it('a port already taken is a clear error', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const error = await start({ port }).catch((e: unknown) => e);
      expect(isToolError(error) && error.code === 'PREVIEW_PORT_UNAVAILABLE').toBe(true);
    } finally {
      blocker.close();
    }
  });

  it('once closed, it serves no more', async () => {
    const { url } = await start();
    await preview?.close();
    preview = undefined;
    await expect(fetch(url)).rejects.toThrow(/ECONNREFUSED/);
  });
});
