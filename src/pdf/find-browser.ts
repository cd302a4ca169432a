import path from 'node:path';
import { toolError } from '../messages/messages.js';

/** Where the browser path came from, in order of precedence. */
export type BrowserSource = 'option' | 'config' | 'env' | 'default';

export interface FindBrowserOptions {
  /** The `--browser` command-line option. */
  option?: string;
  /** The browser path from the configuration file. */
  config?: string;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  /** Whether a path is a program that can be run (injected so that the search is pure and testable). */
  exists: (path: string) => boolean;
}

export interface FoundBrowser {
  path: string;
  from: BrowserSource;
}

/** Environment variables naming a browser, checked in this order. */
const ENV_VARIABLES = ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const;

/** Returns the browser to print with: the first of --browser, config, env and the usual install paths. */
export function findBrowser(opts: FindBrowserOptions): FoundBrowser {
  const explicit: {
    value: string | undefined;
    from: Exclude<BrowserSource, 'default'>;
    variable?: string;
  }[] = [
    { value: opts.option, from: 'option' },
    { value: opts.config, from: 'config' },
    ...ENV_VARIABLES.map((name) => ({ value: opts.env[name], from: 'env' as const, variable: name })),
  ];
  for (const { value, from, variable } of explicit) {
    const given = value?.trim();
    if (!given) continue;
    if (!opts.exists(given)) {
      throw toolError('BROWSER_PATH_NOT_FOUND', {
        origin: from,
        ...(variable === undefined ? {} : { variable }),
        given,
      });
    }
    return { path: given, from };
  }
  const candidates = defaultBrowserPaths(opts.platform, opts.env);
  const found = candidates.find((candidate) => opts.exists(candidate));
  if (found) return { path: found, from: 'default' };
  throw toolError('BROWSER_NOT_FOUND', { looked: candidates, platform: opts.platform });
}

/** Returns the usual install paths of Chromium-based browsers on `platform`, most preferred first. */
export function defaultBrowserPaths(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    const home = env.HOME?.trim();
    return [
      ...apps.map((app) => `/Applications/${app}`),
      ...(home ? apps.map((app) => path.posix.join(home, 'Applications', app)) : []),
    ];
  }
  if (platform === 'win32') {
    const programFiles = windowsEnv(env, 'PROGRAMFILES') ?? 'C:\\Program Files';
    const programFilesX86 = windowsEnv(env, 'PROGRAMFILES(X86)') ?? 'C:\\Program Files (x86)';
    const localAppData = windowsEnv(env, 'LOCALAPPDATA');
    const roots = [programFiles, programFilesX86, ...(localAppData ? [localAppData] : [])];
    const chrome = roots.map((root) =>
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    );
    const edge = [programFilesX86, programFiles, ...(localAppData ? [localAppData] : [])].map((root) =>
      path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    );
    const chromium = localAppData
      ? [path.win32.join(localAppData, 'Chromium', 'Application', 'chrome.exe')]
      : [];
    return [...chrome, ...edge, ...chromium];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
    '/usr/local/bin/chromium',
    '/usr/local/bin/chromium-browser',
    '/usr/local/bin/chrome',
    '/opt/google/chrome/chrome',
  ];
}

/** Windows environment variable names are case-insensitive; a plain object is not. */
function windowsEnv(env: Record<string, string | undefined>, name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toUpperCase() === name);
  const value = key === undefined ? undefined : env[key]?.trim();
  return value ? value : undefined;
}
