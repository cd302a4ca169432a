import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { periodWords } from '../../src/view/period-words.js';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, runInProcess } from '../helpers/run-cli.js';

const PERIODS = join(ROOT, 'test', 'fixtures', 'periods');

async function build(report: string, args: string[] = [], data = PERIODS) {
  const out = await mkdtemp(join(tmpdir(), 'hatinh-periods-'));
  const run = await runInProcess(['build', report, '--format', 'md', '--data', data, '--out', out, ...args]);
  return { out, ...run };
}

/** A copy of the periods' fixture folder, to break. */
async function copy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hatinh-periods-data-'));
  await cp(PERIODS, dir, { recursive: true });
  return dir;
}

describe('the published cases reproduce their percentages from the files', () => {
  it('9 months of 2019: 17.208 người, đạt 74,82% kế hoạch năm, bằng 106,69% so với cùng kỳ năm 2018', async () => {
    const { out, code } = await build('2019', ['--period', '9m', '--percent-decimals', '2']);
    expect(code).toBe(0);
    const md = await readFile(join(out, '2019', 'bao-cao-2019-9m.md'), 'utf8');
    expect(md).toContain(
      'Giải quyết việc làm: 17.208 người; đạt 74,82% kế hoạch năm (kế hoạch năm 23.000 người); tăng 6,69% so với cùng kỳ năm 2018 (bằng 106,69%; cùng kỳ năm 2018: 16.129 người).',
    );
    expect(md).toContain('| 1 | Giải quyết việc làm | người | 23.000 | 17.208 | 74,82% | 16.129 | 106,69% |');
    await expectGolden('bao-cao-2019-9m.md', md);
  });

  it('7 months of 2018, cut to two decimals as its source: đạt 59,57% kế hoạch năm, bằng 103,29%', async () => {
    const { out, code } = await build('2018-7m', ['--percent-decimals', '2', '--rounding', 'truncate']);
    expect(code).toBe(0);
    const md = await readFile(join(out, '2018', 'bao-cao-2018-7m.md'), 'utf8');
    expect(md).toContain('13.405 người; đạt 59,57% kế hoạch năm (kế hoạch năm 22.500 người)');
    expect(md).toContain('(bằng 103,29%; cùng kỳ năm 2017: 12.977 người)');
    // Rounded half away from zero, the same files give the other figures: the rule is the source's, not the data's.
    const rounded = await build('2018-7m', ['--percent-decimals', '2']);
    const other = await readFile(join(rounded.out, '2018', 'bao-cao-2018-7m.md'), 'utf8');
    expect(other).toContain('đạt 59,58% kế hoạch năm');
    expect(other).toContain('bằng 103,30%');
  });

  it('a share a hair under the year’s plan is not shown as 100%: 22.991 of 23.000 is 99,96%', async () => {
    const data = await copy();
    const file = join(data, '2019-9m.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('value: 17208', 'value: 22991'));
    const { out, code } = await build('2019-9m', [], data);
    expect(code).toBe(0);
    const md = await readFile(join(out, '2019', 'bao-cao-2019-9m.md'), 'utf8');
    expect(md).toContain('đạt 99,96% kế hoạch năm (kế hoạch năm 23.000 người)');
    expect(md).not.toContain('100,0%');
  });

  it('each made-up figure is cited under its own source, which says it is made up', async () => {
    const { out } = await build('2019-9m');
    const md = await readFile(join(out, '2019', 'bao-cao-2019-9m.md'), 'utf8');
    expect(md).toContain(
      'Số liệu giả định, suy ra từ tỷ lệ “bằng 106,69% so với cùng kỳ năm 2018” đã công bố',
    );
    expect(md).toContain('Số liệu giả định, suy ra từ tỷ lệ “đạt 74,82% kế hoạch” đã công bố');
  });

  it('a part of the year says no verdict against the year’s plan that the rest of the year may change', async () => {
    const { out } = await build('2019-9m');
    const md = await readFile(join(out, '2019', 'bao-cao-2019-9m.md'), 'utf8');
    expect(md).not.toContain('chưa đạt kế hoạch');
    expect(md).not.toContain('Chưa đạt kế hoạch');
    // No count of verdicts, no attainment chart of shares that would read as shortfalls.
    expect(md).not.toContain('chỉ tiêu kế hoạch năm 2019, có');
    expect(md).not.toContain('bieu-do-hoan-thanh-ke-hoach');
  });

  it('its files are named for the months (bao-cao-2019-9m), and its drafter’s notes name the period’s files', async () => {
    const { out } = await build('2019-9m');
    expect((await readdir(join(out, '2019'))).sort()).toEqual([
      'bao-cao-2019-9m.md',
      'ghi-chu-soan-thao-2019-9m.md',
    ]);
    const notes = await readFile(join(out, '2019', 'ghi-chu-soan-thao-2019-9m.md'), 'utf8');
    expect(notes).toContain('# Ghi chú soạn thảo: báo cáo 9 tháng đầu năm 2019');
    expect(notes).toContain('Chưa có số liệu 9 tháng đầu năm 2018 để so sánh');
    expect(notes).toContain(join(PERIODS, '2019-9m.yaml'));
  });
});

describe('the words of each span', () => {
  it.each([
    [
      6,
      'Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2019 và nhiệm vụ trọng tâm 6 tháng cuối năm',
      'Phương hướng, nhiệm vụ trọng tâm 6 tháng cuối năm 2019',
    ],
    [
      9,
      'Sơ kết công tác thi đua, khen thưởng 9 tháng đầu năm 2019 và nhiệm vụ trọng tâm 3 tháng cuối năm',
      'Phương hướng, nhiệm vụ trọng tâm 3 tháng cuối năm 2019',
    ],
    [
      7,
      'Sơ kết công tác thi đua, khen thưởng 7 tháng đầu năm 2019 và nhiệm vụ trọng tâm 5 tháng cuối năm',
      'Phương hướng, nhiệm vụ trọng tâm 5 tháng cuối năm 2019',
    ],
    [
      11,
      'Sơ kết công tác thi đua, khen thưởng 11 tháng đầu năm 2019 và nhiệm vụ trọng tâm tháng 12',
      'Phương hướng, nhiệm vụ trọng tâm tháng 12 năm 2019',
    ],
  ])('%i months', (months, subject, direction) => {
    const w = periodWords(2019, months);
    expect(w.subject).toBe(subject);
    expect(w.directionTitle(true)).toBe(direction);
    expect(w.span).toBe(`${months} tháng đầu năm 2019`);
    expect(w.prior).toBe('cùng kỳ năm 2018');
    expect(w.plan).toBe('kế hoạch năm');
    expect(w.actualHeading).toBe(`Thực hiện ${months} tháng năm 2019`);
    expect(w.compareHeading).toBe('So với cùng kỳ năm 2018');
    expect(w.title).toBe(`Báo cáo sơ kết công tác thi đua, khen thưởng ${months} tháng đầu năm 2019`);
  });

  it('1 month: named as the month, as monthly reports name themselves ("tháng 01 năm 2019"), never "1 tháng"', () => {
    const w = periodWords(2019, 1);
    expect(w.span).toBe('tháng 01 năm 2019');
    expect(w.subject).toBe(
      'Sơ kết công tác thi đua, khen thưởng tháng 01 năm 2019 và nhiệm vụ trọng tâm 11 tháng cuối năm',
    );
    expect(w.title).toBe('Báo cáo sơ kết công tác thi đua, khen thưởng tháng 01 năm 2019');
    expect(w.caption).toBe('Bảng: Kết quả thực hiện các chỉ tiêu tháng 01 năm 2019');
    expect(w.directionTitle(true)).toBe('Phương hướng, nhiệm vụ trọng tâm 11 tháng cuối năm 2019');
    expect([w.planHeading, w.actualHeading, w.percentHeading, w.priorHeading, w.compareHeading]).toEqual([
      'Kế hoạch năm 2019',
      'Thực hiện tháng 01 năm 2019',
      '% kế hoạch năm',
      'Cùng kỳ năm 2018',
      'So với cùng kỳ năm 2018',
    ]);
    expect([w.prior, w.plan, w.doneSoFar]).toEqual([
      'cùng kỳ năm 2018',
      'kế hoạch năm',
      'thực hiện tháng 01 năm 2019',
    ]);
    expect([w.priorName, w.currentName]).toEqual(['Tháng 01/2018', 'Tháng 01/2019']);
    expect(w.keywords).toEqual(['sơ kết', 'tháng 01']);
  });

  it('a report of 1 month says the month wherever it names its period: document, notes, chart', async () => {
    const dir = await copy();
    for (const year of [2018, 2019]) {
      const text = await readFile(join(dir, `${year}-9m.yaml`), 'utf8');
      await writeFile(join(dir, `${year}-1m.yaml`), text.replace('period: 9m', 'period: 1m'));
    }
    const { out, code } = await build('2019-1m', ['--charts', 'all'], dir);
    expect(code).toBe(0);
    const folder = join(out, '2019');
    const texts = await Promise.all(
      ['bao-cao-2019-1m.md', 'ghi-chu-soan-thao-2019-1m.md', 'bieu-do-so-sanh-2019-1m-2018-1m.svg'].map((f) =>
        readFile(join(folder, f), 'utf8'),
      ),
    );
    const [report, notes, chart] = texts as [string, string, string];
    expect(report).toContain(
      '**Sơ kết công tác thi đua, khen thưởng tháng 01 năm 2019 và nhiệm vụ trọng tâm 11',
    );
    expect(report).toContain('| Thực hiện tháng 01 năm 2019 |');
    expect(notes).toContain('Chưa có số liệu tháng 01 năm 2018');
    expect(chart).toContain('Tháng 01/2018');
    for (const text of texts) expect(text).not.toMatch(/(^|[^\d])1 tháng/);
    await rm(out, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it('the year, unchanged', () => {
    const w = periodWords(2019);
    expect(w.subject).toBe(
      'Tổng kết công tác thi đua, khen thưởng năm 2019 và phương hướng, nhiệm vụ năm 2020',
    );
    expect(w.directionTitle(true)).toBe('Phương hướng, nhiệm vụ và chỉ tiêu năm 2020');
    expect(w.directionTitle(false)).toBe('Phương hướng, nhiệm vụ năm 2020');
    expect([w.span, w.prior, w.plan, w.percentHeading]).toEqual([
      'năm 2019',
      'năm 2018',
      'kế hoạch',
      '% kế hoạch',
    ]);
  });
});

describe('check: a period’s faults', () => {
  async function checkJson(data: string) {
    const run = await runInProcess(['check', '--data', data, '--format', 'json']);
    return {
      code: run.code,
      found: JSON.parse(run.stdout) as { code: string; file: string; line: number }[],
    };
  }

  it('a name and a period that disagree: an error at the period, and the file is not used', async () => {
    const data = await copy();
    const file = join(data, '2019-9m.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('period: 9m', 'period: 6m'));
    const { code, found } = await checkJson(data);
    expect(code).toBe(1);
    const mismatch = found.find((d) => d.code === 'PERIOD_MISMATCH');
    expect(mismatch?.file).toBe(file);
    expect(mismatch?.line).toBe(8);
    await rm(data, { recursive: true });
  });

  it('a period file without its period: an error at the year', async () => {
    const data = await copy();
    const file = join(data, '2019-9m.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('period: 9m\n', ''));
    const { found } = await checkJson(data);
    expect(found.filter((d) => d.code === 'PERIOD_MISMATCH').map((d) => d.line)).toEqual([7]);
    await rm(data, { recursive: true });
  });

  it('a figure of nine months above the year’s, of a count that adds up: a warning; of a level at a time, none', async () => {
    const data = await copy();
    // People on an allowance at 30/9 may be more than at 31/12: the catalogue says it is a level (over_the_year).
    const months = join(data, '2019-9m.yaml');
    await writeFile(
      months,
      (await readFile(months, 'utf8')).replace(
        'values:\n',
        'values:\n  doi-tuong-bao-tro-xa-hoi:\n    value: 200\n',
      ),
    );
    await writeFile(
      join(data, '2019.yaml'),
      [
        'kind: results',
        'year: 2019',
        'sources: [{ id: s, title: Thử }]',
        'default_source: s',
        'values:',
        '  viec-lam: { value: 17000 }',
        '  xuat-khau-lao-dong: { value: 9000, qualifier: nearly }',
        '  doi-tuong-bao-tro-xa-hoi: { value: 100 }',
        '',
      ].join('\n'),
    );
    const { code, found } = await checkJson(data);
    expect(code).toBe(0);
    const over = found.filter((d) => d.code === 'PERIOD_EXCEEDS_YEAR');
    // 17.208 against 17.000: proven more; 5.727 against "gần 9.000": not; 200 against 100, a level: none.
    expect(over.map((d) => [d.file, d.line])).toEqual([[join(data, '2019-9m.yaml'), 23]]);
    await rm(data, { recursive: true });
  });

  it('two files of the same nine months: a duplicate; a year and its nine months: none', async () => {
    const data = await copy();
    await cp(join(data, '2019-9m.yaml'), join(data, '2019-9m.yml'));
    const { found } = await checkJson(data);
    expect(found.filter((d) => d.code === 'DUPLICATE_FILE')).toHaveLength(1);
    await rm(data, { recursive: true });
  });

  it('a period with no file: refused, naming the file and the periods there are', async () => {
    const run = await runInProcess(['build', '2019', '--period', '6m', '--data', PERIODS, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[NO_RESULTS_FOR_YEAR]');
    expect(run.stderr).toContain('2019-6m.yaml');
    expect(run.stderr).toContain('(first months with results: 2017-7m, 2018-7m, 2018-9m, 2019-9m)');
  });

  it('a score sheet or a dossier of nine months: refused, they are of a whole year', async () => {
    const run = await runInProcess([
      'build',
      '2019',
      '--period',
      '9m',
      '--unit',
      'x',
      '--data',
      PERIODS,
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[WHOLE_YEAR_ONLY]');
    expect(run.stderr).toContain('A unit’s score sheet is of a whole year');
    const named = await runInProcess(['build', '2019-9m', '--unit', 'x', '--data', PERIODS, '--lang', 'en']);
    expect(named.stderr).toContain('[WHOLE_YEAR_ONLY]');
  });

  it('the data has an error: the warnings said with it are those of the months named with --period', async () => {
    const data = await copy();
    const file = join(data, '2017-7m.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('year: 2017', 'year: "2017"'));
    const out = await mkdtemp(join(tmpdir(), 'hatinh-periods-'));
    const run = await runInProcess([
      'build',
      '2019',
      '--period',
      '9m',
      '--data',
      data,
      '--out',
      out,
      '--lang',
      'en',
    ]);
    const named = await runInProcess(['build', '2019-9m', '--data', data, '--out', out, '--lang', 'en']);
    expect(run.code).toBe(1);
    // The same round of problems either way: the error, and the nine months' own warnings.
    expect(run.stderr).toContain('2019-9m.yaml');
    expect(run.stderr).toContain('[REPORT_SECTION_MISSING]');
    expect(run.stderr).toBe(named.stderr);
    await rm(data, { recursive: true });
  });

  it('a period that is no month count: a usage error', async () => {
    const run = await runInProcess(['build', '2019', '--period', '12m', '--data', PERIODS]);
    expect(run.code).toBe(2);
  });
});

describe('years, and new, know periods', () => {
  it('years lists a year as a number and its first months by name, as build takes them', async () => {
    const run = await runInProcess(['years', '--json', '--data', PERIODS]);
    expect(JSON.parse(run.stdout)).toEqual(['2018-7m', '2019-9m']);
  });

  it('new YEAR --period starts the first months’ file, blank, with its period; check then warns of blanks', async () => {
    const data = await copy();
    const run = await runInProcess(['new', '2020', '--period', '6m', '--data', data]);
    expect(run.code).toBe(0);
    const text = await readFile(join(data, '2020-6m.yaml'), 'utf8');
    expect(text).toContain('period: 6m');
    expect(text).toContain('  rest_of_year_tasks:');
    expect(text).not.toContain('next_year_tasks');
    const again = await runInProcess(['new', '2020', '--period', '6m', '--data', data]);
    expect(again.code).toBe(2);
    await rm(data, { recursive: true });
  });

  it('new YEAR --period refuses months whose file has another name, rather than make a duplicate', async () => {
    const data = await copy();
    await cp(join(data, '2019-9m.yaml'), join(data, 'ket-qua-9-thang-2019.yaml'));
    await rm(join(data, '2019-9m.yaml'));
    const run = await runInProcess(['new', '2019', '--period', '9m', '--data', data, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[NEW_FILES_EXIST]');
    expect(run.stderr).toContain('ket-qua-9-thang-2019.yaml');
    await rm(data, { recursive: true });
  });
});
