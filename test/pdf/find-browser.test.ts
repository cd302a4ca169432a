import { describe, expect, it } from 'vitest';
import { ToolError } from '../../src/errors.js';
import { defaultBrowserPaths, findBrowser } from '../../src/pdf/find-browser.js';

/** A fake file system holding exactly `paths`. */
const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

/** Returns the ToolError thrown by `fn`, failing the test when nothing or something else is thrown. */
function toolErrorOf(fn: () => unknown): ToolError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ToolError);
    return error as ToolError;
  }
  throw new Error('expected a ToolError');
}

describe('findBrowser', () => {
  const linux = { env: {}, platform: 'linux' as const };

  it('prefers --browser, then config, then env, then install paths', () => {
    const exists = only('/opt/a', '/opt/b', '/opt/c', '/opt/d', '/usr/bin/chromium');
    const env = { PUPPETEER_EXECUTABLE_PATH: '/opt/c', CHROME_PATH: '/opt/d' };
    expect(findBrowser({ ...linux, env, exists, option: '/opt/a', config: '/opt/b' })).toEqual({
      path: '/opt/a',
      from: 'option',
      kind: 'browser',
    });
    expect(findBrowser({ ...linux, env, exists, config: '/opt/b' })).toEqual({
      path: '/opt/b',
      from: 'config',
      kind: 'browser',
    });
    expect(findBrowser({ ...linux, env, exists })).toEqual({ path: '/opt/c', from: 'env', kind: 'browser' });
    expect(findBrowser({ ...linux, env: { CHROME_PATH: '/opt/d' }, exists })).toEqual({
      path: '/opt/d',
      from: 'env',
      kind: 'browser',
    });
    expect(findBrowser({ ...linux, exists })).toEqual({
      path: '/usr/bin/chromium',
      from: 'default',
      kind: 'browser',
    });
  });

  it('ignores empty values', () => {
    const exists = only('/usr/bin/chromium');
    const env = { PUPPETEER_EXECUTABLE_PATH: '', CHROME_PATH: '  ' };
    expect(findBrowser({ ...linux, env, exists, option: '', config: '' })).toEqual({
      path: '/usr/bin/chromium',
      from: 'default',
      kind: 'browser',
    });
  });

  it('rejects a non-existent --browser path, naming the option, even when another browser exists', () => {
    const error = toolErrorOf(() =>
      findBrowser({ ...linux, exists: only('/usr/bin/chromium'), option: '/nowhere/chrome' }),
    );
    expect(error.code).toBe('BROWSER_PATH_NOT_FOUND');
    expect(error.message).toContain('--browser');
    expect(error.message).toContain('/nowhere/chrome');
    expect(error.exitCode).toBe(2);
  });

  it('names the configuration file or the environment variable of a missing explicit path', () => {
    const exists = only('/usr/bin/chromium');
    expect(toolErrorOf(() => findBrowser({ ...linux, exists, config: '/x' })).message).toContain(
      'hatinh-report.config.json',
    );
    const fromEnv = toolErrorOf(() => findBrowser({ ...linux, exists, env: { CHROME_PATH: '/y' } }));
    expect(fromEnv.code).toBe('BROWSER_PATH_NOT_FOUND');
    expect(fromEnv.message).toContain('CHROME_PATH');
  });

  it('walks the Linux install paths in order', () => {
    expect(findBrowser({ ...linux, exists: only('/usr/bin/google-chrome', '/snap/bin/chromium') }).path).toBe(
      '/usr/bin/google-chrome',
    );
    expect(findBrowser({ ...linux, exists: only('/snap/bin/chromium') }).path).toBe('/snap/bin/chromium');
    expect(findBrowser({ ...linux, exists: only('/usr/bin/microsoft-edge') }).path).toBe(
      '/usr/bin/microsoft-edge',
    );
  });

  it('finds Chrome, Chromium and Edge on macOS', () => {
    const mac = { env: { HOME: '/Users/an' }, platform: 'darwin' as const };
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    const userChromium = '/Users/an/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(findBrowser({ ...mac, exists: only(chrome, edge) }).path).toBe(chrome);
    expect(findBrowser({ ...mac, exists: only(edge) }).path).toBe(edge);
    expect(findBrowser({ ...mac, exists: only(userChromium) }).path).toBe(userChromium);
  });

  it('finds Chrome and Edge on Windows using the environment (case-insensitively)', () => {
    const env = {
      ProgramFiles: 'D:\\Apps',
      'ProgramFiles(x86)': 'D:\\Apps86',
      LOCALAPPDATA: 'C:\\Users\\an\\AppData\\Local',
    };
    const win = { env, platform: 'win32' as const };
    const localChrome = 'C:\\Users\\an\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'D:\\Apps86\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(
      findBrowser({ ...win, exists: only('D:\\Apps\\Google\\Chrome\\Application\\chrome.exe') }).path,
    ).toBe('D:\\Apps\\Google\\Chrome\\Application\\chrome.exe');
    expect(findBrowser({ ...win, exists: only(localChrome, edge) }).path).toBe(localChrome);
    expect(findBrowser({ ...win, exists: only(edge) }).path).toBe(edge);
    expect(defaultBrowserPaths('win32', {})).toContain(
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    );
  });

  it.each([
    ['linux', 'apt-get install -y --no-install-recommends chromium fonts-liberation2'],
    ['darwin', 'Google Chrome'],
    ['win32', 'Microsoft Edge'],
  ] as const)('explains what to install when nothing is found on %s', (platform, hint) => {
    const error = toolErrorOf(() => findBrowser({ env: {}, platform, exists: () => false }));
    expect(error.code).toBe('BROWSER_NOT_FOUND');
    expect(error.fix).toContain(hint);
    expect(error.fix).toContain('--browser PATH');
    expect(error.fix).toContain('PUPPETEER_EXECUTABLE_PATH');
  });
});

/** Issue 12: a headless shell, made for printing, prints in about a third of the time of a full browser. */
describe('findBrowser prefers a headless shell', () => {
  /** A fake folder listing: the names in each folder given. */
  const folders =
    (tree: Record<string, string[]>) =>
    (folder: string): readonly string[] =>
      tree[folder] ?? [];

  it('Debian’s and Fedora’s packages before any browser; an explicit path still first', () => {
    const debian = '/usr/lib/chromium/chromium-headless-shell';
    const fedora = '/usr/lib64/chromium-browser/headless_shell';
    const linux = { env: {}, platform: 'linux' as const };
    expect(findBrowser({ ...linux, exists: only('/usr/bin/chromium', debian) })).toEqual({
      path: debian,
      from: 'default',
      kind: 'headless-shell',
    });
    expect(findBrowser({ ...linux, exists: only('/usr/bin/google-chrome', fedora) }).path).toBe(fedora);
    expect(
      findBrowser({ ...linux, exists: only('/usr/bin/chromium', debian), option: '/usr/bin/chromium' }),
    ).toEqual({ path: '/usr/bin/chromium', from: 'option', kind: 'browser' });
    expect(
      findBrowser({ ...linux, exists: only('/opt/x/headless_shell'), option: '/opt/x/headless_shell' }).kind,
    ).toBe('headless-shell');
  });

  it('puppeteer’s downloads of chrome-headless-shell, the newest build first, on each platform', () => {
    const root = '/home/an/.cache/puppeteer/chrome-headless-shell';
    const list = folders({
      [root]: ['linux-131.0.6778.85', 'linux-99.0.1', 'linux-131.0.6778.9', '.metadata'],
    });
    const newest = `${root}/linux-131.0.6778.85/chrome-headless-shell-linux64/chrome-headless-shell`;
    const older = `${root}/linux-131.0.6778.9/chrome-headless-shell-linux64/chrome-headless-shell`;
    const linux = { env: { HOME: '/home/an' }, platform: 'linux' as const, list };
    expect(findBrowser({ ...linux, exists: only(older, newest, '/usr/bin/chromium') }).path).toBe(newest);
    expect(findBrowser({ ...linux, exists: only(older, '/usr/bin/chromium') }).path).toBe(older);
    // PUPPETEER_CACHE_DIR moves the cache.
    const moved = folders({ '/srv/cache/chrome-headless-shell': ['mac_arm-140.0.1'] });
    const mac = `/srv/cache/chrome-headless-shell/mac_arm-140.0.1/chrome-headless-shell-mac-arm64/chrome-headless-shell`;
    expect(
      findBrowser({
        env: { PUPPETEER_CACHE_DIR: '/srv/cache' },
        platform: 'darwin',
        list: moved,
        exists: only(mac),
      }),
    ).toEqual({ path: mac, from: 'default', kind: 'headless-shell' });
    // Windows: the user's profile, backslashes, .exe.
    const winRoot = 'C:\\Users\\An\\.cache\\puppeteer\\chrome-headless-shell';
    const win = `${winRoot}\\win64-131.0.6778.85\\chrome-headless-shell-win64\\chrome-headless-shell.exe`;
    const windows = { env: { USERPROFILE: 'C:\\Users\\An' }, platform: 'win32' as const };
    expect(
      findBrowser({ ...windows, list: folders({ [winRoot]: ['win64-131.0.6778.85'] }), exists: only(win) })
        .path,
    ).toBe(win);
  });

  it('no cache listed, no shell: the browsers as before, and the error lists where it looked', () => {
    const linux = { env: { HOME: '/home/an' }, platform: 'linux' as const };
    expect(findBrowser({ ...linux, exists: only('/usr/bin/chromium') }).kind).toBe('browser');
    const error = toolErrorOf(() => findBrowser({ ...linux, exists: only() }));
    expect(error.message).toContain(
      '/usr/lib/chromium/chromium-headless-shell, /usr/lib64/chromium-browser/headless_shell, /usr/bin/chromium',
    );
  });
});
