import { periodLabel, type ReportPeriod, yearsOf } from '../domain/report-period.js';
import type { DataSet, Indicator } from '../model/types.js';
import { actualText, targetText } from '../view/describe-indicator.js';
import { periodWords, spanWords } from '../view/period-words.js';
import { upperFirst } from '../view/text-case.js';

/** A file `hatinh-report new` writes: its name in the data folder and its text. */
export interface NewFile {
  name: string;
  text: string;
}

/**
 * The parts of a year-end report's words, in the document's order, each with what goes there, in the words a
 * clerk reads: the comments of the results file `new` writes.
 */
const NARRATIVE_STUBS: readonly { key: string; comment: string[] }[] = [
  {
    key: 'situation',
    comment: ['I. Đặc điểm tình hình: một đoạn văn về bối cảnh của năm, thuận lợi và khó khăn.'],
  },
  {
    key: 'movements',
    comment: [
      'Các phong trào thi đua: mỗi phong trào một mục "- name: ..." với "description: ..." (kết quả đạt được).',
      'Tên có dấu ngoặc kép thì đặt cả giá trị trong dấu nháy đơn: - name: \'"Đền ơn đáp nghĩa", uống nước nhớ nguồn\'',
    ],
  },
  {
    key: 'commendations',
    comment: [
      'Công tác khen thưởng: mỗi danh hiệu hoặc hình thức khen thưởng một mục "- form: ..." với by (cấp tặng),',
      'recipient (agency, collective, individual, collectives_and_individuals), count hoặc count_text, reason.',
    ],
  },
  { key: 'highlights', comment: ['Đánh giá chung, 1. Ưu điểm: mỗi ý một dòng "- ...".'] },
  { key: 'shortcomings', comment: ['2. Tồn tại, hạn chế: mỗi ý một dòng "- ...".'] },
  { key: 'causes', comment: ['Nguyên nhân của tồn tại, hạn chế: mỗi ý một dòng "- ...".'] },
  { key: 'lessons', comment: ['3. Bài học kinh nghiệm: mỗi ý một dòng "- ...".'] },
  { key: 'next_year_tasks', comment: ['Phương hướng, nhiệm vụ trọng tâm năm sau: mỗi ý một dòng "- ...".'] },
  { key: 'proposals', comment: ['Đề xuất, kiến nghị với cấp trên (nếu có): mỗi ý một dòng "- ...".'] },
];

/**
 * Returns the parts of the words blank under their comments, in the document's order, a year's part replaced where a
 * period's or a span's is its own (the direction: the rest of the year's tasks, the span ahead's).
 */
function narrativeStubs(own: Readonly<Record<string, { key: string; comment: string[] }>>): string[] {
  return NARRATIVE_STUBS.map((stub) => own[stub.key] ?? stub).flatMap(({ key, comment }) => [
    ...comment.map((c) => `  # ${c}`),
    `  ${key}:`,
  ]);
}

/** The document's number and date, commented out until the office assigns them; a date late in `year` shown. */
function documentStub(year: number): string[] {
  return [
    '# Số và ngày của văn bản khi văn thư cấp (để trống: báo cáo để chỗ trống ghi tay).',
    '# document:',
    '#   number: "05"',
    `#   date: ${year}-12-20`,
  ];
}

const NUMBERS_NOTE =
  '# Số viết kiểu YAML: dấu chấm thập phân, không dấu phân cách hàng nghìn (24000, 6.92); tỷ lệ không ghi dấu %.';

const SOURCES_STUB = [
  '# Nguồn số liệu: mỗi nguồn một mục, có id (chữ thường không dấu, nối bằng gạch ngang, ví dụ bao-cao-ubnd)',
  '# và title (tên văn bản); publisher, date (YYYY-MM-DD), url nếu có. Mỗi số liệu ghi "source: <id>",',
  '# hoặc ghi default_source một lần cho cả tệp.',
  'sources:',
  '  - id:',
  '    title:',
  '# default_source:',
];

/**
 * Returns the year's results file and next year's targets file as a clerk starts them: every indicator of the
 * catalogue in its order, blank, under a comment with its name and unit, last year's figure and this year's
 * target; every part of the report's words blank under a comment saying what goes there. A blank is a warning
 * of `check` ("no figure yet"), so nothing is forgotten silently.
 */
export function newYearFiles(data: DataSet, report: ReportPeriod): NewFile[] {
  const { year, months, from } = report;
  const name = `${periodLabel(report)}.yaml`;
  // A span of years: its words only; its figures are its years' files'.
  if (from !== undefined) return [{ name, text: spanFile(data, from, year) }];
  // The first months of a year: their results file only; they are set against the year's own targets.
  if (months !== undefined) return [{ name, text: periodFile(data, year, months) }];
  return [
    { name: `${year}.yaml`, text: resultsFile(data, year) },
    { name: `${year + 1}-targets.yaml`, text: targetsFile(data, year + 1) },
  ];
}

function resultsFile(data: DataSet, year: number): string {
  return lines([
    '# yaml-language-server: $schema=./schemas/results.schema.json',
    `# Kết quả năm ${year}, lập bằng "hatinh-report new ${year}". Ghi số liệu của từng chỉ tiêu (value: ...), nguồn`,
    '# của số liệu (sources) và lời văn của báo cáo (narrative); rồi chạy "hatinh-report check" để kiểm tra.',
    NUMBERS_NOTE,
    'kind: results',
    `year: ${year}`,
    '',
    ...SOURCES_STUB,
    '',
    ...documentStub(year),
    '',
    `# Số liệu thực hiện năm ${year}. Mỗi chỉ tiêu: value (bắt buộc); qualifier nếu nguồn ghi "trên" (over), "gần"`,
    '# (nearly), "khoảng" (about), "ước" (estimate), "dưới" (below), "ít nhất" (at_least), "không quá" (at_most);',
    '# note, source nếu cần. Chỉ tiêu để trống: check cảnh báo; báo cáo bỏ qua chỉ tiêu đó, hoặc ghi "Chưa có số liệu"',
    '# nếu chỉ tiêu có kế hoạch.',
    'values:',
    '  # Mẫu (chỉ để xem): điền ngay dưới mã của chỉ tiêu, thụt vào hai dấu cách, như sau.',
    '  # viec-lam:',
    '  #   value: 24000',
    '  #   qualifier: over',
    ...indicatorEntries(data, year - 1, year),
    '',
    `# Lời văn của báo cáo (Markdown). Mỗi phần để trống: check cảnh báo, báo cáo bỏ phần đó.`,
    'narrative:',
    ...narrativeStubs({}),
  ]);
}

/** The results file of a year's first months (a sơ kết's), as `new YEAR --period 9m` starts it. */
function periodFile(data: DataSet, year: number, months: number): string {
  const words = periodWords(year, months);
  return lines([
    '# yaml-language-server: $schema=./schemas/results.schema.json',
    `# Kết quả ${words.span}, lập bằng "hatinh-report new ${year} --period ${months}m". Ghi số liệu của từng chỉ tiêu`,
    '# (value: ...): chỉ tiêu đếm số người, số việc, số tiền ghi số lũy kế từ đầu năm; tỷ lệ (%) và số tại một thời',
    '# điểm (số người đang hưởng trợ cấp, số xã đã đạt chuẩn) ghi số tại cuối kỳ. Ghi nguồn (sources) và lời văn của',
    '# báo cáo sơ kết (narrative); rồi chạy "hatinh-report check". Mỗi số liệu được so với kế hoạch năm (tệp chỉ tiêu',
    '# của năm) và với cùng kỳ năm trước.',
    NUMBERS_NOTE,
    'kind: results',
    `year: ${year}`,
    `period: ${months}m`,
    '',
    ...SOURCES_STUB,
    '',
    'values:',
    '  # Mẫu (chỉ để xem): điền ngay dưới mã của chỉ tiêu, thụt vào hai dấu cách, như sau.',
    '  # viec-lam:',
    '  #   value: 17208',
    ...indicatorEntries(data, year - 1, year, months),
    '',
    `# Lời văn của báo cáo sơ kết (Markdown). Mỗi phần để trống: check cảnh báo, báo cáo bỏ phần đó.`,
    'narrative:',
    ...narrativeStubs({
      next_year_tasks: {
        key: 'rest_of_year_tasks',
        comment: [`${words.directionTitle(false)}: mỗi ý một dòng "- ...".`],
      },
    }),
  ]);
}

/**
 * The words of the report on a span of years (a tổng kết giai đoạn's), as `new 2016-2020` starts them: no figures
 * (the span's are its years', each in its file, named here with those still missing), the sources, the document's
 * number and date, the span ahead, and every part of the words blank under a comment saying what goes there.
 */
function spanFile(data: DataSet, from: number, year: number): string {
  const words = spanWords(from, year);
  const years = yearsOf({ from, year });
  const have = years.filter((y) => data.results.has(y));
  const lacking = years.filter((y) => !data.results.has(y));
  const next = `${year + 1}-${year + 1 + year - from}`;
  return lines([
    '# yaml-language-server: $schema=./schemas/results.schema.json',
    `# Lời văn của báo cáo tổng kết ${words.span}, lập bằng "hatinh-report new ${from}-${year}". Tệp này không ghi`,
    `# số liệu: số liệu của giai đoạn là số liệu từng năm (${from}.yaml ... ${year}.yaml), công cụ tự tổng hợp. Ghi nguồn`,
    '# (sources) và lời văn của báo cáo (narrative); rồi chạy "hatinh-report check".',
    `# Đã có số liệu: ${have.length > 0 ? have.join(', ') : 'chưa năm nào'}.${lacking.length > 0 ? ` Chưa có: ${lacking.join(', ')} (báo cáo ghi rõ năm thiếu).` : ''}`,
    'kind: results',
    `from: ${from}`,
    `year: ${year}`,
    '',
    ...SOURCES_STUB,
    '',
    ...documentStub(year),
    '',
    `# Giai đoạn của phần phương hướng, ghi như kế hoạch của cơ quan (ví dụ ${next}); không ghi: "giai đoạn tới".`,
    `# Chỉ tiêu của giai đoạn đó (nếu có) ghi trong tệp <năm đầu>-<năm cuối>-targets.yaml, có from: như tệp này.`,
    `# next_span: ${next}`,
    '',
    `# Lời văn của báo cáo tổng kết (Markdown). Mỗi phần để trống: check cảnh báo, báo cáo bỏ phần đó.`,
    'narrative:',
    ...narrativeStubs({
      situation: {
        key: 'situation',
        comment: ['I. Đặc điểm tình hình: một đoạn văn về bối cảnh của giai đoạn, thuận lợi và khó khăn.'],
      },
      next_year_tasks: {
        key: 'next_period_tasks',
        comment: [`${words.directionTitle(false)}: mỗi ý một dòng "- ...".`],
      },
    }),
  ]);
}

function targetsFile(data: DataSet, year: number): string {
  return lines([
    '# yaml-language-server: $schema=./schemas/targets.schema.json',
    `# Chỉ tiêu kế hoạch năm ${year}, lập bằng "hatinh-report new ${year - 1}". Ghi mức kế hoạch của từng chỉ tiêu khi`,
    '# kế hoạch được giao, và văn bản giao kế hoạch (sources); rồi chạy "hatinh-report check".',
    NUMBERS_NOTE,
    'kind: targets',
    `year: ${year}`,
    '',
    ...SOURCES_STUB,
    '',
    '# Mỗi chỉ tiêu một type: level (đạt mức: value, qualifier), ceiling (dưới mức: value; inclusive: true nếu',
    '# "không quá"), range (từ min đến max), change (tăng hoặc giảm so với năm trước: change: increase hoặc',
    '# decrease, by hoặc min và max, measure: points cho điểm phần trăm, percent cho %).',
    'targets:',
    '  # Mẫu (chỉ để xem): điền ngay dưới mã của chỉ tiêu, thụt vào hai dấu cách, như sau.',
    '  # viec-lam:',
    '  #   type: level',
    '  #   value: 23500',
    ...indicatorEntries(data, year - 2, year - 1),
  ]);
}

/** Returns what the clerk has for reference: the last known year's figure and the latest target. */
function reference(
  data: DataSet,
  indicator: Indicator,
  resultsYear: number,
  targetsYear: number,
  months?: number,
): string {
  const results =
    months === undefined
      ? data.results.get(resultsYear)
      : data.parts?.get(periodLabel({ year: resultsYear, months }));
  const prior = results?.values[indicator.id];
  const target = data.targets.get(targetsYear)?.targets[indicator.id];
  const span = upperFirst(periodWords(resultsYear, months).span);
  return [
    `${span}: ${prior ? actualText(prior, indicator) : 'chưa có số liệu'}.`,
    `Kế hoạch năm ${targetsYear}: ${target ? targetText(target, indicator) : 'chưa có'}.`,
  ].join(' ');
}

/**
 * Returns every indicator of the catalogue, area by area, blank under its comment: its name and unit, the
 * figure of `resultsYear` and the target of `targetsYear`.
 */
function indicatorEntries(
  data: DataSet,
  resultsYear: number,
  targetsYear: number,
  months?: number,
): string[] {
  const out: string[] = [];
  for (const area of data.catalogue.areas) {
    const indicators = data.catalogue.indicators.filter((i) => i.area === area.id);
    if (indicators.length === 0) continue;
    out.push(`  # ── ${area.name} ──`);
    for (const indicator of indicators) {
      const parentName = data.catalogue.indicators.find((i) => i.id === indicator.parent)?.name;
      const parent = parentName ? `; thuộc "${parentName}"` : '';
      out.push(
        `  # ${indicator.name} (${indicator.unit}${parent}). ${reference(data, indicator, resultsYear, targetsYear, months)}`,
      );
      out.push(`  ${indicator.id}:`);
    }
  }
  return out;
}

function lines(list: readonly string[]): string {
  return `${list.join('\n')}\n`;
}
