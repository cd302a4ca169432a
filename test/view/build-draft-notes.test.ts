import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeYear } from '../../src/compute/compute-year.js';
import { NATIONAL_TITLES } from '../../src/domain/title-rules.js';
import type { UnitYear } from '../../src/model/emulation.js';
import type { Dec } from '../../src/model/types.js';
import { loadData } from '../../src/pipeline/load-data.js';
import { buildDraftNotes } from '../../src/view/build-draft-notes.js';
import { emulationOf } from '../helpers/emulation-block.js';
import { DATA, replaceIn } from '../helpers/run-cli.js';
import { trialData } from '../helpers/trial-data.js';

/** The drafter's notes of the trial 2019 year (made-up data) with one thing taken away or changed at a time. */
async function notesOf(edits: [string, string, string][], documentDate?: string) {
  const data = await trialData();
  for (const [file, from, to] of edits) await replaceIn(join(data, file), from, to);
  const loaded = await loadData(data);
  if (loaded.dataSet === undefined) throw new Error(JSON.stringify(loaded.diagnostics.slice(0, 3)));
  return buildDraftNotes(computeYear(loaded.dataSet, 2019), loaded.dataSet.agency, { documentDate }).notes;
}

/**
 * The notes besides the two every trial build has: its qualified 2018 figures leave some changes open, and a 2018
 * source carries a remark for the drafter.
 */
async function newNotesOf(edits: [string, string, string][], documentDate?: string) {
  return (await notesOf(edits, documentDate)).filter(
    (n) => n.code !== 'CHANGE_INCONCLUSIVE' && n.code !== 'SOURCE_REMARKS',
  );
}

describe('the drafter’s notes: what the data lacks, never in the document', () => {
  it('the trial year, complete and dated, has two notes: the changes its 2018 qualifiers leave open, a source remark', async () => {
    const notes = await notesOf([]);
    expect(notes.map((n) => n.code)).toEqual(['CHANGE_INCONCLUSIVE', 'SOURCE_REMARKS']);
    expect(notes[0]).toMatchObject({
      year: 2018,
      indicators: expect.arrayContaining([{ id: 'dao-tao-nghe', name: 'Đào tạo nghề' }]),
    });
  });

  it("a source's remark for the drafter (a secondary source not checked) is a note, not part of the document", async () => {
    const notes = await notesOf([]);
    expect(notes.find((n) => n.code === 'SOURCE_REMARKS')).toEqual({
      code: 'SOURCE_REMARKS',
      sources: [
        {
          title: 'Tỷ lệ lao động qua đào tạo tăng từ 58,7% năm 2017 lên 61% năm 2018',
          note: 'Nguồn thứ cấp; chưa đối chiếu được với báo cáo gốc của UBND tỉnh.',
        },
      ],
    });
  });

  it('a target without its figure: RESULTS_MISSING names it', async () => {
    const notes = await newNotesOf([['2019.yaml', '  viec-lam: { value: 23800 }\n', '']]);
    expect(notes).toEqual([
      { code: 'RESULTS_MISSING', year: 2019, indicators: [{ id: 'viec-lam', name: 'Giải quyết việc làm' }] },
    ]);
  });

  it('a figure left blank without a target, which the report leaves out, is named: FIGURES_LEFT_OUT', async () => {
    const notes = await newNotesOf([
      ['2019.yaml', '  phan-mem-cntt: { value: 22 }', '  phan-mem-cntt:'],
      // Blank with a target: RESULTS_MISSING names it, not this note.
      ['2019.yaml', '  viec-lam: { value: 23800 }', '  viec-lam:'],
    ]);
    expect(notes).toEqual([
      { code: 'RESULTS_MISSING', year: 2019, indicators: [{ id: 'viec-lam', name: 'Giải quyết việc làm' }] },
      {
        code: 'FIGURES_LEFT_OUT',
        year: 2019,
        indicators: [{ id: 'phan-mem-cntt', name: 'Phần mềm công nghệ thông tin được ứng dụng' }],
      },
    ]);
  });

  it('a "trên" figure below its target cannot be judged: VERDICT_UNDETERMINED names it', async () => {
    const notes = await newNotesOf([
      ['2019.yaml', 'viec-lam: { value: 23800 }', 'viec-lam: { value: 23000, qualifier: over }'],
    ]);
    expect(notes.map((n) => n.code)).toEqual(['VERDICT_UNDETERMINED']);
    expect(notes[0]).toMatchObject({ indicators: [{ id: 'viec-lam' }] });
  });

  it('the document’s number, date and signer left blank are noted for the office to fill in', async () => {
    const notes = await newNotesOf([
      ['2019.yaml', 'document: { number: "12", date: 2019-12-20 }\n', ''],
      ['agency.yaml', '  name: Nguyễn Văn A\n', ''],
    ]);
    expect(notes).toEqual([
      { code: 'DOCUMENT_NUMBER_BLANK', year: 2019 },
      { code: 'DOCUMENT_DATE_BLANK', year: 2019 },
      { code: 'SIGNER_NAME_BLANK' },
    ]);
  });

  it('--date fills the date; one outside the report’s season is noted', async () => {
    const undated = [
      ['2019.yaml', 'document: { number: "12", date: 2019-12-20 }', 'document: { number: "12" }'],
    ] as [string, string, string][];
    expect(await newNotesOf(undated, '2019-12-25')).toEqual([]);
    expect(await newNotesOf(undated, '2019-06-01')).toEqual([
      { code: 'DATE_OUTSIDE_YEAR', year: 2019, date: '2019-06-01' },
    ]);
  });
});

describe('the drafter’s notes of a year without its results file', () => {
  it('say what the data lacks, without failing on the results that are not there', async () => {
    const loaded = await loadData(await trialData());
    const data = loaded.dataSet as NonNullable<typeof loaded.dataSet>;
    const notes = buildDraftNotes(computeYear(data, 2021), data.agency, { documentDate: undefined }).notes;
    expect(notes.map((n) => n.code)).toEqual([
      'NO_TARGETS',
      'NO_PRIOR_RESULTS',
      'NO_NEXT_TARGETS',
      'SECTIONS_MISSING',
      'DOCUMENT_NUMBER_BLANK',
      'DOCUMENT_DATE_BLANK',
    ]);
  });
});

describe("the drafter's notes on the emulation's proposals", () => {
  /** A unit: judged points, jobs against 100, a Tập thể lao động xuất sắc the year before; no members written. */
  const unit = (points: number, jobs: number): UnitYear => ({
    indicators: { 'viec-lam': { target: '100' as Dec, result: String(jobs) as Dec, qualifier: 'exact' } },
    own_indicators: {},
    criteria: { diem: String(points) as Dec },
    earlier: { '2023': ['tap-the-lao-dong-xuat-sac'] },
  });

  async function notesWith(years: UnitYear[], titles = NATIONAL_TITLES) {
    const loaded = await loadData(DATA);
    if (loaded.dataSet === undefined) throw new Error('the shipped data has errors');
    const emulation = emulationOf(2024, years, titles);
    const c = computeYear(loaded.dataSet, 2018);
    return buildDraftNotes(c, loaded.dataSet.agency, { documentDate: '2019-01-05', emulation }).notes;
  }
  const codes = (notes: { code: string }[]) => notes.map((n) => n.code);

  it("a Cờ and a Bằng khen proposed: the rules to check are those of the titles proposed; the Bằng khen's prize not known", async () => {
    const notes = await notesWith([unit(78, 110), unit(65, 100)]);
    const check = notes.find((n) => n.code === 'TITLE_RULES_TO_CHECK');
    const titlesChecked = check && 'items' in check ? check.items.map((i) => i.title) : [];
    // Tập thể lao động tiên tiến is proposed to no one here (no members written): its caveat is not the drafter's.
    expect(titlesChecked).not.toContain('Tập thể lao động tiên tiến');
    expect(titlesChecked).toContain('Cờ thi đua của Ủy ban nhân dân tỉnh');
    expect(titlesChecked).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(notes).toContainEqual({
      code: 'PRIZE_UNKNOWN',
      titles: ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'],
    });
    expect(codes(notes)).not.toContain('BASE_SALARY_UNKNOWN');
    // No council's meeting in the data: the Cờ needs its ballot.
    expect(codes(notes)).toContain('BALLOT_NEEDED');
  });

  it('no base salary in force: that is the note, not the prizes unknown', async () => {
    const notes = await notesWith([unit(78, 110), unit(65, 100)], { ...NATIONAL_TITLES, base_salaries: [] });
    expect(notes).toContainEqual({ code: 'BASE_SALARY_UNKNOWN', day: '2024-12-31' });
    expect(codes(notes)).not.toContain('PRIZE_UNKNOWN');
  });

  it('nothing proposed (every total below the bands, no target exceeded): no ballot, no rule to check, no prize', async () => {
    const notes = await notesWith([unit(40, 90), unit(41, 90)]);
    // With a base salary in force and the Cờ (the title that asks a ballot) proposed to no one.
    for (const code of ['BALLOT_NEEDED', 'PRIZE_UNKNOWN', 'BASE_SALARY_UNKNOWN'])
      expect(codes(notes)).not.toContain(code);
    // The rule set's own caveat (its prize principle) only: no title's, none being proposed.
    const check = notes.find((n) => n.code === 'TITLE_RULES_TO_CHECK');
    expect(check && 'items' in check ? check.items.map((i) => i.title) : []).toEqual([
      'Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 98/2023/NĐ-CP',
    ]);
  });
});
