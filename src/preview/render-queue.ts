/**
 * When the preview renders: one rendering at a time, saves close together made one, and a save the watcher let
 * pass found by reading the files again. What a rendering does is the caller's (preview-session.ts).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** Saves closer together than this are one change (an editor's save may touch a file more than once). */
const SETTLE_MS = 20;

/**
 * chokidar passes on one change of a file in 50 ms and drops the rest (a leading-edge throttle): a second save
 * soon after the first would leave the page behind. So this long after the last event the watched files are
 * read again, and a content that is not the one last rendered makes one more rendering.
 */
const RECHECK_MS = 80;

export interface RenderQueue {
  /** Renders now, from the files as they are (the first rendering); `since`: when the change was seen. */
  renderNow: (since: number) => Promise<void>;
  /** A change the watcher saw: rendered once the saves settle, and the files read again a little later. */
  changed: () => void;
  /** Reads the files again and renders once more if they are not what was last rendered. */
  recheck: () => Promise<void>;
  /** Resolves when the changes seen so far are rendered. */
  settled: () => Promise<void>;
  /** Stops the timers and waits for a rendering under way (it may fail: the caller was told of it). */
  stop: () => Promise<void>;
}

/**
 * Returns the queue of renderings of what `folders` hold; `render` is called with when the change was seen.
 * Nothing is rendered once `signal` is aborted.
 */
export function renderQueue(
  folders: readonly string[],
  signal: AbortSignal,
  render: (since: number) => Promise<void>,
): RenderQueue {
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  let timer: NodeJS.Timeout | undefined;
  let pending: NodeJS.Timeout | undefined;
  let rechecking = false;
  let seenAt = 0;
  let rendered = '';

  const renderNow = async (since: number) => {
    rendered = await fingerprint(folders);
    await render(since);
  };
  const recheck = async () => {
    rechecking = true;
    try {
      if (!signal.aborted && (await fingerprint(folders)) !== rendered) schedule();
    } finally {
      rechecking = false;
    }
  };
  const schedule = () => {
    if (signal.aborted) return;
    if (timer === undefined) seenAt = performance.now();
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (queued) return;
      queued = true;
      const since = seenAt;
      running = running.then(() => {
        queued = false;
        return signal.aborted ? undefined : renderNow(since);
      });
    }, SETTLE_MS);
  };
  return {
    renderNow,
    recheck,
    changed: () => {
      if (signal.aborted) return;
      clearTimeout(pending);
      pending = setTimeout(() => {
        pending = undefined;
        void recheck();
      }, RECHECK_MS);
      schedule();
    },
    settled: async () => {
      while (timer !== undefined || pending !== undefined || rechecking || queued) {
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        await running;
      }
      await running;
    },
    stop: async () => {
      clearTimeout(timer);
      clearTimeout(pending);
      await running.catch(() => undefined);
    },
  };
}

/** What the watched files of the folders hold now, as one hash. */
async function fingerprint(folders: readonly string[]): Promise<string> {
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
}

/** True for a file the report is made of: YAML data, templates and their style sheet. */
export function isWatchedFile(path: string): boolean {
  const name = basename(path);
  return !name.startsWith('.') && /\.(ya?ml|hbs|css)$/i.test(name);
}
