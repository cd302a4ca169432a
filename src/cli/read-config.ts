import { readFile } from 'node:fs/promises';
import { ToolError } from '../errors.js';
import { isLanguage, type Language } from '../messages/language.js';

/** The optional configuration file, read from the folder the command runs in. */
export const CONFIG_FILE = 'hatinh-report.config.json';

export interface Config {
  /** The browser used for PDF output, when it is not found on its own. */
  browser?: string;
  /** The language of the tool's messages, when it is not the system's. */
  lang?: Language;
}

/** Returns the configuration in `path`, or {} when there is none; throws a ToolError when it is not valid. */
export async function readConfig(path: string = CONFIG_FILE): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object');
    const { browser, lang } = parsed as Record<string, unknown>;
    if (browser !== undefined && typeof browser !== 'string') throw new Error('"browser" must be a text');
    if (lang !== undefined && !isLanguage(lang)) throw new Error('"lang" must be "vi" or "en"');
    return { ...(browser === undefined ? {} : { browser }), ...(lang === undefined ? {} : { lang }) };
  } catch (error) {
    throw new ToolError(
      'CONFIG_INVALID',
      `${path} is not a valid configuration: ${(error as Error).message}.`,
      `Write it as JSON, e.g. { "browser": "/usr/bin/chromium", "lang": "vi" }, or delete it.`,
    );
  }
}
