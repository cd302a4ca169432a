// Loaded with `node --import` in tests: writes the URL of every module the process loads, one per line, to the
// file named by HATINH_MODULE_LOG, so a test can tell which code a command loaded.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';

const log = process.env.HATINH_MODULE_LOG;
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => appendFileSync(log, `${url}\n`));
port1.unref();
register(
  `data:text/javascript,${encodeURIComponent(`
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) {
  port.postMessage(url);
  return next(url, context);
}`)}`,
  { data: { port: port2 }, transferList: [port2] },
);
