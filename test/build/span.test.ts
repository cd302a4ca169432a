import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel, periodLabel } from '../../src/domain/report-period.js';
import { expectGolden } from '../helpers/golden.js';
import { copyOfData, DATA, ENGLISH, ROOT, runInProcess } from '../helpers/run-cli.js';

async function build(report: string, args: string[] = [], data = DATA) {
  const out = await mkdtemp(join(tmpdir(), 'hatinh-span-'));
  const run = await runInProcess(
    ['build', report, '--format', 'md', '--data', data, '--out', out, ...args],
    ENGLISH,
  );
  return { out, ...run };
}

describe('a span of years named on the command line', () => {
  it('is read as its first and last year, and written back as it was named', () => {
    expect(parsePeriodLabel('2016-2020')).toEqual({ from: 2016, year: 2020 });
    expect(periodLabel({ from: 2016, year: 2020 })).toBe('2016-2020');
  });

  it('is refused backwards, of one year, or longer than ten', () => {
    expect(parsePeriodLabel('2020-2016')).toBeUndefined();
    expect(parsePeriodLabel('2018-2018')).toBeUndefined();
    expect(parsePeriodLabel('2011-2020')).toEqual({ from: 2011, year: 2020 });
    expect(parsePeriodLabel('2010-2020')).toBeUndefined();
  });
});

describe('build 2016-2020 from the shipped data (2017 and 2018 only)', () => {
  it('writes the span report in a folder of its own, its missing years said, never filled', async () => {
    const { out, code, stderr } = await build('2016-2020');
    expect(code, stderr).toBe(0);
    expect(await readdir(out)).toEqual(['2016-2020']);
    // The one chart: the one area with an indicator of two years (58,7% in 2017, 61% in 2018).
    expect(await readdir(join(out, '2016-2020'))).toEqual([
      'bao-cao-2016-2020.md',
      'bieu-do-2016-2020-giao-duc-nghe-nghiep.svg',
      'ghi-chu-soan-thao-2016-2020.md',
    ]);
    const svg = await readFile(join(out, '2016-2020', 'bieu-do-2016-2020-giao-duc-nghe-nghiep.svg'), 'utf8');
    for (const text of ['2017', '2018', '58,7', '61', 'Tỷ lệ lao động qua đào tạo (%)'])
      expect(svg).toContain(text);
    expect(svg).not.toContain('2016');
    const md = await readFile(join(out, '2016-2020', 'bao-cao-2016-2020.md'), 'utf8');
    expect(md).toContain(
      '**Tổng kết công tác thi đua, khen thưởng giai\u00a0đoạn\u00a02016\u00a0-\u2060\u00a02020**',
    );
    expect(md).toContain(
      'Chưa có số liệu thực hiện các năm 2016, 2019 và 2020; các số liệu dưới đây là của các năm 2017 và 2018',
    );
    // 58,7% in 2017 and 61% in 2018: the rate's end value is 2018's, rising 2,3 points a year.
    expect(md).toContain(
      '| 2 | Tỷ lệ lao động qua đào tạo | % | – | 58,7 | 61 | – | – | 61 (năm 2018) | tăng 2,3 điểm % (2017 - 2018) |',
    );
    expect(md).toContain(
      '| 1 | Giải quyết việc làm | người | – | – | trên 24.000 | – | – | trên 24.000 (năm 2018) | – |',
    );
    expect(md).not.toMatch(/undefined|NaN|\[object/);
    await expectGolden('bao-cao-2016-2020.md', md);
    await rm(out, { recursive: true });
  });

  it('builds 2017-2018 too: both years there, nothing said missing', async () => {
    const { out, code, stderr } = await build('2017-2018');
    expect(code, stderr).toBe(0);
    const md = await readFile(join(out, '2017-2018', 'bao-cao-2017-2018.md'), 'utf8');
    expect(md).toContain('Số liệu thực hiện các chỉ tiêu giai đoạn 2017 - 2018 như sau.');
    expect(md).not.toContain('chưa có số liệu)');
    await rm(out, { recursive: true });
  });

  it('refuses a unit’s score sheet of a span (exit 2): units are scored on a year', async () => {
    const run = await runInProcess(['build', '2016-2020', '--unit', 'x', '--data', DATA, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[WHOLE_YEAR_ONLY]');
    expect(run.stderr).toContain('not on 2016-2020');
  });

  it('refuses a span none of whose years has results (exit 2), naming the years that have', async () => {
    const { out, code, stderr } = await build('2010-2014');
    expect(code).toBe(2);
    expect(stderr).toContain('None of the years 2010 to 2014 has a results file');
    expect(stderr).toContain('2017, 2018');
    expect(stderr).toContain('[NO_RESULTS_FOR_YEAR]');
    expect(await readdir(out)).toEqual([]);
    await rm(out, { recursive: true });
  });

  it("leaves the year's report as it was: a span beside a year builds both, apart", async () => {
    const { out, code, stderr } = await build('2018', ['2017-2018']);
    expect(code, stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['2017-2018', '2018']);
    expect(await readdir(join(out, '2018'))).toContain('bao-cao-2018.md');
    await rm(out, { recursive: true });
  });
});

/**
 * A span's targets, made up for the test (no plan of the department for 2016-2020 was found): 50.000 jobs over
 * the span, a poverty rate under 6% at its end, a change (from the year before the span, which the report does not
 * read), and a target of an indicator without figures.
 */
const SPAN_TARGETS = `kind: targets
year: 2020
from: 2016
sources:
  - id: ke-hoach
    title: Kế hoạch giai đoạn (minh họa, dùng trong kiểm thử)
default_source: ke-hoach
targets:
  viec-lam:
    type: level
    value: 50000
  ty-le-ho-ngheo:
    type: ceiling
    value: 6
  ty-le-lao-dong-qua-dao-tao:
    type: change
    change: increase
    by: 10
  kinh-phi-ho-tro-xa-do-dau:
    type: level
    value: 10
`;

async function withTargets(text = SPAN_TARGETS, name = '2016-2020-targets.yaml'): Promise<string> {
  const data = await copyOfData();
  await writeFile(join(data, name), text);
  return data;
}

async function checkJson(data: string) {
  const run = await runInProcess(['check', '--data', data, '--format', 'json'], ENGLISH);
  return { code: run.code, found: JSON.parse(run.stdout) as { code: string; file: string; line: number }[] };
}

describe("a span's targets (2016-2020-targets.yaml)", () => {
  it('their warnings are said by the build of the span (a target left blank), not by a year’s', async () => {
    const data = await withTargets(`${SPAN_TARGETS}  phan-mem-cntt:\n`);
    const out = await mkdtemp(join(tmpdir(), 'hatinh-span-'));
    const span = await runInProcess(
      ['build', '2016-2020', '--data', data, '--out', out, '--format', 'md'],
      ENGLISH,
    );
    expect(span.code).toBe(0);
    expect(span.stderr).toContain('2016-2020-targets.yaml');
    const year = await runInProcess(
      ['build', '2018', '--data', data, '--out', out, '--format', 'md'],
      ENGLISH,
    );
    expect(year.stderr).not.toContain('2016-2020-targets.yaml');
  });

  it('are checked as a year’s are, and accepted', async () => {
    const data = await withTargets();
    const { code, found } = await checkJson(data);
    expect(found.filter((d) => d.file.endsWith('2016-2020-targets.yaml'))).toEqual([]);
    expect(code).toBe(0);
    await rm(data, { recursive: true });
  });

  it('a name and a from: that disagree: an error at from:, and the file is not used', async () => {
    const data = await withTargets(SPAN_TARGETS.replace('from: 2016', 'from: 2017'));
    const { code, found } = await checkJson(data);
    expect(code).toBe(1);
    expect(found.filter((d) => d.code === 'SPAN_MISMATCH').map((d) => d.line)).toEqual([3]);
    await rm(data, { recursive: true });
  });

  it("a span's name without from: an error at the year", async () => {
    const data = await withTargets(SPAN_TARGETS.replace('from: 2016\n', ''));
    const { found } = await checkJson(data);
    expect(found.filter((d) => d.code === 'SPAN_MISMATCH').map((d) => d.line)).toEqual([2]);
    await rm(data, { recursive: true });
  });

  it('a from: after the year: an error at from:', async () => {
    const text = SPAN_TARGETS.replace('year: 2020\nfrom: 2016', 'year: 2016\nfrom: 2020');
    const data = await withTargets(text, '2020-2016-targets.yaml');
    const { found } = await checkJson(data);
    expect(found.filter((d) => d.code === 'SPAN_YEARS').map((d) => d.line)).toEqual([3]);
    await rm(data, { recursive: true });
  });

  it('an unknown indicator in them: the same error as in a year’s', async () => {
    const data = await withTargets(SPAN_TARGETS.replace('  viec-lam:\n', '  viec-lamm:\n'));
    const { found } = await checkJson(data);
    expect(found.map((d) => d.code)).toContain('UNKNOWN_INDICATOR');
    await rm(data, { recursive: true });
  });

  it('stand in the report: the plan, a share only where final, no verdict the missing years may change', async () => {
    const data = await withTargets();
    const { out, code, stderr } = await build('2016-2020', [], data);
    expect(code, stderr).toBe(0);
    const md = await readFile(join(out, '2016-2020', 'bao-cao-2016-2020.md'), 'utf8');
    // Trên 24.000 of 50.000 over a span with three years missing: a share, no verdict.
    expect(md).toContain(
      '| 1 | Giải quyết việc làm | người | – | – | trên 24.000 | – | – | 50.000 | trên 24.000 (năm 2018) | trên 48,0% | – |',
    );
    expect(md).toContain('kế hoạch giai đoạn 50.000 người, đạt trên 48,0% kế hoạch.');
    // The rate's last figure is 2018's, not 2020's: under 6% may still be reached; no verdict.
    expect(md).toContain(
      '| 1 | Tỷ lệ hộ nghèo | % | – | – | 6,92 | – | – | dưới 6 | 6,92 (năm 2018) | – | – |',
    );
    // A change target is from the year before the span: said, not assessed.
    expect(md).toContain('kế hoạch giai đoạn tăng 10 điểm phần trăm.');
    expect(md).toContain('Nguồn số liệu:');
    expect(md).toContain('Kế hoạch giai đoạn (minh họa, dùng trong kiểm thử)');
    expect(md).not.toContain('Chưa đạt kế hoạch');
    await rm(out, { recursive: true });
    await rm(data, { recursive: true });
  });

  it("leave the year's report as it was", async () => {
    const data = await withTargets();
    const withSpan = await build('2018', [], data);
    const without = await build('2018');
    const read = (out: string) => readFile(join(out, '2018', 'bao-cao-2018.md'), 'utf8');
    expect(await read(withSpan.out)).toBe(await read(without.out));
    await rm(withSpan.out, { recursive: true });
    await rm(without.out, { recursive: true });
    await rm(data, { recursive: true });
  });
});

/**
 * The example's units (examples/thi-dua, 2024), with a 2023 made from its 2024 (the same figures, its earlier
 * titles of 2023 dropped): the span 2023-2024 has two scored years, the same units leading their blocks both.
 */
async function exampleWith2023(): Promise<string> {
  const data = await mkdtemp(join(tmpdir(), 'hatinh-span-example-'));
  await cp(join(ROOT, 'examples', 'thi-dua'), data, { recursive: true });
  const units = await readFile(join(data, '2024-units.yaml'), 'utf8');
  await writeFile(
    join(data, '2023-units.yaml'),
    units
      .replace(/^year: 2024$/m, 'year: 2023')
      .replace(/^ {10}"2023": \[lao-dong-tien-tien\]\n/m, '')
      .replace(/^ {6}2023: \[tap-the-lao-dong-xuat-sac\]$/m, '      2022: [tap-the-lao-dong-xuat-sac]'),
  );
  const results = await readFile(join(data, '2024.yaml'), 'utf8');
  await writeFile(join(data, '2023.yaml'), results.replace(/^year: 2024$/m, 'year: 2023'));
  return data;
}

describe('the emulation over the span, where the units’ years exist', () => {
  it('the example over 2020-2024: the years scored and not, each title counted, who led, Phụ lục II', async () => {
    const { out, code, stderr } = await build('2020-2024', [], join(ROOT, 'examples', 'thi-dua'));
    expect(code, stderr).toBe(0);
    const md = await readFile(join(out, '2020-2024', 'bao-cao-2020-2024.md'), 'utf8');
    // The span in a heading is held on its line (a word joiner after the dash, no-break spaces).
    expect(md).toContain(
      '## II. KẾT QUẢ THI ĐUA CỦA CÁC ĐƠN VỊ GIAI\u00a0ĐOẠN\u00a02020\u00a0-\u2060\u00a02024',
    );
    expect(md).toContain(
      'Các đơn vị được chấm điểm, xếp hạng thi đua năm 2024 (chưa có kết quả chấm điểm các năm 2020, 2021, 2022 và 2023)',
    );
    // The year's own counts (its TitleTotal), as the year's report gives them.
    expect(md).toContain('Tập thể lao động xuất sắc: 8 tập thể');
    expect(md).toContain('Chiến sĩ thi đua cơ sở: 49 cá nhân');
    expect(md).toContain(
      'Khối các đơn vị sự nghiệp trực thuộc Sở: Trường Cao đẳng nghề Việt - Đức Hà Tĩnh (1 năm: 2024).',
    );
    expect(md).toContain('Số liệu từng năm tại Phụ lục I kèm theo Báo cáo này.');
    expect(md).toContain('**Phụ lục II**');
    expect(md).toContain(
      '| 1 | Phòng Lao động - Thương binh và Xã hội thành phố Hà Tĩnh | Cờ thi đua của Ủy ban nhân dân tỉnh; Tập thể lao động xuất sắc | 1 (2024) |',
    );
    expect(md).toContain('Số liệu minh họa');
    await rm(out, { recursive: true });
  });

  it('two scored years: the years each unit led counted; a year no rules of titles cover said unknown', async () => {
    const data = await exampleWith2023();
    const { out, code, stderr } = await build('2023-2024', [], data);
    expect(code, stderr).toBe(0);
    const md = await readFile(join(out, '2023-2024', 'bao-cao-2023-2024.md'), 'utf8');
    expect(md).toContain('Các đơn vị được chấm điểm, xếp hạng thi đua các năm 2023 và 2024;');
    expect(md).toContain('Trường Cao đẳng nghề Việt - Đức Hà Tĩnh (2 năm: 2023 và 2024).');
    expect(md).toContain(
      '| 1 | Phòng Lao động - Thương binh và Xã hội thành phố Hà Tĩnh | – | Cờ thi đua của Ủy ban nhân dân tỉnh; Tập thể lao động xuất sắc | 2 (2023 và 2024) |',
    );
    // The Law of 2022, whose titles the tool ships, is in force from 2024: 2023's proposals are not known.
    expect(md).toContain('Năm 2023: chưa có số liệu đề nghị danh hiệu thi đua, hình thức khen thưởng.');
    await rm(out, { recursive: true });
    await rm(data, { recursive: true });
  });

  it('the shipped data has no units: no emulation section, one appendix', async () => {
    const md = await readFile(join(ROOT, 'test', 'golden', 'bao-cao-2016-2020.md'), 'utf8');
    expect(md).not.toContain('## II.');
    expect(md).toContain('**Phụ lục**');
    expect(md).not.toContain('Phụ lục I');
  });
});
