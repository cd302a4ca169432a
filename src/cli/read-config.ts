import { readFile } from 'node:fs/promises';
import { isLanguage, type Language } from '../messages/language.js';
import { toolError } from '../messages/messages.js';

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
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw toolError('CONFIG_INVALID', { path, problem: 'json', detail: (error as Error).message });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw toolError('CONFIG_INVALID', { path, problem: 'not_object' });
  const { browser, lang } = parsed as Record<string, unknown>;
  if (browser !== undefined && typeof browser !== 'string')
    throw toolError('CONFIG_INVALID', { path, problem: 'browser' });
  if (lang !== undefined && !isLanguage(lang)) throw toolError('CONFIG_INVALID', { path, problem: 'lang' });
  return { ...(browser === undefined ? {} : { browser }), ...(lang === undefined ? {} : { lang }) };
}
