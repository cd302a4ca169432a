/**
 * The emulation section's sentences and the appendices' tables in the cases the example data set does not have:
 * leaders tied, a block wholly in one band or in none, a block of mixed bands with units rated nothing, no unit
 * proposing an individual title, no collective proposed, no rules in force, and the year's commendations of
 * every kind, counted or not. Each figure is worked from the block's totals (judged points + 20 × jobs/100).
 */
import { describe, expect, it } from 'vitest';
import type { Members, UnitYear } from '../../src/model/emulation.js';
import type { Commendation, Dec } from '../../src/model/types.js';
import { emulationAppendices, emulationSection } from '../../src/view/emulation-view.js';
import { emulationOf, TEN } from '../helpers/emulation-block.js';

const D = (s: string) => s as Dec;
const ATTACHED = { number: 'số 01/BC-SNV', date: 'ngày 05 tháng 01 năm 2025', agency: 'Sở' };

/** A unit's year: its judged points, its jobs against a target of 100, its members (none: not written). */
function unit(points: number, jobs: number, members: Members | null = TEN): UnitYear {
  return {
    indicators: { 'viec-lam': { target: D('100'), result: D(String(jobs)), qualifier: 'exact' } },
    own_indicators: {},
    criteria: { diem: D(String(points)) },
    ...(members ? { members } : {}),
    earlier: { '2023': ['tap-the-lao-dong-xuat-sac'] },
  };
}

const sentences = (years: UnitYear[], year = 2024) =>
  emulationSection(emulationOf(year, years)).blocks[0]?.sentences;

describe("the section's sentences on a block", () => {
  it('two units tied first (78 + 20 = 98 each): they lead together, the whole block in one band', () => {
    expect(sentences([unit(78, 100), unit(78, 100)])).toEqual([
      'Đơn vị 1 và Đơn vị 2 cùng dẫn đầu khối với 98 điểm.',
      'Cả 2 đơn vị của khối xếp loại hoàn thành xuất sắc nhiệm vụ.',
      'Đơn vị 1 và Đơn vị 2 cùng đạt 98 điểm (thang điểm không quy định tiêu chí xét khi bằng điểm): đồng hạng 1.',
    ]);
  });

  it('every total below the lowest band (50 + 20 = 70 < 76): the whole block rated nothing', () => {
    expect(sentences([unit(50, 100), unit(49, 100)])).toEqual([
      'Đơn vị 1 dẫn đầu khối với 70 điểm.',
      'Cả 2 đơn vị của khối chưa xếp loại.',
    ]);
  });

  it('a block of mixed bands (98, 85, 70): each band counted, the unit rated nothing too, and the Cờ proposed', () => {
    expect(sentences([unit(78, 110), unit(65, 100), unit(50, 100)])).toEqual([
      'Đơn vị 1 dẫn đầu khối với 98 điểm.',
      'Trong 3 đơn vị của khối, 1 đơn vị xếp loại hoàn thành xuất sắc nhiệm vụ, 1 đơn vị xếp loại hoàn thành tốt nhiệm vụ, 1 đơn vị chưa xếp loại.',
      'Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho Đơn vị 1.',
    ]);
  });

  it('no rules in force on 31/12/2023: nothing proposed, no appendix, no sentence sending the reader to one', () => {
    const emulation = emulationOf(2023, [unit(78, 110), unit(65, 100)]);
    expect(emulation.proposals).toBeUndefined();
    const section = emulationSection(emulation);
    expect(section.outro).toBeNull();
    expect(section.blocks[0]?.sentences.some((s) => s.startsWith('Đề nghị'))).toBe(false);
    expect(emulationAppendices(emulation, ATTACHED)).toEqual([]);
  });
});

describe('Phụ lục I', () => {
  it('no unit rated: no collective proposed, the table says so with no total row', () => {
    const [list] = emulationAppendices(emulationOf(2024, [unit(50, 100), unit(49, 100)]), ATTACHED);
    const [collective] = list?.tables ?? [];
    expect(collective?.rows).toEqual([]);
    expect(collective?.empty).toBe('Không có tập thể đủ tiêu chuẩn.');
    // No collective proposed: no standard for the council to confirm.
    expect(list?.notes.some((n) => n.startsWith('Các tiêu chuẩn Hội đồng'))).toBe(false);
  });

  it("no unit's members written: no individual proposed, the table says so with no total row", () => {
    const [list] = emulationAppendices(
      emulationOf(2024, [unit(78, 110, null), unit(65, 100, null)]),
      ATTACHED,
    );
    const individual = list?.tables[1];
    expect(individual?.rows).toEqual([]);
    expect(individual?.empty).toBe('Không có cá nhân được đề nghị.');
    expect(individual?.headings).toEqual([
      'TT',
      'Đơn vị',
      'Lao động tiên tiến (người)',
      'Chiến sĩ thi đua cơ sở (người)',
      'Tiền thưởng (đồng)',
    ]);
  });

  it('each collective with the conditions it met, in words: one target exceeded, no member disciplined', () => {
    const [list] = emulationAppendices(emulationOf(2024, [unit(78, 110), unit(65, 100)]), ATTACHED);
    const rows = (list?.tables[0]?.rows ?? []).map((r) => r.cells.join(' | '));
    expect(rows).toContain(
      '1 | Đơn vị 1 | Dẫn đầu khối các phòng cấp huyện; vượt kế hoạch chỉ tiêu của đơn vị | 18.720.000',
    );
    expect(rows).toContain(
      '1 | Đơn vị 2 | Xếp loại hoàn thành tốt nhiệm vụ (85 điểm); 90% cá nhân đạt danh hiệu Lao động tiên tiến (9/10); không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên | 1.880.000',
    );
    expect(rows).toContain(
      '1 | Đơn vị 1 | Năm 2023: Tập thể lao động xuất sắc; năm 2024: Hoàn thành xuất sắc nhiệm vụ, Tập thể lao động xuất sắc | –',
    );
    // The council confirms each proposed title's standards that figures cannot show, title by title.
    expect(list?.notes.at(-1)).toMatch(
      /^Các tiêu chuẩn Hội đồng Thi đua - Khen thưởng xem xét, xác nhận khi xét: Cờ thi đua của Ủy ban nhân dân tỉnh: là tập thể tiêu biểu xuất sắc trong tỉnh; nội bộ đoàn kết; Tập thể lao động xuất sắc: .*; Tập thể lao động tiên tiến: .*; Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: .*\.$/,
    );
  });
});

describe('Phụ lục II', () => {
  // Computed in each test, not when the file is read: a mutation test counts what a test runs.
  const emulation = () => emulationOf(2024, [unit(78, 110), unit(65, 100)]);

  it('without commendations in the year: one table, and its note names one part only', () => {
    const [, statistics] = emulationAppendices(emulation(), ATTACHED);
    expect(statistics?.tables).toHaveLength(1);
    expect(statistics?.notes[0]).toBe(
      'Mục 1 theo danh sách đề nghị tại Phụ lục I (khen thưởng thường xuyên, tổng kết năm 2024).',
    );
    // The Cờ's holder is paid as the Cờ, not also as Tập thể lao động xuất sắc: the column can be worked by hand.
    expect(statistics?.notes).toContain(
      'Tập thể lao động xuất sắc: 1 tập thể nhận tiền thưởng Cờ thi đua của Ủy ban nhân dân tỉnh, không nhận thêm tiền thưởng Tập thể lao động xuất sắc.',
    );
    expect(statistics?.notes.at(-1)).toBe(
      'Tổng cộng chưa gồm tiền thưởng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.',
    );
  });

  it("the year's commendations by kind, in the forms' order: counts added, words where no count is known", () => {
    const commendations: Commendation[] = [
      { form: 'Bằng khen của Thủ tướng Chính phủ', kind: 'regular', recipient: 'agency', count: 1 },
      { form: 'Bằng khen của Thủ tướng Chính phủ', kind: 'regular', recipient: 'collective', count: 2 },
      { form: 'Giấy khen của Giám đốc Sở', recipient: 'individual', count: 5 },
      { form: 'Huân chương Lao động hạng Ba', kind: 'dedication', recipient: 'individual' },
      { form: 'Bằng khen của Bộ trưởng', kind: 'thematic', recipient: 'individual', count: 4 },
      { form: 'Bằng khen của Bộ trưởng', kind: 'thematic', recipient: 'individual', count_text: 'hàng chục' },
      {
        form: 'Giấy khen của Chủ tịch UBND huyện',
        kind: 'sudden',
        recipient: 'collectives_and_individuals',
        count: 3,
      },
      { form: 'Kỷ niệm chương', kind: 'seniority' },
    ];
    const [, statistics] = emulationAppendices(emulation(), ATTACHED, commendations);
    const kinds = statistics?.tables[1];
    expect(kinds?.caption).toBe('2. Khen thưởng đã nhận trong năm, theo loại khen thưởng');
    expect(kinds?.rows.map((r) => r.cells)).toEqual([
      ['1', 'Khen thưởng thường xuyên', 'Bằng khen của Thủ tướng Chính phủ', '3', '–', '–'],
      ['2', 'Khen thưởng theo chuyên đề', 'Bằng khen của Bộ trưởng', '–', '4 và hàng chục', '–'],
      ['3', 'Khen thưởng đột xuất', 'Giấy khen của Chủ tịch UBND huyện', '–', '–', '3'],
      ['4', 'Khen thưởng quá trình cống hiến', 'Huân chương Lao động hạng Ba', '–', 'chưa rõ số lượng', '–'],
      // Given to no one the data names: counted nowhere, but its form is listed.
      ['5', 'Khen thưởng theo niên hạn', 'Kỷ niệm chương', '–', '–', '–'],
      ['6', 'Chưa phân loại', 'Giấy khen của Giám đốc Sở', '–', '5', '–'],
    ]);
    expect(statistics?.notes[0]).toBe(
      'Mục 1 theo danh sách đề nghị tại Phụ lục I (khen thưởng thường xuyên, tổng kết năm 2024); mục 2 theo các hình thức khen thưởng đã nhận trong năm nêu tại phần công tác khen thưởng của Báo cáo.',
    );
  });

  it('a foreign commendation is named as such', () => {
    const [, statistics] = emulationAppendices(emulation(), ATTACHED, [
      { form: 'Huân chương Hữu nghị', kind: 'foreign', recipient: 'individual', count: 1 },
    ]);
    expect(statistics?.tables[1]?.rows[0]?.cells).toEqual([
      '1',
      'Khen thưởng đối ngoại',
      'Huân chương Hữu nghị',
      '–',
      '1',
      '–',
    ]);
  });
});
