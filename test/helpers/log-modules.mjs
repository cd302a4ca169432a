// Loaded with `node --import` in tests: writes the URL of every module the process loads, one per line, to the
// file named by HATINH_MODULE_LOG, so a test can tell which code a command loaded. The hook writes the line
// itself, synchronously, before the module loads: none is lost when the process exits.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function load(url, context, next) {
  appendFileSync(log, url + '\\n');
  return next(url, context);
}`)}`,
  { data: { log: process.env.HATINH_MODULE_LOG } },
);
