/**
 * Units scored over 2018-2022 for the span's tests: two blocks (and one no scheme scores), judged points alone,
 * under made-up rules of titles in force from 2019, so that every rank and title is read off the points by hand.
 *
 * 2018 (before the rules): B 85, A 80, C 70; E 95, D 60. 2019: A 92, B 85, F 10 (C not scored); D and E 70 each,
 * sharing first place. 2020 (illustrative): C 89, A 50 (B, F not scored); D 80 (E not scored). 2021: A and B 40
 * each, D 45, all under every band. 2022: B 70, A 60; D 90. X, of a block no scheme scores, has points every year.
 */
import type { Members, ScoringScheme, Titles, UnitResults, UnitYear } from '../../src/model/emulation.js';
import type { DataSet, Dec, Unit } from '../../src/model/types.js';

const D = (s: string) => s as Dec;

/** One judged criterion of 100 points: 90 and over excellent, 50 and over good, under 50 no band. No tie-break. */
export const scheme: ScoringScheme = {
  id: 'k',
  name: 'k',
  source: 'k',
  blocks: ['phong', 'su-nghiep'],
  max_total: D('100'),
  decimals: 0,
  indicators: [],
  criteria: [{ id: 'diem', group: 'I', name: 'Điểm', type: 'judged', max: D('100') }],
  bands: [
    { min: D('90'), label: 'Hoàn thành xuất sắc nhiệm vụ', rating: 'excellent' },
    { min: D('50'), label: 'Hoàn thành tốt nhiệm vụ', rating: 'good' },
  ],
  tie_break: [],
};

/**
 * From 2019: the flag to the one leader of a block rated good or better (a shared first place is not known to
 * lead), the excellent title to a unit rated excellent (over the advanced one, which it supersedes), the advanced
 * one to a unit rated good or better, and the members' Lao động tiên tiến as the units count them.
 */
export const titles: Titles = {
  kind: 'titles',
  base_salaries: [],
  rule_sets: [
    {
      id: 'r',
      name: 'r',
      from: '2019-01-01',
      titles: [
        {
          id: 'co',
          name: 'Cờ thi đua',
          category: 'award',
          recipient: 'collective',
          level: 'province',
          basis: 'b',
          conditions: { block_leader: true, rating: 'good' },
        },
        {
          id: 'tien-tien',
          name: 'Tập thể tiên tiến',
          category: 'title',
          recipient: 'collective',
          level: 'base',
          basis: 'b',
          conditions: { rating: 'good' },
        },
        {
          id: 'xuat-sac',
          name: 'Tập thể xuất sắc',
          category: 'title',
          recipient: 'collective',
          level: 'base',
          basis: 'b',
          conditions: { rating: 'excellent' },
          supersedes: ['tien-tien'],
        },
        {
          id: 'ldtt',
          name: 'Lao động tiên tiến',
          category: 'title',
          recipient: 'individual',
          level: 'base',
          basis: 'b',
          count: 'advanced',
        },
      ],
    },
  ],
};

const unit = (id: string, name: string, block: string): Unit => ({ id, name, kind: 'office', block });

/** units.yaml's order: Phòng A, B, C; a unit of a block no scheme scores; Trung tâm D, Trường E; Phòng F. */
export const UNITS = [
  unit('a', 'Phòng A', 'phong'),
  unit('b', 'Phòng B', 'phong'),
  unit('c', 'Phòng C', 'phong'),
  unit('x', 'Ban X', 'khac'),
  unit('d', 'Trung tâm D', 'su-nghiep'),
  unit('e', 'Trường E', 'su-nghiep'),
  unit('f', 'Phòng F', 'phong'),
];

const members = (advanced: number): Members => ({ total: 10, advanced });

/** A unit's year of these points and this many Lao động tiên tiến. */
const scored = (points: string, advanced = 0): UnitYear => ({
  indicators: {},
  own_indicators: {},
  criteria: { diem: D(points) },
  members: members(advanced),
});

const year = (y: number, units: Record<string, UnitYear>, illustrative = false): UnitResults => ({
  kind: 'unit-results',
  year: y,
  ...(illustrative ? { illustrative } : {}),
  units,
});

/** The units, their scheme, the rules and the units' years: no catalogue, no results (a test adds its own). */
export function dataSet(): DataSet {
  return {
    catalogue: { kind: 'catalogue', areas: [], indicators: [] },
    agency: {
      kind: 'agency',
      parent: 'P',
      name: 'N',
      document_code: 'BC',
      place: 'Hà Tĩnh',
      signer: { title: 'GIÁM ĐỐC' },
      recipients: [],
      archive: 'VT',
    },
    results: new Map(),
    targets: new Map(),
    units: {
      kind: 'units',
      blocks: [
        { id: 'phong', name: 'Khối các phòng' },
        { id: 'khac', name: 'Khối khác' },
        { id: 'su-nghiep', name: 'Khối sự nghiệp' },
      ],
      units: UNITS,
    },
    scoring: { kind: 'scoring', schemes: [scheme] },
    titles,
    unitResults: new Map([
      [
        2018,
        year(2018, {
          a: scored('80'),
          b: scored('85'),
          c: scored('70'),
          x: scored('99'),
          d: scored('60'),
          e: scored('95'),
        }),
      ],
      [
        2019,
        year(2019, {
          a: scored('92', 7),
          b: scored('85', 2),
          x: scored('99'),
          d: scored('70'),
          e: scored('70'),
          f: scored('10'),
        }),
      ],
      [2020, year(2020, { a: scored('50', 4), c: scored('89'), x: scored('99'), d: scored('80', 1) }, true)],
      [2021, year(2021, { a: scored('40'), b: scored('40'), x: scored('99'), d: scored('45') })],
      [2022, year(2022, { a: scored('60'), b: scored('70'), x: scored('99'), d: scored('90') })],
    ]),
  };
}
