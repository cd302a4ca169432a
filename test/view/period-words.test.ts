/**
 * The words of a report's span, every one written out: the year's report (2019, set against 2018, its direction
 * 2020's), a sơ kết of its first months (9 of 2019, the rest "3 tháng cuối năm"; 11 of 2019, the rest "tháng 12"),
 * and a span of years (2016 - 2020).
 */
import { describe, expect, it } from 'vitest';
import { periodWords, spanWords } from '../../src/view/period-words.js';

describe('the year 2019', () => {
  it('is set against 2018 and directs 2020', () => {
    const w = periodWords(2019);
    const { directionTitle, ...rest } = w;
    expect(rest).toStrictEqual({
      span: 'năm 2019',
      prior: 'năm 2018',
      plan: 'kế hoạch',
      caption: 'Bảng: Kết quả thực hiện các chỉ tiêu năm 2019',
      subject: 'Tổng kết công tác thi đua, khen thưởng năm 2019 và phương hướng, nhiệm vụ năm 2020',
      title: 'Báo cáo tổng kết công tác thi đua, khen thưởng năm 2019',
      planHeading: 'Kế hoạch năm 2019',
      actualHeading: 'Thực hiện năm 2019',
      percentHeading: '% kế hoạch',
      priorHeading: 'Thực hiện năm 2018',
      compareHeading: 'So với năm 2018',
      targetsTitle: 'Các chỉ tiêu chủ yếu',
      doneSoFar: 'thực hiện năm 2019',
      // A year's report adds no keywords of its own; a sơ kết's say so.
      keywords: [],
      priorName: '2018',
      currentName: '2019',
    });
    expect(directionTitle(true)).toBe('Phương hướng, nhiệm vụ và chỉ tiêu năm 2020');
    expect(directionTitle(false)).toBe('Phương hướng, nhiệm vụ năm 2020');
  });
});

describe('the first months of 2019', () => {
  it('nine: set against the same months of 2018 and the year’s plan, the last three months ahead', () => {
    const w = periodWords(2019, 9);
    const { directionTitle, ...rest } = w;
    expect(rest).toStrictEqual({
      span: '9 tháng đầu năm 2019',
      prior: 'cùng kỳ năm 2018',
      plan: 'kế hoạch năm',
      caption: 'Bảng: Kết quả thực hiện các chỉ tiêu 9 tháng đầu năm 2019',
      subject:
        'Sơ kết công tác thi đua, khen thưởng 9 tháng đầu năm 2019 và nhiệm vụ trọng tâm 3 tháng cuối năm',
      title: 'Báo cáo sơ kết công tác thi đua, khen thưởng 9 tháng đầu năm 2019',
      planHeading: 'Kế hoạch năm 2019',
      actualHeading: 'Thực hiện 9 tháng năm 2019',
      percentHeading: '% kế hoạch năm',
      priorHeading: 'Cùng kỳ năm 2018',
      compareHeading: 'So với cùng kỳ năm 2018',
      targetsTitle: 'Các chỉ tiêu kế hoạch năm 2019',
      doneSoFar: 'thực hiện 9 tháng đầu năm 2019',
      keywords: ['sơ kết', '9 tháng'],
      priorName: '9 tháng 2018',
      currentName: '9 tháng 2019',
    });
    // With or without targets, the same heading: the targets are the year's, already set.
    expect(directionTitle(true)).toBe('Phương hướng, nhiệm vụ trọng tâm 3 tháng cuối năm 2019');
    expect(directionTitle(false)).toBe('Phương hướng, nhiệm vụ trọng tâm 3 tháng cuối năm 2019');
  });

  it('six: the last six months ahead', () => {
    const w = periodWords(2019, 6);
    expect(w.subject).toBe(
      'Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2019 và nhiệm vụ trọng tâm 6 tháng cuối năm',
    );
    expect(w.directionTitle(false)).toBe('Phương hướng, nhiệm vụ trọng tâm 6 tháng cuối năm 2019');
  });

  it('ten: two months ahead, still counted', () => {
    const w = periodWords(2019, 10);
    expect(w.subject).toBe(
      'Sơ kết công tác thi đua, khen thưởng 10 tháng đầu năm 2019 và nhiệm vụ trọng tâm 2 tháng cuối năm',
    );
    expect(w.directionTitle(true)).toBe('Phương hướng, nhiệm vụ trọng tâm 2 tháng cuối năm 2019');
  });

  it('eleven: the one month ahead is named, December of the year', () => {
    const w = periodWords(2019, 11);
    expect(w.subject).toBe(
      'Sơ kết công tác thi đua, khen thưởng 11 tháng đầu năm 2019 và nhiệm vụ trọng tâm tháng 12',
    );
    expect(w.directionTitle(true)).toBe('Phương hướng, nhiệm vụ trọng tâm tháng 12 năm 2019');
    expect(w.directionTitle(false)).toBe('Phương hướng, nhiệm vụ trọng tâm tháng 12 năm 2019');
  });
});

describe('the span 2016 - 2020', () => {
  it('names the span in every heading, held together by no-break spaces in the capitals', () => {
    const w = spanWords(2016, 2020);
    expect(w.span).toBe('giai đoạn 2016 - 2020');
    expect(w.subject).toBe('Tổng kết công tác thi đua, khen thưởng giai đoạn 2016 - 2020');
    expect(w.title).toBe('Báo cáo tổng kết công tác thi đua, khen thưởng giai đoạn 2016 - 2020');
    expect(w.resultsTitle).toBe('Kết quả thực hiện các chỉ tiêu giai đoạn 2016 - 2020');
    expect(w.appendixTitle).toBe(
      'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUA CÁC NĂM GIAI ĐOẠN 2016\u00a0-\u2060\u00a02020',
    );
    expect(w.emulationTitle).toBe('Kết quả thi đua của các đơn vị giai đoạn 2016 - 2020');
    expect(w.emulationAppendixTitle).toBe(
      'DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG ĐỀ NGHỊ CHO CÁC ĐƠN VỊ QUA CÁC NĂM GIAI ĐOẠN 2016\u00a0-\u2060\u00a02020',
    );
    expect(w.yearHeading(2018)).toBe('Năm 2018');
    expect([w.spanHeading, w.planHeading, w.percentHeading, w.changeHeading]).toEqual([
      'Cả giai đoạn',
      'Kế hoạch giai đoạn',
      '% kế hoạch',
      'Thay đổi bình quân mỗi năm',
    ]);
  });
});
