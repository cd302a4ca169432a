/**
 * One set of figures, read by every part (issue 20): over the example data set and over generated unit years, the
 * prize money Phụ lục I lists adds up to its stated total, which is Phụ lục II's prize column; the counts of each
 * title agree across the tables; and the section's sentences agree with its ranking table. The tests read the
 * worded tables, as a reader checks the pages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEmulation, type YearEmulation } from '../../src/compute/compute-emulation.js';
import { NATIONAL_TITLES } from '../../src/domain/title-rules.js';
import type { Members, UnitYear } from '../../src/model/emulation.js';
import type { Dec } from '../../src/model/types.js';
import { loadData } from '../../src/pipeline/load-data.js';
import { emulationAppendices, emulationSection } from '../../src/view/emulation-view.js';
import type { AppendixTable } from '../../src/view/view-types.js';
import { emulationOf } from '../helpers/emulation-block.js';
import { ROOT } from '../helpers/run-cli.js';

const D = (s: string) => s as Dec;
const ATTACHED = { number: 'số 01/BC-SNV', date: 'ngày 05 tháng 01 năm 2025', agency: 'Sở' };

/** "3.510.000" → 3510000; "–" (no prize) → 0. */
function money(cell: string | undefined): number {
  if (cell === undefined || cell === '–' || cell === '') return 0;
  return Number(cell.replace(/\./g, ''));
}
const whole = (cell: string | undefined) =>
  cell === undefined || cell === '–' ? 0 : Number(cell.replace(/\./g, ''));
const rowsOf = (t: AppendixTable) => t.rows.filter((r) => r.kind === 'row');
const totalOf = (t: AppendixTable) => t.rows.find((r) => r.kind === 'total');

/** Every invariant of one year's section and appendices; returns how many proposals they held. */
function expectOneSetOfFigures(emulation: YearEmulation): number {
  const [list, statistics] = emulationAppendices(emulation, ATTACHED);
  if (emulation.proposals === undefined) {
    expect(list).toBeUndefined();
    return 0;
  }
  const [collective, individual] = list?.tables ?? [];
  const [stats] = statistics?.tables ?? [];
  if (!collective || !individual || !stats) throw new Error('the appendices lack a table');
  const last = (r: { cells: string[] } | undefined) => r?.cells.at(-1);

  // Phụ lục I, 1: the collectives' prizes add up to their total row.
  const collectiveRows = rowsOf(collective);
  const collectiveSum = collectiveRows.reduce((s, r) => s + money(last(r)), 0);
  if (collectiveRows.length > 0) expect(money(last(totalOf(collective)))).toBe(collectiveSum);
  // Phụ lục I, 2: the units' prizes add up to the total row, and so do each title's counts.
  const individualRows = rowsOf(individual);
  const individualSum = individualRows.reduce((s, r) => s + money(last(r)), 0);
  expect(money(last(totalOf(individual)))).toBe(individualSum);
  const countColumns = individual.headings.length - 3;
  for (let k = 0; k < countColumns; k++)
    expect(whole(totalOf(individual)?.cells[2 + k])).toBe(
      individualRows.reduce((s, r) => s + whole(r.cells[2 + k]), 0),
    );
  // The stated total is both parts, and Phụ lục II's prize column, row by row and in its total.
  const stated = (list?.notes ?? [])
    .map((n) => /^Tổng số tiền thưởng: ([\d.]+) đồng/.exec(n)?.[1])
    .find(Boolean);
  if (emulation.proposals.baseSalary) expect(money(stated)).toBe(collectiveSum + individualSum);
  const statRows = rowsOf(stats);
  expect(statRows.reduce((s, r) => s + money(last(r)), 0)).toBe(collectiveSum + individualSum);
  expect(money(last(totalOf(stats)))).toBe(collectiveSum + individualSum);

  // Counts: each collective title's rows in Phụ lục I, its group heading and Phụ lục II's count agree; each
  // individual title's total in Phụ lục I is Phụ lục II's.
  let proposals = 0;
  for (const row of statRows) {
    const name = row.cells[1] ?? '';
    const heading = collective.rows.findIndex(
      (r) => r.kind === 'group' && (r.cells[1] ?? '').startsWith(`${name} (`),
    );
    if (row.cells[3] !== '–') {
      const n = whole(row.cells[3]);
      proposals += n;
      if (n === 0) {
        expect(heading).toBe(-1);
        continue;
      }
      const next = collective.rows.findIndex((r, i) => i > heading && r.kind !== 'row');
      expect(next - heading - 1, name).toBe(n);
      expect(collective.rows[heading]?.cells[1]).toContain(`(${n} tập thể;`);
      // The prize column of Phụ lục II is the sum of the title's rows in Phụ lục I.
      const rows = collective.rows.slice(heading + 1, next);
      expect(money(last(row)), name).toBe(rows.reduce((s, r) => s + money(last(r)), 0));
    } else {
      const k = individual.headings.indexOf(`${name} (người)`);
      expect(k).toBeGreaterThan(1);
      expect(whole(row.cells[4]), name).toBe(whole(totalOf(individual)?.cells[k]));
      proposals += whole(row.cells[4]);
    }
  }
  return proposals;
}

/** The section's sentences against its ranking table: who leads with how many points; how many in each band. */
const lowerFirst = (s: string | undefined) => (s ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : '');

function expectSectionAgreesWithTable(emulation: YearEmulation): void {
  const section = emulationSection(emulation);
  for (const block of section.blocks) {
    const first = block.table.rows.filter((r) => r.rank === '1');
    const lead = block.sentences.find((s) => / (cùng )?dẫn đầu khối với /.test(s));
    if (first.length === 0) expect(lead).toBeUndefined();
    else expect(lead).toContain(`với ${first[0]?.total} điểm`);
    const bands = new Map<string, number>();
    for (const r of block.table.rows) bands.set(r.band, (bands.get(r.band) ?? 0) + 1);
    const all = block.sentences.find((s) => s.startsWith('Cả '));
    const some = block.sentences.find((s) => s.startsWith('Trong '));
    if (all) {
      expect(bands.size).toBe(1);
      expect(all).toContain(`Cả ${block.table.rows.length} đơn vị`);
      expect(all).toContain(
        [...bands.keys()][0] === 'Chưa xếp loại'
          ? 'chưa xếp loại'
          : `xếp loại ${lowerFirst([...bands.keys()][0])}`,
      );
    } else if (some) {
      expect(some).toContain(`Trong ${block.table.rows.length} đơn vị`);
      for (const [band, n] of bands)
        expect(some).toContain(
          band === 'Chưa xếp loại' ? `${n} đơn vị chưa xếp loại` : `${n} đơn vị xếp loại ${lowerFirst(band)}`,
        );
      // The parts add up to the block: every unit is counted once.
      const counted = [...some.matchAll(/(\d+) đơn vị (chưa )?xếp loại/g)].map((m) => Number(m[1]));
      expect(counted.reduce((a, b) => a + b, 0)).toBe(block.table.rows.length);
    }
  }
}

describe('the example data set (examples/thi-dua, 2024)', () => {
  it('Phụ lục I, Phụ lục II and the stated total agree, and the section agrees with its tables', async () => {
    const loaded = await loadData(`${ROOT}/examples/thi-dua`);
    const emulation = computeEmulation(loaded.dataSet as NonNullable<typeof loaded.dataSet>, 2024);
    if (emulation === undefined) throw new Error('the example has no emulation');
    expect(expectOneSetOfFigures(emulation)).toBeGreaterThan(20);
    expectSectionAgreesWithTable(emulation);
  });
});

/** Members that can be: ratings adding up to the total, titles within them. */
const members = fc
  .record({
    excellent: fc.integer({ min: 0, max: 12 }),
    good: fc.integer({ min: 0, max: 12 }),
    incomplete: fc.integer({ min: 0, max: 1 }),
    advancedShare: fc.integer({ min: 50, max: 100 }),
    fighters: fc.integer({ min: 0, max: 4 }),
    disciplined: fc.integer({ min: 0, max: 1 }),
  })
  .filter((m) => m.excellent + m.good + m.incomplete > 0)
  .map((m): Members => {
    const total = m.excellent + m.good + m.incomplete;
    const advanced = Math.floor(((m.excellent + m.good) * m.advancedShare) / 100);
    return {
      total,
      excellent: m.excellent,
      good: m.good,
      complete: 0,
      incomplete: m.incomplete,
      advanced,
      emulation_fighters: Math.min(m.fighters, advanced, m.excellent),
      disciplined: m.disciplined,
    };
  });

/** A unit's year, mostly excellent so that titles are proposed: points, a result against 100, last year. */
const unitYear = fc
  .record({
    points: fc.integer({ min: 55, max: 80 }),
    result: fc.integer({ min: 90, max: 130 }),
    members,
    lastYear: fc.constantFrom<string[] | undefined>(
      undefined,
      [],
      ['hoan-thanh-xuat-sac-nhiem-vu'],
      ['tap-the-lao-dong-xuat-sac'],
    ),
  })
  .map(
    (u): UnitYear => ({
      indicators: { 'viec-lam': { target: D('100'), result: D(String(u.result)), qualifier: 'exact' } },
      own_indicators: {},
      criteria: { diem: D(String(u.points)) },
      members: u.members,
      ...(u.lastYear ? { earlier: { '2023': u.lastYear, '2024': u.lastYear } } : {}),
    }),
  );

describe('generated unit years, under both rule sets', () => {
  it('every prize and count agrees wherever it is shown; the section agrees with the table', () => {
    let checked = 0;
    let runs = 0;
    let unrated = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(2024, 2025),
        fc.array(unitYear, { minLength: 1, maxLength: 8 }),
        (year, years) => {
          const emulation = emulationOf(year, years);
          runs += 1;
          if (expectOneSetOfFigures(emulation) > 0) checked += 1;
          expectSectionAgreesWithTable(emulation);
          const sentences = emulationSection(emulation).blocks.flatMap((b) => b.sentences);
          if (sentences.some((s) => s.includes('chưa xếp loại'))) unrated += 1;
        },
      ),
      { numRuns: 150 },
    );
    // The generated years propose titles: the invariants are not checked on empty tables only.
    expect(checked).toBeGreaterThan(runs * 0.8);
    // Nor on blocks whose every unit is rated: some totals fall below every band.
    expect(unrated).toBeGreaterThan(runs / 20);
  });
});

describe('no base salary in force on the day the prizes are figured on', () => {
  it('no prize and no total is figured: every money cell says “–” (or 0 where nothing is to be paid), every total “–”, and both appendices say why', () => {
    const titles = { ...NATIONAL_TITLES, base_salaries: [] };
    fc.assert(
      fc.property(fc.array(unitYear, { minLength: 1, maxLength: 6 }), (years) => {
        const emulation = emulationOf(2024, years, titles);
        const [list, statistics] = emulationAppendices(emulation, ATTACHED);
        const tables = [...(list?.tables ?? []), ...(statistics?.tables.slice(0, 1) ?? [])];
        expect(tables).toHaveLength(3);
        for (const table of tables)
          for (const row of table.rows.filter((r) => r.kind !== 'group'))
            expect(row.cells.at(-1)).toMatch(row.kind === 'total' ? /^–$/ : /^(–|0)$/);
        const why = 'Chưa tính tiền thưởng: chưa có mức lương cơ sở áp dụng tại ngày 31/12/2024.';
        expect(list?.notes).toContain(why);
        expect(statistics?.notes).toContain(why);
        expect((list?.notes ?? []).some((n) => n.startsWith('Tổng số tiền thưởng'))).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});
