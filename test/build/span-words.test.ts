import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { copyOfData, ENGLISH, ROOT, runInProcess } from '../helpers/run-cli.js';

/** The made-up words of 2016-2020 and targets of 2021-2025 (test/fixtures/span-words, marked illustrative). */
const FIXTURES = join(ROOT, 'test', 'fixtures', 'span-words');

/** A copy of the shipped data (2017 and 2018) with the fixture's files, or with a words file of the test's own. */
async function dataWith(files: Record<string, string> = {}, fixtures = true): Promise<string> {
  const data = await copyOfData();
  if (fixtures)
    for (const name of ['2016-2020.yaml', '2021-2025-targets.yaml'])
      await writeFile(join(data, name), await readFile(join(FIXTURES, name), 'utf8'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(data, name), text);
  return data;
}

async function build(report: string, data: string, args: string[] = []) {
  const out = await mkdtemp(join(tmpdir(), 'hatinh-span-words-'));
  const run = await runInProcess(
    ['build', report, '--format', 'md', '--data', data, '--out', out, ...args],
    ENGLISH,
  );
  const read = (name: string) => readFile(join(out, report, name), 'utf8');
  return { out, read, ...run };
}

async function checkJson(data: string) {
  const run = await runInProcess(['check', '--data', data, '--format', 'json'], ENGLISH);
  return {
    code: run.code,
    found: JSON.parse(run.stdout) as { code: string; file: string; line: number; severity: string }[],
  };
}

/** A span's words of the test's own, with what each case adds. */
const WORDS = `kind: results
from: 2016
year: 2020
sources:
  - id: loi-van
    title: Lời văn minh họa
narrative:
  situation: Bối cảnh giai đoạn.
`;

describe("the span's words (2016-2020.yaml) in its report", () => {
  it('every part in the year’s order, the direction of the span ahead named in the subject and its heading', async () => {
    const data = await dataWith();
    const { out, read, code, stderr } = await build('2016-2020', data);
    expect(code, stderr).toBe(0);
    const md = await read('bao-cao-2016-2020.md');
    // Each span in a heading is held on its line, as in the subject.
    const held = (text: string) =>
      text
        .replace(/(\d{4}) - (\d{4})/g, '$1\u00a0-\u2060\u00a0$2')
        .replace(/(giai|GIAI) (đoạn|ĐOẠN) (\d{4})/g, '$1\u00a0$2\u00a0$3');
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## I. ĐẶC ĐIỂM TÌNH HÌNH',
      held('## II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN 2016 - 2020'),
      '## III. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA',
      '## IV. CÔNG TÁC KHEN THƯỞNG',
      '## V. ĐÁNH GIÁ CHUNG',
      held('## VI. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ CHỈ TIÊU GIAI ĐOẠN 2021 - 2025'),
      '## VII. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(md).toContain(
      `**${held('Tổng kết công tác thi đua, khen thưởng giai đoạn 2016 - 2020 và phương hướng, nhiệm vụ giai đoạn 2021 - 2025')}**`,
    );
    expect(md).toContain(
      `Trên đây là báo cáo ${held('tổng kết công tác thi đua, khen thưởng giai đoạn 2016 - 2020 và phương hướng, nhiệm vụ giai đoạn 2021 - 2025')} của Sở`,
    );
    // The targets ahead, each beside what the span did where that is the span's: the trained workers' rate at its
    // last figure, 2018's; the jobs' total is of 2018 alone (2016, 2019 and 2020 missing): not set beside five years'.
    expect(md).toContain(held('### 1. Các chỉ tiêu chủ yếu giai đoạn 2021 - 2025'));
    expect(md).toContain('- Giải quyết việc làm: 120.000 người;');
    expect(md).toContain('- Tỷ lệ lao động qua đào tạo: 70% (thực hiện năm 2018: 61%).');
    expect(md).toContain('### 2. Nhiệm vụ trọng tâm');
    expect(md).toContain('- Phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến.');
    // The span's commendations, worded and tabled as a year's, of the span.
    expect(md).toContain('- Thủ tướng Chính phủ tặng Bằng khen cho Sở (thành tích trong phong trào thi đua');
    expect(md).toContain('**Bảng: Tổng hợp khen thưởng giai đoạn 2016 - 2020**');
    expect(md).toContain('_a) Tồn tại, hạn chế_');
    // Its sources after the figures': the words' own last; the targets ahead cited too.
    const sources = md.split('\n').find((l) => l.startsWith('_Nguồn số liệu:')) ?? '';
    expect(sources.indexOf('Chỉ tiêu minh họa giai đoạn 2021 - 2025')).toBeGreaterThan(
      sources.indexOf('Ngành Lao động – TBXH'),
    );
    expect(sources).toMatch(/\(\d\) Nội dung minh họa cho báo cáo tổng kết giai đoạn 2016 - 2020\._$/);
    // The words are made up: every page says so.
    expect(md).toContain('**SỐ LIỆU MINH HỌA**');
    expect(md).not.toMatch(/undefined|NaN|\[object/);
    await expectGolden('bao-cao-2016-2020-loi-van.md', md);
    await rm(out, { recursive: true });
    await rm(data, { recursive: true });
  });

  it('without next_span: the direction is "giai đoạn tới", never a guessed span, and lists no targets', async () => {
    const data = await dataWith(
      { '2016-2020.yaml': `${WORDS}  next_period_tasks:\n    - Đổi mới công tác thi đua.\n` },
      false,
    );
    const { out, read, code, stderr } = await build('2016-2020', data);
    expect(code, stderr).toBe(0);
    const md = await read('bao-cao-2016-2020.md');
    expect(md).toContain('## III. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN TỚI');
    expect(md).toContain('và phương hướng, nhiệm vụ giai đoạn tới**');
    expect(md).not.toContain('giai đoạn 2021');
    expect(md).not.toContain('Các chỉ tiêu chủ yếu');
    await rm(out, { recursive: true });
    await rm(data, { recursive: true });
  });

  it('without a direction the subject names none; the words’ document number and date head the report', async () => {
    const data = await dataWith(
      {
        '2016-2020.yaml': WORDS.replace(
          'narrative:',
          'document:\n  number: "27"\n  date: 2020-10-13\nnarrative:',
        ),
      },
      false,
    );
    const { out, read, code, stderr } = await build('2016-2020', data);
    expect(code, stderr).toBe(0);
    const md = await read('bao-cao-2016-2020.md');
    expect(md).toContain('Số: 27/BC-SLĐTBXH');
    expect(md).toContain('_Hà Tĩnh, ngày 13 tháng 10 năm 2020_');
    expect(md).not.toContain('phương hướng');
    expect(md).toContain('## I. ĐẶC ĐIỂM TÌNH HÌNH');
    expect(md).toContain(
      '## II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI\u00a0ĐOẠN\u00a02016\u00a0-\u2060\u00a02020',
    );
    // Dated at the span's congress, in its last year: no warning of the date.
    expect(stderr).not.toContain('DOCUMENT_DATE');
    await rm(out, { recursive: true });
    await rm(data, { recursive: true });
  });

  it("the drafter's notes: the years and files missing, the parts of the words not written, the blanks", async () => {
    const data = await dataWith({ '2016-2020.yaml': WORDS }, false);
    const { out, read, code, stderr } = await build('2016-2020', data);
    expect(code, stderr).toBe(0);
    const notes = await read('ghi-chu-soan-thao-2016-2020.md');
    expect(notes).toContain('# Ghi chú soạn thảo: báo cáo giai đoạn 2016 - 2020');
    expect(notes).toContain(
      `1. Chưa có số liệu các năm 2016, 2019 và 2020 (${join(data, '2016.yaml')}, ${join(data, '2019.yaml')}, ${join(data, '2020.yaml')})`,
    );
    expect(notes).toContain(
      `Chưa có chỉ tiêu kế hoạch giai đoạn 2016 - 2020 (${join(data, '2016-2020-targets.yaml')})`,
    );
    // Only the situation is written: the other parts are named, with the span's direction.
    expect(notes).toContain('Công tác khen thưởng (narrative.commendations)');
    expect(notes).toContain('Phương hướng, nhiệm vụ giai đoạn tới (narrative.next_period_tasks)');
    expect(notes).not.toContain('narrative.situation');
    expect(notes).toContain(`document.number trong ${join(data, '2016-2020.yaml')}`);
    // The console says them too, in the language asked for.
    expect(stderr).toContain('no results for 2016, 2019 and 2020');
    await rm(out, { recursive: true });
    await rm(data, { recursive: true });
  });

  it('the targets ahead named but not there: a note says which file the direction lacks', async () => {
    const data = await dataWith({ '2016-2020.yaml': `${WORDS}next_span: 2021-2025\n` }, false);
    const { out, read, code, stderr } = await build('2016-2020', data);
    expect(code, stderr).toBe(0);
    expect(await read('ghi-chu-soan-thao-2016-2020.md')).toContain(
      `Chưa có chỉ tiêu kế hoạch giai đoạn 2021 - 2025 (${join(data, '2021-2025-targets.yaml')}): phần phương hướng không nêu chỉ tiêu.`,
    );
    await rm(out, { recursive: true });
    await rm(data, { recursive: true });
  });
});

describe("the span's figures beside its words", () => {
  it('a total of every year stands beside the target ahead; one change of a year is no average; a note is kept', async () => {
    const words = WORDS.replace('from: 2016\nyear: 2020', 'from: 2017\nyear: 2018');
    const data = await dataWith(
      {
        '2017-2018.yaml': `${words.replace('narrative:', 'next_span: 2019-2020\nnarrative:')}  next_period_tasks:\n    - Tiếp tục.\n`,
        '2019-2020-targets.yaml': (await readFile(join(FIXTURES, '2021-2025-targets.yaml'), 'utf8')).replace(
          'from: 2021\nyear: 2025',
          'from: 2019\nyear: 2020',
        ),
      },
      false,
    );
    // 2017's jobs, made up for the test: 20.000, with 2018's "trên 24.000" a total of "trên 44.000".
    const y2017 = join(data, '2017.yaml');
    await writeFile(y2017, `${await readFile(y2017, 'utf8')}  viec-lam:\n    value: 20000\n`);
    const { out, read, code, stderr } = await build('2017-2018', data);
    expect(code, stderr).toBe(0);
    const md = await read('bao-cao-2017-2018.md');
    expect(md).toContain(
      '- Giải quyết việc làm: 120.000 người (thực hiện giai đoạn 2017 - 2018: trên 44.000 người);',
    );
    expect(md).toContain('năm 2018 tăng 2,3 điểm phần trăm so với năm 2017.');
    expect(md).not.toContain('bình quân mỗi năm tăng 2,3');
    // The 2018 figure's note (a sum to February 2019) said where the figure is, as the year's report says it.
    expect(md).toContain(
      'Kinh phí lồng ghép, hỗ trợ các xã do Sở đỡ đầu xây dựng nông thôn mới: trên 3,4 tỷ đồng (năm 2018). Lũy kế đến thời điểm nguồn đưa tin (tháng 02/2019)',
    );
    // Undated, it is left blank in its last year, when a span is summed up.
    expect(md).toMatch(/_Hà Tĩnh, ngày[\s\u00a0]+tháng[\s\u00a0]+năm 2018_/);
    await rm(out, { recursive: true });
    await rm(data, { recursive: true });
  });
});

describe("check reads a span's words", () => {
  it('as a report of its own: listed by years, its missing parts warned of in the span’s words', async () => {
    const data = await dataWith({ '2016-2020.yaml': WORDS }, false);
    const { code, found } = await checkJson(data);
    expect(code).toBe(0);
    const missing = found.filter((d) => d.file.endsWith('2016-2020.yaml'));
    expect(missing.map((d) => d.code)).toEqual(Array(7).fill('REPORT_SECTION_MISSING'));
    const vi = await runInProcess(['check', '--data', data, '--lang', 'vi']);
    expect(vi.stdout + vi.stderr).toContain(
      'Báo cáo giai đoạn 2016 - 2020 chưa có phần "Phương hướng, nhiệm vụ giai đoạn tới" (narrative.next_period_tasks), phần bắt buộc của một báo cáo tổng kết giai đoạn',
    );
    const years = await runInProcess(['years', '--data', data, '--json']);
    expect(JSON.parse(years.stdout)).toEqual([2018, '2016-2020']);
    await rm(data, { recursive: true });
  });

  it('figures written in it: an error at values:, for they are its years’', async () => {
    const data = await dataWith(
      { '2016-2020.yaml': `${WORDS}values:\n  viec-lam:\n    value: 110000\n` },
      false,
    );
    const { code, found } = await checkJson(data);
    expect(code).toBe(1);
    expect(found.filter((d) => d.code === 'SPAN_FIGURES').map((d) => d.line)).toEqual([9]);
    await rm(data, { recursive: true });
  });

  it('period: in it: an error at period:', async () => {
    const data = await dataWith(
      { '2016-2020.yaml': WORDS.replace('year: 2020\n', 'year: 2020\nperiod: 9m\n') },
      false,
    );
    const { code, found } = await checkJson(data);
    expect(code).toBe(1);
    expect(found.filter((d) => d.code === 'SPAN_FIGURES').map((d) => d.line)).toEqual([4]);
    await rm(data, { recursive: true });
  });

  it('a next_span not after it: an error at next_span:', async () => {
    // A span ahead may begin in this one's last year (2020-2025); not before it, nor run over ten years.
    for (const next of ['2019-2025', '2016-2020', '2021-2040']) {
      const data = await dataWith({ '2016-2020.yaml': `${WORDS}next_span: ${next}\n` }, false);
      const { code, found } = await checkJson(data);
      expect(code, next).toBe(1);
      expect(
        found.filter((d) => d.code === 'NEXT_SPAN').map((d) => d.line),
        next,
      ).toEqual([9]);
      await rm(data, { recursive: true });
    }
  });

  it('a name and a from: that disagree: an error at from: naming the report, and the file is not used', async () => {
    const data = await dataWith({ '2016-2020.yaml': WORDS.replace('from: 2016', 'from: 2017') }, false);
    const run = await runInProcess(['check', '--data', data, '--lang', 'vi']);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(
      'nhưng tên tệp (2016-2020.yaml) lại là báo cáo giai đoạn 2016 - 2020',
    );
    await rm(data, { recursive: true });
  });

  it('a span ending on a year is no results of that year: the year’s report is as it was', async () => {
    const data = await dataWith(
      { '2017-2018.yaml': WORDS.replace('from: 2016\nyear: 2020', 'from: 2017\nyear: 2018') },
      false,
    );
    const withWords = await build('2018', data);
    const without = await build('2018', await copyOfData());
    expect(withWords.code, withWords.stderr).toBe(0);
    expect(await withWords.read('bao-cao-2018.md')).toBe(await without.read('bao-cao-2018.md'));
    const span = await build('2017-2018', data);
    expect(await span.read('bao-cao-2017-2018.md')).toContain('Bối cảnh giai đoạn.');
    for (const out of [withWords.out, without.out, span.out]) await rm(out, { recursive: true });
    await rm(data, { recursive: true });
  });
});

describe('new 2016-2020', () => {
  it('writes the span’s words with every part blank, which check accepts; a second time it refuses', async () => {
    const data = await copyOfData();
    const run = await runInProcess(['new', '2016-2020', '--data', data], ENGLISH);
    expect(run.code, run.stderr).toBe(0);
    expect(await readdir(data)).toContain('2016-2020.yaml');
    const text = await readFile(join(data, '2016-2020.yaml'), 'utf8');
    expect(text).toContain('from: 2016\nyear: 2020\n');
    expect(text).toContain(
      '# Đã có số liệu: 2017, 2018. Chưa có: 2016, 2019, 2020 (báo cáo ghi rõ năm thiếu).',
    );
    expect(text).toContain('# next_span: 2021-2025');
    // The parts in the document's order, the span's direction before the proposals.
    const keys = [...text.matchAll(/^ {2}([a-z_]+):$/gm)].map((m) => m[1]);
    expect(keys).toEqual([
      'situation',
      'movements',
      'commendations',
      'highlights',
      'shortcomings',
      'causes',
      'lessons',
      'next_period_tasks',
      'proposals',
    ]);
    const { code, found } = await checkJson(data);
    expect(code).toBe(0);
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    const again = await runInProcess(['new', '2016-2020', '--data', data, '--lang', 'vi']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Các tệp của báo cáo 2016-2020 đã có');
    await rm(data, { recursive: true });
  });
});
