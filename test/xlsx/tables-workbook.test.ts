/**
 * build YEAR --format xlsx: the document's tables as a workbook for the board. Each table a sheet, in the
 * document's order; every cell the document shows as a plain figure is that number (the prize column of Phụ lục I
 * adds up to its total, as in the PDF), every other cell its text; built only when asked for.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellValue } from '../../src/xlsx/tables-workbook.js';
import { DATA, ROOT, runInProcess } from '../helpers/run-cli.js';

const EXAMPLE = join(ROOT, 'examples', 'thi-dua');

async function workbookOf(args: string[], year: number) {
  const out = await mkdtemp(join(tmpdir(), 'hatinh-tables-'));
  const run = await runInProcess(['build', String(year), ...args, '--out', out, '--format', 'xlsx']);
  expect(run.code, run.stderr).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    (await readFile(join(out, String(year), `bao-cao-${year}.xlsx`))).buffer as ArrayBuffer,
  );
  return { book, files: await readdir(join(out, String(year))) };
}

describe('a cell shown as a plain figure is that number', () => {
  it.each([
    ['3.510.000', 3510000, '#,##0'],
    ['57,58', 57.58, '#,##0.00'],
    ['−2,4', -2.4, '#,##0.0'],
    ['-0,5', -0.5, '#,##0.0'],
    ['107,5%', 1.075, '#,##0.0%'],
    ['2024', 2024, '#,##0'],
    ['0', 0, '#,##0'],
  ])('%s → %d (%s)', (text, number, format) => {
    expect(cellValue(text)).toEqual({ number, format });
  });

  it.each(['trên 24.000', '–', 'tăng 6,92%', 'Chưa có số liệu', 'I', '1.2.3', '24.00', ''])(
    '"%s" stays text',
    (text) => {
      expect(cellValue(text)).toEqual({ text });
    },
  );
});

describe('build --format xlsx', () => {
  it('2018: the results table, its qualified figures as text, its plain figures as numbers; only the workbook', async () => {
    const { book, files } = await workbookOf([], 2018);
    expect(files.sort()).toEqual(['bao-cao-2018.xlsx', 'ghi-chu-soan-thao-2018.md']);
    const sheet = book.getWorksheet('Kết quả') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe(
      'Tổng kết công tác thi đua, khen thưởng năm 2018 và phương hướng, nhiệm vụ năm 2019',
    );
    const rows = sheet.getSheetValues().filter(Array.isArray) as unknown[][];
    const row = (name: string) => rows.find((r) => r[2] === name);
    expect(row('Giải quyết việc làm')?.slice(3, 5)).toEqual(['người', 'trên 24.000']);
    expect(row('Tỷ lệ hộ nghèo')?.[4]).toBe(6.92);
    expect(row('Tỷ lệ lao động qua đào tạo')?.slice(4, 7)).toEqual([61, 58.7, '+2,3 điểm %']);
  });

  it('the example 2024: the rankings, then Phụ lục I and II, each sheet headed by its appendix', async () => {
    const { book } = await workbookOf(['--data', EXAMPLE], 2024);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Kết quả',
      'Xếp hạng 1',
      'Xếp hạng 2',
      'Khen thưởng',
      'Phụ lục I-1',
      'Phụ lục I-2',
      'Phụ lục II-1',
      'Phụ lục II-2',
    ]);
    const list = book.getWorksheet('Phụ lục I-1') as ExcelJS.Worksheet;
    expect(String(list.getCell('A1').value)).toMatch(
      /^Phụ lục I: DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU THI ĐUA/,
    );
    expect(list.getCell('A3').value).toBe('SỐ LIỆU MINH HỌA');
    // The prize column: numbers that add up to the total row, 73.540.000 đồng as in the report.
    const prizes = (list.getSheetValues().filter(Array.isArray) as unknown[][]).slice(4);
    const total = prizes.find((r) => r[2] === 'Cộng')?.[4];
    expect(total).toBe(73540000);
    const rows = prizes.filter((r) => typeof r[1] === 'number');
    expect(rows.reduce((sum, r) => sum + (typeof r[4] === 'number' ? r[4] : 0), 0)).toBe(total);
    // The appendix's notes under its last table: what the prizes are figured on, who is paid as what.
    const words = (name: string) =>
      (book.getWorksheet(name)?.getColumn(1).values ?? []).filter((v): v is string => typeof v === 'string');
    expect(words('Phụ lục I-2').some((w) => w.startsWith('Tổng số tiền thưởng: 411.140.000 đồng'))).toBe(
      true,
    );
    expect(
      words('Phụ lục II-2').some((w) => w.startsWith('Tiền thưởng Lao động tiên tiến tính cho 314 người')),
    ).toBe(true);
    expect(words('Phụ lục I-1').some((w) => w.startsWith('Tổng số tiền thưởng'))).toBe(false);
    const ranking = book.getWorksheet('Xếp hạng 2') as ExcelJS.Worksheet;
    expect(ranking.getCell('C5').value).toBe('I. Thực hiện các chỉ tiêu được giao (60)');
    expect(ranking.getRow(6).values).toEqual([
      undefined,
      1,
      'Phòng LĐ-TBXH thành phố Hà Tĩnh',
      57.58,
      24,
      13.5,
      1,
      96.08,
      'Hoàn thành xuất sắc nhiệm vụ',
    ]);
  });

  it('is not built unless asked for', async () => {
    const out = await mkdtemp(join(tmpdir(), 'hatinh-tables-'));
    const run = await runInProcess(['build', '2018', '--data', DATA, '--out', out, '--format', 'md']);
    expect(run.code).toBe(0);
    expect((await readdir(join(out, '2018'))).some((f) => f.endsWith('.xlsx'))).toBe(false);
  });
});
