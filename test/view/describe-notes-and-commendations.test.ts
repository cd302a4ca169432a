import { describe, expect, it } from 'vitest';
import type { Commendation, Dec } from '../../src/model/types.js';
import { describeCommendations } from '../../src/view/describe-commendations.js';
import { describeDraftNote, isForTheNotesOnly } from '../../src/view/describe-draft-note.js';
import type { DraftNote, NoteIndicator } from '../../src/view/view-types.js';

const seven: NoteIndicator[] = Array.from({ length: 7 }, (_, i) => ({
  id: `i${i + 1}`,
  name: `Chỉ tiêu ${i + 1}`,
}));
const two = seven.slice(0, 2);

describe('the drafter’s notes in words: Vietnamese for the notes file, English for the console', () => {
  it.each<[DraftNote, string, string]>([
    [
      { code: 'NO_TARGETS', year: 2019 },
      'Chưa có chỉ tiêu kế hoạch năm 2019 (data/2019-targets.yaml): báo cáo không đối chiếu kết quả với kế hoạch, bảng không có cột kế hoạch.',
      'no targets for 2019 (data/2019-targets.yaml): the report sets no figure against a plan, and its table has no plan column.',
    ],
    [
      { code: 'NO_PRIOR_RESULTS', year: 2018 },
      'Chưa có số liệu năm 2018 (data/2018.yaml): báo cáo không so sánh với năm trước.',
      'no results for 2018 (data/2018.yaml): the report makes no comparison with last year.',
    ],
    [
      { code: 'NO_NEXT_TARGETS', year: 2020 },
      'Chưa có chỉ tiêu kế hoạch năm 2020 (data/2020-targets.yaml): phần phương hướng không nêu chỉ tiêu.',
      'no targets for 2020 (data/2020-targets.yaml): the plans section lists none.',
    ],
    [
      { code: 'PRIOR_FIGURES_MISSING', year: 2018, indicators: two },
      'Chưa có số liệu năm 2018 để so sánh (bảng ghi "Chưa có số liệu"): Chỉ tiêu 1; Chỉ tiêu 2.',
      'no 2018 figure to compare with (the table says "Chưa có số liệu"): i1, i2.',
    ],
    [
      { code: 'RESULTS_MISSING', year: 2019, indicators: two },
      'Có chỉ tiêu kế hoạch nhưng chưa có số liệu thực hiện năm 2019 (bảng ghi "Chưa có số liệu"): Chỉ tiêu 1; Chỉ tiêu 2.',
      'a target but no 2019 figure (the table says "Chưa có số liệu"): i1, i2.',
    ],
    [
      { code: 'VERDICT_UNDETERMINED', indicators: two },
      'Số liệu có từ "trên", "gần"... nên chưa đủ cơ sở kết luận đạt hay chưa đạt kế hoạch; báo cáo chỉ nêu số liệu và kế hoạch. Nếu có số liệu chính xác, hãy ghi vào tệp số liệu: Chỉ tiêu 1; Chỉ tiêu 2.',
      'the figure\'s qualifier ("trên", "gần", ...) does not decide whether the target was reached, so the report gives the figures and no verdict; write the exact figure to have one: i1, i2.',
    ],
    [
      { code: 'CHANGE_INCONCLUSIVE', year: 2018, indicators: two },
      'Số liệu năm nay hoặc năm 2018 có từ "trên", "gần"... nên chưa đủ cơ sở nói tăng hay giảm; báo cáo chỉ nêu số liệu hai năm: Chỉ tiêu 1; Chỉ tiêu 2.',
      "the qualifiers of this year's or 2018's figure do not decide which way it moved, so the report gives both figures and no change: i1, i2.",
    ],
    [
      { code: 'SECTIONS_MISSING', year: 2019, sections: ['lessons', 'shortcomings'] },
      'Báo cáo tổng kết cần có các phần sau nhưng dữ liệu năm 2019 chưa có; văn bản bỏ qua các phần này: Tồn tại, hạn chế (narrative.shortcomings); Bài học kinh nghiệm (narrative.lessons). Bổ sung vào mục narrative của data/2019.yaml.',
      'an official summing-up needs these parts, which data/2019.yaml lacks (the document leaves them out): the shortcomings (narrative.shortcomings), the lessons learned (narrative.lessons).',
    ],
    [
      { code: 'DOCUMENT_NUMBER_BLANK', year: 2019 },
      'Số văn bản để trống để văn thư ghi (document.number trong data/2019.yaml).',
      'the document number is blank, for the office to fill in (document.number in data/2019.yaml).',
    ],
    [
      { code: 'DOCUMENT_DATE_BLANK', year: 2019 },
      'Ngày, tháng của văn bản để trống để ghi khi ký (document.date trong data/2019.yaml hoặc --date).',
      'the document date is blank, to be filled in when signed (document.date in data/2019.yaml, or --date).',
    ],
    [
      { code: 'DATE_OUTSIDE_YEAR', year: 2019, date: '2021-01-05' },
      'Ngày văn bản 2021-01-05 (--date) không nằm trong khoảng từ tháng 11 năm 2019 đến hết năm 2020: kiểm tra lại ngày của báo cáo tổng kết năm 2019.',
      '--date 2021-01-05 is not between November 2019 and the end of 2020: check the date of the report on 2019.',
    ],
    [
      { code: 'SIGNER_NAME_BLANK' },
      'Họ tên người ký để trống, ghi tay khi ký (signer.name trong data/agency.yaml).',
      "the signer's name is blank, to be written by hand (signer.name in data/agency.yaml).",
    ],
    [
      { code: 'BASE_SALARY_UNKNOWN', day: '2024-12-31' },
      'Chưa có mức lương cơ sở áp dụng tại ngày 31/12/2024: Phụ lục I, II chưa tính tiền thưởng (ghi “–”); bổ sung mức lương cơ sở vào base_salaries trong data/titles.yaml.',
      'no base salary is in force on 31/12/2024: Phụ lục I and II figure no prize (they say “–”); add it to base_salaries in data/titles.yaml.',
    ],
    [
      { code: 'PRIZE_UNKNOWN', titles: ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'] },
      'Chưa có mức tiền thưởng của: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (Phụ lục I ghi “–”, không tính vào tổng tiền thưởng); bổ sung vào titles.yaml khi có.',
      'no prize is known for: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (Phụ lục I says “–”, left out of the total); add it to titles.yaml when known.',
    ],
    [
      {
        code: 'BALLOT_NEEDED',
        ballots: [
          {
            titles: ['Chiến sĩ thi đua cơ sở', 'Cờ thi đua của Ủy ban nhân dân tỉnh'],
            percent: '80' as Dec,
            basis: 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7',
          },
          {
            titles: ['Chiến sĩ thi đua cấp tỉnh'],
            percent: '90' as Dec,
            basis: 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7',
          },
        ],
      },
      'Hội đồng Thi đua - Khen thưởng phải bỏ phiếu trước khi trình: Chiến sĩ thi đua cơ sở và Cờ thi đua của Ủy ban nhân dân tỉnh: tỷ lệ phiếu đồng ý từ 80% trở lên tính trên tổng số thành viên Hội đồng (Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7); Chiến sĩ thi đua cấp tỉnh: tỷ lệ phiếu đồng ý từ 90% trở lên tính trên tổng số thành viên Hội đồng (Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7); thành viên vắng mặt cho ý kiến bằng văn bản. Đề nghị nào không đủ tỷ lệ thì không trình.',
      "the emulation council must ballot before these are proposed: Chiến sĩ thi đua cơ sở and Cờ thi đua của Ủy ban nhân dân tỉnh: yes votes of at least 80% of all the council's members (Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7); Chiến sĩ thi đua cấp tỉnh: yes votes of at least 90% of all the council's members (Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7); absent members give their opinion in writing. A proposal short of its share is not sent on.",
    ],
  ])('%o', (note, vi, en) => {
    expect(describeDraftNote(note, 'vi', 'data', 'file')).toBe(vi);
    expect(describeDraftNote(note, 'en', 'data', 'console')).toBe(en);
  });

  it('the console names five indicators and counts the rest; the notes file names them all', () => {
    const note: DraftNote = { code: 'RESULTS_MISSING', year: 2019, indicators: seven };
    expect(describeDraftNote(note, 'en', 'data', 'console')).toMatch(
      /: i1, i2, i3, i4, i5 and 2 more \(see the notes file\)\.$/,
    );
    expect(describeDraftNote(note, 'vi', 'data', 'file')).toMatch(
      /: Chỉ tiêu 1; (Chỉ tiêu \d; ){5}Chỉ tiêu 7\.$/,
    );
    const five: DraftNote = { ...note, indicators: seven.slice(0, 5) };
    expect(describeDraftNote(five, 'en', 'data', 'console')).toMatch(/: i1, i2, i3, i4, i5\.$/);
    expect(describeDraftNote(note, 'vi', 'data', 'console')).toMatch(
      /: i1, i2, i3, i4, i5 và 2 chỉ tiêu khác \(xem tệp ghi chú soạn thảo\)\.$/,
    );
    expect(describeDraftNote(note, 'en', 'data', 'file')).toMatch(
      /: Chỉ tiêu 1; (Chỉ tiêu \d; ){5}Chỉ tiêu 7\.$/,
    );
  });

  it('blanks the office fills in by hand are only worth a line in the notes', () => {
    expect(isForTheNotesOnly({ code: 'DOCUMENT_NUMBER_BLANK', year: 2019 })).toBe(true);
    expect(isForTheNotesOnly({ code: 'DOCUMENT_DATE_BLANK', year: 2019 })).toBe(true);
    expect(isForTheNotesOnly({ code: 'SIGNER_NAME_BLANK' })).toBe(true);
    expect(isForTheNotesOnly({ code: 'SOURCE_REMARKS', sources: [{ title: 'x', note: 'y' }] })).toBe(true);
    expect(isForTheNotesOnly({ code: 'NO_TARGETS', year: 2019 })).toBe(false);
  });
});

describe('commendations: titles recognised, forms given, the level kept', () => {
  const list: Commendation[] = [
    {
      form: 'Bằng khen',
      by: 'Bộ Lao động - Thương binh và Xã hội',
      recipient: 'agency',
      reason: 'Thành tích xuất sắc',
    },
    { form: 'Bằng khen', by: 'Chủ tịch UBND tỉnh', recipient: 'collective', count: 2 },
    { form: 'Bằng khen', by: 'Chủ tịch UBND tỉnh', recipient: 'collective', count: 3 },
    { form: 'Giấy khen', by: 'Giám đốc Sở', recipient: 'individual', count_text: 'hàng chục' },
    { form: 'Giấy khen', by: 'Giám đốc Sở', recipient: 'individual', count: 4 },
    { form: 'Khen thưởng', recipient: 'agency' },
    { form: 'Huy chương', count: 1250 },
    { form: 'Chiến sĩ thi đua cơ sở', by: 'Giám đốc Sở', recipient: 'individual', count: 18 },
    { form: 'Cờ thi đua', by: 'UBND tỉnh', recipient: 'agency' },
    {
      form: 'Danh hiệu riêng của tỉnh',
      category: 'title',
      recipient: 'collectives_and_individuals',
      count: 7,
    },
    { form: 'Kỷ niệm chương lạ' },
  ];

  it('writes each as the usual sentence: given a form, recognised in a title, given a flag', () => {
    const view = describeCommendations(list, 2018);
    expect(view.parts.map((p) => [p.number, p.title])).toEqual([
      ['1', 'Danh hiệu thi đua'],
      ['2', 'Hình thức khen thưởng'],
    ]);
    expect(view.parts[0]?.items).toEqual([
      '18 cá nhân được Giám đốc Sở công nhận danh hiệu Chiến sĩ thi đua cơ sở.',
      'UBND tỉnh tặng Cờ thi đua cho Sở.',
      '7 tập thể, cá nhân được công nhận danh hiệu riêng của tỉnh.',
    ]);
    expect(view.parts[1]?.items).toEqual([
      'Bộ Lao động - Thương binh và Xã hội tặng Bằng khen cho Sở (thành tích xuất sắc).',
      '2 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen.',
      '3 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen.',
      'Hàng chục cá nhân được Giám đốc Sở tặng Giấy khen.',
      '4 cá nhân được Giám đốc Sở tặng Giấy khen.',
      'Sở được khen thưởng.',
      'Tặng Huy chương (1.250).',
      'Tặng Kỷ niệm chương lạ.',
    ]);
  });

  it('counts by title or form, conferrer and recipient; an inexact count is shown as written', () => {
    const { table } = describeCommendations(list, 2018);
    expect(table.caption).toBe('Bảng: Tổng hợp danh hiệu thi đua và khen thưởng năm 2018');
    expect(table.formHeading).toBe('Danh hiệu thi đua, hình thức khen thưởng');
    expect(table.rows.map((r) => [r.isGroup, r.number, r.form, r.by, r.recipient, r.count])).toEqual([
      [true, 'I', 'Danh hiệu thi đua', '', '', ''],
      [false, '1', 'Chiến sĩ thi đua cơ sở', 'Giám đốc Sở', 'Cá nhân', '18'],
      [false, '2', 'Cờ thi đua', 'UBND tỉnh', 'Sở', ''],
      [false, '3', 'Danh hiệu riêng của tỉnh', '', 'Tập thể, cá nhân', '7'],
      [true, 'II', 'Hình thức khen thưởng', '', '', ''],
      [false, '1', 'Bằng khen', 'Bộ Lao động - Thương binh và Xã hội', 'Sở', ''],
      [false, '2', 'Bằng khen', 'Chủ tịch UBND tỉnh', 'Tập thể', '5'],
      [false, '3', 'Giấy khen', 'Giám đốc Sở', 'Cá nhân', 'hàng chục + 4'],
      [false, '4', 'Khen thưởng', '', 'Sở', ''],
      [false, '5', 'Huy chương', '', '', '1.250'],
      [false, '6', 'Kỷ niệm chương lạ', '', '', ''],
    ]);
  });

  it('the same form from the same hand to a collective and to individuals: two rows', () => {
    const { table } = describeCommendations(
      [
        { form: 'Giấy khen', by: 'Giám đốc Sở', recipient: 'collective', count: 2 },
        { form: 'Giấy khen', by: 'Giám đốc Sở', recipient: 'individual', count: 9 },
        {
          form: 'Bằng khen',
          by: 'Chủ tịch UBND tỉnh',
          recipient: 'individual',
          count: 5,
          count_text: 'khoảng 5',
        },
      ],
      2018,
    );
    expect(table.rows.map((r) => [r.form, r.recipient, r.count])).toEqual([
      ['Giấy khen', 'Tập thể', '2'],
      ['Giấy khen', 'Cá nhân', '9'],
      // The words of the source win over the figure: "khoảng 5" is not 5.
      ['Bằng khen', 'Cá nhân', 'khoảng 5'],
    ]);
  });

  it('only a leading "Danh hiệu" is dropped, spaces and all; only the bare "Khen thưởng" names no form; no count, no number', () => {
    const { parts } = describeCommendations(
      [
        { form: 'Danh hiệu  Lao động tiên tiến', category: 'title', recipient: 'individual' },
        {
          form: 'Lao động tiên tiến (danh hiệu cấp cơ sở)',
          category: 'title',
          recipient: 'individual',
          count: 3,
        },
        { form: 'Khen thưởng đột xuất', category: 'award', recipient: 'agency', by: 'UBND tỉnh' },
        { form: 'Bằng khen của Bộ về khen thưởng', category: 'award', recipient: 'agency' },
        // A form the tool does not know, without a category: listed with the forms, the safer reading.
        { form: 'Phần thưởng đặc biệt', recipient: 'agency' },
      ],
      2018,
    );
    expect(parts.flatMap((p) => p.items)).toEqual([
      'Cá nhân được công nhận danh hiệu Lao động tiên tiến.',
      '3 cá nhân được công nhận danh hiệu Lao động tiên tiến (danh hiệu cấp cơ sở).',
      'UBND tỉnh tặng Khen thưởng đột xuất cho Sở.',
      'Tặng Bằng khen của Bộ về khen thưởng cho Sở.',
      'Tặng Phần thưởng đặc biệt cho Sở.',
    ]);
  });

  it('one kind only: no group headings, and the heading and caption name that kind', () => {
    const awards = describeCommendations(list.slice(0, 3), 2018);
    expect(awards.parts).toEqual([{ number: null, title: null, items: expect.any(Array) }]);
    expect(awards.table.caption).toBe('Bảng: Tổng hợp khen thưởng năm 2018');
    expect(awards.table.formHeading).toBe('Hình thức khen thưởng');
    expect(awards.table.rows.every((r) => !r.isGroup)).toBe(true);
    const titles = describeCommendations([list[7] as Commendation], 2019);
    expect(titles.table.caption).toBe('Bảng: Tổng hợp danh hiệu thi đua và khen thưởng năm 2019');
    expect(titles.table.formHeading).toBe('Danh hiệu thi đua');
    expect(titles.parts[0]?.items).toEqual([
      '18 cá nhân được Giám đốc Sở công nhận danh hiệu Chiến sĩ thi đua cơ sở.',
    ]);
  });
});
