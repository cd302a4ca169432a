/**
 * One block of units scored on judged points and one target (jobs against 100), banded, ranked and proposed for
 * titles as a year's emulation is: the emulation the view's and the invariants' tests are drawn from.
 */
import type { YearEmulation } from '../../src/compute/compute-emulation.js';
import { proposeTitles } from '../../src/compute/propose-titles.js';
import { rankBlock, type UnitEntry, type YearScores } from '../../src/compute/score-units.js';
import { NATIONAL_TITLES } from '../../src/domain/title-rules.js';
import type { Members, ScoringScheme, UnitYear } from '../../src/model/emulation.js';
import type { Dec } from '../../src/model/types.js';

const D = (s: string) => s as Dec;

/** A block scored on judged points (at most 80) and one target (jobs, at most 20 points), in three bands. */
export const scheme: ScoringScheme = {
  id: 'k',
  name: 'k',
  source: 'k',
  blocks: ['k'],
  max_total: D('100'),
  decimals: 2,
  indicators: [],
  criteria: [
    { id: 'diem', group: 'I. Điểm', name: 'Điểm', type: 'judged', max: D('80') },
    {
      id: 'viec-lam',
      group: 'II. Chỉ tiêu',
      name: 'Việc làm',
      type: 'indicator',
      indicator: 'viec-lam',
      rule: 'proportional',
      max: D('20'),
    },
  ],
  bands: [
    { min: D('90'), label: 'Hoàn thành xuất sắc nhiệm vụ', rating: 'excellent' },
    { min: D('80'), label: 'Hoàn thành tốt nhiệm vụ', rating: 'good' },
    // Above the lowest total the generated years reach (73): some units are rated nothing.
    { min: D('76'), label: 'Hoàn thành nhiệm vụ', rating: 'complete' },
  ],
  tie_break: [],
};

/** The year's emulation of one block whose units have these years: Đơn vị 1, Đơn vị 2, ... (ids u0, u1, ...). */
export function emulationOf(
  year: number,
  years: UnitYear[],
  titles = NATIONAL_TITLES,
  blockScheme: ScoringScheme = scheme,
): YearEmulation {
  const entries: UnitEntry[] = years.map((y, i) => ({
    unit: { id: `u${i}`, name: `Đơn vị ${i + 1}`, kind: 'office', block: 'k' },
    year: y,
  }));
  const ranked = rankBlock(blockScheme, entries, () => ({
    better: 'higher',
    name: 'Việc làm',
    measure: 'người',
  }));
  const scores: YearScores = {
    year,
    illustrative: false,
    blocks: [
      { block: { id: 'k', name: 'Khối các phòng cấp huyện' }, scheme: blockScheme, ...ranked, unscored: [] },
    ],
  };
  const figures = new Map(entries.map((e) => [e.unit.id, e.year]));
  return { scores, proposals: proposeTitles(scores, figures, titles) };
}

/** Ten members: 6 excellent, 4 good, 9 Lao động tiên tiến, 2 Chiến sĩ thi đua cơ sở, none disciplined. */
export const TEN: Members = {
  total: 10,
  excellent: 6,
  good: 4,
  complete: 0,
  incomplete: 0,
  advanced: 9,
  emulation_fighters: 2,
  disciplined: 0,
};
