import { describe, expect, it } from 'vitest';
import { computeYear } from '../../src/compute/compute-year.js';
import { toDec } from '../../src/domain/decimal.js';
import type { DataSet, Results, Target, Targets } from '../../src/model/types.js';
import { loadData } from '../../src/pipeline/load-data.js';
import { buildViewModel, nameLines } from '../../src/view/build-view-model.js';
import { DEFAULT_STYLE } from '../../src/view/report-style.js';
import { trialData } from '../helpers/trial-data.js';

/** The trial 2019 year (made-up data), its results changed in memory, as the view model words it. */
async function viewOf(change: (results: Results) => Results, dataChange: (d: DataSet) => DataSet = (d) => d) {
  const loaded = await loadData(await trialData());
  const data = loaded.dataSet as DataSet;
  const results = change(structuredClone(data.results.get(2019) as Results));
  const changed = dataChange({ ...data, results: new Map([...data.results, [2019, results]]) });
  return buildViewModel(computeYear(changed, 2019), changed.agency, {
    documentDate: undefined,
    style: DEFAULT_STYLE,
  });
}

/** Keeps only the named indicators' 2019 targets. */
const onlyTargets =
  (...ids: string[]) =>
  (d: DataSet): DataSet => {
    const targets = d.targets.get(2019) as Targets;
    const kept = Object.fromEntries(ids.map((id) => [id, targets.targets[id] as Target]));
    return { ...d, targets: new Map([[2019, { ...targets, targets: kept }]]) };
  };

const withNarrative = (narrative: Results['narrative']) => (r: Results) => ({ ...r, narrative });

describe('the view model, part by part', () => {
  it('a name’s lines as the data breaks them, blank lines and edges dropped', () => {
    expect(nameLines('  SỞ LAO ĐỘNG - THƯƠNG BINH \r\n\n  VÀ XÃ HỘI  ')).toEqual([
      'SỞ LAO ĐỘNG - THƯƠNG BINH',
      'VÀ XÃ HỘI',
    ]);
    expect(nameLines('SỞ NỘI VỤ')).toEqual(['SỞ NỘI VỤ']);
  });

  it('the assessment: shortcomings and causes as a) and b) when both are given, each alone under its own title', async () => {
    const parts = async (narrative: Results['narrative']) =>
      (await viewOf(withNarrative(narrative))).assessment?.parts.map((p) => [
        p.number,
        p.title,
        p.items,
        p.subparts.map((s) => s.label),
      ]);
    expect(await parts({ highlights: ['H'], shortcomings: ['S'], causes: ['C'], lessons: ['L'] })).toEqual([
      ['1', 'Ưu điểm', ['H'], []],
      ['2', 'Tồn tại, hạn chế và nguyên nhân', [], ['a) Tồn tại, hạn chế', 'b) Nguyên nhân']],
      ['3', 'Bài học kinh nghiệm', ['L'], []],
    ]);
    expect(await parts({ highlights: ['H'], shortcomings: ['S'] })).toEqual([
      ['1', 'Ưu điểm', ['H'], []],
      ['2', 'Tồn tại, hạn chế', ['S'], []],
    ]);
    expect(await parts({ causes: ['C'], lessons: ['L'] })).toEqual([
      ['1', 'Nguyên nhân của tồn tại, hạn chế', ['C'], []],
      ['2', 'Bài học kinh nghiệm', ['L'], []],
    ]);
  });

  it('a target without its figure says so in the text; an indicator with neither is left out, and so is an empty area', async () => {
    const view = await viewOf((r) => {
      const {
        'viec-lam': _jobs,
        'nghi-quyet-hdnd': _a,
        'quyet-dinh-qppl': _b,
        'ke-hoach-van-ban-chi-dao': _c,
        ...values
      } = r.values;
      return { ...r, values };
    });
    const sentences = view.results.areas.flatMap((a) => a.items.map((i) => i.sentence));
    expect(sentences).toContain('Giải quyết việc làm: chưa có số liệu (kế hoạch 23.500 người).');
    expect(view.results.areas.map((a) => a.title)).not.toContain('Xây dựng thể chế, chính sách');
    expect(view.results.areas.map((a) => a.number)).toEqual(view.results.areas.map((_, i) => String(i + 1)));
    const rows = view.results.table.rows.map((r) => JSON.stringify(r));
    expect(rows.some((r) => r.includes('Nghị quyết HĐND'))).toBe(false);
    expect(rows.some((r) => r.includes('Giải quyết việc làm') && r.includes('Chưa có số liệu'))).toBe(true);
  });

  it('the summary counts the verdicts, zeros left out, and the targets its figures cannot judge', async () => {
    const full = await viewOf((r) => r);
    expect(full.results.summary).toMatch(
      /^Trong \d+ chỉ tiêu kế hoạch năm 2019, có \d+ chỉ tiêu vượt kế hoạch(, \d+ chỉ tiêu [^,;]+)* và \d+ chỉ tiêu [^;]+\.$/,
    );
    const jobsOver23000 = (r: Results) => ({
      ...r,
      values: { ...r.values, 'viec-lam': { value: toDec('23000'), qualifier: 'over' as const } },
    });
    const one = await viewOf((r) => r, onlyTargets('viec-lam'));
    expect(one.results.summary).toBe('Trong 1 chỉ tiêu kế hoạch năm 2019, có 1 chỉ tiêu vượt kế hoạch.');
    const open = await viewOf(jobsOver23000, onlyTargets('viec-lam', 'xuat-khau-lao-dong'));
    expect(open.results.summary).toBe(
      'Trong 2 chỉ tiêu kế hoạch năm 2019, có 1 chỉ tiêu vượt kế hoạch; 1 chỉ tiêu chưa đủ số liệu để đánh giá.',
    );
    const none = await viewOf(jobsOver23000, onlyTargets('viec-lam'));
    expect(none.results.summary).toBe(
      'Trong 1 chỉ tiêu kế hoạch năm 2019, có 1 chỉ tiêu chưa đủ số liệu để đánh giá.',
    );
  });
});

describe('the view model’s smaller parts', () => {
  it('an agency without a short name is named in running text by its name on one line', async () => {
    const view = await viewOf(
      (r) => r,
      (d) => {
        const { short_name: _short, ...agency } = d.agency;
        return { ...d, agency };
      },
    );
    expect(view.meta.author).toBe('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI');
    expect(view.closing).toMatch(/ của SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\.\/\.$/);
  });

  it('an undated report is dated by its latest source, whatever their order', async () => {
    const view = await viewOf((r) => ({
      ...r,
      document: { number: '12' },
      sources: [
        { id: 'a', title: 'A', date: '2019-12-05' },
        { id: 'b', title: 'B', date: '2020-01-15' },
        { id: 'c', title: 'C', date: '2019-11-01' },
        { id: 'bao-cao-thu-nghiem', title: 'Số liệu thử nghiệm' },
      ],
    }));
    expect(view.meta.date).toBe('2020-01-15');
  });

  it('a figure whose bound decides no verdict: no status in the table, and no bar in the chart', async () => {
    const over23000 = await viewOf(
      (r) => ({
        ...r,
        values: { ...r.values, 'viec-lam': { value: toDec('23000'), qualifier: 'over' as const } },
      }),
      onlyTargets('viec-lam', 'xuat-khau-lao-dong'),
    );
    const row = over23000.results.table.rows.find((r) => !r.isArea && r.name === 'Giải quyết việc làm');
    expect(row).toMatchObject({ actual: 'trên 23.000', status: '' });
    expect(over23000.results.charts.attainment.map((b) => b.label)).toEqual([
      'Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng',
    ]);
  });

  it('next year’s target of an indicator with no figure this year: the target alone', async () => {
    const view = await viewOf((r) => {
      const { 'xuat-khau-lao-dong': _gone, ...values } = r.values;
      return { ...r, values };
    });
    const texts = view.plans?.parts[0]?.items.map((i) => i.text) ?? [];
    expect(texts).toContain(
      'Trong đó, đưa người lao động đi làm việc ở nước ngoài theo hợp đồng: 9.000 người;',
    );
    expect(texts.find((x) => x.startsWith('Giải quyết việc làm'))).toMatch(
      /: 24\.000 người \(thực hiện năm 2019: 23\.800 người\)[;.]$/,
    );
  });

  it('a source named in two files is listed once, as the year’s results give it; only a final full stop is dropped', async () => {
    const view = await viewOf((r) => ({
      ...r,
      sources: [
        { id: 'ke-hoach-thu-nghiem', title: 'Kế hoạch số 5/KH-SLĐTBXH, bản của tệp số liệu (tr. 2).' },
      ],
      default_source: 'ke-hoach-thu-nghiem',
    }));
    const lines = view.sources.filter((s) => s.startsWith('Kế hoạch'));
    expect(lines).toEqual(['Kế hoạch số 5/KH-SLĐTBXH, bản của tệp số liệu (tr. 2)']);
  });
});

describe('an area with only next year’s targets', () => {
  it('has no part in this year’s results, text or table, and its target stands in the plans', async () => {
    const view = await viewOf(
      (r) => {
        const {
          'nghi-quyet-hdnd': _a,
          'quyet-dinh-qppl': _b,
          'ke-hoach-van-ban-chi-dao': _c,
          ...values
        } = r.values;
        return { ...r, values };
      },
      (d) => {
        const next = d.targets.get(2020) as Targets;
        const targets = {
          ...next.targets,
          'nghi-quyet-hdnd': { type: 'level', value: toDec('3'), qualifier: 'exact' },
        };
        return {
          ...onlyTargets('viec-lam')(d),
          targets: new Map([...onlyTargets('viec-lam')(d).targets, [2020, { ...next, targets } as Targets]]),
        };
      },
    );
    const title = 'Xây dựng thể chế, chính sách';
    expect(view.results.areas.map((a) => a.title)).not.toContain(title);
    expect(view.results.areas.map((a) => a.number)).toEqual(view.results.areas.map((_, i) => String(i + 1)));
    const headings = view.results.table.rows.filter((r) => r.isArea);
    expect(headings.map((r) => r.name)).not.toContain(title);
    expect(headings.map((r) => r.number).slice(0, 2)).toEqual(['I', 'II']);
    expect(view.plans?.parts[0]?.items.map((i) => i.text)).toContain(
      'Nghị quyết HĐND tỉnh được ban hành theo tờ trình của Sở: 3 nghị quyết;',
    );
  });
});

describe('a component whose total is not in the report', () => {
  it('stands on its own, in the text and the table, not as the "Trong đó" of the line above', async () => {
    const view = await viewOf((r) => {
      const { 'dao-tao-nghe': _total, ...values } = r.values;
      return { ...r, values };
    });
    const area = view.results.areas.find((a) => a.title === 'Giáo dục nghề nghiệp');
    expect(area?.items.map((i) => [i.depth, i.sentence.split(':')[0]])).toEqual([
      [0, 'Tuyển mới đào tạo nghề'],
      [0, 'Tỷ lệ lao động qua đào tạo'],
    ]);
    const rows = view.results.table.rows;
    const at = rows.findIndex((r) => r.isArea && r.name === 'Giáo dục nghề nghiệp');
    expect(rows.slice(at + 1, at + 3).map((r) => (r.isArea ? null : [r.number, r.name, r.depth]))).toEqual([
      ['1', 'Tuyển mới đào tạo nghề', 0],
      ['2', 'Tỷ lệ lao động qua đào tạo', 0],
    ]);
    // With its total, it is the total's "Trong đó".
    const whole = await viewOf((r) => r);
    const items = whole.results.areas.find((a) => a.title === 'Giáo dục nghề nghiệp')?.items ?? [];
    expect(items.map((i) => i.depth)).toEqual([0, 1, 0]);
    expect(items[1]?.sentence).toMatch(/^Trong đó, tuyển mới đào tạo nghề: /);
  });
});
