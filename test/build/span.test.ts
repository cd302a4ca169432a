import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel, periodLabel } from '../../src/domain/report-period.js';
import { expectGolden } from '../helpers/golden.js';
import { DATA, ENGLISH, runInProcess } from '../helpers/run-cli.js';

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
    expect(await readdir(join(out, '2016-2020'))).toEqual(['bao-cao-2016-2020.md']);
    const md = await readFile(join(out, '2016-2020', 'bao-cao-2016-2020.md'), 'utf8');
    expect(md).toContain('**Tổng kết công tác thi đua, khen thưởng giai đoạn 2016\u00a0-\u00a02020**');
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
