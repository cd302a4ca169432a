import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfData, DATA, replaceIn, runInProcess } from '../helpers/run-cli.js';
import { trialData } from '../helpers/trial-data.js';

/** Issue 10: a year kept for comparison (the shipped 2017, one figure) is read, never built as a "report". */
describe('report years: every results file not marked comparison_only', () => {
  it('years lists the shipped data’s one report year; 2017 is for comparison', async () => {
    expect(await runInProcess(['years', '--data', DATA])).toEqual({ code: 0, stdout: '2018\n', stderr: '' });
    expect((await runInProcess(['years', '--data', await trialData(), '--json'])).stdout).toBe(
      '[2018,2019]\n',
    );
  });

  it('build without years builds the report years, and not 2017', async () => {
    const out = await mkdtemp(join(tmpdir(), 'hatinh-years-'));
    const run = await runInProcess(['build', '--format', 'md', '--data', await trialData(), '--out', out]);
    expect(run.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['2018', '2019']);
  });

  it('build 2017 is refused, saying the file is kept for comparison and what to do', async () => {
    const out = await mkdtemp(join(tmpdir(), 'hatinh-years-'));
    const run = await runInProcess(['build', '2017', '--format', 'md', '--data', DATA, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `error: ${join(DATA, '2017.yaml')} is kept only for comparison (comparison_only: true): there is no report on 2017 to build. [NOT_A_REPORT_YEAR]`,
    );
    expect(await readdir(out)).toEqual([]);
  });

  it('no report year at all is a clear error', async () => {
    const data = await copyOfData();
    await replaceIn(join(data, '2018.yaml'), 'year: 2018\n', 'year: 2018\ncomparison_only: true\n');
    const run = await runInProcess(['build', '--format', 'md', '--data', data, '--out', join(data, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /There is no year to report on in .*every one is marked comparison_only\. \[NO_REPORT_YEARS\]/,
    );
    expect((await runInProcess(['years', '--data', data])).code).toBe(2);
  });

  it('a build its data’s errors stop says, with them, the warnings of the years it would have built, and only theirs', async () => {
    const dir = await trialData();
    // An error in next year's targets (a figure that is not a number) and a warning in 2019 (no lessons).
    await replaceIn(
      join(dir, '2020-targets.yaml'),
      'viec-lam: { type: level, value: 24000 }',
      'viec-lam: { type: level, value: "24.000 người" }',
    );
    await replaceIn(
      join(dir, '2019.yaml'),
      '  lessons:\n    - Chỉ tiêu thi đua phải được giao cụ thể, có kiểm tra, đánh giá định kỳ.\n',
      '',
    );
    const out = await mkdtemp(join(tmpdir(), 'hatinh-years-'));
    const run = await runInProcess(['build', '2019', '--format', 'md', '--data', dir, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/2020-targets\.yaml:\d+:\d+ error .*\[SCHEMA_TYPE\]/);
    expect(run.stderr).toMatch(
      /2019\.yaml:\d+:\d+ warning .*"Bài học kinh nghiệm".*\[REPORT_SECTION_MISSING\]/,
    );
    // 2018 is not built: what it lacks is not said.
    expect(run.stderr).not.toMatch(/2018\.yaml:\d+:\d+ warning .*\[REPORT_SECTION_MISSING\]/);
    expect(await readdir(out)).toEqual([]);
  });

  it('--messages github: the data’s warnings and the drafter’s notes also as annotations, for CI', async () => {
    const out = await mkdtemp(join(tmpdir(), 'hatinh-years-'));
    const run = await runInProcess([
      'build',
      '--format',
      'md',
      '--data',
      DATA,
      '--out',
      out,
      '--messages',
      'github',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`::warning file=${join(DATA, '2018.yaml')},line=`);
    expect(run.stdout).toContain('title=REPORT_SECTION_MISSING::The report on 2018 has no');
    expect(run.stdout).toContain('::warning title=NO_TARGETS::2018: no targets for 2018');
    expect(run.stderr).toContain('warning: 2018: no targets for 2018'); // the log keeps its words
  });
});
