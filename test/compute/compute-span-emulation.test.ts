/**
 * The emulation over a span of years, from units scored in some of its years (test/helpers/span-units.ts: every
 * rank and title read off the points by hand); and, from stubbed years, what it makes of a year's emulation that
 * names a block or a unit units.yaml does not list, or a unit its proposals leave out.
 */
import { describe, expect, it, vi } from 'vitest';
import type { YearEmulation } from '../../src/compute/compute-emulation.js';
import { computeSpanEmulation } from '../../src/compute/compute-span-emulation.js';
import type { DataSet } from '../../src/model/types.js';
import { dataSet, UNITS } from '../helpers/span-units.js';

/** Years of emulation a test gives in place of the computed ones; undefined: the years are computed. */
const stub = vi.hoisted(() => ({ years: undefined as Map<number, unknown> | undefined }));

vi.mock('../../src/compute/compute-emulation.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/compute/compute-emulation.js')>();
  return {
    ...actual,
    computeEmulation: (data: DataSet, year: number) =>
      stub.years === undefined ? actual.computeEmulation(data, year) : stub.years.get(year),
  };
});

const SPAN = [2017, 2018, 2019, 2020, 2021];

describe('the emulation over 2017-2021, its units scored in 2018, 2019, 2020 and 2021', () => {
  it('has the scored years only, in order', () => {
    const span = computeSpanEmulation(dataSet(), SPAN);
    expect(span?.years).toEqual([2018, 2019, 2020, 2021]);
  });

  it('has the blocks a scheme scores, each unit in the order of units.yaml, not of its ranks', () => {
    const span = computeSpanEmulation(dataSet(), SPAN);
    expect(span?.blocks.map((b) => [b.block.name, b.units.map((u) => u.unit.name)])).toEqual([
      ['Khối các phòng', ['Phòng A', 'Phòng B', 'Phòng C', 'Phòng F']],
      ['Khối sự nghiệp', ['Trung tâm D', 'Trường E']],
    ]);
  });

  it('has the years each unit led its block, a shared first place led by both', () => {
    const span = computeSpanEmulation(dataSet(), SPAN);
    const led = Object.fromEntries(span?.blocks.flatMap((b) => b.units.map((u) => [u.unit.id, u.led])) ?? []);
    // Phòng: B 2018, A 2019, C 2020, A and B 2021. Sự nghiệp: E 2018, D and E 2019, D 2020, D 2021.
    expect(led).toEqual({
      a: [2019, 2021],
      b: [2018, 2021],
      c: [2020],
      f: [],
      d: [2019, 2020, 2021],
      e: [2018, 2019],
    });
  });

  it("has each unit's titles of each year: none known before the rules or where it was not scored, none proposed said so", () => {
    const span = computeSpanEmulation(dataSet(), SPAN);
    const titlesOf = Object.fromEntries(
      span?.blocks.flatMap((b) => b.units.map((u) => [u.unit.id, u.titles])) ?? [],
    );
    const [co, tienTien, xuatSac] = ['Cờ thi đua', 'Tập thể tiên tiến', 'Tập thể xuất sắc'];
    expect(titlesOf).toEqual({
      // 2019: A leads, rated excellent: the flag and the excellent title, the advanced one superseded. 2021: under
      // every band, nothing.
      a: [undefined, [co, xuatSac], [tienTien], []],
      b: [undefined, [tienTien], undefined, []],
      // 2020: C leads on 89, good.
      c: [undefined, undefined, [co, tienTien], undefined],
      f: [undefined, [], undefined, undefined],
      // 2019: D and E share first place: no flag for either.
      d: [undefined, [tienTien], [co, tienTien], []],
      e: [undefined, [tienTien], undefined, undefined],
    });
  });

  it("counts each year's titles, those none was proposed for left out, none known before the rules", () => {
    const span = computeSpanEmulation(dataSet(), SPAN);
    const counts = span?.totals.map((t) => t?.map((x) => [x.title.name, x.collectives, x.individuals]));
    expect(counts).toEqual([
      undefined,
      // 2019: the flag to A; advanced to B, D, E; excellent to A; 7 + 2 Lao động tiên tiến.
      [
        ['Cờ thi đua', 1, 0],
        ['Tập thể tiên tiến', 3, 0],
        ['Tập thể xuất sắc', 1, 0],
        ['Lao động tiên tiến', 0, 9],
      ],
      // 2020: the flag to C and D; advanced to A, C, D; no one excellent; 4 + 1 Lao động tiên tiến.
      [
        ['Cờ thi đua', 2, 0],
        ['Tập thể tiên tiến', 3, 0],
        ['Lao động tiên tiến', 0, 5],
      ],
      // 2021: nothing to anyone.
      [],
    ]);
  });

  it('is illustrative when one of its years is', () => {
    const data = dataSet();
    expect(computeSpanEmulation(data, [2018, 2019, 2020])?.illustrative).toBe(true);
    expect(computeSpanEmulation(data, [2018, 2019])?.illustrative).toBe(false);
    expect(computeSpanEmulation(data, [2020, 2021])?.illustrative).toBe(true);
  });

  it('is illustrative when the scoring rules are made up', () => {
    const data = dataSet();
    data.scoring = {
      ...data.scoring,
      kind: 'scoring',
      illustrative: true,
      schemes: data.scoring?.schemes ?? [],
    };
    expect(computeSpanEmulation(data, [2018, 2019])?.illustrative).toBe(true);
  });

  it('over one scored year: that year alone', () => {
    const span = computeSpanEmulation(dataSet(), [2016, 2017, 2018]);
    expect(span?.years).toEqual([2018]);
    expect(span?.totals).toEqual([undefined]);
    expect(span?.blocks.flatMap((b) => b.units.map((u) => [u.unit.id, u.titles, u.led]))).toEqual([
      ['a', [undefined], []],
      ['b', [undefined], [2018]],
      ['c', [undefined], []],
      ['d', [undefined], []],
      ['e', [undefined], [2018]],
    ]);
  });

  it('none: no years of it scored, or no units', () => {
    expect(computeSpanEmulation(dataSet(), [2016, 2017])).toBeUndefined();
    expect(computeSpanEmulation(dataSet(), [])).toBeUndefined();
    const { units: _, ...without } = dataSet();
    expect(computeSpanEmulation(without, [2018, 2019])).toBeUndefined();
  });
});

/** A year's emulation of these blocks' ranked units, and the proposals of some of them (none: no rules in force). */
function stubYear(
  year: number,
  blocks: { id: string; name: string; units: [string, number][] }[],
  proposals?: Record<string, string[]>,
): YearEmulation {
  const unitOf = (id: string) =>
    UNITS.find((u) => u.id === id) ?? { id, name: `Đơn vị ${id}`, kind: 'office' as const, block: 'moi' };
  const emulation = {
    scores: {
      year,
      illustrative: false,
      blocks: blocks.map((b) => ({
        block: { id: b.id, name: b.name },
        units: b.units.map(([id, rank]) => ({ unit: unitOf(id), rank })),
        unscored: [],
      })),
    },
    proposals:
      proposals === undefined
        ? undefined
        : {
            titles: [],
            units: Object.entries(proposals).map(([id, names]) => ({
              unit: unitOf(id),
              collective: names.map((name) => ({ title: { name }, eligible: true, supersededBy: undefined })),
            })),
          },
  };
  return emulation as unknown as YearEmulation;
}

describe("the span's emulation from years that name what units.yaml does not", () => {
  const withStub = (years: Map<number, YearEmulation>, run: () => void) => {
    stub.years = years;
    try {
      run();
    } finally {
      stub.years = undefined;
    }
  };

  it('a block units.yaml does not list comes after those it lists; a unit it does not list, first of its block', () => {
    const years = new Map([
      [
        2019,
        stubYear(
          2019,
          [
            { id: 'moi', name: 'Khối mới', units: [['y', 1]] },
            {
              id: 'phong',
              name: 'Khối các phòng',
              units: [
                ['b', 1],
                ['z', 2],
                ['a', 3],
              ],
            },
          ],
          { y: ['Cờ thi đua'], b: ['Tập thể tiên tiến'] },
        ),
      ],
    ]);
    withStub(years, () => {
      const span = computeSpanEmulation(dataSet(), [2019]);
      // Z is unknown to units.yaml: taken as its first. A, proposed nothing it is not in the proposals: no titles.
      expect(
        span?.blocks.map((b) => [b.block.name, b.units.map((u) => [u.unit.id, u.titles, u.led])]),
      ).toEqual([
        [
          'Khối các phòng',
          [
            ['z', [[]], []],
            ['a', [[]], []],
            ['b', [['Tập thể tiên tiến']], [2019]],
          ],
        ],
        ['Khối mới', [['y', [['Cờ thi đua']], [2019]]]],
      ]);
    });
  });

  it('the same unknown block in two years is one block', () => {
    const years = new Map([
      [2019, stubYear(2019, [{ id: 'moi', name: 'Khối mới', units: [['y', 1]] }])],
      [2020, stubYear(2020, [{ id: 'moi', name: 'Khối mới', units: [['y', 1]] }])],
    ]);
    withStub(years, () => {
      const span = computeSpanEmulation(dataSet(), [2019, 2020]);
      expect(span?.blocks.map((b) => [b.block.id, b.units.map((u) => [u.unit.id, u.led])])).toEqual([
        ['moi', [['y', [2019, 2020]]]],
      ]);
    });
  });

  it('data without units.yaml whose years were scored: the blocks as the years name them', () => {
    const years = new Map([
      [
        2019,
        stubYear(2019, [
          {
            id: 'phong',
            name: 'Khối các phòng',
            units: [
              ['b', 1],
              ['a', 2],
            ],
          },
        ]),
      ],
    ]);
    const { units: _, ...without } = dataSet();
    withStub(years, () => {
      const span = computeSpanEmulation(without, [2019]);
      // No order of units.yaml: the ranks' order stays.
      expect(span?.blocks.map((b) => b.units.map((u) => u.unit.id))).toEqual([['b', 'a']]);
    });
  });
});
