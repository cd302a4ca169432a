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
    });
    expect(findBrowser({ ...linux, env, exists, config: '/opt/b' })).toEqual({
      path: '/opt/b',
      from: 'config',
    });
    expect(findBrowser({ ...linux, env, exists })).toEqual({ path: '/opt/c', from: 'env' });
    expect(findBrowser({ ...linux, env: { CHROME_PATH: '/opt/d' }, exists })).toEqual({
      path: '/opt/d',
      from: 'env',
    });
    expect(findBrowser({ ...linux, exists })).toEqual({ path: '/usr/bin/chromium', from: 'default' });
  });

  it('ignores empty values', () => {
    const exists = only('/usr/bin/chromium');
    const env = { PUPPETEER_EXECUTABLE_PATH: '', CHROME_PATH: '  ' };
    expect(findBrowser({ ...linux, env, exists, option: '', config: '' })).toEqual({
      path: '/usr/bin/chromium',
      from: 'default',
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
