/**
 * The ranking (score YEAR, and the report's tables): the groups' numerals and names as the scheme labels them or
 * numbered in order where it does not; a unit rated nothing; a tie broken on a penalty (fewer points taken off) and
 * one shared; the money line with and without a base salary. Totals: judged points + 20 × jobs/100 − 1 per event.
 */
import { describe, expect, it } from 'vitest';
import { NATIONAL_TITLES } from '../../src/domain/title-rules.js';
import { vi } from '../../src/messages/vi.js';
import type { ScoringScheme, UnitYear } from '../../src/model/emulation.js';
import type { Dec } from '../../src/model/types.js';
import { buildRankingView } from '../../src/view/ranking-view.js';
import { emulationOf, scheme } from '../helpers/emulation-block.js';

const D = (s: string) => s as Dec;

function unit(points: number, jobs: number, events?: number): UnitYear {
  return {
    // A Tập thể lao động xuất sắc the year before: the Bằng khen (its prize not known to the rules) can be proposed.
    earlier: { '2023': ['tap-the-lao-dong-xuat-sac'] },
    indicators: { 'viec-lam': { target: D('100'), result: D(String(jobs)), qualifier: 'exact' } },
    own_indicators: {},
    criteria: { diem: D(String(points)), ...(events === undefined ? {} : { 'vi-pham': D(String(events)) }) },
  };
}

/** The block's scheme with a penalty (1 point per event, at most 5) that breaks ties, groups labelled as given. */
function withPenalty(labels: [string, string, string]): ScoringScheme {
  return {
    ...scheme,
    criteria: [
      ...scheme.criteria.map((c, i) => ({ ...c, group: labels[i] ?? c.group })),
      { id: 'vi-pham', group: labels[2], name: 'Vi phạm', type: 'penalty', per_event: D('1'), cap: D('5') },
    ],
    tie_break: ['vi-pham'],
  };
}

const view = (years: UnitYear[], s: ScoringScheme = scheme, titles = NATIONAL_TITLES) => {
  const emulation = emulationOf(2024, years, titles, s);
  return buildRankingView(emulation.scores, vi.cli.score, emulation.proposals);
};

describe('the ranking of a block', () => {
  it("the groups' numerals from their labels, or numbered in order where a label has none", () => {
    expect(view([unit(78, 100)]).blocks[0]?.groups).toEqual([
      { short: 'I', label: 'Điểm' },
      { short: 'II', label: 'Chỉ tiêu' },
    ]);
    const s = withPenalty(['Điểm chấm', 'V) Chỉ tiêu', 'Điểm trừ']);
    expect(view([unit(78, 100, 0)], s).blocks[0]?.groups).toEqual([
      { short: 'I', label: 'Điểm chấm' },
      { short: 'V', label: 'Chỉ tiêu' },
      { short: 'III', label: 'Điểm trừ' },
    ]);
  });

  it('a tie broken on a penalty: the unit with fewer points taken off above, in words that say so', () => {
    const s = withPenalty(['I. Điểm', 'II. Chỉ tiêu', 'III. Điểm trừ']);
    // 80 + 20 − 2 = 98 (Đơn vị 1) and 79 + 20 − 1 = 98 (Đơn vị 2): Đơn vị 2 lost less, and is above.
    const block = view([unit(80, 100, 2), unit(79, 100, 1)], s).blocks[0];
    expect(block?.rows.map((r) => [r.rank, r.unit, ...r.groups, r.total, r.band])).toEqual([
      ['1', 'Đơn vị 2', '79', '20', '−1', '98', 'Hoàn thành xuất sắc nhiệm vụ'],
      ['2', 'Đơn vị 1', '80', '20', '−2', '98', 'Hoàn thành xuất sắc nhiệm vụ'],
    ]);
    expect(block?.notes).toEqual([
      'Đơn vị 2 và Đơn vị 1 cùng đạt 98 điểm; Đơn vị 2 xếp trên do bị trừ ít điểm hơn ở tiêu chí “Vi phạm” (thứ tự xét khi bằng điểm theo thang điểm).',
    ]);
  });

  it('a tie shared, and a total below every band rated nothing', () => {
    const block = view([unit(60, 100), unit(60, 100), unit(40, 100)]).blocks[0];
    expect(block?.rows.map((r) => [r.rank, r.total, r.band])).toEqual([
      ['1', '80', 'Hoàn thành tốt nhiệm vụ'],
      ['1', '80', 'Hoàn thành tốt nhiệm vụ'],
      ['3', '60', 'Chưa xếp loại'],
    ]);
    expect(block?.notes).toEqual([
      'Đơn vị 1 và Đơn vị 2 cùng đạt 80 điểm (thang điểm không quy định tiêu chí xét khi bằng điểm): đồng hạng 1.',
    ]);
  });

  it('the money: the total and its base salary, the prizes not known; without a base salary, why none is figured', () => {
    const years = [unit(78, 110), unit(65, 100)];
    expect(view(years).money).toEqual([
      expect.stringMatching(
        /^Tiền thưởng: 18\.720\.000 đồng, tính theo mức lương cơ sở 2\.340\.000 đồng \(Nghị định 73\/2024\/NĐ-CP, Điều 3 khoản 2\) áp dụng tại ngày 31\/12\/2024;/,
      ),
      'Chưa xác định được mức thưởng: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (không tính vào tổng).',
    ]);
    expect(view(years, scheme, { ...NATIONAL_TITLES, base_salaries: [] }).money).toEqual([
      'Chưa tính tiền thưởng: chưa có mức lương cơ sở áp dụng tại ngày 31/12/2024 (bổ sung vào base_salaries trong titles.yaml).',
    ]);
  });
});
