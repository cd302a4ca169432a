import { describe, expect, it } from 'vitest';
import { computeSpan } from '../../src/compute/compute-span.js';
import type { Agency, DataSet, Dec, Indicator, Results } from '../../src/model/types.js';
import { spanCharts, spanDocument } from '../../src/view/span-document.js';
import { value } from './fixtures.js';

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

const ind = (id: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  name: id,
  area: 'a',
  unit: 'người',
  kind: 'count',
  direction: 'higher',
  decimals: 0,
  ...extra,
});

const results = (year: number, values: Results['values']): Results => ({
  kind: 'results',
  year,
  sources: [],
  values,
});

// 2016 to 2020, with 2017 missing: a count, an amount, a rate, a plain number, a count in one year only.
const data: DataSet = {
  catalogue: {
    kind: 'catalogue',
    areas: [{ id: 'a', name: 'Lao động - việc làm' }],
    indicators: [
      ind('viec-lam'),
      ind('kinh-phi', { kind: 'money', unit: 'tỷ đồng', decimals: 1 }),
      ind('ho-ngheo', { kind: 'rate', unit: '%', direction: 'lower', decimals: 2 }),
      ind('so-xa', { kind: 'number', unit: 'xã', direction: 'neutral' }),
      ind('mot-nam'),
      ind('khong-co'),
    ],
  },
  agency,
  results: new Map([
    [2016, results(2016, { 'viec-lam': value('20000'), 'kinh-phi': value('1.5'), 'ho-ngheo': value('9.4') })],
    [
      2018,
      results(2018, {
        'viec-lam': value('24000', 'over'),
        'kinh-phi': value('2'),
        'ho-ngheo': value('6.92'),
        'so-xa': value('7'),
      }),
    ],
    [
      2020,
      results(2020, {
        'viec-lam': value('23000'),
        'kinh-phi': value('2.6'),
        'ho-ngheo': value('4.12'),
        'so-xa': value('5'),
        'mot-nam': value('300', 'nearly'),
      }),
    ],
  ]),
  parts: new Map(),
  targets: new Map(),
  unitResults: new Map(),
};

const span = computeSpan(data, { from: 2016, year: 2020 });
const row = (id: string) => {
  const found = span.areas.flatMap((a) => a.indicators).find((i) => i.indicator.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
};

describe('the figures of a span of years', () => {
  it('names the years without a results file, and fills none of them in', () => {
    expect(span.years).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(span.missing).toEqual([2017, 2019]);
    expect(row('viec-lam').figures.map((f) => f?.value)).toEqual([
      '20000',
      undefined,
      '24000',
      undefined,
      '23000',
    ]);
  });

  it('adds up a count and an amount over the years that have one, the qualifiers travelling', () => {
    // 20.000 + trên 24.000 + 23.000 = trên 67.000; 1,5 + 2 + 2,6 = 6,1.
    expect(row('viec-lam').figure).toEqual({
      kind: 'total',
      value: '67000',
      qualifier: 'over',
      years: [2016, 2018, 2020],
    });
    expect(row('kinh-phi').figure).toEqual({
      kind: 'total',
      value: '6.1',
      qualifier: 'exact',
      years: [2016, 2018, 2020],
    });
    expect(row('mot-nam').figure).toEqual({
      kind: 'total',
      value: '300',
      qualifier: 'nearly',
      years: [2020],
    });
  });

  it("takes a rate's, and any other level's, last figure", () => {
    expect(row('ho-ngheo').figure).toEqual({ kind: 'end', value: '4.12', qualifier: 'exact', year: 2020 });
    expect(row('so-xa').figure).toEqual({ kind: 'end', value: '5', qualifier: 'exact', year: 2020 });
  });

  it('averages the change per year from the first figure to the last, and only over two years or more', () => {
    // (4,12 − 9,4) / 4 = −1,32 points a year; (23.000 − 20.000) / 4 = 750; (5 − 7) / 2 = −1.
    expect(row('ho-ngheo').change).toEqual({ perYear: '-1.32', qualifier: 'exact', from: 2016, to: 2020 });
    expect(row('viec-lam').change).toEqual({ perYear: '750', qualifier: 'exact', from: 2016, to: 2020 });
    expect(row('so-xa').change).toEqual({ perYear: '-1', qualifier: 'exact', from: 2018, to: 2020 });
    expect(row('mot-nam').change).toBeUndefined();
  });

  it('leaves out an indicator with no figure in any year', () => {
    expect(span.areas[0]?.indicators.map((i) => i.indicator.id)).not.toContain('khong-co');
  });

  it('keeps the bound a sum or a change has, and none where two bounds pull apart', () => {
    const pulling = computeSpan(
      {
        ...data,
        results: new Map([
          [2019, results(2019, { 'viec-lam': value('20000', 'over') })],
          [2020, results(2020, { 'viec-lam': value('21000', 'nearly') })],
        ]),
      },
      { from: 2016, year: 2020 },
    );
    const [only] = pulling.areas[0]?.indicators ?? [];
    // trên 20.000 + gần 21.000 bounds no sum; gần 21.000 − trên 20.000 is below 1.000.
    expect(only?.figure).toMatchObject({ kind: 'total', qualifier: undefined });
    expect(only?.change).toEqual({ perYear: '1000', qualifier: 'below', from: 2019, to: 2020 });
  });
});

describe('the words of a span report', () => {
  const style = { percentDecimals: 1, rounding: 'round', ratePercentOfPlan: false } as const;
  const doc = spanDocument(span, agency, { documentDate: undefined, style });
  const body = doc.sections[0]?.blocks ?? [];
  const appendix = doc.sections[1];
  const texts = JSON.stringify(body);

  it('is titled for the span, dated in its last year (its congress)', () => {
    expect(doc.title.subject).toBe(
      'Tổng kết công tác thi đua, khen thưởng giai\u00a0đoạn\u00a02016\u00a0-\u2060\u00a02020',
    );
    expect(doc.meta.subject).toBe('Tổng kết công tác thi đua, khen thưởng giai đoạn 2016 - 2020');
    expect(doc.meta.title).toBe('Báo cáo tổng kết công tác thi đua, khen thưởng giai đoạn 2016 - 2020');
    expect(doc.header.dateLine).toMatch(/năm 2020$/);
  });

  it('says which years have no figures', () => {
    expect(texts).toContain(
      'Chưa có số liệu thực hiện các năm 2017 và 2019; các số liệu dưới đây là của các năm 2016, 2018 và 2020',
    );
  });

  it('words each figure, the total and the change', () => {
    expect(texts).toContain(
      'viec-lam: 20.000 người (năm 2016), trên 24.000 người (năm 2018), 23.000 người (năm 2020); tổng các năm 2016, 2018 và 2020: trên 67.000 người; bình quân mỗi năm tăng 750 người (2016 - 2020).',
    );
    expect(texts).toContain('bình quân mỗi năm giảm 1,32 điểm phần trăm (2016 - 2020).');
  });

  it("has, across the page in an appendix, a column per year, a missing year's said under its heading", () => {
    expect(appendix?.orientation).toBe('landscape');
    expect(appendix?.blocks[0]).toMatchObject({
      type: 'appendix-head',
      label: 'Phụ lục',
      title: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUA CÁC NĂM GIAI ĐOẠN 2016\u00a0-\u2060\u00a02020',
    });
    const table = appendix?.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.columns.map((c) => `${c.heading}${c.sub ? ` ${c.sub}` : ''}`)).toEqual([
      'TT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Năm 2016',
      'Năm 2017 (chưa có số liệu)',
      'Năm 2018',
      'Năm 2019 (chưa có số liệu)',
      'Năm 2020',
      'Cả giai đoạn',
      'Thay đổi bình quân mỗi năm',
    ]);
    expect(table.columns.reduce((sum, c) => sum + c.width, 0)).toBe(100);
    const rate = table.rows.find((r) => r.cells[1]?.text === 'ho-ngheo');
    expect(rate?.cells.map((c) => (c.below ? `${c.text} / ${c.below}` : c.text))).toEqual([
      '3',
      'ho-ngheo',
      '%',
      '9,4',
      '–',
      '6,92',
      '–',
      '4,12',
      '4,12 / năm 2020',
      'giảm 1,32 điểm % / 2016 - 2020',
    ]);
  });
});

describe('the chart of each area across the years', () => {
  it('draws the indicators of two years or more, a bar for each year with a figure, the others named', () => {
    const [area, ...others] = spanCharts(span);
    expect(others).toEqual([]);
    expect(area?.caption).toBe(
      'Biểu đồ 1: Lao động - việc làm qua các năm giai đoạn 2016 - 2020 (chưa có số liệu các năm 2017 và 2019)',
    );
    expect(area?.base).toBe('bieu-do-2016-2020-a');
    // Drawn as several figures to fit the page, each part is numbered; drawn whole, the caption is the chart's.
    expect(area?.partCaption(1, 1)).toBe(area?.caption);
    expect(area?.partCaption(2, 3)).toBe(`${area?.caption} (2/3)`);
    // mot-nam has one year only: the table has it, the chart does not.
    expect(area?.indicators.map((i) => i.label)).toEqual(['viec-lam', 'kinh-phi', 'ho-ngheo', 'so-xa']);
    expect(area?.indicators[0]?.bars).toEqual([
      { year: '2016', value: '20000', text: '20.000' },
      { year: '2018', value: '24000', text: 'trên 24.000' },
      { year: '2020', value: '23000', text: '23.000' },
    ]);
  });
});

describe("a span's figures against its targets", () => {
  const targeted = (years: number[]): DataSet => ({
    ...data,
    results: new Map([...data.results].filter(([y]) => years.includes(y))),
    spanTargets: new Map([
      [
        '2016-2020',
        {
          kind: 'targets',
          year: 2020,
          from: 2016,
          sources: [],
          targets: {
            'viec-lam': { type: 'level', value: '70000' as Dec, qualifier: 'exact' },
            'ho-ngheo': { type: 'ceiling', value: '4' as Dec },
            'kinh-phi': { type: 'level', value: '5' as Dec, qualifier: 'exact' },
            'khong-co': { type: 'level', value: '10' as Dec, qualifier: 'exact' },
          },
        },
      ],
    ]),
  });
  const rowOf = (c: ReturnType<typeof computeSpan>, id: string) =>
    c.areas.flatMap((a) => a.indicators).find((i) => i.indicator.id === id);

  it('a total short of its plan with years missing: its share, no verdict; reached already: final', () => {
    const c = computeSpan(targeted([2016, 2018, 2020]), { from: 2016, year: 2020 });
    // trên 67.000 of 70.000: provisional; 6,1 of 5 tỷ: reached, and an amount only grows.
    expect(rowOf(c, 'viec-lam')?.attainment?.status).toBe('provisional');
    expect(rowOf(c, 'kinh-phi')?.attainment?.status).toBe('exceeded');
    // The rate's last figure is 2020's, the span's last year: final. 4,12% against "dưới 4%": not met.
    expect(rowOf(c, 'ho-ngheo')?.attainment?.status).toBe('not_met');
  });

  it('a rate whose last figure is not of the span’s last year: no verdict', () => {
    const c = computeSpan(targeted([2016, 2018]), { from: 2016, year: 2020 });
    expect(rowOf(c, 'ho-ngheo')?.attainment?.status).toBe('provisional');
  });

  it('every year there: the total’s verdict is final', () => {
    const all = [2016, 2017, 2018, 2019, 2020];
    const full = targeted(all);
    full.results = new Map(all.map((y) => [y, results(y, { 'viec-lam': value('13000') })]));
    const c = computeSpan(full, { from: 2016, year: 2020 });
    // 5 × 13.000 = 65.000 of 70.000.
    expect(rowOf(c, 'viec-lam')?.figure).toMatchObject({ value: '65000', qualifier: 'exact' });
    expect(rowOf(c, 'viec-lam')?.attainment?.status).toBe('not_met');
    expect(c.missing).toEqual([]);
  });

  it('every year has its file but one lacks the figure: the total’s shortfall is not final', () => {
    const all = [2016, 2017, 2018, 2019, 2020];
    const gap = targeted(all);
    gap.results = new Map(all.map((y) => [y, results(y, y === 2017 ? {} : { 'viec-lam': value('13000') })]));
    const c = computeSpan(gap, { from: 2016, year: 2020 });
    expect(c.missing).toEqual([]);
    // 4 × 13.000 = 52.000 of 70.000: 2017's figure, not known, may still bring it there.
    expect(rowOf(c, 'viec-lam')?.figure).toMatchObject({ value: '52000' });
    expect(rowOf(c, 'viec-lam')?.attainment?.status).not.toBe('not_met');
  });

  it('an indicator with a target and no figure is there, its figure unknown', () => {
    const c = computeSpan(targeted([2016]), { from: 2016, year: 2020 });
    const row = rowOf(c, 'khong-co');
    expect(row?.figure).toBeUndefined();
    expect(row?.attainment).toBeUndefined();
    expect(row?.target).toMatchObject({ type: 'level', value: '10' });
  });
});

describe('a span computed in the test: what it leaves out, and what it sets no verdict on', () => {
  const twoAreas = (): DataSet => ({
    ...data,
    catalogue: {
      kind: 'catalogue',
      areas: [
        { id: 'a', name: 'Lao động - việc làm' },
        { id: 'b', name: 'Giảm nghèo' },
        { id: 'c', name: 'Bảo trợ xã hội' },
      ],
      indicators: [
        ind('viec-lam'),
        ind('ho-ngheo', { area: 'b', kind: 'rate', unit: '%', direction: 'lower', decimals: 2 }),
        ind('khong-co', { area: 'c' }),
      ],
    },
    results: new Map([
      [2019, results(2019, { 'viec-lam': value('20000', 'over'), 'ho-ngheo': value('7.5') })],
      [2020, results(2020, { 'viec-lam': value('21000', 'nearly'), 'ho-ngheo': value('6.5') })],
    ]),
  });

  it('an area none of whose indicators has a figure or a target is left out; each area has its own', () => {
    const c = computeSpan(twoAreas(), { from: 2019, year: 2020 });
    expect(c.areas.map((a) => [a.area.id, a.indicators.map((i) => i.indicator.id)])).toEqual([
      ['a', ['viec-lam']],
      ['b', ['ho-ngheo']],
    ]);
  });

  it('has no targets and no emulation where the data has none', () => {
    const c = computeSpan(twoAreas(), { from: 2019, year: 2020 });
    expect(Object.keys(c).sort()).toEqual(['areas', 'missing', 'results', 'span', 'years']);
  });

  it('has the span’s targets file where the data has one', () => {
    const targets = {
      kind: 'targets' as const,
      year: 2020,
      from: 2019,
      sources: [],
      targets: { 'ho-ngheo': { type: 'ceiling' as const, value: '7' as Dec } },
    };
    const c = computeSpan(
      { ...twoAreas(), spanTargets: new Map([['2019-2020', targets]]) },
      { from: 2019, year: 2020 },
    );
    expect(c.targets).toBe(targets);
    // 6,5% in 2020, the span's last year, under 7%: met, final.
    expect(c.areas[1]?.indicators[0]?.attainment?.status).toBe('met');
  });

  it('sets no verdict on a change target (its base is the year before the span) nor on a sum its bounds do not bound', () => {
    const targets = {
      kind: 'targets' as const,
      year: 2020,
      from: 2019,
      sources: [],
      targets: {
        'viec-lam': { type: 'level' as const, value: '30000' as Dec, qualifier: 'exact' as const },
        'ho-ngheo': {
          type: 'change' as const,
          change: 'decrease' as const,
          measure: 'points' as const,
          qualifier: 'exact' as const,
          by: '1' as Dec,
        },
      },
    };
    const c = computeSpan(
      { ...twoAreas(), spanTargets: new Map([['2019-2020', targets]]) },
      { from: 2019, year: 2020 },
    );
    const [jobs] = c.areas[0]?.indicators ?? [];
    const [poor] = c.areas[1]?.indicators ?? [];
    // trên 20.000 + gần 21.000: no bound on the sum, no verdict against 30.000.
    expect(jobs?.figure).toMatchObject({ kind: 'total', qualifier: undefined });
    expect(jobs?.target).toBe(targets.targets['viec-lam']);
    expect(jobs?.attainment).toBeUndefined();
    expect(poor?.target).toBe(targets.targets['ho-ngheo']);
    expect(poor?.attainment).toBeUndefined();
  });

  it('a sum whose first two bounds pull apart stays unbounded, whatever the years after it add', () => {
    const c = computeSpan(
      {
        ...twoAreas(),
        results: new Map([
          [2018, results(2018, { 'viec-lam': value('20000', 'over') })],
          [2019, results(2019, { 'viec-lam': value('21000', 'nearly') })],
          [2020, results(2020, { 'viec-lam': value('22000') })],
        ]),
      },
      { from: 2018, year: 2020 },
    );
    expect(c.areas[0]?.indicators[0]?.figure).toEqual({
      kind: 'total',
      value: '63000',
      qualifier: undefined,
      years: [2018, 2019, 2020],
    });
  });

  it('leaves out an indicator with neither a figure nor a target, keeps one with a target', () => {
    const c = computeSpan(twoAreas(), { from: 2016, year: 2018 });
    expect(c.areas).toEqual([]);
    const targets = {
      kind: 'targets' as const,
      year: 2018,
      from: 2016,
      sources: [],
      targets: { 'khong-co': { type: 'level' as const, value: '10' as Dec, qualifier: 'exact' as const } },
    };
    const withTarget = computeSpan(
      { ...twoAreas(), spanTargets: new Map([['2016-2018', targets]]) },
      { from: 2016, year: 2018 },
    );
    expect(withTarget.areas.map((a) => [a.area.id, a.indicators.map((i) => i.indicator.id)])).toEqual([
      ['c', ['khong-co']],
    ]);
    expect(withTarget.missing).toEqual([2016, 2017, 2018]);
  });
});
