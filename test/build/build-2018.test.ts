import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADLINE_FIGURES } from '../helpers/headline-figures.js';
import { copyOfData, DATA, ROOT, replaceIn, runInProcess } from '../helpers/run-cli.js';

const GOLDEN = join(ROOT, 'test', 'golden');

async function build(
  args: string[] = [],
  data = DATA,
): Promise<{ out: string; code: number; stderr: string; stdout: string }> {
  const out = await mkdtemp(join(tmpdir(), 'hatinh-out-'));
  const run = await runInProcess([
    'build',
    '2018',
    '--format',
    'md,html',
    '--data',
    data,
    '--out',
    out,
    ...args,
  ]);
  return { out, ...run };
}

async function hashes(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const name of (await readdir(folder, { recursive: true })).sort()) {
    const path = join(folder, name);
    const content = await readFile(path).catch(() => undefined);
    if (content) result[name] = createHash('sha256').update(content).digest('hex');
  }
  return result;
}

describe('build 2018 on the shipped data', () => {
  it('holds every headline figure of the source article in vi-VN form with its qualifier', async () => {
    const { out, code } = await build();
    expect(code).toBe(0);
    const md = await readFile(join(out, '2018', 'bao-cao-2018.md'), 'utf8');
    for (const figure of HEADLINE_FIGURES) {
      expect(md, figure).toContain(figure);
    }
    // Commendations counted by form, by who conferred them and by recipient: the province's Bằng khen and the
    // ministry's stay two rows; "hàng chục" as the source says.
    expect(md).toContain('| 1 | Bằng khen | UBND tỉnh | Sở | 1 |');
    expect(md).toContain('| 2 | Bằng khen | Bộ Lao động - Thương binh và Xã hội | Sở | 1 |');
    expect(md).toContain(
      '| 3 | Khen thưởng | Chủ tịch nước, Thủ tướng Chính phủ, Bộ Lao động - Thương binh và Xã hội, UBND tỉnh | Tập thể, cá nhân | hàng chục |',
    );
    // No 2018 targets: the table has no plan columns, rather than a column of "Không có chỉ tiêu".
    expect(md).not.toContain('Kế hoạch năm 2018');
    expect(md).toContain('Chưa có số liệu');
    // What the data lacks is for the drafter, never in the signed text.
    expect(md).not.toMatch(/Dữ liệu (không|chưa) có|để so sánh cho/);
    expect(md).not.toContain('"');
    expect(md).not.toMatch(/NaN|undefined|Infinity|\d\.\d{3},|\d,\d{3}\./);
  });

  it('matches the golden Markdown, HTML and drafting notes, byte for byte', async () => {
    // The data folder as a user names it (the notes point to its files): relative to the project, where tests run.
    const { out } = await build([], 'data');
    for (const name of ['bao-cao-2018.md', 'bao-cao-2018.html', 'ghi-chu-soan-thao-2018.md']) {
      const actual = await readFile(join(out, '2018', name), 'utf8');
      if (process.env.UPDATE_GOLDEN === '1') await writeFile(join(GOLDEN, name), actual);
      expect(actual, name).toBe(await readFile(join(GOLDEN, name), 'utf8'));
    }
  });

  it('two builds are byte-identical', async () => {
    const a = await build();
    const b = await build();
    expect(await hashes(join(a.out, '2018'))).toEqual(await hashes(join(b.out, '2018')));
  });

  it('the HTML is one self-contained file: nothing fetched, no script', async () => {
    const { out } = await build(['--charts', 'all']);
    const html = await readFile(join(out, '2018', 'bao-cao-2018.html'), 'utf8');
    expect(html).not.toMatch(/<script|<link|src="http|url\(http|@import/i);
    expect(html).toContain('<svg');
    expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html).toContain('Độc lập - Tự do - Hạnh phúc');
  });

  it('--date sets the date line with leading zeros', async () => {
    const { out } = await build(['--date', '2019-01-05']);
    const md = await readFile(join(out, '2018', 'bao-cao-2018.md'), 'utf8');
    expect(md).toContain('Hà Tĩnh, ngày 05 tháng 01 năm 2019');
  });

  it('--date before the year’s last two months builds, with a warning (issue 10: it was accepted silently)', async () => {
    const { out, code, stderr } = await build(['--date', '2018-06-30']);
    expect(code).toBe(0);
    expect(stderr).toContain(
      'warning: 2018: --date 2018-06-30 is not between November 2018 and the end of 2019: check the date of the report on 2018.',
    );
    const notes = await readFile(join(out, '2018', 'ghi-chu-soan-thao-2018.md'), 'utf8');
    expect(notes).toContain('Ngày văn bản 2018-06-30 (--date) không nằm trong khoảng từ tháng 11 năm 2018');
    expect((await build(['--date', '2018-11-20'])).stderr).not.toContain('--date');
  });
});

describe('build with targets (a test data set: the shipped data plus made-up targets and 2017 figures)', () => {
  async function dataWithTargets(): Promise<string> {
    const dir = await copyOfData();
    await writeFile(
      join(dir, '2018-targets.yaml'),
      [
        'kind: targets',
        'year: 2018',
        'sources: [{ id: test, title: Test targets }]',
        'default_source: test',
        'targets:',
        '  viec-lam: { type: level, value: 23500 }',
        '  xuat-khau-lao-dong: { type: level, value: 9000 }',
        '  ty-le-ho-ngheo: { type: change, change: decrease, by: 1.5 }',
        '  ty-le-ho-can-ngheo: { type: ceiling, value: 6 }',
        '  ty-le-lao-dong-qua-dao-tao: { type: range, min: 60, max: 62 }',
        '',
      ].join('\n'),
    );
    await replaceIn(
      join(dir, '2017.yaml'),
      'values:\n',
      'values:\n  viec-lam: { value: 22000 }\n  ty-le-ho-ngheo: { value: 8.42 }\n',
    );
    return dir;
  }

  it('words attainment and change as a report writer would, with hand-computed figures', async () => {
    const { out, code } = await build([], await dataWithTargets());
    expect(code).toBe(0);
    const md = await readFile(join(out, '2018', 'bao-cao-2018.md'), 'utf8');
    // 24000 / 23500 = 102,127…% and "trên" rounds down: trên 102,1%. 24000 / 22000 = 109,09…%: tăng trên 9,0%.
    expect(md).toContain(
      'Giải quyết việc làm: trên 24.000 người; đạt trên 102,1% kế hoạch (kế hoạch 23.500 người), vượt kế hoạch; tăng trên 9,0% so với năm 2017 (bằng trên 109,0%; năm 2017: 22.000 người).',
    );
    // "gần 9.000" against 9.000 is below the target, however close: not met.
    expect(md).toContain(
      'gần 9.000 người; đạt gần 100,0% kế hoạch (kế hoạch 9.000 người), chưa đạt kế hoạch.',
    );
    // 8,42% → 6,92% is a fall of 1,5 percentage points, exactly the planned 1,5.
    expect(md).toContain(
      'Tỷ lệ hộ nghèo: 6,92%; đạt kế hoạch (kế hoạch giảm 1,5 điểm phần trăm); giảm 1,5 điểm phần trăm so với năm 2017 (8,42%).',
    );
    // 6,57% against "dưới 6%": 0,57 points above the ceiling.
    expect(md).toContain(
      'Tỷ lệ hộ cận nghèo: 6,57%; cao hơn kế hoạch 0,57 điểm phần trăm (kế hoạch dưới 6%), chưa đạt kế hoạch.',
    );
    expect(md).toContain('Tỷ lệ lao động qua đào tạo: 61%; đạt kế hoạch (kế hoạch từ 60% đến 62%)');
    expect(md).toContain(
      'Trong 5 chỉ tiêu kế hoạch năm 2018, có 1 chỉ tiêu vượt kế hoạch, 2 chỉ tiêu đạt kế hoạch và 2 chỉ tiêu chưa đạt kế hoạch.',
    );
    expect(md).toContain(
      '| 1 | Giải quyết việc làm | người | 23.500 | trên 24.000 | trên 102,1% (Vượt kế hoạch) | 22.000 | trên 109,0% |',
    );
    expect(md).toContain('![Mức độ hoàn thành kế hoạch năm 2018 (%)](bieu-do-hoan-thanh-ke-hoach-2018.svg)');
  });
});

describe('a failed build loses nothing', () => {
  it('leaves the previous outputs byte for byte when the templates are broken', async () => {
    const first = await build();
    const before = await hashes(first.out);
    const templates = await mkdtemp(join(tmpdir(), 'hatinh-templates-'));
    await cp(join(ROOT, 'templates'), templates, { recursive: true });
    await replaceIn(join(templates, 'partials', 'html', 'title.hbs'), '{{title}}', '{{titel}}');
    const run = await runInProcess([
      'build',
      '2018',
      '--format',
      'md,html',
      '--out',
      first.out,
      '--data',
      DATA,
      '--templates',
      templates,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/title\.hbs:\d+:\d+: the template uses "titel"/);
    expect(await hashes(first.out)).toEqual(before);
  });

  it('refuses data with errors (exit 1) and writes nothing', async () => {
    const dir = await copyOfData();
    await replaceIn(join(dir, '2018.yaml'), 'value: 24000', 'value: 24.000');
    const { out, code, stderr } = await build([], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('NUMBER_THOUSANDS_DOT');
    expect(await readdir(out)).toEqual([]);
  });

  it('a year without results is a clear error (exit 2)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'hatinh-out-'));
    const run = await runInProcess(['build', '2019', '--data', DATA, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('There is no results file for 2019');
  });

  it('a template with a syntax error names the file and line', async () => {
    const templates = await mkdtemp(join(tmpdir(), 'hatinh-templates-'));
    await cp(join(ROOT, 'templates'), templates, { recursive: true });
    await replaceIn(join(templates, 'partials', 'html', 'signature.hbs'), '{{/if}}', '');
    const { code, stderr } = await build(['--templates', templates]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/signature\.hbs:\d+: the template has a syntax error/);
  });

  it('a templates folder of one’s own needs only the files it changes; a mistyped one is refused (issue 10)', async () => {
    const templates = await mkdtemp(join(tmpdir(), 'hatinh-templates-'));
    const html = await readFile(join(ROOT, 'templates', 'document.html.hbs'), 'utf8');
    await writeFile(join(templates, 'document.html.hbs'), html.replace('</body>', '<p>MẪU RIÊNG</p></body>'));
    const { out, code } = await build(['--templates', templates]);
    expect(code).toBe(0);
    expect(await readFile(join(out, '2018', 'bao-cao-2018.html'), 'utf8')).toContain('<p>MẪU RIÊNG</p>');
    expect(await readFile(join(out, '2018', 'bao-cao-2018.md'), 'utf8')).toBe(
      await readFile(join(GOLDEN, 'bao-cao-2018.md'), 'utf8'),
    );
    const missing = await build(['--templates', join(templates, 'khong-co')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`The templates folder ${join(templates, 'khong-co')} does not exist.`);
    const empty = await build(['--templates', await mkdtemp(join(tmpdir(), 'hatinh-templates-'))]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/holds none of the templates/);
    // A template of an earlier version, which nothing reads any more, is refused rather than silently ignored.
    await writeFile(join(templates, 'report.html.hbs'), '<html></html>');
    const old = await build(['--templates', templates]);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain(
      `${join(templates, 'report.html.hbs')} is not a template this version reads`,
    );
    // So is a partial of an earlier version (the results table's, before the document tree).
    await rm(join(templates, 'report.html.hbs'));
    await mkdir(join(templates, 'partials', 'html'), { recursive: true });
    await writeFile(join(templates, 'partials', 'html', 'results-table.hbs'), '<table></table>');
    const oldPartial = await build(['--templates', templates]);
    expect(oldPartial.code).toBe(2);
    expect(oldPartial.stderr).toContain(
      `${join(templates, 'partials', 'html', 'results-table.hbs')} is not a template this version reads`,
    );
  });

  it('a partial of one’s own gets Handlebars’ data (@index, @root), as a partial of the shipped ones does', async () => {
    const templates = await mkdtemp(join(tmpdir(), 'hatinh-templates-'));
    await mkdir(join(templates, 'partials'));
    await writeFile(join(templates, 'partials', 'keyword.hbs'), '[{{@index}}/{{@root.meta.date}}] {{this}}');
    const html = await readFile(join(ROOT, 'templates', 'document.html.hbs'), 'utf8');
    await writeFile(
      join(templates, 'document.html.hbs'),
      html.replace('</body>', '<ol>{{#each meta.keywords}}<li>{{> keyword}}</li>{{/each}}</ol></body>'),
    );
    const { out, code, stderr } = await build(['--templates', templates]);
    expect(code, stderr).toBe(0);
    expect(await readFile(join(out, '2018', 'bao-cao-2018.html'), 'utf8')).toMatch(
      /<li>\[0\/2019-02-28\] báo cáo<\/li><li>\[1\/2019-02-28\] thi đua/,
    );
  });

  it("an office restyles one kind of node with a partial of its own: a table's kind first, then the node's type", async () => {
    const templates = await mkdtemp(join(tmpdir(), 'hatinh-templates-'));
    await mkdir(join(templates, 'partials', 'html'), { recursive: true });
    await mkdir(join(templates, 'partials', 'md'), { recursive: true });
    // Every heading of the HTML drawn anew; the results table of the Markdown drawn by a partial of its kind.
    await writeFile(join(templates, 'partials', 'html', 'heading.hbs'), '<p class="muc">{{text}}</p>\n');
    await writeFile(
      join(templates, 'partials', 'md', 'table-results.hbs'),
      '{{caption}}: {{rows.length}} dòng\n\n',
    );
    const { out, code, stderr } = await build(['--templates', templates]);
    expect(code, stderr).toBe(0);
    const html = await readFile(join(out, '2018', 'bao-cao-2018.html'), 'utf8');
    expect(html).toContain('<p class="muc">I. ĐẶC ĐIỂM TÌNH HÌNH</p>');
    expect(html).not.toContain('<h2>');
    const md = await readFile(join(out, '2018', 'bao-cao-2018.md'), 'utf8');
    expect(md).toMatch(/Bảng: Kết quả thực hiện các chỉ tiêu năm 2018: \d+ dòng/);
    expect(md).not.toContain('| TT | Chỉ tiêu |');
    // The other tables keep the format's own partial.
    expect(md).toContain('| TT | Hình thức khen thưởng | Cấp khen | Đối tượng | Số lượng |');
  });

  it('an output folder that cannot be written is exit 2 with the folder named', async () => {
    const blocker = join(await mkdtemp(join(tmpdir(), 'hatinh-out-')), 'file');
    await writeFile(blocker, 'not a folder');
    await mkdir(join(blocker, '..', 'x'), { recursive: true });
    const run = await runInProcess(['build', '2018', '--format', 'md', '--data', DATA, '--out', blocker]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Cannot write .*file.*\[OUTPUT_NOT_WRITABLE\]/);
  });
});
