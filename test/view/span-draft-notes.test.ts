/**
 * The drafter's notes of a report on a span of years (buildSpanDraftNotes) and their words (describeDraftNote), from
 * spans computed in the test: one that lacks everything a note can name, one that lacks nothing; and the targets of
 * the span ahead its words name (targetsAhead), a component under its parent.
 */
import { describe, expect, it } from 'vitest';
import { computeSpan } from '../../src/compute/compute-span.js';
import { reportDateProblem } from '../../src/domain/report-date.js';
import { withMonths } from '../../src/domain/report-period.js';
import type {
  Agency,
  DataSet,
  Dec,
  Indicator,
  Results,
  ResultValue,
  Targets,
} from '../../src/model/types.js';
import { buildSpanDraftNotes } from '../../src/view/build-draft-notes.js';
import { describeDraftNote } from '../../src/view/describe-draft-note.js';

const v = (value: string, qualifier: ResultValue['qualifier'] = 'exact'): ResultValue => ({
  value: value as Dec,
  qualifier,
});

const ind = (id: string, name: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  name,
  area: 'lao-dong',
  unit: 'người',
  kind: 'count',
  direction: 'higher',
  decimals: 0,
  ...extra,
});

const agency = (name?: string): Agency => ({
  kind: 'agency',
  parent: 'UBND TỈNH HÀ TĨNH',
  name: 'SỞ NỘI VỤ',
  document_code: 'BC-SNV',
  place: 'Hà Tĩnh',
  signer: { title: 'GIÁM ĐỐC', ...(name === undefined ? {} : { name }) },
  recipients: ['UBND tỉnh'],
  archive: 'VT',
});

const results = (year: number, values: Results['values'], note?: string): Results => ({
  kind: 'results',
  year,
  sources: [{ id: `bc-${year}`, title: `Báo cáo năm ${year}`, ...(note === undefined ? {} : { note }) }],
  values,
});

const targets = (from: number, year: number, list: Targets['targets']): Targets => ({
  kind: 'targets',
  year,
  from,
  sources: [{ id: `kh-${from}`, title: `Kế hoạch ${from}-${year}` }],
  targets: list,
});

const level = (value: string) => ({
  type: 'level' as const,
  value: value as Dec,
  qualifier: 'exact' as const,
});

/** 2019 and 2020 of the span 2019-2020: jobs, of which abroad, each year. */
function data(extra: Partial<DataSet> = {}): DataSet {
  return {
    agency: agency(),
    catalogue: {
      kind: 'catalogue',
      areas: [{ id: 'lao-dong', name: 'Lao động - việc làm' }],
      indicators: [
        ind('viec-lam', 'Giải quyết việc làm'),
        ind('xkld', 'Xuất khẩu lao động', { parent: 'viec-lam' }),
        ind('ty-le', 'Tỷ lệ lao động qua đào tạo', { kind: 'rate', unit: '%', decimals: 1 }),
      ],
    },
    results: new Map([
      [2019, results(2019, { 'viec-lam': v('20000'), xkld: v('3000') })],
      [2020, results(2020, { 'viec-lam': v('22000'), xkld: v('3500') })],
    ]),
    targets: new Map(),
    ...extra,
  };
}

/** The words of the span 2019-2020: every part, the span ahead named, dated and numbered. */
const WORDS: Results = {
  kind: 'results',
  year: 2020,
  from: 2019,
  sources: [{ id: 'loi-van', title: 'Lời văn' }],
  values: {},
  next_span: { from: 2021, year: 2025 },
  document: { number: '12', date: '2020-10-13' },
  narrative: {
    situation: 'Bối cảnh.',
    movements: [{ name: 'Phong trào' }],
    commendations: [{ form: 'Bằng khen', by: 'UBND tỉnh', recipient: 'agency', count: 1 }],
    highlights: ['Ưu điểm.'],
    shortcomings: ['Hạn chế.'],
    causes: ['Nguyên nhân.'],
    lessons: ['Bài học.'],
    next_period_tasks: ['Nhiệm vụ.'],
    proposals: ['Đề xuất.'],
  },
};

const SPAN = { from: 2019, year: 2020 } as const;

describe("the span's drafter's notes", () => {
  it('a span that lacks nothing: no note but what nothing can fill', () => {
    const d = data({
      spans: new Map([['2019-2020', WORDS]]),
      spanTargets: new Map([
        ['2019-2020', targets(2019, 2020, { 'viec-lam': level('40000') })],
        ['2021-2025', targets(2021, 2025, { 'viec-lam': level('50000') })],
      ]),
    });
    const notes = buildSpanDraftNotes(computeSpan(d, SPAN), agency('Nguyễn Văn A'), {
      documentDate: '2020-10-13',
    });
    expect(notes).toEqual({ year: 2020, from: 2019, span: 'giai đoạn 2019 - 2020', notes: [] });
  });

  it('a span that lacks everything: each note in order, naming its span, years, parts and sources', () => {
    const d = data({
      results: new Map([
        [2019, results(2019, { 'viec-lam': v('20000') }, 'Số ước tính.')],
        // "không quá 60%" in the span's last year against 60%: reached or not, the qualifier does not say.
        [2021, results(2021, { 'ty-le': v('60', 'at_most') })],
      ]),
      spans: new Map([
        ['2019-2021', { ...WORDS, year: 2021, document: {}, narrative: { situation: 'Bối cảnh.' } }],
      ]),
      spanTargets: new Map([
        ['2019-2021', targets(2019, 2021, { 'viec-lam': level('20000'), 'ty-le': level('60') })],
      ]),
    });
    const span = { from: 2019, year: 2021 };
    const notes = buildSpanDraftNotes(computeSpan(d, span), agency(), { documentDate: '2018-05-01' });
    expect(notes.notes).toEqual([
      { code: 'YEARS_MISSING', year: 2021, from: 2019, years: [2020] },
      { code: 'NO_NEXT_TARGETS', from: 2021, year: 2025 },
      { code: 'VERDICT_UNDETERMINED', indicators: [{ id: 'ty-le', name: 'Tỷ lệ lao động qua đào tạo' }] },
      {
        code: 'SECTIONS_MISSING',
        year: 2021,
        from: 2019,
        sections: [
          'movements',
          'commendations',
          'highlights',
          'shortcomings',
          'causes',
          'lessons',
          'next_period_tasks',
        ],
      },
      { code: 'DOCUMENT_NUMBER_BLANK', year: 2021, from: 2019 },
      { code: 'SIGNER_NAME_BLANK' },
      { code: 'DATE_OUTSIDE_YEAR', year: 2021, from: 2019, date: '2018-05-01' },
      { code: 'SOURCE_REMARKS', sources: [{ title: 'Báo cáo năm 2019', note: 'Số ước tính.' }] },
    ]);
    // Without a date given or written, the date is a blank too; without words, every part is missing.
    const bare = buildSpanDraftNotes(computeSpan(data(), SPAN), agency('A'), { documentDate: undefined });
    expect(bare.notes.map((n) => n.code)).toEqual([
      'NO_TARGETS',
      'SECTIONS_MISSING',
      'DOCUMENT_NUMBER_BLANK',
      'DOCUMENT_DATE_BLANK',
    ]);
  });

  it('in words: the span and its files named, the years listed', () => {
    const say = (note: Parameters<typeof describeDraftNote>[0]) =>
      describeDraftNote(note, 'vi', 'data', 'file');
    const en = (note: Parameters<typeof describeDraftNote>[0]) =>
      describeDraftNote(note, 'en', 'data', 'file');
    expect(say({ code: 'YEARS_MISSING', year: 2020, from: 2016, years: [2019] })).toBe(
      'Chưa có số liệu năm 2019 (data/2019.yaml): báo cáo nêu rõ năm thiếu, số cả giai đoạn chỉ tính các năm có số liệu.',
    );
    expect(say({ code: 'YEARS_MISSING', year: 2020, from: 2016, years: [2016, 2019, 2020] })).toBe(
      'Chưa có số liệu các năm 2016, 2019 và 2020 (data/2016.yaml, data/2019.yaml, data/2020.yaml): báo cáo nêu rõ năm thiếu, số cả giai đoạn chỉ tính các năm có số liệu.',
    );
    expect(en({ code: 'YEARS_MISSING', year: 2020, from: 2016, years: [2016, 2019] })).toBe(
      'no results for 2016 and 2019 (data/2016.yaml, data/2019.yaml): the report says so, and its figures of the span are of the other years only.',
    );
    expect(say({ code: 'NO_TARGETS', year: 2020, from: 2016 })).toBe(
      'Chưa có chỉ tiêu kế hoạch giai đoạn 2016 - 2020 (data/2016-2020-targets.yaml): báo cáo không đối chiếu kết quả với kế hoạch, bảng không có cột kế hoạch.',
    );
    expect(en({ code: 'NO_NEXT_TARGETS', year: 2025, from: 2021 })).toBe(
      'no targets for 2021-2025 (data/2021-2025-targets.yaml): the plans section lists none.',
    );
    expect(say({ code: 'SECTIONS_MISSING', year: 2020, from: 2016, sections: ['next_period_tasks'] })).toBe(
      'Báo cáo tổng kết cần có các phần sau nhưng dữ liệu giai đoạn 2016 - 2020 chưa có; văn bản bỏ qua các phần này: Phương hướng, nhiệm vụ giai đoạn tới (narrative.next_period_tasks). Bổ sung vào mục narrative của data/2016-2020.yaml (lệnh hatinh-report new 2016-2020 tạo tệp này nếu chưa có).',
    );
    expect(en({ code: 'SECTIONS_MISSING', year: 2020, from: 2016, sections: ['lessons'] })).toBe(
      'an official summing-up needs these parts, which data/2016-2020.yaml lacks (the document leaves them out): the lessons learned (narrative.lessons) (hatinh-report new 2016-2020 writes the file if it is not there).',
    );
    expect(say({ code: 'DATE_OUTSIDE_YEAR', year: 2020, from: 2016, date: '2018-05-01' })).toBe(
      'Ngày văn bản 2018-05-01 (--date) không nằm trong năm 2020 hoặc năm 2021: kiểm tra lại ngày của báo cáo tổng kết giai đoạn 2016 - 2020.',
    );
    expect(en({ code: 'DATE_OUTSIDE_YEAR', year: 2020, from: 2016, date: '2018-05-01' })).toBe(
      '--date 2018-05-01 is not in 2020 or 2021: check the date of the report on 2016-2020.',
    );
    // A sơ kết's note names its months, a year's its year.
    expect(en({ code: 'NO_PRIOR_RESULTS', year: 2018, months: 9 })).toBe(
      'no results for the first 9 months of 2018 (data/2018-9m.yaml): the report makes no comparison with the same months of last year.',
    );
    expect(en({ code: 'NO_PRIOR_RESULTS', year: 2018 })).toBe(
      'no results for 2018 (data/2018.yaml): the report makes no comparison with last year.',
    );
    expect(say({ code: 'NO_TARGETS', year: 2020 })).toContain(
      'Chưa có chỉ tiêu kế hoạch năm 2020 (data/2020-targets.yaml)',
    );
  });
});

describe('the targets of the span ahead', () => {
  it('in the catalogue’s order, a component a level below a parent listed, beside the span’s figure', () => {
    const ahead = (list: Targets['targets']) =>
      computeSpan(
        data({
          spans: new Map([['2019-2020', WORDS]]),
          spanTargets: new Map([['2021-2025', targets(2021, 2025, list)]]),
        }),
        SPAN,
      ).next;
    const both = ahead({ xkld: level('9000'), 'viec-lam': level('50000') });
    expect(both?.span).toEqual({ from: 2021, year: 2025 });
    expect(both?.targets?.map((t) => [t.indicator.id, t.depth, t.figure?.value])).toEqual([
      ['viec-lam', 0, '42000'],
      ['xkld', 1, '6500'],
    ]);
    // A component whose parent has no target ahead stands at the top.
    expect(ahead({ xkld: level('9000') })?.targets?.map((t) => [t.indicator.id, t.depth])).toEqual([
      ['xkld', 0],
    ]);
    // Named but without a file: the span ahead, no targets.
    expect(computeSpan(data({ spans: new Map([['2019-2020', WORDS]]) }), SPAN).next).toEqual({
      span: { from: 2021, year: 2025 },
    });
    expect(computeSpan(data(), SPAN).next).toBeUndefined();
  });
});

describe('--period with a report named', () => {
  it('gives its months to a plain year only', () => {
    expect(withMonths({ year: 2019 }, 9)).toEqual({ year: 2019, months: 9 });
    expect(withMonths({ year: 2019 }, undefined)).toEqual({ year: 2019 });
    expect(withMonths({ year: 2019, months: 6 }, 9)).toEqual({ year: 2019, months: 6 });
    expect(withMonths({ year: 2020, from: 2016 }, 9)).toEqual({ year: 2020, from: 2016 });
  });
});

describe("a span's document date", () => {
  it('is early before its last year, late after the next, as its congress or the year after it dates it', () => {
    expect(reportDateProblem('2019-12-31', { from: 2016, year: 2020 })).toBe('early');
    expect(reportDateProblem('2020-01-01', { from: 2016, year: 2020 })).toBeUndefined();
    expect(reportDateProblem('2020-06-29', { from: 2016, year: 2020 })).toBeUndefined();
    expect(reportDateProblem('2021-12-31', { from: 2016, year: 2020 })).toBeUndefined();
    expect(reportDateProblem('2022-01-01', { from: 2016, year: 2020 })).toBe('late');
    // A year's own rule is unchanged: from November of its year to the end of the next; a sơ kết's, from its
    // last month to the end of its year.
    expect(reportDateProblem('2020-10-31', { year: 2020 })).toBe('early');
    expect(reportDateProblem('2020-11-01', { year: 2020 })).toBeUndefined();
    expect(reportDateProblem('2021-12-31', { year: 2020 })).toBeUndefined();
    expect(reportDateProblem('2022-01-01', { year: 2020 })).toBe('late');
    expect(reportDateProblem('2019-08-31', { year: 2019, months: 9 })).toBe('early');
    expect(reportDateProblem('2019-09-01', { year: 2019, months: 9 })).toBeUndefined();
    expect(reportDateProblem('2020-01-01', { year: 2019, months: 9 })).toBe('late');
  });
});
