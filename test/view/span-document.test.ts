/**
 * The report on a span of years as a document tree, from a span computed in the test: 2017-2021 with 2017 and 2019
 * missing, the span's targets (a share short of its plan, met, not met, exceeded, none, no figure), a component, a sum of one year and one its bounds do not bound; and the units of test/helpers/span-units.ts
 * scored in 2018-2021. Every sentence and cell below is worked out by hand from the figures.
 */
import { describe, expect, it } from 'vitest';
import { computeSpan } from '../../src/compute/compute-span.js';
import type {
  Agency,
  DataSet,
  Dec,
  Indicator,
  Results,
  ResultValue,
  Targets,
} from '../../src/model/types.js';
import type { TableNode } from '../../src/view/document.js';
import { spanCharts, spanDocument } from '../../src/view/span-document.js';
import { dataSet } from '../helpers/span-units.js';

const v = (value: string, qualifier: ResultValue['qualifier'] = 'exact'): ResultValue => ({
  value: value as Dec,
  qualifier,
});

const ind = (id: string, name: string, area: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  name,
  area,
  unit: 'người',
  kind: 'count',
  direction: 'higher',
  decimals: 0,
  ...extra,
});

const rate = (extra: Partial<Indicator>): Partial<Indicator> => ({
  kind: 'rate',
  unit: '%',
  decimals: 1,
  ...extra,
});

const agency: Agency = {
  kind: 'agency',
  parent: 'UBND TỈNH HÀ TĨNH',
  name: 'SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI',
  short_name: 'Sở LĐ-TBXH',
  document_code: 'BC-SLĐTBXH',
  place: 'Hà Tĩnh',
  signer: { title: 'GIÁM ĐỐC', on_behalf: 'KT. GIÁM ĐỐC', name: 'Nguyễn Văn A' },
  recipients: ['UBND tỉnh'],
  archive: 'VT, VP',
};

const style = { percentDecimals: 1, rounding: 'round', ratePercentOfPlan: false } as const;

const results = (year: number, values: Results['values'], sources: Results['sources'] = []): Results => ({
  kind: 'results',
  year,
  sources,
  values,
});

const TARGETS: Targets = {
  kind: 'targets',
  year: 2021,
  from: 2017,
  sources: [{ id: 'ke-hoach', title: 'Kế hoạch giai đoạn' }],
  targets: {
    'viec-lam': { type: 'level', value: '70000' as Dec, qualifier: 'exact' },
    'dao-tao': { type: 'level', value: '61.7' as Dec, qualifier: 'exact' },
    'ho-ngheo': { type: 'ceiling', value: '6' as Dec },
    'can-ngheo': { type: 'ceiling', value: '5' as Dec },
    'bao-tro': { type: 'level', value: '2000' as Dec, qualifier: 'exact' },
    'tham-hoi': { type: 'level', value: '10' as Dec, qualifier: 'exact' },
  },
};

/**
 * 2018, 2020 and 2021 have results; the units were scored 2018-2021. Areas in catalogue order: Lao động (jobs, of
 * which abroad, a rate of training), Giảm nghèo (two rates, a figure each), Bảo trợ (a count), Người có công (a
 * target alone, a sum of one year, a sum unbounded), Khác (nothing: left out).
 */
function spanData(): DataSet {
  return {
    ...dataSet(),
    agency,
    catalogue: {
      kind: 'catalogue',
      areas: [
        { id: 'lao-dong', name: 'Lao động - việc làm' },
        { id: 'giam-ngheo', name: 'Giảm nghèo' },
        { id: 'bao-tro', name: 'Bảo trợ xã hội' },
        { id: 'co-cong', name: 'Người có công' },
        { id: 'khac', name: 'Khác' },
      ],
      indicators: [
        ind('viec-lam', 'Giải quyết việc làm', 'lao-dong'),
        ind('xkld', 'Xuất khẩu lao động', 'lao-dong', { parent: 'viec-lam' }),
        ind('dao-tao', 'Tỷ lệ lao động qua đào tạo', 'lao-dong', rate({})),
        ind('ho-ngheo', 'Tỷ lệ hộ nghèo', 'giam-ngheo', rate({ direction: 'lower', decimals: 2 })),
        ind('can-ngheo', 'Tỷ lệ hộ cận nghèo', 'giam-ngheo', rate({ direction: 'lower', decimals: 2 })),
        ind('bao-tro', 'Đối tượng được trợ cấp', 'bao-tro'),
        ind('tham-hoi', 'Người có công được thăm hỏi', 'co-cong'),
        ind('qua-tang', 'Quà tặng', 'co-cong', { unit: 'suất' }),
        ind('tro-cap', 'Người được trợ cấp', 'co-cong'),
        ind('khac', 'Chỉ tiêu khác', 'khac'),
      ],
    },
    results: new Map([
      [
        2018,
        results(
          2018,
          { 'viec-lam': v('20000'), 'dao-tao': v('58.7'), 'bao-tro': v('1000'), 'tro-cap': v('100', 'over') },
          // Published late: the latest date of all the years' sources.
          [{ id: 'bc-2018', title: 'Báo cáo năm 2018', date: '2021-03-01' }],
        ),
      ],
      [
        2020,
        results(
          2020,
          {
            'viec-lam': v('24000', 'over'),
            xkld: v('3000'),
            'ho-ngheo': v('6.92'),
            'qua-tang': v('500', 'nearly'),
            'tro-cap': v('200', 'nearly'),
          },
          [{ id: 'bc-2020', title: 'Báo cáo năm 2020', date: '2021-02-01' }],
        ),
      ],
      [
        2021,
        results(
          2021,
          {
            'viec-lam': v('23000'),
            xkld: v('3500'),
            'dao-tao': v('61.7'),
            'can-ngheo': v('5.5'),
            'bao-tro': v('1300'),
          },
          // The same source again, written otherwise and undated: cited once, as first written.
          [{ id: 'bc-2020', title: 'Báo cáo năm 2020 (bản sửa)' }],
        ),
      ],
    ]),
    spanTargets: new Map([['2017-2021', TARGETS]]),
  };
}

const build = (data: DataSet = spanData(), documentDate?: string, charts?: boolean) =>
  spanDocument(computeSpan(data, { from: 2017, year: 2021 }), data.agency, {
    documentDate,
    style,
    ...(charts === undefined ? {} : { charts }),
  });

const NB = '\u00a0-\u2060\u00a0';
/** "giai đoạn" held with its years, as a heading, the subject and the closing hold it. */
const GD = 'giai\u00a0đoạn\u00a0';
const BLANK = '\u00a0'.repeat(6);

describe('the span 2017-2021: its body', () => {
  it('says which years have figures, each indicator’s figures, total, change and plan, the sources, the units, the signature', () => {
    const doc = build();
    const [body] = doc.sections;
    expect(body?.kind).toBe('body');
    expect(body?.orientation).toBe('portrait');
    expect(body?.blocks).toEqual([
      {
        type: 'heading',
        level: 2,
        text: `I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU ${GD.toLocaleUpperCase('vi')}2017${NB}2021`,
      },
      {
        type: 'paragraph',
        role: 'body',
        text:
          'Chưa có số liệu thực hiện các năm 2017 và 2019; các số liệu dưới đây là của các năm 2018, 2020 và 2021, ' +
          'số cả giai đoạn chỉ tính các năm có số liệu. Số liệu từng năm tại Phụ lục I kèm theo Báo cáo này.',
        markup: 'plain',
      },
      { type: 'heading', level: 3, text: '1. Lao động - việc làm' },
      {
        type: 'list',
        nested: true,
        markup: 'plain',
        items: [
          {
            depth: 0,
            // (23.000 − 20.000) / 3 years = 1.000 a year; trên 67.000 of 70.000 = trên 95,7%, years missing: no verdict.
            text:
              'Giải quyết việc làm: 20.000 người (năm 2018), trên 24.000 người (năm 2020), 23.000 người (năm 2021); ' +
              'tổng các năm 2018, 2020 và 2021: trên 67.000 người; bình quân mỗi năm tăng 1.000 người (2018 - 2021); ' +
              'kế hoạch giai đoạn 70.000 người, đạt trên 95,7% kế hoạch.',
          },
          {
            depth: 1,
            // No plan of its own.
            text:
              'Trong đó, xuất khẩu lao động: 3.000 người (năm 2020), 3.500 người (năm 2021); tổng các năm 2020 và ' +
              '2021: 6.500 người; năm 2021 tăng 500 người so với năm 2020.',
          },
          {
            depth: 0,
            // (61,7 − 58,7) / 3 = 1 point a year; 61,7% in the span's last year against 61,7%: met.
            text:
              'Tỷ lệ lao động qua đào tạo: 58,7% (năm 2018), 61,7% (năm 2021); bình quân mỗi năm tăng 1 điểm phần ' +
              'trăm (2018 - 2021); kế hoạch giai đoạn 61,7%, đạt kế hoạch.',
          },
        ],
      },
      { type: 'heading', level: 3, text: '2. Giảm nghèo' },
      {
        type: 'list',
        nested: true,
        markup: 'plain',
        items: [
          // 2020's 6,92% is not the span's last year's: no verdict yet.
          { depth: 0, text: 'Tỷ lệ hộ nghèo: 6,92% (năm 2020); kế hoạch giai đoạn dưới 6%.' },
          // 2021's 5,5% against under 5%: not met, final.
          {
            depth: 0,
            text: 'Tỷ lệ hộ cận nghèo: 5,5% (năm 2021); kế hoạch giai đoạn dưới 5%, chưa đạt kế hoạch.',
          },
        ],
      },
      { type: 'heading', level: 3, text: '3. Bảo trợ xã hội' },
      {
        type: 'list',
        nested: true,
        markup: 'plain',
        items: [
          {
            depth: 0,
            // 1.000 + 1.300 = 2.300 of 2.000: 115,0%, a count only grows: exceeded whatever the missing years add.
            text:
              'Đối tượng được trợ cấp: 1.000 người (năm 2018), 1.300 người (năm 2021); tổng các năm 2018 và 2021: ' +
              '2.300 người; bình quân mỗi năm tăng 100 người (2018 - 2021); kế hoạch giai đoạn 2.000 người, đạt ' +
              '115,0% kế hoạch, vượt kế hoạch.',
          },
        ],
      },
      { type: 'heading', level: 3, text: '4. Người có công' },
      {
        type: 'list',
        nested: true,
        markup: 'plain',
        items: [
          { depth: 0, text: 'Người có công được thăm hỏi: chưa có số liệu; kế hoạch giai đoạn 10 người.' },
          // A sum of one year is that year's figure: no total said.
          { depth: 0, text: 'Quà tặng: gần 500 suất (năm 2020).' },
          // trên 100 + gần 200 bounds no sum: none said; gần 200 − trên 100 is under 100, over 2 years under 50.
          {
            depth: 0,
            text: 'Người được trợ cấp: trên 100 người (năm 2018), gần 200 người (năm 2020); bình quân mỗi năm tăng dưới 50 người (2018 - 2020).',
          },
        ],
      },
      {
        type: 'paragraph',
        role: 'note',
        // Each source once, the years' first, then the plan's.
        text: 'Nguồn số liệu: (1) Báo cáo năm 2018; 01/03/2021; (2) Báo cáo năm 2020; 01/02/2021; (3) Kế hoạch giai đoạn.',
        markup: 'plain',
      },
      {
        type: 'heading',
        level: 2,
        text: `II. KẾT QUẢ THI ĐUA CỦA CÁC ĐƠN VỊ ${GD.toLocaleUpperCase('vi')}2017${NB}2021`,
      },
      {
        type: 'paragraph',
        role: 'body',
        text:
          'Các đơn vị được chấm điểm, xếp hạng thi đua các năm 2018, 2019, 2020 và 2021 (chưa có kết quả chấm điểm ' +
          'năm 2017); danh hiệu, hình thức khen thưởng được đề nghị cho từng đơn vị qua các năm tại Phụ lục II kèm ' +
          'theo Báo cáo này.',
        markup: 'plain',
      },
      { type: 'heading', level: 3, text: '1. Danh hiệu thi đua, hình thức khen thưởng được đề nghị' },
      {
        type: 'list',
        nested: false,
        markup: 'plain',
        items: [
          { depth: 0, text: 'Năm 2018: chưa có số liệu đề nghị danh hiệu thi đua, hình thức khen thưởng.' },
          {
            depth: 0,
            text: 'Năm 2019: Cờ thi đua: 1 tập thể; Tập thể tiên tiến: 3 tập thể; Tập thể xuất sắc: 1 tập thể; Lao động tiên tiến: 9 cá nhân.',
          },
          {
            depth: 0,
            text: 'Năm 2020: Cờ thi đua: 2 tập thể; Tập thể tiên tiến: 3 tập thể; Lao động tiên tiến: 5 cá nhân.',
          },
          { depth: 0, text: 'Năm 2021: không có danh hiệu thi đua, hình thức khen thưởng được đề nghị.' },
        ],
      },
      { type: 'heading', level: 3, text: '2. Đơn vị dẫn đầu khối thi đua nhiều năm nhất' },
      {
        type: 'list',
        nested: false,
        markup: 'plain',
        items: [
          { depth: 0, text: 'Khối các phòng: Phòng A (2 năm: 2019 và 2021), Phòng B (2 năm: 2018 và 2021).' },
          { depth: 0, text: 'Khối sự nghiệp: Trung tâm D (3 năm: 2019 - 2021).' },
        ],
      },
      {
        type: 'signature',
        closing: `Trên đây là báo cáo tổng kết công tác thi đua, khen thưởng ${GD}2017${NB}2021 của Sở LĐ-TBXH./.`,
        recipientsLabel: 'Nơi nhận:',
        recipients: ['- UBND tỉnh;', '- Lưu: VT, VP.'],
        signer: { onBehalf: 'KT. GIÁM ĐỐC', title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' },
      },
    ]);
  });

  it('its header, title, properties and mark: dated by --date, the span held together', () => {
    const doc = build(spanData(), '2022-01-15');
    expect(doc.header).toEqual({
      parentAgencyLines: ['UBND TỈNH HÀ TĨNH'],
      agencyLines: ['SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
      number: `Số: ${BLANK}/BC-SLĐTBXH`,
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      dateLine: 'Hà Tĩnh, ngày 15 tháng 01 năm 2022',
    });
    expect(doc.title).toEqual({
      title: 'BÁO CÁO',
      subject: `Tổng kết công tác thi đua, khen thưởng ${GD}2017${NB}2021`,
    });
    expect(doc.meta).toEqual({
      title: 'Báo cáo tổng kết công tác thi đua, khen thưởng giai đoạn 2017 - 2021',
      subject: 'Tổng kết công tác thi đua, khen thưởng giai đoạn 2017 - 2021',
      author: 'Sở LĐ-TBXH',
      keywords: ['báo cáo', 'thi đua', 'khen thưởng', 'tổng kết giai đoạn', '2017 - 2021', 'Hà Tĩnh'],
      language: 'vi',
      date: '2022-01-15',
    });
    // The units' 2020 is made up.
    expect(doc.illustrative).toBe('Số liệu minh họa');
    expect(doc.illustrativeNote).toBe('số liệu trong văn bản này là số liệu ví dụ, không phải số liệu thật.');
  });

  it('undated: the day left blank, the properties dated by the latest source, else the span’s last day', () => {
    const doc = build();
    // Undated, blank in the span's last year, when its congress sums it up.
    expect(doc.header.dateLine).toBe(`Hà Tĩnh, ngày ${BLANK} tháng ${BLANK} năm 2021`);
    expect(doc.meta.date).toBe('2021-03-01');
    const data = spanData();
    data.results = new Map([...data.results].map(([y, r]) => [y, { ...r, sources: [] }]));
    expect(build(data).meta.date).toBe('2021-12-31');
  });

  it('charts where asked, after the areas', () => {
    const blocks = build(spanData(), undefined, true).sections[0]?.blocks ?? [];
    const at = blocks.findIndex((b) => b.type === 'charts');
    expect(blocks[at - 1]).toMatchObject({ type: 'list' });
    expect(blocks[at + 1]).toMatchObject({ type: 'paragraph', role: 'note' });
    expect(build().sections[0]?.blocks.some((b) => b.type === 'charts')).toBe(false);
    expect(build(spanData(), undefined, false).sections[0]?.blocks.some((b) => b.type === 'charts')).toBe(
      false,
    );
  });
});

const cells = (t: TableNode) =>
  t.rows.map((r) => [
    r.kind,
    r.keepWithNext,
    ...r.cells.map((c) => (c.below ? `${c.text} / ${c.below}` : c.text)),
  ]);

describe('the span 2017-2021: its appendices', () => {
  it('Phụ lục I: a column per year (those missing said), the plan, the span’s figure, the share, the change', () => {
    const doc = build(spanData(), '2022-01-15');
    const appendix = doc.sections[1];
    expect(appendix?.kind).toBe('appendix');
    expect(appendix?.orientation).toBe('landscape');
    const [head, table, note] = appendix?.blocks ?? [];
    expect(head).toEqual({
      type: 'appendix-head',
      label: 'Phụ lục I',
      title: `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUA CÁC NĂM GIAI ĐOẠN 2017${NB}2021`,
      attachedTo: `(Kèm theo Báo cáo số ${BLANK}/BC-SLĐTBXH ngày 15 tháng 01 năm 2022 của Sở LĐ-TBXH)`,
    });
    expect(note).toMatchObject({ type: 'paragraph', role: 'appendix-note', markup: 'plain' });
    if (table?.type !== 'table') throw new Error('no table');
    expect({ ...table, columns: [], rows: [] }).toEqual({
      type: 'table',
      kind: 'span',
      caption: '',
      columns: [],
      rows: [],
      variant: { noPlan: true, noPrior: true },
      empty: '',
    });
    // With a plan: the years share 35% (7 each), the unit 7%, the plan 9%, the share 8%; the name the 15% left.
    const missing = '(chưa có số liệu)';
    expect(table.columns).toEqual([
      { heading: 'TT', sub: '', full: '', align: 'center', width: 4, role: 'tt' },
      { heading: 'Chỉ tiêu', sub: '', full: '', align: 'left', width: 15, role: 'name' },
      { heading: 'Đơn vị tính', sub: '', full: '', align: 'center', width: 7, role: 'unit' },
      { heading: 'Năm 2017', sub: missing, full: '', align: 'center', width: 7, role: 'fig' },
      { heading: 'Năm 2018', sub: '', full: '', align: 'center', width: 7, role: 'fig' },
      { heading: 'Năm 2019', sub: missing, full: '', align: 'center', width: 7, role: 'fig' },
      { heading: 'Năm 2020', sub: '', full: '', align: 'center', width: 7, role: 'fig' },
      { heading: 'Năm 2021', sub: '', full: '', align: 'center', width: 7, role: 'fig' },
      { heading: 'Kế hoạch giai đoạn', sub: '', full: '', align: 'center', width: 9, role: 'fig' },
      { heading: 'Cả giai đoạn', sub: '', full: '', align: 'center', width: 11, role: 'fig' },
      { heading: '% kế hoạch', sub: '', full: '', align: 'center', width: 8, role: 'pct' },
      { heading: 'Thay đổi bình quân mỗi năm', sub: '', full: '', align: 'center', width: 11, role: 'pct' },
    ]);
    // The first three rows stay with the header, the last two together.
    expect(cells(table)).toEqual([
      ['group', true, 'I', 'Lao động - việc làm'],
      [
        'row',
        true,
        '1',
        'Giải quyết việc làm',
        'người',
        '–',
        '20.000',
        '–',
        'trên 24.000',
        '23.000',
        '70.000',
        'trên 67.000 / tổng 2018, 2020 và 2021',
        'trên 95,7%',
        'tăng 1.000 / 2018 - 2021',
      ],
      [
        'row',
        true,
        '',
        'Trong đó: xuất khẩu lao động',
        'người',
        '–',
        '–',
        '–',
        '3.000',
        '3.500',
        'Không có chỉ tiêu',
        '6.500 / tổng 2020 và 2021',
        '–',
        'tăng 500 / 2020 - 2021',
      ],
      [
        'row',
        false,
        '2',
        'Tỷ lệ lao động qua đào tạo',
        '%',
        '–',
        '58,7',
        '–',
        '–',
        '61,7',
        '61,7',
        '61,7 / năm 2021',
        'Đạt kế hoạch',
        'tăng 1 điểm % / 2018 - 2021',
      ],
      ['group', true, 'II', 'Giảm nghèo'],
      [
        'row',
        false,
        '1',
        'Tỷ lệ hộ nghèo',
        '%',
        '–',
        '–',
        '–',
        '6,92',
        '–',
        'dưới 6',
        '6,92 / năm 2020',
        '–',
        '–',
      ],
      [
        'row',
        false,
        '2',
        'Tỷ lệ hộ cận nghèo',
        '%',
        '–',
        '–',
        '–',
        '–',
        '5,5',
        'dưới 5',
        '5,5 / năm 2021',
        'Chưa đạt kế hoạch',
        '–',
      ],
      ['group', true, 'III', 'Bảo trợ xã hội'],
      [
        'row',
        false,
        '1',
        'Đối tượng được trợ cấp',
        'người',
        '–',
        '1.000',
        '–',
        '–',
        '1.300',
        '2.000',
        '2.300 / tổng 2018 và 2021',
        '115,0% / Vượt kế hoạch',
        'tăng 100 / 2018 - 2021',
      ],
      ['group', true, 'IV', 'Người có công'],
      [
        'row',
        false,
        '1',
        'Người có công được thăm hỏi',
        'người',
        '–',
        '–',
        '–',
        '–',
        '–',
        '10',
        '–',
        '–',
        '–',
      ],
      [
        'row',
        true,
        '2',
        'Quà tặng',
        'suất',
        '–',
        '–',
        '–',
        'gần 500',
        '–',
        'Không có chỉ tiêu',
        'gần 500 / năm 2020',
        '–',
        '–',
      ],
      [
        'row',
        false,
        '3',
        'Người được trợ cấp',
        'người',
        '–',
        'trên 100',
        '–',
        'gần 200',
        '–',
        'Không có chỉ tiêu',
        '– / tổng 2018 và 2020',
        '–',
        'tăng dưới 50 / 2018 - 2020',
      ],
    ]);
    // Group rows strong; a component's name set apart.
    expect(table.rows[0]?.cells.map((c) => c.strong)).toEqual([true, true]);
    expect(table.rows[1]?.cells[1]?.emphasis).toBe(false);
    expect(table.rows[2]?.cells[1]?.emphasis).toBe(true);
    expect(table.rows[1]?.depth).toBe(0);
    expect(table.rows[2]?.depth).toBe(1);
  });

  it('Phụ lục II: each unit’s titles of each scored year and the years it led, attached as Phụ lục I is', () => {
    const doc = build(spanData(), '2022-01-15');
    const second = doc.sections[2];
    expect(doc.sections).toHaveLength(3);
    expect(second?.kind).toBe('appendix');
    expect(second?.orientation).toBe('landscape');
    const [head, table, note] = second?.blocks ?? [];
    expect(head).toEqual({
      type: 'appendix-head',
      label: 'Phụ lục II',
      title: `DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG ĐỀ NGHỊ CHO CÁC ĐƠN VỊ QUA CÁC NĂM GIAI ĐOẠN 2017${NB}2021`,
      attachedTo: `(Kèm theo Báo cáo số ${BLANK}/BC-SLĐTBXH ngày 15 tháng 01 năm 2022 của Sở LĐ-TBXH)`,
    });
    expect(note).toEqual({
      type: 'paragraph',
      role: 'appendix-note',
      text:
        'Ghi chú: danh hiệu thi đua, hình thức khen thưởng tập thể được đề nghị theo kết quả chấm điểm, xếp hạng của ' +
        'từng năm; “–”: chưa có số liệu của đơn vị năm đó, hoặc đơn vị không được đề nghị danh hiệu, hình thức nào.',
      markup: 'plain',
    });
    if (table?.type !== 'table') throw new Error('no table');
    expect({ ...table, columns: [], rows: [] }).toEqual({
      type: 'table',
      kind: 'span',
      caption: '',
      columns: [],
      rows: [],
      variant: { noPlan: true, noPrior: true },
      empty: '',
    });
    // Four years: 15% each (60 / 4); the name 100 − 5 − 12 − 60 = 23.
    expect(table.columns).toEqual([
      { heading: 'TT', sub: '', full: '', align: 'center', width: 5, role: 'tt' },
      { heading: 'Đơn vị', sub: '', full: '', align: 'left', width: 23, role: 'name' },
      { heading: 'Năm 2018', sub: '', full: '', align: 'center', width: 15, role: 'fig' },
      { heading: 'Năm 2019', sub: '', full: '', align: 'center', width: 15, role: 'fig' },
      { heading: 'Năm 2020', sub: '', full: '', align: 'center', width: 15, role: 'fig' },
      { heading: 'Năm 2021', sub: '', full: '', align: 'center', width: 15, role: 'fig' },
      { heading: 'Số năm dẫn đầu khối', sub: '', full: '', align: 'center', width: 12, role: 'fig' },
    ]);
    const [co, tt, xs] = ['Cờ thi đua', 'Tập thể tiên tiến', 'Tập thể xuất sắc'];
    expect(cells(table)).toEqual([
      ['group', true, 'I', 'Khối các phòng'],
      ['row', false, '1', 'Phòng A', '–', `${co}; ${xs}`, tt, '–', '2 / 2019 và 2021'],
      ['row', false, '2', 'Phòng B', '–', tt, '–', '–', '2 / 2018 và 2021'],
      ['row', false, '3', 'Phòng C', '–', '–', `${co}; ${tt}`, '–', '1 / 2020'],
      ['row', false, '4', 'Phòng F', '–', '–', '–', '–', '–'],
      ['group', true, 'II', 'Khối sự nghiệp'],
      ['row', false, '1', 'Trung tâm D', '–', tt, `${co}; ${tt}`, '–', '3 / 2019 - 2021'],
      ['row', false, '2', 'Trường E', '–', tt, '–', '–', '2 / 2018 và 2019'],
    ]);
    expect(table.rows[0]?.cells.map((c) => c.strong)).toEqual([true, true]);
    expect(table.rows[1]?.cells.map((c) => c.strong)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(table.rows.map((r) => r.depth)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('five scored years: 12% each; two: still 15% each', () => {
    const table = (from: number, to: number) => {
      const data = spanData();
      const doc = spanDocument(computeSpan(data, { from, year: to }), agency, {
        documentDate: undefined,
        style,
      });
      const t = doc.sections[2]?.blocks[1];
      if (t?.type !== 'table') throw new Error('no table');
      return t.columns.map((c) => c.width);
    };
    expect(table(2018, 2022)).toEqual([5, 23, 12, 12, 12, 12, 12, 12]);
    expect(table(2018, 2019)).toEqual([5, 53, 15, 15, 12]);
  });
});

describe('a span without the units’ years, its targets or made-up figures', () => {
  const plain = (): DataSet => {
    const { units: _u, unitResults: _r, spanTargets: _t, ...data } = spanData();
    return { ...data, agency: { ...agency, short_name: undefined, signer: { title: 'GIÁM ĐỐC' } } };
  };

  it('one appendix, "Phụ lục"; no plan columns; the agency’s name on one line; no signer named', () => {
    const doc = build(plain());
    expect(doc.sections.map((s) => s.kind)).toEqual(['body', 'appendix']);
    expect(doc.illustrative).toBeNull();
    expect(doc.illustrativeNote).toBeNull();
    expect(doc.meta.author).toBe('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI');
    const blocks = doc.sections[0]?.blocks ?? [];
    expect(blocks[1]).toMatchObject({
      text: expect.stringContaining('Số liệu từng năm tại Phụ lục kèm theo Báo cáo này.'),
    });
    expect(blocks.at(-1)).toMatchObject({
      closing: `Trên đây là báo cáo tổng kết công tác thi đua, khen thưởng ${GD}2017${NB}2021 của SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI./.`,
      signer: { onBehalf: null, title: 'GIÁM ĐỐC', name: null },
    });
    expect(blocks.some((b) => b.type === 'heading' && b.text.startsWith('II.'))).toBe(false);
    const [head, table] = doc.sections[1]?.blocks ?? [];
    expect(head).toMatchObject({ label: 'Phụ lục' });
    if (table?.type !== 'table') throw new Error('no table');
    // Without a plan: the years share 45% (9 each), the unit 8%; the name 100 − 4 − 8 − 11 − 11 − 45 = 21.
    expect(table.columns.map((c) => [c.heading, c.width])).toEqual([
      ['TT', 4],
      ['Chỉ tiêu', 21],
      ['Đơn vị tính', 8],
      ['Năm 2017', 9],
      ['Năm 2018', 9],
      ['Năm 2019', 9],
      ['Năm 2020', 9],
      ['Năm 2021', 9],
      ['Cả giai đoạn', 11],
      ['Thay đổi bình quân mỗi năm', 11],
    ]);
    // A target no more: its indicator, without a figure, is gone.
    expect(table.rows.map((r) => r.cells[1]?.text)).not.toContain('Người có công được thăm hỏi');
  });

  it('no source anywhere: no line of sources', () => {
    const data = plain();
    data.results = new Map([...data.results].map(([y, r]) => [y, { ...r, sources: [] }]));
    const blocks = build(data).sections[0]?.blocks ?? [];
    expect(blocks.filter((b) => b.type === 'paragraph').map((b) => b.type === 'paragraph' && b.role)).toEqual(
      ['body'],
    );
  });

  it('a change its bounds do not bound (trên 20.000 to trên 24.000) is not said, in the sentence or the table', () => {
    const data = plain();
    data.results = new Map([
      [2018, results(2018, { 'viec-lam': v('20000', 'over') })],
      [2020, results(2020, { 'viec-lam': v('24000', 'over') })],
    ]);
    const doc = build(data);
    expect(doc.sections[0]?.blocks[3]).toEqual({
      type: 'list',
      nested: true,
      markup: 'plain',
      items: [
        {
          depth: 0,
          text: 'Giải quyết việc làm: trên 20.000 người (năm 2018), trên 24.000 người (năm 2020); tổng các năm 2018 và 2020: trên 44.000 người.',
        },
      ],
    });
    const table = doc.sections[1]?.blocks[1];
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.rows[1]?.cells.at(-1)).toMatchObject({ text: '–', below: '' });
  });

  it('made up in one year’s results: marked', () => {
    const data = plain();
    const r2020 = data.results.get(2020) as Results;
    data.results.set(2020, { ...r2020, illustrative: true });
    expect(build(data).illustrative).toBe('Số liệu minh họa');
  });

  it('every year there: the figures said plainly, no year marked missing', () => {
    const data = plain();
    const doc = spanDocument(computeSpan(data, { from: 2020, year: 2021 }), data.agency, {
      documentDate: undefined,
      style,
    });
    expect(doc.sections[0]?.blocks[1]).toMatchObject({
      text: 'Số liệu thực hiện các chỉ tiêu giai đoạn 2020 - 2021 như sau. Số liệu từng năm tại Phụ lục kèm theo Báo cáo này.',
    });
  });
});

describe('the charts of the span 2017-2021', () => {
  it('an area’s indicators of two years or more, numbered in order, an area with none left out', () => {
    const charts = spanCharts(computeSpan(spanData(), { from: 2017, year: 2021 }));
    expect(
      charts.map((c) => [
        c.base,
        c.caption,
        c.indicators.map((i) => [i.label, i.unit, i.bars.map((b) => b.year)]),
      ]),
    ).toEqual([
      [
        'bieu-do-2017-2021-lao-dong',
        'Biểu đồ 1: Lao động - việc làm qua các năm giai đoạn 2017 - 2021 (chưa có số liệu các năm 2017 và 2019)',
        [
          ['Giải quyết việc làm', 'người', ['2018', '2020', '2021']],
          ['Trong đó: xuất khẩu lao động', 'người', ['2020', '2021']],
          ['Tỷ lệ lao động qua đào tạo', '%', ['2018', '2021']],
        ],
      ],
      // Giảm nghèo: one year each, no chart.
      [
        'bieu-do-2017-2021-bao-tro',
        'Biểu đồ 2: Bảo trợ xã hội qua các năm giai đoạn 2017 - 2021 (chưa có số liệu các năm 2017, 2019 và 2020)',
        [['Đối tượng được trợ cấp', 'người', ['2018', '2021']]],
      ],
      [
        'bieu-do-2017-2021-co-cong',
        'Biểu đồ 3: Người có công qua các năm giai đoạn 2017 - 2021 (chưa có số liệu các năm 2017, 2019 và 2021)',
        [['Người được trợ cấp', 'người', ['2018', '2020']]],
      ],
    ]);
    expect(charts[0]?.indicators[0]?.bars[1]).toEqual({ year: '2020', value: '24000', text: 'trên 24.000' });
  });

  it('no year missing: none named', () => {
    const charts = spanCharts(computeSpan(spanData(), { from: 2020, year: 2021 }));
    expect(charts.map((c) => c.caption)).toEqual([
      'Biểu đồ 1: Lao động - việc làm qua các năm giai đoạn 2020 - 2021',
    ]);
  });
});
