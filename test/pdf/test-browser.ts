import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { findBrowser } from '../../src/pdf/find-browser.js';
import { listFolder } from '../../src/pdf/is-runnable-file.js';

/** Returns the browser the slow tests print with: the one a user of this machine would get. */
export function testBrowserPath(): string {
  return findBrowser({ env: process.env, platform: process.platform, exists: existsSync, list: listFolder })
    .path;
}

/** Returns the pids of live (not zombie) processes in process group `pgid`, read from Linux /proc. */
export function livingProcessesInGroup(pgid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') pids.push(Number(entry));
  }
  return pids;
}

/** Returns the pids of live processes whose command line mentions `text` (e.g. a profile folder). */
export function livingProcessesMentioning(text: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) pids.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}
