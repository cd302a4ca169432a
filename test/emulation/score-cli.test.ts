/**
 * `hatinh-report score YEAR`: the ranking for the emulation council, as a table, JSON and CSV, of the example data
 * set (made-up figures, and said so on every output); golden outputs so that a change to any figure is seen.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { copyOfData, ROOT, runInProcess } from '../helpers/run-cli.js';

const EXAMPLE = join(ROOT, 'examples', 'thi-dua');

describe('score', () => {
  it('prints each block ranked, in Vietnamese, marked as illustrative (golden)', async () => {
    const run = await runInProcess(['score', '2024', '--data', EXAMPLE, '--lang', 'vi']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024\nSố liệu minh họa\n');
    // The tables give a unit's short name (units.yaml's short_name), the sentences its full name.
    expect(run.stdout).toMatch(
      / {3}1 {2}Phòng LĐ-TBXH thành phố Hà Tĩnh +57,58 +24 +13,5 +1 +96,08 +Hoàn thành xuất sắc nhiệm vụ/,
    );
    expect(run.stdout).toContain(
      'Trung tâm Chữa bệnh - Giáo dục - Lao động xã hội Hà Tĩnh và Trung tâm Điều dưỡng người có công và Bảo trợ xã hội Hà Tĩnh cùng đạt 96 điểm',
    );
    await expectGolden('diem-thi-dua-2024.txt', run.stdout);
  });

  it("writes JSON with each criterion's points and reason", async () => {
    const run = await runInProcess(['score', '2024', '--data', EXAMPLE, '--format', 'json']);
    const json = JSON.parse(run.stdout);
    expect(json.illustrative).toBe(true);
    const first = json.blocks[1].units[0];
    expect(first).toMatchObject({
      rank: 1,
      id: 'phong-tp-ha-tinh',
      total: '96.08',
      band: 'Hoàn thành xuất sắc nhiệm vụ',
    });
    expect(first.criteria[0]).toMatchObject({
      id: 'viec-lam',
      points: '20',
      max: '20',
      reason: { kind: 'bloc', case: 'leader' },
    });
  });

  it('writes CSV for a spreadsheet, with a byte order mark, every row marked illustrative (golden)', async () => {
    const run = await runInProcess(['score', '2024', '--data', EXAMPLE, '--format', 'csv']);
    expect(
      run.stdout.startsWith('\uFEFFNăm,Khối,Hạng,Mã đơn vị,Đơn vị,Các chỉ tiêu chuyên môn đơn vị đăng ký,'),
    ).toBe(true);
    const rows = run.stdout.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 5 + 13);
    expect(rows.slice(1).every((r) => r.endsWith(',Số liệu minh họa'))).toBe(true);
    expect(rows).toContain(
      '2024,Khối các đơn vị sự nghiệp trực thuộc Sở,5,trung-tam-ctxh,"Trung tâm Công tác xã hội, giáo dục nghề nghiệp cho người khuyết tật",57.75,10,12.5,12.5,0,-0.5,,,,,,92.25,Hoàn thành xuất sắc nhiệm vụ,Số liệu minh họa',
    );
    await expectGolden('diem-thi-dua-2024.csv', run.stdout);
  });

  it('--out writes the file (whole or not at all) and says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatinh-score-'));
    const out = join(dir, 'xep-hang.csv');
    const run = await runInProcess(['score', '2024', '--data', EXAMPLE, '--format', 'csv', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(out);
    expect(await readFile(out, 'utf8')).toContain('phong-tp-ha-tinh');
    await rm(dir, { recursive: true });
  });

  it("a year without units' figures: exit 1 and the file to add", async () => {
    const run = await runInProcess(['score', '2025', '--data', EXAMPLE]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `There are no units' figures for 2025 in ${EXAMPLE}: nothing to score. [NO_SCORES]`,
    );
    expect(run.stderr).toContain(`Add ${EXAMPLE}/2025-units.yaml with each unit's figures`);
  });

  it('data without units: exit 1, what scoring needs', async () => {
    const run = await runInProcess(['score', '2018', '--data', await copyOfData()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Scoring needs units\.yaml in .*, and there is none\. \[NO_SCORES\]/);
    // The report's missing sections are no concern of the ranking: not printed.
    expect(run.stderr).not.toContain('REPORT_SECTION_MISSING');
  });

  it('data with errors: exit 1, the problems, nothing scored', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatinh-score-'));
    const { cp } = await import('node:fs/promises');
    await cp(EXAMPLE, dir, { recursive: true });
    const file = join(dir, '2024-units.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('advanced: 32', 'advanced: 40'));
    const run = await runInProcess(['score', '2024', '--data', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('MEMBER_COUNTS');
    expect(run.stderr).toContain('nothing was scored');
    await rm(dir, { recursive: true });
  });
});
