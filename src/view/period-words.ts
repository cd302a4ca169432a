/**
 * The words a report uses for its span, in one place: the year's report ("năm 2019", "phương hướng, nhiệm vụ năm
 * 2020") and a sơ kết of the year's first months ("9 tháng đầu năm 2019", "nhiệm vụ trọng tâm 3 tháng cuối năm",
 * each figure against "kế hoạch năm" and "cùng kỳ năm 2018"); a single month's as a month ("tháng 01 năm 2019").
 */

import { periodSpanWords } from '../domain/report-period.js';

/** The words of a report's span. */
export interface PeriodWords {
  /** What the report covers: "năm 2019", "9 tháng đầu năm 2019", "tháng 01 năm 2019". */
  span: string;
  /** What its figures are set against in time: "năm 2018", "cùng kỳ năm 2018". */
  prior: string;
  /** What its figures are set against in the plan: "kế hoạch", "kế hoạch năm" (the year's, for a period). */
  plan: string;
  /** The subject line: "Tổng kết công tác ... năm 2019 và phương hướng, nhiệm vụ năm 2020". */
  subject: string;
  /** The document's title in its properties: "Báo cáo tổng kết ...", "Báo cáo sơ kết ...". */
  title: string;
  /** The results table's caption: "Bảng: Kết quả thực hiện các chỉ tiêu năm 2019". */
  caption: string;
  /** The table's headings of the plan, the figures, the share of the plan, last year's and the comparison. */
  planHeading: string;
  actualHeading: string;
  percentHeading: string;
  priorHeading: string;
  compareHeading: string;
  /** The heading of the direction's section, with (withTargets) or without a part of targets. */
  directionTitle: (withTargets: boolean) => string;
  /** The direction's part of targets: next year's, or the year's still to be reached. */
  targetsTitle: string;
  /** "(thực hiện năm 2019: …)" after a target of the direction. */
  doneSoFar: string;
  /** The axis names of the year-over-year chart: "2018" and "2019", or "9 tháng 2018" and "9 tháng 2019". */
  priorName: string;
  currentName: string;
  /** The document's keywords of its period, beside the year's: none for the year, "sơ kết" and "9 tháng" or "tháng 01". */
  keywords: string[];
}

/** Returns the words of the report on `year`, or on its first `months` months. */
export function periodWords(year: number, months?: number): PeriodWords {
  if (months === undefined) {
    const next = year + 1;
    return {
      span: `năm ${year}`,
      prior: `năm ${year - 1}`,
      plan: 'kế hoạch',
      caption: `Bảng: Kết quả thực hiện các chỉ tiêu năm ${year}`,
      subject: `Tổng kết công tác thi đua, khen thưởng năm ${year} và phương hướng, nhiệm vụ năm ${next}`,
      title: `Báo cáo tổng kết công tác thi đua, khen thưởng năm ${year}`,
      planHeading: `Kế hoạch năm ${year}`,
      actualHeading: `Thực hiện năm ${year}`,
      percentHeading: '% kế hoạch',
      priorHeading: `Thực hiện năm ${year - 1}`,
      compareHeading: `So với năm ${year - 1}`,
      directionTitle: (withTargets) =>
        withTargets ? `Phương hướng, nhiệm vụ và chỉ tiêu năm ${next}` : `Phương hướng, nhiệm vụ năm ${next}`,
      targetsTitle: 'Các chỉ tiêu chủ yếu',
      doneSoFar: `thực hiện năm ${year}`,
      priorName: String(year - 1),
      currentName: String(year),
      keywords: [],
    };
  }
  const span = periodSpanWords({ year, months });
  // One month is named as a month ("tháng 01 năm 2019"), never "1 tháng"; its figures and bars say the month too.
  const one = months === 1;
  // The rest of the year: "3 tháng cuối năm"; of eleven months, its last month by name.
  const rest = months === 11 ? 'tháng 12' : `${12 - months} tháng cuối năm`;
  return {
    span,
    prior: `cùng kỳ năm ${year - 1}`,
    plan: 'kế hoạch năm',
    caption: `Bảng: Kết quả thực hiện các chỉ tiêu ${span}`,
    subject: `Sơ kết công tác thi đua, khen thưởng ${span} và nhiệm vụ trọng tâm ${rest}`,
    title: `Báo cáo sơ kết công tác thi đua, khen thưởng ${span}`,
    planHeading: `Kế hoạch năm ${year}`,
    actualHeading: one ? `Thực hiện ${span}` : `Thực hiện ${months} tháng năm ${year}`,
    percentHeading: '% kế hoạch năm',
    priorHeading: `Cùng kỳ năm ${year - 1}`,
    compareHeading: `So với cùng kỳ năm ${year - 1}`,
    directionTitle: () =>
      `Phương hướng, nhiệm vụ trọng tâm ${months === 11 ? `tháng 12 năm ${year}` : `${rest} ${year}`}`,
    targetsTitle: `Các chỉ tiêu kế hoạch năm ${year}`,
    doneSoFar: `thực hiện ${span}`,
    priorName: one ? `Tháng 01/${year - 1}` : `${months} tháng ${year - 1}`,
    currentName: one ? `Tháng 01/${year}` : `${months} tháng ${year}`,
    keywords: ['sơ kết', one ? 'tháng 01' : `${months} tháng`],
  };
}

/** The words of a report on a span of years (the tổng kết giai đoạn): "giai đoạn 2016 - 2020". */
export interface SpanWords {
  /** What the report covers: "giai đoạn 2016 - 2020". */
  span: string;
  /** The subject line: "Tổng kết công tác thi đua, khen thưởng giai đoạn 2016 - 2020". */
  subject: string;
  /** The subject of a report with a direction: "... giai đoạn 2016 - 2020 và phương hướng, nhiệm vụ giai đoạn 2021 - 2025". */
  directedSubject: string;
  /** The span ahead the direction is for: "giai đoạn 2021 - 2025", or "giai đoạn tới" when the words name none. */
  ahead: string;
  /** The heading of the direction's section, with (withTargets) or without a part of targets. */
  directionTitle: (withTargets: boolean) => string;
  /** The direction's part of the targets ahead: "Các chỉ tiêu chủ yếu giai đoạn 2021 - 2025". */
  targetsTitle: string;
  /** "thực hiện giai đoạn 2016 - 2020" before what the span did, beside a target ahead. */
  doneSoFar: string;
  /** The document's title in its properties. */
  title: string;
  /** The heading of the results' section, and the title of its table's appendix (in capitals). */
  resultsTitle: string;
  appendixTitle: string;
  /** The heading of the units' emulation over the span, and the title of its appendix (in capitals). */
  emulationTitle: string;
  emulationAppendixTitle: string;
  /** What an area's chart across the span shows: "Giáo dục nghề nghiệp qua các năm giai đoạn 2016 - 2020". */
  chartTitle: (area: string) => string;
  /** The heading of a year's column: "Năm 2018". */
  yearHeading: (year: number) => string;
  /** The headings of the span's own figure, of its plan and share of it, and of the average change. */
  spanHeading: string;
  planHeading: string;
  percentHeading: string;
  changeHeading: string;
}

/**
 * Returns the words of the report on the years `from` to `to`. No outline of a department's five-year summing-up
 * was found (year-end-work.md §3). The wording follows how such reports name themselves: the Ministry's "Báo cáo
 * kết quả thực hiện phong trào thi đua yêu nước và công tác thi đua, khen thưởng giai đoạn 2010 – 2015"
 * (molisa.gov.vn, 19/08/2015), QĐ 500/QĐ-TTg (10/4/2020: "đánh giá kết quả thực hiện các phong trào thi đua yêu nước
 * và công tác khen thưởng giai đoạn 2016-2020"), and this tool's year's report ("Tổng kết công tác thi đua, khen
 * thưởng năm ..."), with the span written as the year's report writes one ("giai đoạn 2018 - 2025"). A report with a
 * direction names it in its subject as the year's does ("và phương hướng, nhiệm vụ năm 2020"), for the span `next`
 * its words name (the office's plan's: Hà Tĩnh's congress on 2020-2025 set the direction for 2025-2030, so it is
 * never guessed), else "giai đoạn tới".
 */
export function spanWords(from: number, to: number, next?: { from: number; year: number }): SpanWords {
  const span = periodSpanWords({ from, year: to });
  const ahead = next === undefined ? 'giai đoạn tới' : `giai đoạn ${next.from} - ${next.year}`;
  const subject = `Tổng kết công tác thi đua, khen thưởng ${span}`;
  return {
    span,
    subject,
    directedSubject: `${subject} và phương hướng, nhiệm vụ ${ahead}`,
    ahead,
    directionTitle: (withTargets) =>
      withTargets ? `Phương hướng, nhiệm vụ và chỉ tiêu ${ahead}` : `Phương hướng, nhiệm vụ ${ahead}`,
    targetsTitle: `Các chỉ tiêu chủ yếu ${ahead}`,
    doneSoFar: `thực hiện ${span}`,
    title: `Báo cáo tổng kết công tác thi đua, khen thưởng ${span}`,
    resultsTitle: `Kết quả thực hiện các chỉ tiêu ${span}`,
    // A no-break space holds the span together wherever the title wraps, as the year's appendices hold the year.
    appendixTitle: `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUA CÁC NĂM GIAI ĐOẠN ${from}\u00a0-\u2060\u00a0${to}`,
    emulationTitle: `Kết quả thi đua của các đơn vị ${span}`,
    emulationAppendixTitle: `DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG ĐỀ NGHỊ CHO CÁC ĐƠN VỊ QUA CÁC NĂM GIAI ĐOẠN ${from}\u00a0-\u2060\u00a0${to}`,
    chartTitle: (area) => `${area} qua các năm ${span}`,
    yearHeading: (year) => `Năm ${year}`,
    spanHeading: 'Cả giai đoạn',
    planHeading: 'Kế hoạch giai đoạn',
    percentHeading: '% kế hoạch',
    changeHeading: 'Thay đổi bình quân mỗi năm',
  };
}

/**
 * Returns the caption of figure `part` (from 1) of a chart drawn as `parts` figures, each short enough to sit whole on
 * a page: the chart's own caption, numbered "(1/2)" when it takes more than one.
 */
export function partCaption(caption: string, part: number, parts: number): string {
  return parts > 1 ? `${caption} (${part}/${parts})` : caption;
}
