import { readFile } from 'node:fs/promises';
import { suggest } from '../diagnostics/suggest.js';
import type { ToolError } from '../errors.js';
import { isLanguage, type Language } from '../messages/language.js';
import { toolError } from '../messages/messages.js';

/** The optional configuration file, read from the folder the command runs in. */
export const CONFIG_FILE = 'hatinh-report.config.json';

/** The settings the file may hold. */
const SETTINGS = ['browser', 'lang'];

export interface Config {
  /** The browser used for PDF output, when it is not found on its own. */
  browser?: string;
  /** The language of the tool's messages, when it is not the system's. */
  lang?: Language;
}

/**
 * Returns the configuration in `path` ({} when there is none) and the first problem of the file, if any: the
 * settings that are valid are kept beside it, so that a wrong "browser" does not lose a right "lang" (the error
 * is then told in that language).
 */
export async function readConfig(path: string = CONFIG_FILE): Promise<{ config: Config; error?: ToolError }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { config: {} };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      config: {},
      error: toolError('CONFIG_INVALID', { path, problem: 'json', detail: (error as Error).message }),
    };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return { config: {}, error: toolError('CONFIG_INVALID', { path, problem: 'not_object' }) };
  const { browser, lang } = parsed as Record<string, unknown>;
  const config: Config = {
    ...(typeof browser === 'string' ? { browser } : {}),
    ...(isLanguage(lang) ? { lang } : {}),
  };
  if (lang !== undefined && !isLanguage(lang))
    return { config, error: toolError('CONFIG_INVALID', { path, problem: 'lang' }) };
  if (browser !== undefined && typeof browser !== 'string')
    return { config, error: toolError('CONFIG_INVALID', { path, problem: 'browser' }) };
  // A mistyped name ("brower") would otherwise be ignored without a word.
  // "$schema" and the like are an editor's, not settings: they are let be.
  const key = Object.keys(parsed).find((k) => !SETTINGS.includes(k) && !k.startsWith('$'));
  if (key !== undefined) {
    const likely = suggest(key, SETTINGS);
    const args = { path, problem: 'unknown', key, ...(likely ? { likely } : {}) } as const;
    return { config, error: toolError('CONFIG_INVALID', args) };
  }
  return { config };
}
