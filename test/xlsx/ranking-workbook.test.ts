/**
 * score YEAR --format xlsx: the board's workbook of the example (made-up figures): a sheet per block and one of the
 * prize money; every rank, point, total and amount a number equal to the one `score --format json` gives, shown
 * with the scheme's decimals; the words of the ranking as `score` prints them; the mark of made-up figures on
 * every sheet and its printed header. Read back with the library that wrote it (exceljs).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/run-cli.js';

const EXAMPLE = join(ROOT, 'examples', 'thi-dua');

interface ScoredUnit {
  rank: number;
  id: string;
  total: string;
  band: string | null;
  criteria: { id: string; points: string }[];
}
interface Scores {
  blocks: { block: { name: string }; units: ScoredUnit[] }[];
  titles: { amount: string; collective_amount: string; individual_amount: string };
}

let book: ExcelJS.Workbook;
let scores: Scores;
let text: string;

beforeAll(async () => {
  const out = join(await mkdtemp(join(tmpdir(), 'hatinh-xlsx-')), 'xep-hang.xlsx');
  const run = await runInProcess(['score', '2024', '--data', EXAMPLE, '--format', 'xlsx', '--out', out]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toBe(`wrote ${out}\n`);
  book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(out)).buffer as ArrayBuffer);
  scores = JSON.parse((await runInProcess(['score', '2024', '--data', EXAMPLE, '--format', 'json'])).stdout);
  text = (await runInProcess(['score', '2024', '--data', EXAMPLE, '--lang', 'vi'])).stdout;
});

/** The rows of a block's table: from the first under its two heading rows to the last unit. */
const unitRows = (sheet: ExcelJS.Worksheet, count: number) =>
  Array.from({ length: count }, (_, k) => sheet.getRow(8 + k));

describe('score --format xlsx', () => {
  it('a sheet per block, then the prize money; each headed by the title, the block and the mark', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Khối 1', 'Khối 2', 'Tiền thưởng']);
    for (const [k, sheet] of book.worksheets.entries()) {
      expect(sheet.getCell('A1').value).toBe('KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024');
      expect(sheet.getCell('A2').value).toBe(scores.blocks[k]?.block.name ?? 'Tiền thưởng');
      expect(sheet.getCell('A4').value).toBe('SỐ LIỆU MINH HỌA');
      expect(sheet.headerFooter.oddHeader).toBe('&C&BSỐ LIỆU MINH HỌA');
      expect(sheet.pageSetup.orientation).toBe('landscape');
    }
  });

  it('every rank, point and total is the number score computes, shown with the scheme’s two decimals', () => {
    for (const [k, block] of scores.blocks.entries()) {
      const sheet = book.worksheets[k] as ExcelJS.Worksheet;
      const ids = block.units[0]?.criteria.map((c) => c.id) ?? [];
      // The heading rows: rank, unit, a column per criterion, total, classification.
      expect(sheet.getRow(7).cellCount).toBe(ids.length + 4);
      for (const [n, row] of unitRows(sheet, block.units.length).entries()) {
        const unit = block.units[n] as ScoredUnit;
        expect(row.getCell(1).value).toBe(unit.rank);
        ids.forEach((id, c) => {
          const points = unit.criteria.find((x) => x.id === id)?.points;
          expect(row.getCell(3 + c).value).toBe(Number(points));
          expect(row.getCell(3 + c).numFmt).toBe('#,##0.00');
        });
        expect(row.getCell(3 + ids.length).value).toBe(Number(unit.total));
        expect(row.getCell(4 + ids.length).value).toBe(unit.band ?? 'Chưa xếp loại');
      }
    }
    const first = book.getWorksheet('Khối 2')?.getRow(8);
    expect(first?.getCell(2).value).toBe('Phòng LĐ-TBXH thành phố Hà Tĩnh');
    expect(first?.getCell(first.cellCount - 1).value).toBe(96.08);
  });

  it("each criterion headed with its maximum under its group; the ranking's notes and proposals as score words them", () => {
    const sheet = book.getWorksheet('Khối 2') as ExcelJS.Worksheet;
    expect(sheet.getCell('C6').value).toMatch(/^I\. /);
    expect(String(sheet.getCell('C7').value)).toMatch(/ \(tối đa \d+(,\d+)?\)$/);
    const words = sheet
      .getColumn(1)
      .values.filter((v): v is string => typeof v === 'string' && v.length > 40);
    // Every sentence under the table is one `score` prints, word for word.
    expect(words.length).toBeGreaterThan(2);
    for (const sentence of words) expect(text).toContain(sentence);
    expect(words).toContain(
      '- Cờ thi đua của Ủy ban nhân dân tỉnh, căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 26: Phòng Lao động - Thương binh và Xã hội thành phố Hà Tĩnh.',
    );
  });

  it("the prize money: the collectives', the individuals' and the total, as score figures them", () => {
    const sheet = book.getWorksheet('Tiền thưởng') as ExcelJS.Worksheet;
    const amounts = [7, 8, 9].map((r) => [sheet.getCell(r, 1).value, sheet.getCell(r, 2).value]);
    expect(amounts).toEqual([
      ['Tập thể', Number(scores.titles.collective_amount)],
      ['Cá nhân', Number(scores.titles.individual_amount)],
      ['Tổng cộng', Number(scores.titles.amount)],
    ]);
    expect(sheet.getCell(9, 2).numFmt).toBe('#,##0');
    expect(String(sheet.getCell(11, 1).value)).toMatch(
      /^Tiền thưởng: [\d.]+ đồng, tính theo mức lương cơ sở/,
    );
  });

  it('data with errors: exit 1 and no workbook', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'hatinh-xlsx-')), 'x.xlsx');
    const run = await runInProcess([
      'score',
      '2024',
      '--data',
      join(ROOT, 'no-such-folder'),
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    expect(run.code).not.toBe(0);
    await expect(readFile(out)).rejects.toThrow();
  });
});
