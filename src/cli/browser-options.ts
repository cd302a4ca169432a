import type { FormatOptions } from '../pipeline/formats.js';
import type { CliIO } from './cli-io.js';
import type { Config } from './read-config.js';

/** Where the command line says the PDF's browser is, and how long to wait for it: build's and preview's. */
export function browserOptions(
  options: { browser: string | undefined; timeoutMs: number | undefined; config: Config },
  io: CliIO,
): Omit<FormatOptions, 'signal'> {
  return {
    browser: options.browser,
    configBrowser: options.config.browser,
    env: io.env,
    platform: io.platform,
    timeoutMs: options.timeoutMs,
  };
}
