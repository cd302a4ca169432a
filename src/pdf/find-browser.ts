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
  /** The names in a folder, [] when there is none (for puppeteer's cache of headless shells); none: not searched. */
  list?: (folder: string) => readonly string[];
}

/**
 * What kind of program prints: a headless shell (Chromium's old headless mode, made for printing and
 * screenshots: about a third of the full browser's time to print) or a full browser run headless.
 */
export type BrowserKind = 'headless-shell' | 'browser';

export interface FoundBrowser {
  path: string;
  from: BrowserSource;
  kind: BrowserKind;
}

/** Returns whether a program is a headless shell, by its name ("chromium-headless-shell", "headless_shell"). */
export function browserKind(path: string): BrowserKind {
  return /headless[-_]shell(\.exe)?$/i.test(path) ? 'headless-shell' : 'browser';
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
    return { path: given, from, kind: browserKind(given) };
  }
  const candidates = [
    ...headlessShellPaths(opts.platform, opts.env, opts.list),
    ...defaultBrowserPaths(opts.platform, opts.env),
  ];
  const found = candidates.find((candidate) => opts.exists(candidate));
  if (found) return { path: found, from: 'default', kind: browserKind(found) };
  throw toolError('BROWSER_NOT_FOUND', { looked: candidates, platform: opts.platform });
}

/**
 * Returns where headless shells are installed, most preferred first: the system's package (Debian's
 * chromium-headless-shell, Fedora's chromium-headless), then puppeteer's chrome-headless-shell downloads
 * (`npx @puppeteer/browsers install chrome-headless-shell`), newest first, when `list` can look in its cache.
 */
export function headlessShellPaths(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  list?: (folder: string) => readonly string[],
): string[] {
  const system =
    platform === 'linux'
      ? ['/usr/lib/chromium/chromium-headless-shell', '/usr/lib64/chromium-browser/headless_shell']
      : [];
  return [...system, ...(list ? puppeteerShells(platform, env, list) : [])];
}

/** The inner folder of a puppeteer chrome-headless-shell download, by the platform in its folder's name. */
const SHELL_FOLDERS: Record<string, string> = {
  linux: 'chrome-headless-shell-linux64',
  linux_arm: 'chrome-headless-shell-linux64',
  mac: 'chrome-headless-shell-mac-x64',
  mac_arm: 'chrome-headless-shell-mac-arm64',
  win32: 'chrome-headless-shell-win32',
  win64: 'chrome-headless-shell-win64',
};

/** Puppeteer's cache: PUPPETEER_CACHE_DIR, else .cache/puppeteer in the home folder. */
function puppeteerShells(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  list: (folder: string) => readonly string[],
): string[] {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const home = platform === 'win32' ? windowsEnv(env, 'USERPROFILE') : env.HOME?.trim();
  const cache =
    env.PUPPETEER_CACHE_DIR?.trim() || (home ? paths.join(home, '.cache', 'puppeteer') : undefined);
  if (!cache) return [];
  const root = paths.join(cache, 'chrome-headless-shell');
  const program = platform === 'win32' ? 'chrome-headless-shell.exe' : 'chrome-headless-shell';
  return list(root)
    .map((name) => ({ name, match: /^([a-z_0-9]+)-(\d+(?:\.\d+)*)$/.exec(name) }))
    .flatMap(({ name, match }) => {
      const folder = match ? SHELL_FOLDERS[match[1] as string] : undefined;
      return folder ? [{ path: paths.join(root, name, folder, program), build: match?.[2] ?? '' }] : [];
    })
    .sort((a, b) => compareBuilds(b.build, a.build))
    .map((shell) => shell.path);
}

/** Compares two build ids ("131.0.6778.85") part by part, as numbers. */
function compareBuilds(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
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
