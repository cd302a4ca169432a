import { describe, expect, it } from 'vitest';
import { computeYear } from '../../src/compute/compute-year.js';
import type { Agency, DataSet, Indicator, Results, Targets } from '../../src/model/types.js';
import { change, level, value } from './fixtures.js';

const agency: Agency = {
  kind: 'agency',
  parent: 'UBND TỈNH HÀ TĨNH',
  name: 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
  document_code: 'BC-SLĐTBXH',
  place: 'Hà Tĩnh',
  signer: { title: 'GIÁM ĐỐC' },
  recipients: ['UBND tỉnh'],
  archive: 'VT, VP',
};

const ind = (id: string, area: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  name: id,
  area,
  unit: 'người',
  kind: 'count',
  direction: 'higher',
  decimals: 0,
  ...extra,
});

// Catalogue order deliberately puts a child before its parent and mixes areas.
const indicators: Indicator[] = [
  ind('ho-ngheo', 'giam-ngheo', { unit: '%', kind: 'rate', direction: 'lower', decimals: 2 }),
  ind('xkld', 'viec-lam', { parent: 'viec-lam-moi' }),
  ind('viec-lam-moi', 'viec-lam', { parts_complete: true }),
  ind('khong-co-gi', 'viec-lam'),
  ind('trong-tinh', 'viec-lam', { parent: 'viec-lam-moi' }),
  ind('ngoai-tinh', 'viec-lam', { parent: 'viec-lam-moi' }),
  ind('dao-tao', 'giao-duc-nghe'),
  ind('tap-huan', 'giao-duc-nghe'),
  ind('so-lop', 'giao-duc-nghe', { parent: 'tap-huan' }),
];

const results = (year: number, values: Results['values']): Results => ({
  kind: 'results',
  year,
  sources: [],
  values,
});
const targets = (year: number, t: Targets['targets']): Targets => ({
  kind: 'targets',
  year,
  sources: [],
  targets: t,
});

const data: DataSet = {
  catalogue: {
    kind: 'catalogue',
    areas: [
      { id: 'viec-lam', name: 'Việc làm' },
      { id: 'giam-ngheo', name: 'Giảm nghèo' },
      { id: 'tre-em', name: 'Trẻ em' },
      { id: 'giao-duc-nghe', name: 'Giáo dục nghề nghiệp' },
    ],
    indicators,
  },
  agency,
  results: new Map([
    [
      2017,
      results(2017, {
        'viec-lam-moi': value('22000'),
        'ho-ngheo': value('6.92'),
      }),
    ],
    [
      2018,
      results(2018, {
        'viec-lam-moi': value('24000', 'over'),
        xkld: value('8000.5'),
        'trong-tinh': value('10000.2'),
        'ho-ngheo': value('5.30'),
        'so-lop': value('12'),
      }),
    ],
  ]),
  targets: new Map([
    [
      2018,
      targets(2018, {
        'viec-lam-moi': level('23500'),
        'ho-ngheo': change('decrease', 'points', { by: '1.5' }),
      }),
    ],
    [2019, targets(2019, { 'dao-tao': level('40000') })],
  ]),
};

describe('computeYear', () => {
  // Computed in each test, not once when the tests are collected: a mutation run then knows which tests read it.
  const year2018 = () => computeYear(data, 2018);

  it('names the years and finds the files', () => {
    const y = year2018();
    expect([y.year, y.priorYear, y.nextYear]).toEqual([2018, 2017, 2019]);
    expect(y.results?.year).toBe(2018);
    expect(y.targets?.year).toBe(2018);
    expect(y.priorResults?.year).toBe(2017);
    expect(y.nextTargets?.year).toBe(2019);
    expect(y.missing).toStrictEqual({ results: false, targets: false, priorYear: false, nextTargets: false });
  });

  it('lists areas in catalogue order, children after their parent, skipping what has nothing to say', () => {
    const y = year2018();
    const listed = y.areas.map((a) => [a.area.id, a.indicators.map((i) => `${i.depth}:${i.indicator.id}`)]);
    expect(listed).toStrictEqual([
      ['viec-lam', ['0:viec-lam-moi', '1:xkld', '1:trong-tinh']],
      ['giam-ngheo', ['0:ho-ngheo']],
      ['giao-duc-nghe', ['0:dao-tao', '0:tap-huan', '1:so-lop']],
    ]);
  });

  it('lists an indicator with only this year’s target: its figure is missing, not the indicator', () => {
    const planned = ind('tre-em-duoc-ho-tro', 'tre-em');
    const withTarget: DataSet = {
      ...data,
      catalogue: { ...data.catalogue, indicators: [...indicators, planned] },
      targets: new Map([
        ...data.targets,
        [2018, targets(2018, { ...data.targets.get(2018)?.targets, [planned.id]: level('500') })],
      ]),
    };
    const area = computeYear(withTarget, 2018).areas.find((a) => a.area.id === 'tre-em');
    expect(area?.indicators.map((i) => [i.indicator.id, i.actual, i.attainment.status])).toEqual([
      ['tre-em-duoc-ho-tro', undefined, 'no_data'],
    ]);
  });

  it('sets each figure against its target and last year', () => {
    const y = year2018();
    const [vlm] = y.areas[0]?.indicators ?? [];
    expect(vlm?.actual).toStrictEqual({ value: '24000', qualifier: 'over' });
    expect(vlm?.prior).toStrictEqual({ value: '22000', qualifier: 'exact' });
    expect(vlm?.attainment).toMatchObject({
      status: 'exceeded',
      qualifier: 'over',
      percentOfPlan: '102.12765957446808510638',
    });
    expect(vlm?.yoy).toMatchObject({ ratioPercent: '109.09090909090909090909', qualifier: 'over' });

    const hn = y.areas[1]?.indicators[0];
    expect(hn?.attainment).toMatchObject({ status: 'exceeded', change: '-1.62', margin: '0.12' });
    expect(hn?.yoy).toMatchObject({ changePoints: '-1.62', better: true });

    const daoTao = y.areas[2]?.indicators[0];
    expect(daoTao?.actual).toBeUndefined();
    expect(daoTao?.nextTarget).toStrictEqual({ type: 'level', value: '40000', qualifier: 'exact' });
    expect(daoTao?.attainment).toStrictEqual({ status: 'no_target', reason: 'no_target' });
    expect(daoTao?.yoy).toStrictEqual({ status: 'no_data' });

    // A parent listed only to head its component.
    const tapHuan = y.areas[2]?.indicators[1];
    expect(tapHuan?.actual).toBeUndefined();
    expect(tapHuan?.target).toBeUndefined();
    expect(tapHuan?.nextTarget).toBeUndefined();
  });

  it('adds up the children against the parent', () => {
    const y = year2018();
    // 8000.5 + 10000.2 = 18000.7; 18000.7 − 24000 = −5999.3
    expect(y.componentSums).toStrictEqual([
      {
        parentId: 'viec-lam-moi',
        partsComplete: true,
        sum: '18000.7',
        sumQualifier: 'exact',
        summed: ['xkld', 'trong-tinh'],
        withoutActual: ['ngoai-tinh'],
        otherUnit: [],
        parentActual: { value: '24000', qualifier: 'over' },
        difference: '-5999.3',
      },
      {
        parentId: 'tap-huan',
        partsComplete: false,
        sum: '12',
        sumQualifier: 'exact',
        summed: ['so-lop'],
        withoutActual: [],
        otherUnit: [],
      },
    ]);
  });

  it('says which files are missing', () => {
    const y2017 = computeYear(data, 2017);
    expect(y2017.missing).toStrictEqual({
      results: false,
      targets: true,
      priorYear: true,
      nextTargets: false,
    });
    expect(y2017.targets).toBeUndefined();
    expect(y2017.priorResults).toBeUndefined();
    // Without a target, and no prior year, the 2017 figures still show.
    expect(y2017.areas.map((a) => a.area.id)).toStrictEqual(['viec-lam', 'giam-ngheo']);
    expect(y2017.areas[0]?.indicators[0]?.yoy).toStrictEqual({ status: 'no_prior' });
    expect(y2017.areas[0]?.indicators[0]?.attainment.status).toBe('no_target');

    const y2030 = computeYear(data, 2030);
    expect(y2030.missing).toStrictEqual({ results: true, targets: true, priorYear: true, nextTargets: true });
    expect(y2030.areas).toStrictEqual([]);
    expect(y2030.componentSums).toStrictEqual([]);
  });

  it('does not take inherited object keys for indicator ids', () => {
    const odd: DataSet = {
      ...data,
      catalogue: { ...data.catalogue, indicators: [ind('constructor', 'viec-lam')] },
    };
    expect(computeYear(odd, 2018).areas).toStrictEqual([]);
  });
});
