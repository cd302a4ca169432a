import type { AttainmentBar } from '../charts/render-attainment-chart.js';
import type { YoyGroup } from '../charts/render-year-over-year-chart.js';
import type { IndicatorComputation, YearComputation } from '../compute/types.js';
import type { Agency, Commendation, Results, Source } from '../model/types.js';
import {
  actualText,
  attainmentClause,
  type PercentStyle,
  percentOfPlanText,
  statusLabel,
  targetText,
  yearOverYearCell,
  yearOverYearClause,
} from './describe-indicator.js';
import { formatDocumentDate } from './format-document-date.js';
import { formatNumber } from './format-number.js';
import type {
  CommendationRow,
  Numbered,
  PlansSection,
  ReportView,
  ResultsSection,
  TableRow,
} from './view-types.js';

export interface ViewOptions {
  /** The document date (YYYY-MM-DD) from --date; otherwise the results file's document.date; otherwise blank. */
  documentDate: string | undefined;
  percent: PercentStyle;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const NO_DATA = 'Chưa có số liệu';
const NO_TARGET = 'Không có chỉ tiêu';

/** Returns the report's view model: every heading, sentence, table cell and chart datum, worded in Vietnamese. */
export function buildViewModel(c: YearComputation, agency: Agency, options: ViewOptions): ReportView {
  const results = c.results as Results;
  const narrative = results.narrative ?? {};
  const sections: Numbered[] = [];
  const next = <T extends object>(title: string, body: T): Numbered & T => {
    const numbered = { number: ROMAN[sections.length] ?? String(sections.length + 1), title, ...body };
    sections.push(numbered);
    return numbered;
  };
  const documentDate = options.documentDate ?? results.document?.date;
  const subject = `Tổng kết công tác thi đua, khen thưởng năm ${c.year} và phương hướng, nhiệm vụ năm ${c.nextYear}`;

  const situation = narrative.situation ? next('Đặc điểm tình hình', { text: narrative.situation }) : null;
  const resultsSection = next(
    `Kết quả thực hiện các chỉ tiêu năm ${c.year}`,
    buildResults(c, options.percent),
  );
  const movements = narrative.movements?.length
    ? next('Kết quả thực hiện các phong trào thi đua', {
        items: narrative.movements.map((m) => ({ name: m.name, description: m.description ?? null })),
      })
    : null;
  const commendations = narrative.commendations?.length
    ? next('Công tác khen thưởng', {
        items: narrative.commendations.map(commendationText),
        table: commendationTable(narrative.commendations),
      })
    : null;
  const parts = [
    { title: 'Ưu điểm', items: narrative.highlights ?? [] },
    { title: 'Tồn tại, hạn chế', items: narrative.shortcomings ?? [] },
    { title: 'Bài học kinh nghiệm', items: narrative.lessons ?? [] },
  ]
    .filter((p) => p.items.length > 0)
    .map((p, i) => ({ number: String(i + 1), ...p }));
  const assessment = parts.length > 0 ? next('Đánh giá chung', { parts }) : null;
  const plans = next(`Phương hướng, nhiệm vụ và chỉ tiêu năm ${c.nextYear}`, buildPlans(c));
  const proposals = narrative.proposals?.length
    ? next('Đề xuất, kiến nghị', { items: narrative.proposals })
    : null;

  const number = results.document?.number;
  return {
    year: c.year,
    priorYear: c.priorYear,
    nextYear: c.nextYear,
    meta: {
      title: `Báo cáo tổng kết công tác thi đua, khen thưởng năm ${c.year}`,
      subject,
      author: agency.short_name ?? agency.name,
      keywords: ['báo cáo', 'thi đua', 'khen thưởng', String(c.year), agency.place],
      language: 'vi',
      date: documentDate ?? latestSourceDate(c) ?? `${c.year}-12-31`,
    },
    header: {
      parentAgency: agency.parent,
      agency: agency.name,
      number: `Số: ${number ?? '\u00a0'.repeat(6)}/${agency.document_code}`,
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      dateLine: formatDocumentDate(agency.place, documentDate, c.nextYear),
    },
    title: 'BÁO CÁO',
    subject,
    closing: `Trên đây là báo cáo ${lowerFirst(subject)} của ${agency.short_name ?? agency.name}./.`,
    situation,
    results: resultsSection,
    movements,
    commendations,
    assessment,
    plans,
    proposals,
    sources: sourceLines(c),
    recipients: [...agency.recipients.map((r) => `- ${r};`), `- Lưu: ${agency.archive}.`],
    signer: {
      onBehalf: agency.signer.on_behalf ?? null,
      title: agency.signer.title,
      name: agency.signer.name ?? null,
    },
  };
}

function rows(c: YearComputation): IndicatorComputation[] {
  return c.areas.flatMap((a) => a.indicators);
}

/** Returns the sentence a report writer would write for one indicator, saying only what is known. */
function sentence(item: IndicatorComputation, priorYear: number, percent: PercentStyle): string | null {
  const { indicator, actual, target } = item;
  const name = item.depth > 0 ? `Trong đó, ${lowerFirst(indicator.name)}` : indicator.name;
  if (!actual) {
    return target ? `${name}: ${NO_DATA.toLowerCase()} (kế hoạch ${targetText(target, indicator)}).` : null;
  }
  const clauses = [
    actualText(actual, indicator),
    attainmentClause(item, percent),
    yearOverYearClause(item, priorYear, percent),
  ].filter((x): x is string => x !== null);
  const note = actual.note ? ` ${actual.note}` : '';
  return `${name}: ${clauses.join('; ')}.${note}`;
}

function buildResults(c: YearComputation, percent: PercentStyle): Omit<ResultsSection, keyof Numbered> {
  const all = rows(c);
  const withActual = all.filter((r) => r.actual);
  const notes: string[] = [];
  if (c.missing.targets) {
    notes.push(
      `Dữ liệu không có chỉ tiêu kế hoạch năm ${c.year}, nên các kết quả dưới đây chưa được đối chiếu với kế hoạch.`,
    );
  } else {
    const planned = all.filter((r) => r.target);
    const count = (s: string) => planned.filter((r) => r.attainment.status === s).length;
    const unassessed = planned.length - count('exceeded') - count('met') - count('not_met');
    const parts = [
      `${count('exceeded')} chỉ tiêu vượt kế hoạch`,
      `${count('met')} chỉ tiêu đạt kế hoạch`,
      `${count('not_met')} chỉ tiêu chưa đạt kế hoạch`,
      ...(unassessed > 0
        ? [`${unassessed} chỉ tiêu chưa đánh giá được (thiếu số liệu hoặc không so sánh được)`]
        : []),
    ];
    notes.push(`Trong ${planned.length} chỉ tiêu có kế hoạch năm ${c.year}: ${parts.join(', ')}.`);
  }
  const compared = withActual.filter((r) => r.yoy.status === 'compared').length;
  if (c.missing.priorYear) {
    notes.push(`Dữ liệu không có số liệu năm ${c.priorYear}, nên chưa so sánh được với năm trước.`);
  } else if (compared < withActual.length) {
    notes.push(
      `Có số liệu năm ${c.priorYear} để so sánh cho ${compared}/${withActual.length} chỉ tiêu; các chỉ tiêu còn lại ghi "${NO_DATA.toLowerCase()}".`,
    );
  }

  const areas = c.areas
    .map((a) => ({
      title: a.area.name,
      items: a.indicators
        .map((i) => ({ sentence: sentence(i, c.priorYear, percent), depth: i.depth }))
        .filter((i): i is { sentence: string; depth: number } => i.sentence !== null),
    }))
    .filter((a) => a.items.length > 0)
    .map((a, i) => ({ number: String(i + 1), ...a }));

  const table: TableRow[] = [];
  let areaNumber = 0;
  c.areas.forEach((a) => {
    const listed = a.indicators.filter((i) => i.actual || i.target);
    if (listed.length === 0) return;
    areaNumber += 1;
    table.push({
      isArea: true,
      number: ROMAN[areaNumber - 1] ?? String(areaNumber),
      name: a.area.name,
      depth: 0,
      unit: '',
      plan: '',
      actual: '',
      percentOfPlan: '',
      status: '',
      prior: '',
      compare: '',
    });
    let n = 0;
    for (const i of listed) {
      if (i.depth === 0) n += 1;
      table.push({
        isArea: false,
        number: i.depth === 0 ? String(n) : '',
        name: i.depth > 0 ? `Trong đó: ${lowerFirst(i.indicator.name)}` : i.indicator.name,
        depth: i.depth,
        unit: i.indicator.unit,
        // The unit has its own column: the figures are written without it.
        plan: i.target ? targetText(i.target, i.indicator, false) : NO_TARGET,
        actual: i.actual ? actualText(i.actual, i.indicator, false) : NO_DATA,
        percentOfPlan: percentOfPlanText(i, percent) ?? '–',
        // The plan column already says when there is no target; the status adds nothing then.
        status: i.attainment.status === 'no_target' ? '' : statusLabel(i.attainment.status),
        prior: i.prior ? actualText(i.prior, i.indicator, false) : NO_DATA,
        compare: yearOverYearCell(i, percent) ?? '–',
      });
    }
  });

  const attainment: AttainmentBar[] = withActual
    .filter((r) => r.attainment.percentOfPlan !== undefined)
    .map((r) => ({
      label: r.indicator.name,
      percent: r.attainment.percentOfPlan as string,
      percentText: percentOfPlanText(r, percent) ?? '',
      status: r.attainment.status as AttainmentBar['status'],
    }));
  const yearOverYear: YoyGroup[] = withActual
    .filter((r) => r.yoy.status === 'compared' && r.prior && r.actual)
    .map((r) => ({
      label: r.indicator.name,
      unit: r.indicator.unit,
      prior: r.prior?.value ?? '0',
      current: r.actual?.value ?? '0',
      priorText: actualText(r.prior as NonNullable<typeof r.prior>, r.indicator),
      currentText: actualText(r.actual as NonNullable<typeof r.actual>, r.indicator),
    }));

  return {
    notes,
    areas,
    table: {
      planHeading: `Kế hoạch năm ${c.year}`,
      actualHeading: `Thực hiện năm ${c.year}`,
      priorHeading: `Thực hiện năm ${c.priorYear}`,
      compareHeading: `So với năm ${c.priorYear}`,
      rows: table,
    },
    charts: {
      attainment,
      attainmentTitle: `Mức độ hoàn thành kế hoạch năm ${c.year} (%)`,
      yearOverYear,
      yearOverYearTitle: `So sánh năm ${c.year} với năm ${c.priorYear}`,
    },
  };
}

function buildPlans(c: YearComputation): Omit<PlansSection, keyof Numbered> {
  const withTarget = rows(c).filter((r) => r.nextTarget);
  const listed = new Set(withTarget.map((r) => r.indicator.id));
  const targets = withTarget.map((r) => {
    const underParent = r.indicator.parent !== undefined && listed.has(r.indicator.parent);
    const name = underParent ? `Trong đó, ${lowerFirst(r.indicator.name)}` : r.indicator.name;
    const now = r.actual ? ` (thực hiện năm ${c.year}: ${actualText(r.actual, r.indicator)})` : '';
    return `${name}: ${targetText(r.nextTarget as NonNullable<typeof r.nextTarget>, r.indicator)}${now}`;
  });
  const notes = c.missing.nextTargets ? [`Dữ liệu chưa có chỉ tiêu kế hoạch năm ${c.nextYear}.`] : [];
  const parts = [
    // A list's items end with ";", its last with ".".
    {
      title: 'Các chỉ tiêu chủ yếu',
      items: targets.map((t, i) => `${t}${i === targets.length - 1 ? '.' : ';'}`),
    },
    { title: 'Nhiệm vụ trọng tâm', items: c.results?.narrative?.next_year_tasks ?? [] },
  ]
    .filter((p) => p.items.length > 0)
    .map((p, i) => ({ number: String(i + 1), ...p }));
  return { notes, parts };
}

const RECIPIENT_WORDS: Record<NonNullable<Commendation['recipient']>, string> = {
  agency: 'Sở',
  collective: 'tập thể',
  individual: 'cá nhân',
  collectives_and_individuals: 'tập thể, cá nhân',
};

/**
 * Returns the commendations counted by award form and by whom they went to: several Bằng khen to the agency
 * become one row with their sum. A count the source gives only in words ("hàng chục") is shown as such.
 */
function commendationTable(list: readonly Commendation[]): CommendationRow[] {
  const groups = new Map<string, Commendation[]>();
  for (const c of list) {
    const key = `${c.form}|${c.recipient ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((group, i) => {
    const first = group[0] as Commendation;
    const exact = group.every((c) => c.count !== undefined && c.count_text === undefined);
    const count = exact
      ? formatNumber(String(group.reduce((sum, c) => sum + (c.count ?? 0), 0)), 0)
      : group
          .map((c) => c.count_text ?? (c.count !== undefined ? formatNumber(String(c.count), 0) : ''))
          .join(' + ');
    return {
      number: String(i + 1),
      form: first.form,
      recipient: first.recipient ? upperFirst(RECIPIENT_WORDS[first.recipient]) : '',
      count,
    };
  });
}

/** Returns one commendation as a line of the report: "UBND tỉnh tặng Bằng khen cho Sở: Tổng kết 5 năm ...". */
function commendationText(c: Commendation): string {
  const count = c.count_text ?? (c.count !== undefined ? formatNumber(String(c.count), 0) : '');
  const reason = c.reason ? ` (${lowerFirst(c.reason)})` : '';
  // "Khen thưởng" names no particular form: the sentence then says "được ... khen thưởng".
  const award = /^khen thưởng$/iu.test(c.form) ? 'khen thưởng' : `tặng ${c.form}`;
  if (c.recipient === undefined || c.recipient === 'agency') {
    const by = c.by ? `${c.by} ` : '';
    const to = c.recipient === 'agency' ? ' cho Sở' : count ? ` (${count})` : '';
    return upperFirst(`${by}${award}${to}${reason}.`);
  }
  const who = [count, RECIPIENT_WORDS[c.recipient]].filter(Boolean).join(' ');
  return upperFirst(`${who} được ${c.by ? `${c.by} ` : ''}${award}${reason}.`);
}

function sourceLines(c: YearComputation): string[] {
  const seen = new Map<string, Source>();
  for (const file of [c.results, c.priorResults, c.targets, c.nextTargets]) {
    for (const s of file?.sources ?? []) if (!seen.has(s.id)) seen.set(s.id, s);
  }
  return [...seen.values()].map((s) =>
    [s.title, s.author, s.publisher, s.date ? formatIsoDate(s.date) : undefined, s.url, s.note]
      .filter(Boolean)
      .join('; ')
      .replace(/\.$/, ''),
  );
}

function latestSourceDate(c: YearComputation): string | undefined {
  const dates = (c.results?.sources ?? []).map((s) => s.date).filter((d): d is string => d !== undefined);
  return dates.sort().at(-1);
}

function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function lowerFirst(text: string): string {
  // Keep acronyms and proper names that start with two capitals (UBND, HĐND) as they are.
  if (/^\p{Lu}{2}/u.test(text)) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
