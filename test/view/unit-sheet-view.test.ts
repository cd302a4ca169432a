/**
 * A unit's score sheet in the cases the example data set does not have: a first place shared, no rules in force,
 * a total below every band, a criterion not written, a result over its target's cap, and each title's conditions
 * failing with the figures that fail them. Totals are worked by hand: judged points + 20 × jobs/100, at most 20.
 */
import { describe, expect, it } from 'vitest';
import type { Members, UnitYear } from '../../src/model/emulation.js';
import type { Dec } from '../../src/model/types.js';
import type { DocumentTree } from '../../src/view/document.js';
import { type SheetContext, unitSheetDocument } from '../../src/view/unit-sheet-view.js';
import { emulationOf, TEN } from '../helpers/emulation-block.js';

const D = (s: string) => s as Dec;

/** Ten members, 3 not completing their tasks, 4 Lao động tiên tiến, no Chiến sĩ, 2 disciplined. */
const POOR: Members = {
  total: 10,
  excellent: 0,
  good: 5,
  complete: 2,
  incomplete: 3,
  advanced: 4,
  emulation_fighters: 0,
  disciplined: 2,
};

/** A unit's year: its judged points (null: not written), its jobs against a target of 100, its members (null: none written). */
function unit(points: number | null, jobs: number, members: Members | null = TEN): UnitYear {
  return {
    indicators: { 'viec-lam': { target: D('100'), result: D(String(jobs)), qualifier: 'exact' } },
    own_indicators: {},
    criteria: points === null ? {} : { diem: D(String(points)) },
    ...(members ? { members } : {}),
  };
}

const CONTEXT: SheetContext = {
  meta: { title: '', subject: '', author: 'Sở', keywords: [], language: 'vi', date: '2025-01-05' },
  header: {
    parentAgencyLines: ['UBND TỈNH HÀ TĨNH'],
    agencyLines: ['SỞ NỘI VỤ'],
    number: 'Số: 01/BC-SNV',
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    dateLine: 'Hà Tĩnh, ngày 05 tháng 01 năm 2025',
  },
  signer: { onBehalf: null, title: 'GIÁM ĐỐC', name: null },
  documentCode: 'SNV',
};

/** The sheet's paragraphs, its table's rows (cells joined) and its titles, as a reader reads them. */
function read(sheet: DocumentTree | undefined) {
  const blocks = sheet?.sections[0]?.blocks ?? [];
  return {
    paragraphs: blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])),
    rows: blocks.flatMap((b) =>
      b.type === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join(' | ')) : [],
    ),
    titles: blocks.flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.text) : [])),
  };
}

const sheetOf = (year: number, years: UnitYear[], id: string) =>
  read(unitSheetDocument(emulationOf(year, years), id, CONTEXT));

describe('a unit’s score sheet', () => {
  it('a first place shared (98 and 98): the rank is said shared, and the Cờ left to the council', () => {
    const sheet = sheetOf(2024, [unit(78, 100), unit(78, 100)], 'u1');
    expect(sheet.paragraphs).toContain(
      'Tổng điểm: 98 điểm; xếp thứ 1/2 trong khối các phòng cấp huyện; xếp loại hoàn thành xuất sắc nhiệm vụ.',
    );
    expect(sheet.paragraphs).toContain('Đồng hạng 1 với 1 đơn vị khác (98 điểm).');
    expect(sheet.titles[0]).toBe(
      'Chưa đủ tiêu chuẩn Cờ thi đua của Ủy ban nhân dân tỉnh (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 26): đồng hạng nhất trong khối, do Hội đồng Thi đua - Khen thưởng xem xét; chỉ tiêu Việc làm chưa vượt kế hoạch.',
    );
  });

  it('no rules in force on 31/12/2023: the sheet says so instead of titles', () => {
    expect(sheetOf(2023, [unit(78, 100)], 'u0').titles).toEqual([
      'Không có quy định danh hiệu, khen thưởng có hiệu lực ngày 31/12/2023.',
    ]);
  });

  it('a result over its target: the points capped at the maximum, and the cap said', () => {
    expect(sheetOf(2024, [unit(78, 130), unit(40, 90)], 'u0').rows).toContain(
      '2 | Việc làm | 20 | Kế hoạch 100 người, thực hiện 130 người (130%); 20 × thực hiện/kế hoạch, tối đa 20 | 20',
    );
  });

  it('a total below every band (40 + 18 = 58): rated nothing, and each title failed with its figures', () => {
    const sheet = sheetOf(2024, [unit(78, 130), unit(40, 90, POOR)], 'u1');
    expect(sheet.rows).toContain(
      '2 | Việc làm | 20 | Kế hoạch 100 người, thực hiện 90 người (90%); 20 × thực hiện/kế hoạch | 18',
    );
    expect(sheet.paragraphs).toContain(
      'Tổng điểm: 58 điểm; xếp thứ 2/2 trong khối các phòng cấp huyện; chưa xếp loại.',
    );
    expect(sheet.titles).toEqual([
      'Chưa đủ tiêu chuẩn Cờ thi đua của Ủy ban nhân dân tỉnh (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 26): không dẫn đầu khối (xếp thứ 2); chỉ tiêu Việc làm chưa vượt kế hoạch.',
      'Chưa đủ tiêu chuẩn Tập thể lao động xuất sắc (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 27 khoản 1): cần xếp loại hoàn thành xuất sắc nhiệm vụ (đơn vị chưa được xếp loại); cần 100% cá nhân hoàn thành nhiệm vụ, đơn vị có 70%; cần ít nhất 70% cá nhân đạt Lao động tiên tiến, đơn vị có 40%; cần ít nhất 1 Chiến sĩ thi đua cơ sở, đơn vị chưa có.',
      'Chưa đủ tiêu chuẩn Tập thể lao động tiên tiến (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 28): cần xếp loại từ hoàn thành tốt nhiệm vụ trở lên (đơn vị chưa được xếp loại); cần ít nhất 70% cá nhân đạt Lao động tiên tiến, đơn vị có 40%; có 2 cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên (tiêu chuẩn: không có cá nhân nào).',
      'Chưa đủ tiêu chuẩn Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 74): cần 2 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt danh hiệu Tập thể lao động xuất sắc; năm 2024 chưa đạt; chưa có số liệu năm 2023.',
      // Members' titles the unit proposes; none of its Chiến sĩ thi đua cơ sở, so no line of 0.
      'Lao động tiên tiến: 4 người (theo đề nghị của đơn vị).',
    ]);
  });

  it('rated good (70 + 18 = 88): the rating condition of the lower title met, its members’ figures not', () => {
    const titles = sheetOf(2024, [unit(78, 130), unit(70, 90, POOR)], 'u1').titles;
    expect(titles[1]).toMatch(/: cần xếp loại hoàn thành xuất sắc nhiệm vụ; cần 100% cá nhân/);
    expect(titles[2]).toMatch(
      /Điều 28\): cần ít nhất 70% cá nhân đạt Lao động tiên tiến, đơn vị có 40%; có 2 cá nhân/,
    );
  });

  it('a criterion not written: “Chưa có số liệu” and no points for it', () => {
    const sheet = sheetOf(2024, [unit(78, 130), unit(null, 100)], 'u1');
    expect(sheet.rows).toContain('1 | Điểm | 80 | Chưa có số liệu | 0');
    expect(sheet.rows).toContain(' | Tổng cộng | 100 |  | 20');
  });

  it('members not written: each condition on them said not known, not failed (88: rated good)', () => {
    const titles = sheetOf(2024, [unit(78, 130), unit(70, 90, null)], 'u1').titles;
    expect(titles[1]).toBe(
      'Chưa đủ tiêu chuẩn Tập thể lao động xuất sắc (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 27 khoản 1): cần xếp loại hoàn thành xuất sắc nhiệm vụ; cần 100% cá nhân hoàn thành nhiệm vụ (chưa có số liệu về cá nhân của đơn vị); cần ít nhất 70% cá nhân đạt Lao động tiên tiến (chưa có số liệu về cá nhân của đơn vị); cần ít nhất 1 Chiến sĩ thi đua cơ sở (chưa có số liệu của đơn vị).',
    );
    expect(titles[2]).toBe(
      'Chưa xét được Tập thể lao động tiên tiến (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 28): cần ít nhất 70% cá nhân đạt Lao động tiên tiến (chưa có số liệu về cá nhân của đơn vị); chưa có số liệu về cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.',
    );
  });
});
