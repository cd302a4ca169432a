/** Which language the tool speaks: --lang, the configuration file, the environment, the system (issue 10). */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageOfLocale } from '../../src/messages/language.js';
import { copyOfData, replaceIn, runBinary, runInProcess } from '../helpers/run-cli.js';

describe('chooseLanguage', () => {
  const none = { env: {}, systemLocale: () => 'en-US' };

  it('takes --lang first, then the configuration file', () => {
    expect(chooseLanguage({ ...none, flag: 'vi', config: 'en', env: { LANG: 'en_US.UTF-8' } })).toBe('vi');
    expect(chooseLanguage({ ...none, flag: 'en', config: 'vi' })).toBe('en');
    expect(chooseLanguage({ ...none, config: 'vi', env: { LC_ALL: 'en_US.UTF-8' } })).toBe('vi');
  });

  it('then the environment in POSIX order: LC_ALL, LC_MESSAGES, LANG; an empty one counts as unset', () => {
    expect(chooseLanguage({ ...none, env: { LANG: 'vi_VN.UTF-8' } })).toBe('vi');
    expect(chooseLanguage({ ...none, env: { LC_ALL: 'C.UTF-8', LANG: 'vi_VN.UTF-8' } })).toBe('en');
    expect(chooseLanguage({ ...none, env: { LC_MESSAGES: 'vi_VN', LANG: 'en_US.UTF-8' } })).toBe('vi');
    expect(chooseLanguage({ ...none, env: { LC_ALL: '', LANG: 'vi_VN.UTF-8' } })).toBe('vi');
  });

  it('then the system locale (Windows sets no LANG): Vietnamese on a Vietnamese system', () => {
    expect(chooseLanguage({ env: {}, systemLocale: () => 'vi-VN' })).toBe('vi');
    expect(chooseLanguage({ env: {}, systemLocale: () => 'en-GB' })).toBe('en');
  });

  it.each([
    ['vi', 'vi'],
    ['vi_VN.UTF-8', 'vi'],
    ['vi-VN', 'vi'],
    ['VI_VN', 'vi'],
    ['vi_VN@euro', 'vi'],
    ['C', 'en'],
    ['C.UTF-8', 'en'],
    ['en_US.UTF-8', 'en'],
    ['fr-FR', 'en'],
    ['vie', 'en'],
  ] as const)('the locale %s speaks %s', (locale, lang) => {
    expect(languageOfLocale(locale)).toBe(lang);
  });
});

describe('check in Vietnamese and in English', () => {
  async function dataWithFault(): Promise<string> {
    const dir = await copyOfData();
    await replaceIn(join(dir, '2018.yaml'), 'value: 24000', 'value: 24.000');
    return dir;
  }

  it('--lang vi: the problem, its fix, the labels and the tally in Vietnamese; the code stays', async () => {
    const run = await runInProcess(['check', '--data', await dataWithFault(), '--lang', 'vi']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /2018\.yaml:\d+:\d+ lỗi "24\.000" dùng dấu chấm ngăn cách hàng nghìn.*\[NUMBER_THOUSANDS_DOT\]/,
    );
    expect(run.stdout).toContain('  cách sửa: Ghi 24000 (không có dấu ngăn cách hàng nghìn).');
    expect(run.stdout).toMatch(/✖ Đã kiểm tra \d+ tệp: 1 lỗi, \d+ cảnh báo\./);
    expect(run.stdout).not.toMatch(/\berror\b|\bfix:|files checked/);
  });

  it('--lang=en, and LANG=vi_VN.UTF-8 without --lang', async () => {
    const data = await dataWithFault();
    const en = await runInProcess(['check', '--data', data, '--lang=en'], { LANG: 'vi_VN.UTF-8' });
    expect(en.stdout).toContain('error "24.000" uses a dot to group thousands');
    const vi = await runInProcess(['check', '--data', data], { LANG: 'vi_VN.UTF-8' });
    expect(vi.stdout).toContain('lỗi "24.000" dùng dấu chấm ngăn cách hàng nghìn');
  });

  it('--lang after the command or before it, and a language it does not speak refused', async () => {
    const data = await dataWithFault();
    const before = await runInProcess(['--lang', 'vi', 'check', '--data', data]);
    expect(before.stdout).toContain('cách sửa:');
    const wrong = await runInProcess(['check', '--data', data, '--lang', 'fr']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("option '--lang <language>' argument 'fr' is invalid");
  });

  it('GitHub annotations in the language chosen; JSON the same in every language, for programs', async () => {
    const data = await dataWithFault();
    const github = await runInProcess(['check', '--data', data, '--format', 'github', '--lang', 'vi']);
    expect(github.stdout).toMatch(
      /::error file=.*title=NUMBER_THOUSANDS_DOT::"24\.000" dùng dấu chấm.* Cách sửa: Ghi 24000/,
    );
    const json = (lang: string) =>
      runInProcess(['check', '--data', data, '--format', 'json', '--lang', lang]);
    const [vi, en] = await Promise.all([json('vi'), json('en')]);
    expect(vi.stdout).toBe(en.stdout);
    expect(JSON.parse(vi.stdout)[0]).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it('"lang" in hatinh-report.config.json, and a wrong one named with its fix', async () => {
    const data = await dataWithFault();
    const cwd = await mkdtemp(join(tmpdir(), 'hatinh-lang-'));
    await writeFile(join(cwd, 'hatinh-report.config.json'), '{ "lang": "vi" }');
    const vi = await runBinary(['check', '--data', data], { cwd });
    expect(vi.stdout).toContain('cách sửa:');
    const en = await runBinary(['check', '--data', data, '--lang', 'en'], { cwd });
    expect(en.stdout).toContain('fix:');
    await writeFile(join(cwd, 'hatinh-report.config.json'), '{ "lang": "vn" }');
    const wrong = await runBinary(['check', '--data', data], { cwd });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('"lang" must be "vi" or "en"');
    expect(wrong.stderr).toContain('[CONFIG_INVALID]');
    // A wrong "browser" keeps the right "lang": the error is told in it, and in the format asked for.
    await writeFile(join(cwd, 'hatinh-report.config.json'), '{ "lang": "vi", "browser": 5 }');
    const browser = await runBinary(['check', '--data', data], { cwd });
    expect(browser.stderr).toContain(
      'lỗi: Tệp cấu hình hatinh-report.config.json không hợp lệ: "browser" phải là chữ',
    );
    const json = await runBinary(['check', '--data', data, '--format', 'json'], { cwd });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'CONFIG_INVALID' } });
    // A mistyped setting is named, not ignored.
    await writeFile(
      join(cwd, 'hatinh-report.config.json'),
      '{ "lang": "en", "brower": "/usr/bin/chromium" }',
    );
    const typo = await runBinary(['check', '--data', data], { cwd });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('"brower" is not one of its settings ("browser", "lang")');
    expect(typo.stderr).toContain('Did you mean "browser"? Correct the name, or remove "brower".');
  });
});

describe('failures that stop a command, in the language chosen', () => {
  it('a year without results: the message and fix in Vietnamese, the code as it is', async () => {
    const data = await copyOfData();
    const run = await runInProcess(['build', '2016', '--data', data, '--format', 'md', '--lang', 'vi']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `lỗi: Không có tệp số liệu thực hiện năm 2016 trong ${data} (các năm đã có số liệu thực hiện: 2017, 2018). [NO_RESULTS_FOR_YEAR]`,
    );
    expect(run.stderr).toContain(
      `  cách sửa: Thêm tệp ${join(data, '2016.yaml')} có "kind: results" và "year: 2016"`,
    );
    const en = await runInProcess(['build', '2016', '--data', data, '--format', 'md', '--lang', 'en']);
    expect(en.stderr).toContain('error: There is no results file for 2016');
    expect(en.stderr).toContain('  fix: Add ');
  });

  it('a mistyped command: where the right words are, in Vietnamese', async () => {
    const run = await runInProcess(['chek', '--lang', 'vi']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '  cách sửa: xem "hatinh-report --help" hoặc "hatinh-report LỆNH --help". [USAGE]',
    );
  });

  it('a missing data folder as a GitHub annotation in Vietnamese', async () => {
    const run = await runInProcess([
      'build',
      '2018',
      '--data',
      '/nowhere/du-lieu',
      '--messages',
      'github',
      '--lang',
      'vi',
    ]);
    expect(run.stdout).toContain(
      '::error title=DATA_FOLDER_NOT_FOUND::Không tìm thấy thư mục số liệu "/nowhere/du-lieu". Cách sửa: ',
    );
  });
});

describe('the command line in Vietnamese', () => {
  it('help: headings, commands, options, their notes and the exit codes', async () => {
    const run = await runInProcess(['check', '--help', '--lang', 'vi']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Cách dùng: hatinh-report check [tùy chọn] [tệp...]');
    expect(run.stdout).toContain('Kiểm tra các tệp số liệu theo lược đồ');
    // The placeholders in Vietnamese too (they said <dir>, <format>, [files...]).
    expect(run.stdout).toMatch(/Tùy chọn:\n {2}--data <thư-mục> +thư mục số liệu/);
    expect(run.stdout).toContain('--format <dạng>');
    expect(run.stdout).toMatch(/Đối số:\n {2}tệp +/);
    expect(run.stdout).not.toMatch(/<dir>|<format>|\[files\.\.\.\]|\[options\]/);
    expect(run.stdout).toContain('(chọn một trong: "human", "json", "github",');
    expect(run.stdout).toContain('Mã thoát:');
    expect(run.stdout).not.toMatch(/Usage:|Options:|choices:|default:|Exit codes:/);
  });

  it('"new": what it wrote and what to do next; a wrong year in Vietnamese', async () => {
    const data = await copyOfData();
    const run = await runInProcess(['new', '2019', '--data', data, '--lang', 'vi']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`đã ghi ${join(data, '2019.yaml')}`);
    expect(run.stdout).toContain(
      `Điền vào các chỗ trống, rồi chạy: node bin/hatinh-report.js check --data ${data}`,
    );
    const wrong = await runInProcess(['new', '19', '--data', data, '--lang', 'vi']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      "lỗi: giá trị '19' của đối số 'year' không hợp lệ. Cần ghi một năm, ví dụ 2018, các tháng đầu của một năm, ví dụ 2019-9m, hoặc một giai đoạn từ 2 đến 10 năm, ví dụ 2016-2020.",
    );
  });

  it('"build": the files written, and a build refused for the data’s errors', async () => {
    const data = await copyOfData();
    const out = await mkdtemp(join(tmpdir(), 'hatinh-lang-out-'));
    const build = () =>
      runInProcess(['build', '2018', '--data', data, '--out', out, '--format', 'md', '--lang', 'vi']);
    const built = await build();
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toContain(`đã ghi ${join(out, '2018', 'bao-cao-2018.md')}`);
    await replaceIn(join(data, '2018.yaml'), 'value: 24000', 'value: 24.000');
    const refused = await build();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Số liệu có lỗi; chưa lập báo cáo nào.');
  });
});
