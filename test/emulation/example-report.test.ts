/**
 * The example data set's whole report (examples/thi-dua, made-up figures): its emulation section and appendices
 * in Markdown, HTML and the Word copy, every one marked "Số liệu minh họa"; golden outputs so that a change to any
 * word or figure is seen.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expectGolden, GOLDEN } from '../helpers/golden.js';
import { ROOT, runInProcess } from '../helpers/run-cli.js';

const EXAMPLE = join(ROOT, 'examples', 'thi-dua');

/**
 * Builds the example's 2024 report in a format and returns a file of it. Each test builds what it reads (not once
 * before them all): a mutation run then knows which tests read which code, and runs only those for a mutant of it.
 */
async function built(format: string, name: string): Promise<Buffer> {
  const out = await mkdtemp(join(tmpdir(), 'hatinh-example-'));
  const run = await runInProcess(['build', '2024', '--data', EXAMPLE, '--out', out, '--format', format]);
  expect(run.code, run.stderr).toBe(0);
  return readFile(join(out, '2024', name));
}

describe('the example report (examples/thi-dua, 2024)', () => {
  it('Markdown: marked illustrative, the emulation section numbered among the others, both appendices (golden)', async () => {
    const md = String(await built('md', 'bao-cao-2024.md'));
    expect(md.startsWith('> **SỐ LIỆU MINH HỌA**')).toBe(true);
    expect(md).toContain('## IV. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA CỦA CÁC ĐƠN VỊ');
    expect(md).toContain('## V. CÔNG TÁC KHEN THƯỞNG');
    expect(md).toContain(
      '| 1 | Phòng LĐ-TBXH thành phố Hà Tĩnh | 57,58 | 24 | 13,5 | 1 | **96,08** | Hoàn thành xuất sắc nhiệm vụ |',
    );
    expect(md).toContain(
      'Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho Phòng Lao động - Thương binh và Xã hội thành phố Hà Tĩnh.',
    );
    // The appendices come after the signature, labelled as NĐ 30 labels them.
    const signature = md.indexOf('**GIÁM ĐỐC**');
    expect(md.indexOf('**Phụ lục I**')).toBeGreaterThan(signature);
    expect(md.indexOf('**Phụ lục II**')).toBeGreaterThan(md.indexOf('**Phụ lục I**'));
    expect(md).toContain('**DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU THI ĐUA VÀ KHEN THƯỞNG NĂM\u00a02024**');
    expect(md).toContain('_(Kèm theo Báo cáo số');
    // Phụ lục II counts the year's commendations by kind (the narrative's Giấy khen is marked đột xuất).
    expect(md).toContain('| 1 | Khen thưởng đột xuất | Giấy khen | – | – | 12 |');
    await expectGolden('vi-du-thi-dua-2024.md', md);
  });

  it('HTML: every printed page marked, the first appendix across the page, each on its own pages (golden)', async () => {
    const html = String(await built('html', 'bao-cao-2024.html'));
    expect(html).toContain('@top-right {\n    content: "SỐ LIỆU MINH HỌA";');
    expect(html).toContain('<p class="illustrative-banner">SỐ LIỆU MINH HỌA');
    expect(html).toContain('<section class="appendix landscape">');
    expect(html).toContain('<section class="appendix">');
    await expectGolden('vi-du-thi-dua-2024.html', html);
  });

  it('Word: a landscape section for Phụ lục I, portrait for Phụ lục II, the mark in every header', async () => {
    const parts = unzipSync(await built('docx', 'bao-cao-2024.docx'));
    const doc = new TextDecoder().decode(parts['word/document.xml']);
    const sections = [...doc.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(3);
    expect(sections[1]).toContain('w:orient="landscape"');
    expect(sections[1]).toMatch(/w:w="16838"/);
    expect(sections[2]).not.toContain('landscape');
    // The landscape pages' top is the bound edge, the portrait pages' left: 30 mm, the other sides 20 mm.
    const margins = [...doc.matchAll(/<w:pgMar [^>]*\/>/g)].map((m) => m[0]);
    expect(margins[1]).toMatch(/w:top="1701" w:right="1134" w:bottom="1134" w:left="1134"/);
    expect(margins[2]).toMatch(/w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/);
    // Each ranking table keeps its first two rows with its header and its last two together, no more.
    const ranking = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map((m) => m[0])
      .filter((t) => t.includes('Tổng điểm') && t.includes('Xếp loại'));
    expect(ranking).toHaveLength(2);
    for (const table of ranking) {
      const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0].includes('<w:keepNext/>'));
      const body = rows.slice(1);
      expect(rows[0]).toBe(true);
      expect(body.slice(0, 2)).toEqual([true, true]);
      expect(body.at(-2)).toBe(true);
      expect(body.at(-1)).toBe(false);
      expect(body.slice(2, -2).every((keep) => !keep)).toBe(true);
    }
    const headers = Object.entries(parts).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    for (const [, bytes] of headers) expect(new TextDecoder().decode(bytes)).toContain('SỐ LIỆU MINH HỌA');
    expect(doc).toContain('Phụ lục I');
    expect(doc).toContain('IV. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA CỦA CÁC ĐƠN VỊ');
    expect(doc).toContain(
      'Bảng: Kết quả chấm điểm thi đua khối các phòng Lao động - Thương binh và Xã hội cấp huyện năm 2024',
    );
  });

  it("what the rules could not be checked against goes to the drafter's notes, never into the document", async () => {
    const notes = String(await built('md', 'ghi-chu-soan-thao-2024.md'));
    expect(notes).toContain(
      'đối chiếu trước khi ký: Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 98/2023/NĐ-CP: Một thành tích chỉ nhận một mức tiền thưởng',
    );
    expect(notes).toContain('Cờ thi đua của Ủy ban nhân dân tỉnh: Lời văn Điều 26 của Luật chưa đọc được.');
    expect(notes).toContain('Chưa có mức tiền thưởng của: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    // The council met on 2024 (council.yaml): its ballots decided the Cờ, so nothing is left for it to ballot on.
    expect(notes).not.toContain('phải bỏ phiếu trước khi trình');
    expect(notes).not.toContain('Chưa có kết quả bỏ phiếu');
    const md = String(await built('md', 'bao-cao-2024.md'));
    expect(md).not.toMatch(/chưa đối chiếu|chưa đọc được|Bắc Ninh|Chưa xác định/);
  });

  it("the council's ballots decide the Cờ: each proposed with its votes; one short of 80% of the members, or not balloted, is not", async () => {
    const md = String(await built('md', 'bao-cao-2024.md'));
    expect(md).toContain('được 8/9 thành viên Hội đồng Thi đua - Khen thưởng bỏ phiếu đồng ý (88,89%)');
    expect(md).toContain('được 9/9 thành viên Hội đồng Thi đua - Khen thưởng bỏ phiếu đồng ý (100%)');
    const dir = await mkdtemp(join(tmpdir(), 'hatinh-ballots-'));
    await cp(EXAMPLE, dir, { recursive: true });
    const council = await readFile(join(dir, 'council.yaml'), 'utf8');
    // 7 of the 9 members is 77,78%; the Trường's ballot left out.
    const changed = council
      .replace('yes: 8\n        no: 1', 'yes: 7\n        no: 2')
      .replace(
        '      - title: co-thi-dua-cap-tinh\n        unit: truong-viet-duc\n        yes: 9\n        no: 0\n',
        '',
      );
    expect(changed).not.toBe(council);
    await writeFile(join(dir, 'council.yaml'), changed);
    const out = await mkdtemp(join(tmpdir(), 'hatinh-ballots-out-'));
    for (const unit of [[], ['--unit', 'phong-tp-ha-tinh'], ['--unit', 'truong-viet-duc']]) {
      const run = await runInProcess([
        'build',
        '2024',
        '--data',
        dir,
        '--out',
        out,
        '--format',
        'md',
        ...unit,
      ]);
      expect(run.code, run.stderr).toBe(0);
    }
    const report = await readFile(join(out, '2024', 'bao-cao-2024.md'), 'utf8');
    expect(report).not.toContain('Đề nghị tặng Cờ thi đua');
    const notes = await readFile(join(out, '2024', 'ghi-chu-soan-thao-2024.md'), 'utf8');
    expect(notes).toContain(
      'Chưa có kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng (cuộc họp xét thi đua năm 2024 trong',
    );
    expect(notes).toContain('Cờ thi đua của Ủy ban nhân dân tỉnh: Trường Cao đẳng nghề Việt - Đức Hà Tĩnh.');
    const sheet = await readFile(join(out, '2024', 'phieu-diem-2024-phong-tp-ha-tinh.md'), 'utf8');
    expect(sheet).toContain(
      'cần tỷ lệ phiếu đồng ý từ 80% trở lên tính trên tổng số thành viên Hội đồng, được 7/9 (77,78%)',
    );
    const unballoted = await readFile(join(out, '2024', 'phieu-diem-2024-truong-viet-duc.md'), 'utf8');
    expect(unballoted).toContain(
      'Chưa xét được Cờ thi đua của Ủy ban nhân dân tỉnh (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 26): chưa có kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng.',
    );
  });

  it('the real data carries no mark, no emulation section and no appendix', async () => {
    const real = await readFile(join(GOLDEN, 'bao-cao-2018.md'), 'utf8');
    expect(real).not.toContain('MINH HỌA');
    expect(real).not.toContain('Phụ lục');
  });
});
