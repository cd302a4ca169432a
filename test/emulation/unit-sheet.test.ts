/**
 * build YEAR --unit ID: one unit's score sheet, a notice (thông báo) to send back to it, with each criterion's
 * figures and rule, its rank and classification, and each title with the condition met or failed (golden).
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, runInProcess } from '../helpers/run-cli.js';

const EXAMPLE = join(ROOT, 'examples', 'thi-dua');

async function build(unit: string, formats = 'md,html,docx') {
  const out = await mkdtemp(join(tmpdir(), 'hatinh-sheet-'));
  const run = await runInProcess([
    'build',
    '2024',
    '--data',
    EXAMPLE,
    '--out',
    out,
    '--unit',
    unit,
    '--format',
    formats,
  ]);
  return { out, run };
}

describe('build 2024 --unit', () => {
  it("writes the unit's score sheet alone, in every format asked for (golden Markdown)", async () => {
    const { out, run } = await build('phong-duc-tho');
    expect(run.code, run.stderr).toBe(0);
    expect((await readdir(join(out, '2024'))).sort()).toEqual([
      'phieu-diem-2024-phong-duc-tho.docx',
      'phieu-diem-2024-phong-duc-tho.html',
      'phieu-diem-2024-phong-duc-tho.md',
    ]);
    // No drafter's notes about the report: the sheet is not the report.
    expect(run.stderr).toBe('');
    const md = await readFile(join(out, '2024', 'phieu-diem-2024-phong-duc-tho.md'), 'utf8');
    expect(md).toContain(`Số: ${'\u00a0'.repeat(6)}/TB-SLĐTBXH`);
    expect(md).toContain('# THÔNG BÁO');
    // Đức Thọ's jobs: 1.985 against 1.900 is 4,47% over; the leader (Thành phố Hà Tĩnh) 8% over: to two decimals,
    // so that 10 + 10 × 4,47 : 8 = 15,59 can be worked by hand.
    expect(md).toContain(
      '| 1 | Giải quyết việc làm | 20 | Kế hoạch 1.900 người, thực hiện 1.985 người: vượt kế hoạch 4,47%;',
    );
    expect(md).toContain(
      '| 3 | Đào tạo nghề | 10 | Kế hoạch 1.500 người, thực hiện gần 1.490 người (99,3%); 10 × thực hiện/kế hoạch | 9,93 |',
    );
    expect(md).toContain('Tổng điểm: 87,65 điểm; xếp thứ 7/13');
    expect(md).toContain('- Chưa đủ tiêu chuẩn Tập thể lao động xuất sắc');
    // Nothing written of 2023: the Bằng khen is not known rather than refused.
    expect(md).toContain('chưa có số liệu năm 2023');
    // Its training figure is "gần 1.490": the order with its neighbour rests on it, and the sheet says so.
    expect(md).toContain('Thứ hạng so với đơn vị liền kề dựa trên số liệu “gần 1.490 người” (Đào tạo nghề)');
    expect(md).toContain('- Đủ tiêu chuẩn đề nghị Tập thể lao động tiên tiến');
    await expectGolden('phieu-diem-2024-phong-duc-tho.md', md);
    const docx = new TextDecoder().decode(
      unzipSync(await readFile(join(out, '2024', 'phieu-diem-2024-phong-duc-tho.docx')))['word/document.xml'],
    );
    expect(docx).toContain('THÔNG BÁO');
    expect(docx).toContain(
      'Kết quả chấm điểm, xếp hạng thi đua năm 2024 của Phòng Lao động - Thương binh và Xã hội huyện Đức Thọ',
    );
  });

  it('a school scored on its own targets: each target with its share of the points', async () => {
    const { out, run } = await build('truong-viet-duc', 'md');
    expect(run.code, run.stderr).toBe(0);
    const md = await readFile(join(out, '2024', 'phieu-diem-2024-truong-viet-duc.md'), 'utf8');
    expect(md).toContain('Tuyển sinh: kế hoạch 2.000 người, thực hiện trên 2.100 người (30/30 điểm)');
    expect(md).toContain('- Đủ tiêu chuẩn đề nghị Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
  });

  it('a unit not scored that year: exit 2, the units that were, nothing written', async () => {
    const { out, run } = await build('phong-duc-th');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'The unit "phong-duc-th" was not scored in 2024. Did you mean "phong-duc-tho"?',
    );
    expect(await readdir(out)).toEqual([]);
  });
});
