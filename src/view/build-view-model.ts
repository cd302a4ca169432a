import { assessed } from '../compute/compute-attainment.js';
import type { YearEmulation } from '../compute/compute-emulation.js';
import type { IndicatorComputation, YearComputation } from '../compute/types.js';
import { documentSymbol } from '../domain/document-symbol.js';
import { periodEndDay } from '../domain/report-period.js';
import type { Agency, Results, ResultValue, Source } from '../model/types.js';
import { describeCommendations } from './describe-commendations.js';
import {
  actualText,
  attainmentClause,
  type NumberStyle,
  percentOfPlanText,
  statusLabel,
  targetText,
  yearOverYearCell,
  yearOverYearClause,
} from './describe-indicator.js';
import { ILLUSTRATIVE_MARK } from './document.js';
import { emulationAppendices, emulationSection } from './emulation-view.js';
import { dayMonthYear, formatDocumentDate } from './format-document-date.js';
import { type PeriodWords, periodWords } from './period-words.js';
import type { ReportStyle } from './report-style.js';
import { roman } from './roman.js';
import { sourcesOf } from './sources-of.js';
import { lowerFirst } from './text-case.js';
import { withCurlyQuotes } from './typographic-quotes.js';
import type {
  AssessmentPart,
  AttainmentBar,
  Numbered,
  PlansSection,
  ReportView,
  ResultsSection,
  TableRow,
  YoyGroup,
} from './view-types.js';

export interface ViewOptions {
  /** The year's emulation (scores, ranks, proposals), when the data has units scored for it. */
  emulation?: YearEmulation | undefined;
  /** The document date (YYYY-MM-DD) from --date; otherwise the results file's document.date; otherwise blank. */
  documentDate: string | undefined;
  style: ReportStyle;
}

export const NO_DATA = 'Chưa có số liệu';
export const NO_TARGET = 'Không có chỉ tiêu';

/** Returns the lines of a name as the data breaks them: "SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI" is two lines. */
export function nameLines(name: string): string[] {
  return name
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The longest line of a unit's name in a header: beside the national name in the 16 cm of an A4 page (NĐ 30, 12 pt
 * bold), in the PDF and in Word's fixed columns alike.
 */
const HEADER_LINE = 30;

/**
 * Returns a name as a document's header writes it: the data's own line breaks, or, for a long name written on one
 * line (a unit's), in as few lines of at most 30 characters as it takes, broken after a comma or before "VÀ" where
 * it can, never beside a hyphen where it need not, each line no longer than the one above, then as even as can be.
 */
export function headerLines(name: string): string[] {
  const lines = nameLines(name);
  const [only] = lines;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a name of 30 characters or fewer, not returned here, is one line all the same (one line is all it takes)
  if (lines.length !== 1 || only === undefined || only.length <= HEADER_LINE) return lines;
  const words = only.split(' ');
  const text = (from: number, to: number) => words.slice(from, to).join(' ');
  // What a break before word `at` costs: none after a comma or before "VÀ", most beside a hyphen.
  const cost = (at: number) =>
    // Stryker disable next-line OptionalChaining: a break is never before the first word (at ≥ 1)
    words[at - 1]?.endsWith(',') || words[at] === 'VÀ'
      ? 0
      : words[at] === '-' || words[at - 1] === '-'
        ? 2
        : 1;
  // Lines within the width, breaks where they cost least, each line no longer than the one above, then even.
  type Way = { over: number; breaks: number; growing: number; longest: number; first: number; at: number[] };
  const better = (a: Way, b: Way) =>
    a.over - b.over || a.breaks - b.breaks || a.growing - b.growing || a.longest - b.longest;
  const memo = new Map<string, Way>();
  // The words from `i` on in `k` lines, the best way.
  const best = (i: number, k: number): Way => {
    const key = `${i}/${k}`;
    const known = memo.get(key);
    // Stryker disable next-line ConditionalExpression: without the memo the same way is found, only more slowly
    if (known) return known;
    const whole = text(i, words.length).length;
    let found: Way = {
      over: Math.max(0, whole - HEADER_LINE),
      breaks: 0,
      growing: 0,
      longest: whole,
      first: whole,
      at: [],
    };
    for (let j = i + 1; k > 1 && j < words.length; j++) {
      const rest = best(j, k - 1);
      const line = text(i, j).length;
      const way: Way = {
        over: rest.over + Math.max(0, line - HEADER_LINE),
        breaks: rest.breaks + cost(j),
        growing: rest.growing + (rest.first > line ? 1 : 0),
        longest: Math.max(line, rest.longest),
        first: line,
        at: [j, ...rest.at],
      };
      if (better(way, found) < 0) found = way;
    }
    memo.set(key, found);
    return found;
  };
  const ends = [...best(0, Math.ceil(only.length / HEADER_LINE)).at, words.length];
  return ends.map((end, n) => text(n === 0 ? 0 : (ends[n - 1] as number), end));
}

/** Returns a name on one line, for running text. */
export function oneLine(name: string): string {
  return nameLines(name).join(' ');
}

/** Returns the report's view model: every heading, sentence, table cell and chart datum, worded in Vietnamese. */
export function buildViewModel(c: YearComputation, agency: Agency, options: ViewOptions): ReportView {
  const results = c.results as Results;
  const narrative = results.narrative ?? {};
  const { style } = options;
  const next = numbering();
  const documentDate = options.documentDate ?? results.document?.date;
  const words = periodWords(c.year, c.months);
  const subject = words.subject;
  // A blank date is of the year after the report's, as a year-end report is signed; a period's, of its year.
  const blankDateYear = c.months === undefined ? c.nextYear : c.year;
  const agencyName = agency.short_name ?? oneLine(agency.name);

  const situation = situationSection(narrative, next);
  const resultsSection = next(`Kết quả thực hiện các chỉ tiêu ${words.span}`, buildResults(c, style, words));
  const movements = movementsSection(narrative, next);
  const emulation = options.emulation
    ? next('Kết quả chấm điểm, xếp hạng thi đua của các đơn vị', emulationSection(options.emulation))
    : null;
  const commendations = commendationsSection(narrative, c.months === undefined ? c.year : words.span, next);
  const assessment = assessmentSection(narrative, next);
  const planParts = buildPlans(c, narrative, words);
  const plans =
    planParts.parts.length > 0
      ? next(words.directionTitle(planParts.parts.some((p) => p.title === words.targetsTitle)), planParts)
      : null;
  const proposals = proposalsSection(narrative, next);

  const number = results.document?.number;
  const numberText = `${number ?? '\u00a0'.repeat(6)}/${documentSymbol(agency.document_code, 'report')}`;
  const appendices = options.emulation
    ? emulationAppendices(
        options.emulation,
        {
          number: `số ${numberText}`,
          date: formatDocumentDate(agency.place, documentDate, blankDateYear).replace(/^[^,]*,\s*/, ''),
          agency: agencyName,
        },
        narrative.commendations ?? [],
      )
    : [];
  const view: ReportView = {
    year: c.year,
    ...(c.months === undefined ? {} : { months: c.months }),
    priorYear: c.priorYear,
    nextYear: c.nextYear,
    meta: {
      title: words.title,
      subject,
      author: agencyName,
      keywords: ['báo cáo', 'thi đua', 'khen thưởng', ...words.keywords, String(c.year), agency.place],
      language: 'vi',
      date: documentDate ?? latestSourceDate(results) ?? periodEndDay({ year: c.year, months: c.months }),
    },
    header: {
      parentAgencyLines: nameLines(agency.parent),
      agencyLines: nameLines(agency.name),
      number: `Số: ${numberText}`,
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      dateLine: formatDocumentDate(agency.place, documentDate, blankDateYear),
    },
    title: 'BÁO CÁO',
    subject,
    closing: `Trên đây là báo cáo ${lowerFirst(subject)} của ${agencyName}./.`,
    situation,
    results: resultsSection,
    movements,
    emulation,
    appendices,
    illustrative:
      results.illustrative === true || options.emulation?.scores.illustrative === true
        ? ILLUSTRATIVE_MARK
        : null,
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
  return withCurlyQuotes(view);
}

/** The direction's part of tasks, in a year's report, a sơ kết and a span's tổng kết. */
export const TASKS_TITLE = 'Nhiệm vụ trọng tâm';

/** Numbers a document's sections as they are made: I, II, III, ... */
export type NextSection = <T extends object>(title: string, body: T) => Numbered & T;

/** Returns a new numbering of sections, from I. */
export function numbering(): NextSection {
  let count = 0;
  return (title, body) => ({ number: roman(++count), title, ...body });
}

/*
 * The sections a summing-up's words make, the year's report's and the span's (span-document.ts): each null when the
 * words lack it, numbered by `next` when made, so that the caller sets their order among its own sections.
 */
type Words = NonNullable<Results['narrative']>;

/** Đặc điểm tình hình: the situation. */
export function situationSection(narrative: Words, next: NextSection): ReportView['situation'] {
  return narrative.situation ? next('Đặc điểm tình hình', { text: narrative.situation }) : null;
}

/** The emulation movements, each by name with what it achieved. */
export function movementsSection(narrative: Words, next: NextSection): ReportView['movements'] {
  return narrative.movements?.length
    ? next('Kết quả thực hiện các phong trào thi đua', {
        items: narrative.movements.map((m) => ({ name: m.name, description: m.description ?? null })),
      })
    : null;
}

/** Công tác khen thưởng, of the year or of the words of a span ("9 tháng đầu năm 2019", "giai đoạn 2016 - 2020"). */
export function commendationsSection(
  narrative: Words,
  span: number | string,
  next: NextSection,
): ReportView['commendations'] {
  return narrative.commendations?.length
    ? next('Công tác khen thưởng', describeCommendations(narrative.commendations, span))
    : null;
}

/** Đánh giá chung: the parts of the assessment the words have. */
export function assessmentSection(narrative: Words, next: NextSection): ReportView['assessment'] {
  const parts = assessmentParts(narrative);
  return parts.length > 0 ? next('Đánh giá chung', { parts }) : null;
}

/** Đề xuất, kiến nghị. */
export function proposalsSection(narrative: Words, next: NextSection): ReportView['proposals'] {
  return narrative.proposals?.length ? next('Đề xuất, kiến nghị', { items: narrative.proposals }) : null;
}

/** Returns the parts of the assessment that have something in them, numbered in order. */
function assessmentParts(narrative: NonNullable<Results['narrative']>): AssessmentPart[] {
  const shortcomings = narrative.shortcomings ?? [];
  const causes = narrative.causes ?? [];
  const both = shortcomings.length > 0 && causes.length > 0;
  const weakness = both
    ? {
        title: 'Tồn tại, hạn chế và nguyên nhân',
        items: [],
        subparts: [
          { label: 'a) Tồn tại, hạn chế', items: shortcomings },
          { label: 'b) Nguyên nhân', items: causes },
        ],
      }
    : shortcomings.length > 0
      ? { title: 'Tồn tại, hạn chế', items: shortcomings, subparts: [] }
      : { title: 'Nguyên nhân của tồn tại, hạn chế', items: causes, subparts: [] };
  return [
    { title: 'Ưu điểm', items: narrative.highlights ?? [], subparts: [] },
    weakness,
    { title: 'Bài học kinh nghiệm', items: narrative.lessons ?? [], subparts: [] },
  ]
    .filter((p) => p.items.length > 0 || p.subparts.length > 0)
    .map((p, i) => ({ number: String(i + 1), ...p }));
}

function rows(c: YearComputation): IndicatorComputation[] {
  return c.areas.flatMap((a) => a.indicators);
}

/** Returns a component's name as the report introduces it: "Trong đó, đưa người lao động đi ..." */
function componentName(name: string, separator: ',' | ':'): string {
  return `Trong đó${separator} ${lowerFirst(name)}`;
}

/** Returns the sentence a report writer would write for one indicator, saying only what is known. */
function sentence(
  item: IndicatorComputation,
  depth: number,
  words: PeriodWords,
  style: NumberStyle,
): string | null {
  const { indicator, actual, target } = item;
  const name = depth > 0 ? componentName(indicator.name, ',') : indicator.name;
  if (!actual) {
    return target
      ? `${name}: ${NO_DATA.toLowerCase()} (${words.plan} ${targetText(target, indicator)}).`
      : null;
  }
  const clauses = [
    actualText(actual, indicator),
    attainmentClause(item, style, words.plan),
    yearOverYearClause(item, words.prior, style),
  ].filter((x): x is string => x !== null);
  const note = actual.note ? ` ${actual.note}` : '';
  return `${name}: ${clauses.join('; ')}.${note}`;
}

/** Returns "3 chỉ tiêu vượt, 1 chỉ tiêu đạt và 1 chỉ tiêu chưa đạt kế hoạch" style counts, zeros left out. */
function summary(c: YearComputation): string | null {
  const planned = rows(c).filter((r) => r.target);
  // Part of the year has no verdicts to count yet: each figure's share of the year's plan is in its sentence.
  if (planned.length === 0 || c.months !== undefined) return null;
  const count = (...statuses: string[]) =>
    planned.filter((r) => statuses.includes(r.attainment.status)).length;
  const verdicts = [
    [count('exceeded'), 'vượt kế hoạch'],
    [count('met'), 'đạt kế hoạch'],
    [count('not_met'), 'chưa đạt kế hoạch'],
  ] as const;
  const said = verdicts.filter(([n]) => n > 0).map(([n, words]) => `${n} chỉ tiêu ${words}`);
  const open = planned.length - verdicts.reduce((sum, [n]) => sum + n, 0);
  const list = said.length > 1 ? `${said.slice(0, -1).join(', ')} và ${said.at(-1)}` : (said[0] ?? '');
  const rest = open > 0 ? `${said.length > 0 ? '; ' : ''}${open} chỉ tiêu chưa đủ số liệu để đánh giá` : '';
  return `Trong ${planned.length} chỉ tiêu kế hoạch năm ${c.year}, có ${list}${rest}.`;
}

function buildResults(
  c: YearComputation,
  style: ReportStyle,
  words: PeriodWords,
): Omit<ResultsSection, keyof Numbered> {
  const all = rows(c);
  const areas = c.areas
    .map((a) => ({
      title: a.area.name,
      items: areaSentences(a.indicators, words, style),
    }))
    .filter((a) => a.items.length > 0)
    .map((a, i) => ({ number: String(i + 1), ...a }));
  const showPlan = all.some((r) => r.target);
  const showPrior = all.some((r) => r.prior);
  return {
    summary: summary(c),
    areas,
    table: {
      showPlan,
      showPrior,
      // TT, name, unit and this year's figure, then the plan and % columns, then last year's two.
      columns: 4 + (showPlan ? 2 : 0) + (showPrior ? 2 : 0),
      planHeading: words.planHeading,
      actualHeading: words.actualHeading,
      priorHeading: words.priorHeading,
      compareHeading: words.compareHeading,
      rows: tableRows(c, style),
    },
    charts: {
      ...chartData(all, style),
      attainmentTitle: `Mức độ hoàn thành kế hoạch năm ${c.year} (%)`,
      yearOverYearTitle: `So sánh ${words.span} với ${words.prior}`,
      priorName: words.priorName,
      currentName: words.currentName,
    },
  };
}

/** Returns the sentences of an area's indicators that the report lists, each at its depth. */
function areaSentences(
  indicators: readonly IndicatorComputation[],
  words: PeriodWords,
  style: ReportStyle,
): { sentence: string; depth: number }[] {
  // Stryker disable MethodExpression,ConditionalExpression: the listed indicators have a figure or a target, so none has a null sentence: the filter only narrows the type
  return shownWithDepth(indicators)
    .map(({ item, depth }) => ({ sentence: sentence(item, depth, words, style), depth }))
    .filter((i): i is { sentence: string; depth: number } => i.sentence !== null);
  // Stryker restore MethodExpression,ConditionalExpression
}

/**
 * Returns the indicators of an area the report lists (those with a figure or a target), each with the depth it is
 * shown at: a component ("Trong đó, ...") sits under its total only when the total is listed; without it, it
 * stands on its own, not as the "Trong đó" of the line above.
 */
function shownWithDepth(
  indicators: readonly IndicatorComputation[],
): { item: IndicatorComputation; depth: number }[] {
  const depthOf = new Map<string, number>();
  return indicators
    .filter((i) => i.actual || i.target)
    .map((item) => {
      const parent = item.indicator.parent;
      // Stryker disable next-line ConditionalExpression: no id is undefined, so looking undefined up finds nothing too
      const parentDepth = parent === undefined ? undefined : depthOf.get(parent);
      const depth = parentDepth === undefined ? 0 : parentDepth + 1;
      depthOf.set(item.indicator.id, depth);
      return { item, depth };
    });
}

/** Returns the results table's rows: each area's heading row, then its indicators with every column worded. */
function tableRows(c: YearComputation, style: ReportStyle): TableRow[] {
  const table: TableRow[] = [];
  let areaNumber = 0;
  for (const a of c.areas) {
    const listed = shownWithDepth(a.indicators);
    if (listed.length === 0) continue;
    areaNumber += 1;
    table.push({ isArea: true, number: roman(areaNumber), name: a.area.name });
    let n = 0;
    for (const { item: i, depth } of listed) {
      if (depth === 0) n += 1;
      table.push({
        isArea: false,
        number: depth === 0 ? String(n) : '',
        name: depth > 0 ? componentName(i.indicator.name, ':') : i.indicator.name,
        depth,
        unit: i.indicator.unit,
        // The unit has its own column: the figures are written without it.
        plan: i.target ? targetText(i.target, i.indicator, false) : NO_TARGET,
        actual: i.actual ? actualText(i.actual, i.indicator, false) : NO_DATA,
        percentOfPlan: percentOfPlanText(i, style) ?? '–',
        // The plan column already says when there is no target; the status adds nothing then.
        status: i.attainment.status === 'no_target' ? '' : (statusLabel(i.attainment.status) ?? ''),
        prior: i.prior ? actualText(i.prior, i.indicator, false) : NO_DATA,
        compare: yearOverYearCell(i, style) ?? '–',
      });
    }
  }
  return table;
}

/** Returns the data of the charts the style asks for: the attainment bars, the year-over-year panels. */
function chartData(
  all: readonly IndicatorComputation[],
  style: ReportStyle,
): { attainment: AttainmentBar[]; yearOverYear: YoyGroup[] } {
  const attainment: AttainmentBar[] =
    style.charts === 'none'
      ? []
      : all.flatMap((r) => {
          const a = assessed(r.attainment);
          // A bar is drawn only for a proven verdict: a bound's bar would be read as the figure, and part of the
          // year's share of the plan (provisional) as falling short of it.
          if (a?.percentOfPlan === undefined || a.status === 'undetermined' || a.status === 'provisional')
            return [];
          // A rate is set against its target in points, unless the style asks for its percent of plan.
          const text = percentOfPlanText(r, style);
          if (text === null) return [];
          return [{ label: r.indicator.name, percent: a.percentOfPlan, percentText: text, status: a.status }];
        });
  const yearOverYear: YoyGroup[] =
    style.charts !== 'all'
      ? []
      : all.flatMap((r) => {
          const { prior, actual } = r;
          if (r.yoy.status !== 'compared' || !prior || !actual) return [];
          return [yoyGroup(r, prior, actual)];
        });
  return { attainment, yearOverYear };
}

function yoyGroup(r: IndicatorComputation, prior: ResultValue, actual: ResultValue): YoyGroup {
  return {
    label: r.indicator.name,
    unit: r.indicator.unit,
    prior: prior.value,
    current: actual.value,
    priorText: actualText(prior, r.indicator),
    currentText: actualText(actual, r.indicator),
  };
}

function buildPlans(
  c: YearComputation,
  narrative: NonNullable<Results['narrative']>,
  words: PeriodWords,
): Omit<PlansSection, keyof Numbered> {
  // The targets ahead: next year's; for part of the year, the year's own, with what its first months did.
  const ahead = (r: IndicatorComputation) => (c.months === undefined ? r.nextTarget : r.target);
  const withTarget = rows(c).filter((r) => ahead(r));
  const listed = new Set(withTarget.map((r) => r.indicator.id));
  const targets = withTarget.map((r) => {
    // Stryker disable next-line ConditionalExpression: no id is undefined, so the set has no undefined either
    const underParent = r.indicator.parent !== undefined && listed.has(r.indicator.parent);
    const name = underParent ? componentName(r.indicator.name, ',') : r.indicator.name;
    const now = r.actual ? ` (${words.doneSoFar}: ${actualText(r.actual, r.indicator)})` : '';
    const text = `${name}: ${targetText(ahead(r) as NonNullable<typeof r.nextTarget>, r.indicator)}${now}`;
    return { text, depth: underParent ? 1 : 0 };
  });
  const tasks = (
    (c.months === undefined ? narrative.next_year_tasks : narrative.rest_of_year_tasks) ?? []
  ).map((text) => ({ text, depth: 0 }));
  const parts = [
    // A list's items end with ";", its last with ".".
    {
      title: words.targetsTitle,
      items: targets.map((t, i) => ({ ...t, text: `${t.text}${i === targets.length - 1 ? '.' : ';'}` })),
    },
    { title: TASKS_TITLE, items: tasks },
  ]
    .filter((p) => p.items.length > 0)
    .map((p, i) => ({ number: String(i + 1), ...p }));
  return { parts };
}

/** The sources as the document cites them; a source's note is for the drafter (buildDraftNotes), not the document. */
function sourceLines(c: YearComputation): string[] {
  return sourcesOf(c).map(sourceLine);
}

/** Returns a source as a document cites it: its title, author, publisher, date and address, as known. */
export function sourceLine(s: Source): string {
  return [s.title, s.author, s.publisher, s.date ? dayMonthYear(s.date) : undefined, s.url]
    .filter(Boolean)
    .join('; ')
    .replace(/\.$/, '');
}

/** Returns the date of the year's latest source: the date a report without one of its own is dated by. */
export function latestSourceDate(results: Results): string | undefined {
  const dates = results.sources.map((s) => s.date).filter((d): d is string => d !== undefined);
  return dates.sort().at(-1);
}
