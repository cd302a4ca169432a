import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfData, DATA, runInProcess } from '../helpers/run-cli.js';

/** The indicator ids of the shipped catalogue, in its order (after its "indicators:" line; areas come before). */
const catalogueIds = async () => {
  const text = await readFile(join(DATA, 'indicators.yaml'), 'utf8');
  return [...text.slice(text.indexOf('\nindicators:')).matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);
};

const json = async (args: string[]) =>
  JSON.parse((await runInProcess([...args, '--format', 'json'])).stdout) as {
    code: string;
    severity: string;
    file: string;
    line: number;
    args: { id?: string };
  }[];

/** Issue 10 §1: a guided start for each year. */
describe('new YEAR: the year’s results file and next year’s targets, every blank named', () => {
  it('lists every indicator in the catalogue’s order, blank, with last year’s figure and this year’s target beside it', async () => {
    const data = await copyOfData();
    const run = await runInProcess(['new', '2019', '--data', data]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `wrote ${join(data, '2019.yaml')}\nwrote ${join(data, '2020-targets.yaml')}\nFill in the blanks, then run: node bin/hatinh-report.js check --data ${data}\n`,
    );
    const results = await readFile(join(data, '2019.yaml'), 'utf8');
    const ids = await catalogueIds();
    expect(ids.length).toBeGreaterThan(20);
    expect([...results.matchAll(/^ {2}([a-z0-9_-]+):$/gm)].map((m) => m[1])).toEqual([
      ...ids,
      ...['situation', 'movements', 'commendations', 'highlights', 'shortcomings', 'causes', 'lessons'],
      ...['next_year_tasks', 'proposals'],
    ]);
    expect(results).toContain(
      '  # Giải quyết việc làm (người). Năm 2018: trên 24.000 người. Kế hoạch năm 2019: 23.500 người.\n  viec-lam:\n',
    );
    expect(results).toContain('Tỷ lệ hộ nghèo (%). Năm 2018: 6,92%. Kế hoạch năm 2019: dưới 6%.');
    expect(results).toMatch(/# 2\. Tồn tại, hạn chế: .*\n {2}shortcomings:\n/);
    const targets = await readFile(join(data, '2020-targets.yaml'), 'utf8');
    expect([...targets.matchAll(/^ {2}([a-z0-9_-]+):$/gm)].map((m) => m[1])).toEqual(ids);
    expect(targets).toContain(
      '# Giải quyết việc làm (người). Năm 2018: trên 24.000 người. Kế hoạch năm 2019: 23.500 người.',
    );
  });

  it('check names each blank as a warning at its line, the sources and the parts of the report too; no error', async () => {
    const data = await copyOfData();
    await runInProcess(['new', '2019', '--data', data]);
    const text = await readFile(join(data, '2019.yaml'), 'utf8');
    const found = await json(['check', join(data, '2019.yaml')]);
    const blanks = found.filter((d) => d.code === 'FIGURE_BLANK');
    expect(blanks.map((d) => d.args.id)).toEqual(await catalogueIds());
    expect(blanks.every((d) => d.severity === 'warning')).toBe(true);
    expect(blanks[0]?.line).toBe(text.split('\n').indexOf('  nghi-quyet-hdnd:') + 1);
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    expect(found.filter((d) => d.code === 'SOURCE_BLANK').map((d) => d.line)).toEqual([
      text.split('\n').indexOf('  - id:') + 1,
    ]);
    const parts = found.filter((d) => d.code === 'REPORT_SECTION_MISSING');
    expect(parts.map((d) => d.line)).toEqual(
      [
        'situation',
        'movements',
        'commendations',
        'highlights',
        'shortcomings',
        'causes',
        'lessons',
        'next_year_tasks',
      ].map((key) => text.split('\n').indexOf(`  ${key}:`) + 1),
    );
    // The rest of the data builds meanwhile: a year begun does not stop last year's report.
    const built = await runInProcess([
      'build',
      '2018',
      '--format',
      'md',
      '--data',
      data,
      '--out',
      join(data, 'out'),
    ]);
    expect(built.code, built.stderr).toBe(0);
    const targets = await json(['check', join(data, '2020-targets.yaml')]);
    expect(targets.filter((d) => d.code === 'TARGET_BLANK')).toHaveLength(blanks.length);
  });

  it('once filled in, the files pass check and the year builds; what is left blank reads "Chưa có số liệu"', async () => {
    const data = await copyOfData();
    await runInProcess(['new', '2019', '--data', data]);
    const fill = async (name: string, edits: [string, string][]) => {
      let text = await readFile(join(data, name), 'utf8');
      for (const [from, to] of edits) {
        expect(text, from).toContain(from);
        text = text.replace(from, to);
      }
      await writeFile(join(data, name), text);
    };
    const source: [string, string] = [
      '  - id:\n    title:\n# default_source:',
      '  - id: bao-cao\n    title: Báo cáo tổng kết năm 2019\ndefault_source: bao-cao',
    ];
    await fill('2019.yaml', [
      source,
      ['\n  viec-lam:\n', '\n  viec-lam:\n    value: 23800\n'],
      ['\n  ty-le-ho-ngheo:\n', '\n  ty-le-ho-ngheo:\n    value: 5.2\n'],
      [
        '\n  situation:\n',
        '\n  situation: Năm 2019, tình hình kinh tế - xã hội của tỉnh tiếp tục ổn định.\n',
      ],
    ]);
    await fill('2020-targets.yaml', [
      source,
      ['\n  viec-lam:\n', '\n  viec-lam:\n    type: level\n    value: 24000\n'],
    ]);
    const checked = await json(['check', '--data', data]);
    expect(checked.filter((d) => d.severity === 'error')).toEqual([]);
    const out = join(data, 'out');
    const built = await runInProcess(['build', '2019', '--format', 'md', '--data', data, '--out', out]);
    expect(built.code, built.stderr).toBe(0);
    const md = await readFile(join(out, '2019', 'bao-cao-2019.md'), 'utf8');
    expect(md).toContain('23.800');
    expect(md).toContain('5,2%');
    expect(md).toContain('Chưa có số liệu');
  });

  it('the sample in each file, written out as it shows, is at the right depth: it fills its indicator', async () => {
    const data = await copyOfData();
    await runInProcess(['new', '2019', '--data', data]);
    for (const [file, ok] of [
      ['2019.yaml', 'value: 24000'],
      ['2020-targets.yaml', 'type: level'],
    ] as const) {
      const path = join(data, file);
      const text = await readFile(path, 'utf8');
      // The clerk's way: the sample's lines, their "# " taken away, put in place of the blank entry.
      const sample = [...text.matchAll(/^ {2}# ( *(?:viec-lam:|[a-z]+: .+))$/gm)].map((m) => `  ${m[1]}`);
      expect(sample[0]).toBe('  viec-lam:');
      expect(sample.some((line) => line.endsWith(ok))).toBe(true);
      await writeFile(path, text.replace(/^ {2}viec-lam:$/m, sample.join('\n')));
      const problems = (await json(['check', '--data', data])).filter(
        (d) => d.file === path && (d.severity === 'error' || d.args.id === 'viec-lam'),
      );
      expect(problems).toEqual([]);
    }
  });

  it('never overwrites: a file that exists is kept and named; with both there, nothing is done (exit 2)', async () => {
    const data = await copyOfData();
    const own = (await readFile(join(data, '2019-targets.yaml'), 'utf8')).replace('year: 2019', 'year: 2020');
    await writeFile(join(data, '2020-targets.yaml'), own);
    const first = await runInProcess(['new', '2019', '--data', data]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(
      `kept ${join(data, '2020-targets.yaml')} (it exists; "new" never overwrites a file)`,
    );
    expect(await readFile(join(data, '2020-targets.yaml'), 'utf8')).toBe(own);
    const before = await readFile(join(data, '2019.yaml'), 'utf8');
    const again = await runInProcess(['new', '2019', '--data', data]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /already exist \(.*2019\.yaml.*\); "new" never overwrites a file\. \[NEW_FILES_EXIST\]/,
    );
    expect(await readFile(join(data, '2019.yaml'), 'utf8')).toBe(before);
    await rm(join(data, '2019.yaml'));
  });

  it('a file of the year under another name (.yml) counts as there: no second file for the same year', async () => {
    const data = await copyOfData();
    const own = (await readFile(join(data, '2019-targets.yaml'), 'utf8')).replace('year: 2019', 'year: 2020');
    await writeFile(join(data, '2020-targets.yml'), own);
    const run = await runInProcess(['new', '2019', '--data', data]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`wrote ${join(data, '2019.yaml')}`);
    expect(run.stdout).not.toContain(`wrote ${join(data, '2020-targets.yaml')}`);
    expect((await json(['check', '--data', data])).filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('a build speaks of the years it builds (issue 24)', () => {
  it('a blank year begun with new is not warned of in the build of another year', async () => {
    const data = await copyOfData();
    expect((await runInProcess(['new', '2019', '--data', data])).code).toBe(0);
    const out = join(data, 'out');
    const run = await runInProcess(['build', '2018', '--format', 'md', '--data', data, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    // 2019.yaml and 2020-targets.yaml are blank, and neither is read by the 2018 report (2019-targets.yaml is).
    expect(run.stderr).not.toMatch(/2019\.yaml|2020-targets\.yaml/);
    // check, which looks at the whole folder, still names them.
    const check = await runInProcess(['check', '--data', data]);
    expect(check.stdout).toMatch(/2019\.yaml:\d+:\d+ warning/);
  });

  it('a year without results is said at once, before any warning of the others', async () => {
    const data = await copyOfData();
    await runInProcess(['new', '2019', '--data', data]);
    const run = await runInProcess([
      'build',
      '2021',
      '--format',
      'md',
      '--data',
      data,
      '--out',
      join(data, 'o'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')[0]).toMatch(/^error: There is no results file for 2021/);
    expect(run.stderr).not.toContain('warning');
  });
});
