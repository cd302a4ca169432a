/**
 * The trial of issue 8: a clerk's plausible 2019 year (test/fixtures/trial-2019, made-up figures) built as a
 * director would receive it. Each test is a fault the trial found in the document, and must stay gone.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { replaceIn, runInProcess } from '../helpers/run-cli.js';
import { trialData } from '../helpers/trial-data.js';

let data: string;
beforeAll(async () => {
  data = await trialData();
});

async function build(args: string[] = [], folder = data) {
  const out = await mkdtemp(join(tmpdir(), 'hatinh-trial-'));
  const run = await runInProcess([
    'build',
    '2019',
    '--format',
    'md',
    '--data',
    folder,
    '--out',
    out,
    ...args,
  ]);
  expect(run.code, run.stderr).toBe(0);
  const md = await readFile(join(out, '2019', 'bao-cao-2019.md'), 'utf8');
  const notes = await readFile(join(out, '2019', 'ghi-chu-soan-thao-2019.md'), 'utf8');
  return { ...run, out, md, notes, files: (await readdir(join(out, '2019'))).sort() };
}

describe('the trial 2019 report says only what its figures prove', () => {
  it('sets a rate against its target in points, with the verdict (item 8)', async () => {
    const { md } = await build();
    expect(md).toContain(
      'Tỷ lệ lao động qua đào tạo: 64%; thấp hơn kế hoạch 1 điểm phần trăm (kế hoạch 65%), chưa đạt kế hoạch; tăng 3 điểm phần trăm so với năm 2018 (61%).',
    );
    expect(md).toContain(
      'Tỷ lệ hộ nghèo: 5,2%; đạt kế hoạch (kế hoạch dưới 6%), thấp hơn kế hoạch 0,8 điểm phần trăm; giảm 1,72 điểm phần trăm so với năm 2018 (6,92%).',
    );
    expect(md).not.toMatch(/đạt 98,5% kế hoạch/);
    const asked = await build(['--rate-percent-of-plan']);
    expect(asked.md).toContain('64%; đạt 98,5% kế hoạch (kế hoạch 65%), chưa đạt kế hoạch');
  });

  it('does not say 44.010 rose from "trên 44.000", and never says a change of 0% (items 5, 6)', async () => {
    const { md } = await build(['--percent-decimals', '0']);
    expect(md).toContain(
      'Trong đó, người có công hưởng trợ cấp thường xuyên: 44.010 người; năm 2018: trên 44.000 người.',
    );
    // 23.800 against "trên 24.000": a fall of more than 0,83%; at 0 decimals it reads "trên 0,8%", never "0%".
    expect(md).toContain('giảm trên 0,8% so với năm 2018 (bằng dưới 99,2%; năm 2018: trên 24.000 người)');
    expect(md).not.toMatch(/(tăng|giảm) (trên |dưới |gần )?0%|bằng (trên |dưới |gần )?100%;/);
  });

  it('keeps the tool’s own remarks out of the document and in the drafter’s notes (item 7)', async () => {
    const { md, notes, stderr } = await build();
    expect(md).not.toMatch(/Dữ liệu|để so sánh cho|chưa có số liệu"|chỉ tiêu còn lại/);
    expect(notes).toContain('chưa đủ cơ sở nói tăng hay giảm');
    expect(notes).toContain('Người có công hưởng trợ cấp thường xuyên');
    expect(stderr).toMatch(/warning: 2019: the qualifiers .* nguoi-co-cong-tro-cap-thuong-xuyen/);
    // Last year's missing sections are last year's: the 2019 build does not report them.
    expect(stderr).not.toContain('REPORT_SECTION_MISSING');
  });

  it('recognises titles and gives forms, keeping who conferred each (item 9)', async () => {
    const { md } = await build();
    expect(md).toContain('- 18 cá nhân được Giám đốc Sở công nhận danh hiệu Chiến sĩ thi đua cơ sở.');
    expect(md).toContain('- UBND tỉnh tặng Cờ thi đua cho Sở (dẫn đầu khối thi đua các sở, ngành năm 2019).');
    expect(md).toContain('- 3 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.');
    expect(md).toContain('### 1. Danh hiệu thi đua');
    expect(md).toContain('### 2. Hình thức khen thưởng');
    expect(md).toContain('| 1 | Bằng khen | Bộ Lao động - Thương binh và Xã hội | Tập thể | 2 |');
    expect(md).toContain('| 2 | Bằng khen | Chủ tịch UBND tỉnh | Cá nhân | 3 |');
    expect(md).not.toMatch(/tặng Chiến sĩ thi đua|tặng Lao động tiên tiến/);
  });

  it('typesets quotes as “ ” (item 10)', async () => {
    const { md } = await build();
    expect(md).toContain('Phong trào “Đền ơn đáp nghĩa, uống nước nhớ nguồn”');
    expect(md).not.toContain('"');
  });

  it('has every part of a summing-up, shortcomings with their causes, and no empty heading (item 11)', async () => {
    const { md } = await build();
    for (const heading of [
      '## I. ĐẶC ĐIỂM TÌNH HÌNH',
      '## III. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA',
      '## IV. CÔNG TÁC KHEN THƯỞNG',
      '### 1. Ưu điểm',
      '### 2. Tồn tại, hạn chế và nguyên nhân',
      '_a) Tồn tại, hạn chế_',
      '_b) Nguyên nhân_',
      '### 3. Bài học kinh nghiệm',
      '### 2. Nhiệm vụ trọng tâm',
      '## VII. ĐỀ XUẤT, KIẾN NGHỊ',
    ]) {
      expect(md, heading).toContain(heading);
    }
    // Without lessons and proposals: those headings go, the warnings come, and the numbering stays whole.
    const dir = await trialData();
    await replaceIn(join(dir, '2019.yaml'), '  lessons:\n', '  lesson_notes_removed:\n');
    await replaceIn(
      join(dir, '2019.yaml'),
      '  lesson_notes_removed:\n    - Chỉ tiêu thi đua phải được giao cụ thể, có kiểm tra, đánh giá định kỳ.\n',
      '',
    );
    await replaceIn(
      join(dir, '2019.yaml'),
      '  proposals:\n    - Đề nghị UBND tỉnh bổ sung kinh phí hỗ trợ đào tạo nghề cho lao động nông thôn.\n',
      '',
    );
    const without = await build([], dir);
    expect(without.md).not.toContain('Bài học kinh nghiệm');
    expect(without.md).not.toContain('ĐỀ XUẤT');
    expect(without.md).toMatch(/### 1\. Ưu điểm[\s\S]*### 2\. Tồn tại/);
    expect(without.stderr).toMatch(
      /2019\.yaml:\d+:\d+ warning .*"Bài học kinh nghiệm".*\[REPORT_SECTION_MISSING\]/,
    );
    const strict = await runInProcess([
      'build',
      '2019',
      '--format',
      'md',
      '--data',
      dir,
      '--out',
      without.out,
      '--strict',
    ]);
    expect(strict.code).toBe(1);
  });
});

describe('the charts a report carries', () => {
  it('by default the attainment chart only; none or all on request, or as the agency file says', async () => {
    const svgs = (files: string[]) => files.filter((f) => f.endsWith('.svg'));
    expect(svgs((await build()).files)).toEqual(['bieu-do-hoan-thanh-ke-hoach-2019.svg']);
    expect(svgs((await build(['--charts', 'none'])).files)).toEqual([]);
    const all = svgs((await build(['--charts', 'all'])).files);
    expect(all[0]).toBe('bieu-do-hoan-thanh-ke-hoach-2019.svg');
    expect(all.slice(1).every((f) => /^bieu-do-so-sanh-2019-2018-\d+\.svg$/.test(f))).toBe(true);
    const dir = await trialData();
    await replaceIn(join(dir, 'agency.yaml'), 'archive: VT, VP', 'archive: VT, VP\nreport:\n  charts: none');
    expect(svgs((await build([], dir)).files)).toEqual([]);
    // The command line wins over the file.
    expect(svgs((await build(['--charts', 'attainment'], dir)).files)).toEqual([
      'bieu-do-hoan-thanh-ke-hoach-2019.svg',
    ]);
  });

  it('rounds percentages half away from zero, or truncates them as the agency file says', async () => {
    // 9.150 / 8.500 = 107,647…%: 107,6% either way at one decimal; 18.100 / 18.700 = 96,791…%: 96,8% or 96,7%.
    expect((await build()).md).toContain('18.100 người; đạt 96,8% kế hoạch');
    const dir = await trialData();
    await replaceIn(
      join(dir, 'agency.yaml'),
      'archive: VT, VP',
      'archive: VT, VP\nreport:\n  rounding: truncate',
    );
    expect((await build([], dir)).md).toContain('18.100 người; đạt 96,7% kế hoạch');
  });
});
