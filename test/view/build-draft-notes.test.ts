import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeYear } from '../../src/compute/compute-year.js';
import { loadData } from '../../src/pipeline/load-data.js';
import { buildDraftNotes } from '../../src/view/build-draft-notes.js';
import { replaceIn } from '../helpers/run-cli.js';
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
