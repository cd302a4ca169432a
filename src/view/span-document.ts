/**
 * The report on a span of years (the tổng kết giai đoạn, `build 2016-2020`) as a document tree: NĐ 30/2020's header,
 * the span's subject, the results of every year of the span side by side with the span's own figure and the average
 * yearly change, the years without figures named, the sources, and the signature. Its words come from
 * period-words.ts (spanWords); its figures from compute-span.ts.
 */
import type { SpanComputation, SpanFigure, SpanIndicator } from '../compute/compute-span.js';
import type { SpanEmulation } from '../compute/compute-span-emulation.js';
import type { Attainment } from '../compute/types.js';
import { documentSymbol } from '../domain/document-symbol.js';
import { periodEndDay } from '../domain/report-period.js';
import type { Agency, Source, Target } from '../model/types.js';
import {
  assessmentSection,
  commendationsSection,
  latestSourceDate,
  movementsSection,
  type NextSection,
  NO_DATA,
  NO_TARGET,
  nameLines,
  numbering,
  oneLine,
  proposalsSection,
  situationSection,
  sourceLine,
  TASKS_TITLE,
} from './build-view-model.js';
import {
  actualText,
  changeCell,
  type NumberStyle,
  percentOfPlanText,
  statusLabel,
  targetText,
} from './describe-indicator.js';
import {
  type AppendixHeadNode,
  type Block,
  cell,
  column,
  type DocumentTree,
  ILLUSTRATIVE_MARK,
  ILLUSTRATIVE_NOTE,
  type TableCell,
  type TableNode,
  type TableRow,
} from './document.js';
import { formatDocumentDate } from './format-document-date.js';
import { formatWhole } from './format-number.js';
import { partCaption, spanWords } from './period-words.js';
import {
  assessmentBlocks,
  commendationsBlocks,
  movementsBlocks,
  partHeading,
  plansBlocks,
  proposalsBlocks,
  sectionHeading,
  situationBlocks,
} from './report-document.js';
import { roman } from './roman.js';
import { lowerFirst } from './text-case.js';
import { withCurlyQuotes } from './typographic-quotes.js';
import type { PlansSection } from './view-types.js';

/** What the span's document takes besides its figures. */
export interface SpanDocumentOptions {
  /** The document date (YYYY-MM-DD) from --date; otherwise the day and month are left blank. */
  documentDate: string | undefined;
  /** How percentages of the span's plan are written. */
  style: NumberStyle;
  /** The areas' charts (spanCharts) stand after the areas' figures. */
  charts?: boolean;
}

/** A cell with no figure: the year has none, or the qualifiers bound none. */
const NONE = '–';

/** Returns the report on the span as a document. */
export function spanDocument(c: SpanComputation, agency: Agency, options: SpanDocumentOptions): DocumentTree {
  const { from, year: to } = c.span;
  const words = spanWords(from, to, c.next?.span);
  // The span's own words (2016-2020.yaml), when the data has them; without, the report is its figures alone.
  const narrative = c.words?.narrative ?? {};
  const agencyName = agency.short_name ?? oneLine(agency.name);
  const documentDate = options.documentDate ?? c.words?.document?.date;
  const numberText = `${c.words?.document?.number ?? '\u00a0'.repeat(6)}/${documentSymbol(agency.document_code, 'report')}`;
  // The years' files and the span's words: their sources date an undated report, their marks make it an example.
  const files = [...c.results, ...(c.words ? [c.words] : [])];
  const sourceDates = files.map(latestSourceDate).filter((d): d is string => d !== undefined);
  const illustrative = files.some((r) => r.illustrative === true) || c.emulation?.illustrative === true;
  // With the units' emulation, its table is a second appendix: "Phụ lục I" and "Phụ lục II"; else one, "Phụ lục".
  const [resultsLabel, emulationLabel] = c.emulation ? ['Phụ lục I', 'Phụ lục II'] : ['Phụ lục', ''];
  // Undated, it is left blank in the span's last year: a span is summed up at its emulation congress, held in that
  // year (Hà Tĩnh's on 2020-2025 on 13/10/2025; the departments' on 2016-2020 in June 2020), not after it.
  const blankDate = formatDocumentDate(agency.place, documentDate, to);
  const next = numbering();
  const blocks: Block[] = [];
  const situation = situationSection(narrative, next);
  if (situation) blocks.push(...situationBlocks(situation));
  const results = next(words.resultsTitle, {});
  blocks.push(sectionHeading(results.number, results.title));
  blocks.push({
    type: 'paragraph',
    role: 'body',
    text: `${coverage(c, words.span)} Số liệu từng năm tại ${resultsLabel} kèm theo Báo cáo này.`,
    markup: 'plain',
  });
  c.areas.forEach((a, i) => {
    blocks.push(partHeading(String(i + 1), a.area.name));
    blocks.push({
      type: 'list',
      items: a.indicators.map((s) => ({ text: sentence(s, c.years, options.style), depth: s.depth })),
      nested: true,
      markup: 'plain',
    });
  });
  if (options.charts === true) blocks.push({ type: 'charts' });
  const sources = citedSources(c);
  if (sources.length > 0)
    blocks.push({
      type: 'paragraph',
      role: 'note',
      text: `Nguồn số liệu: ${sources.map((s, i) => `(${i + 1}) ${sourceLine(s)}`).join('; ')}.`,
      markup: 'plain',
    });
  const movements = movementsSection(narrative, next);
  if (movements) blocks.push(...movementsBlocks(movements));
  if (c.emulation) blocks.push(...emulationBlocks(c, c.emulation, words, emulationLabel, next));
  const commendations = commendationsSection(narrative, words.span, next);
  if (commendations) blocks.push(...commendationsBlocks(commendations));
  const assessment = assessmentSection(narrative, next);
  if (assessment) blocks.push(...assessmentBlocks(assessment));
  const plans = direction(c, narrative.next_period_tasks ?? [], words, next);
  if (plans) blocks.push(...plansBlocks(plans));
  const proposals = proposalsSection(narrative, next);
  if (proposals) blocks.push(...proposalsBlocks(proposals));
  // The subject names the direction when the report has one, as the year's names next year's.
  const subject = plans ? words.directedSubject : words.subject;
  blocks.push({
    type: 'signature',
    closing: `Trên đây là báo cáo ${lowerFirst(unbroken(subject))} của ${agencyName}./.`,
    recipientsLabel: 'Nơi nhận:',
    recipients: [...agency.recipients.map((r) => `- ${r};`), `- Lưu: ${agency.archive}.`],
    signer: {
      onBehalf: agency.signer.on_behalf ?? null,
      title: agency.signer.title,
      name: agency.signer.name ?? null,
    },
  });
  // A heading's span is held on its line, as the subject's ("GIAI ĐOẠN 2021 - 2025" never broken after the dash).
  for (const [i, b] of blocks.entries())
    if (b.type === 'heading') blocks[i] = { ...b, text: unbroken(b.text) };
  // The table of every year, a column each, is wide: an appendix across the page, as the year's lists are.
  const appendix: Block[] = [
    {
      type: 'appendix-head',
      label: resultsLabel,
      title: words.appendixTitle,
      attachedTo: `(Kèm theo Báo cáo số ${numberText} ${blankDate.replace(/^[^,]*,\s*/, '')} của ${agencyName})`,
    },
    spanTable(c, words, options.style),
    { type: 'paragraph', role: 'appendix-note', text: LEGEND, markup: 'plain' },
  ];
  return withCurlyQuotes({
    meta: {
      title: words.title,
      subject,
      author: agencyName,
      keywords: ['báo cáo', 'thi đua', 'khen thưởng', 'tổng kết giai đoạn', `${from} - ${to}`, agency.place],
      language: 'vi',
      date: documentDate ?? sourceDates.sort().at(-1) ?? periodEndDay({ year: to }),
    },
    header: {
      parentAgencyLines: nameLines(agency.parent),
      agencyLines: nameLines(agency.name),
      number: `Số: ${numberText}`,
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      // A span's report is signed after its last year, as a year's is.
      dateLine: blankDate,
    },
    // A no-break space holds the span together wherever the subject wraps.
    title: { title: 'BÁO CÁO', subject: unbroken(subject) },
    illustrative: illustrative ? ILLUSTRATIVE_MARK : null,
    illustrativeNote: illustrative ? ILLUSTRATIVE_NOTE : null,
    sections: [
      { kind: 'body', orientation: 'portrait', blocks },
      { kind: 'appendix', orientation: 'landscape', blocks: appendix },
      ...(c.emulation
        ? [
            {
              kind: 'appendix' as const,
              orientation: 'landscape' as const,
              blocks: [
                {
                  type: 'appendix-head' as const,
                  label: emulationLabel,
                  title: words.emulationAppendixTitle,
                  attachedTo: (appendix[0] as AppendixHeadNode).attachedTo,
                },
                emulationTable(c.emulation),
                {
                  type: 'paragraph' as const,
                  role: 'appendix-note' as const,
                  text: EMULATION_LEGEND,
                  markup: 'plain' as const,
                },
              ],
            },
          ]
        : []),
    ],
  });
}

/**
 * Returns a text with its span of years held together ("giai đoạn 2016 - 2020" on one line): no-break spaces, and a
 * word joiner after the dash, after which a line may otherwise break (Unicode line breaking, UAX #14).
 */
function unbroken(text: string): string {
  return text
    .replace(/(\d{4}) - (\d{4})/g, '$1\u00a0-\u2060\u00a0$2')
    .replace(/(giai|GIAI) (đoạn|ĐOẠN) (\d{4}\u00a0)/g, '$1\u00a0$2\u00a0$3');
}

/**
 * The direction of the span ahead: its targets (2021-2025-targets.yaml), each with what this span did, then the
 * tasks of the span's words; null when it has neither.
 */
function direction(
  c: SpanComputation,
  tasks: readonly string[],
  words: ReturnType<typeof spanWords>,
  next: NextSection,
): PlansSection | null {
  const targets = c.next?.targets ?? [];
  const targetItems = targets.map((t, i) => {
    const name = t.depth > 0 ? `Trong đó, ${lowerFirst(t.indicator.name)}` : t.indicator.name;
    const done = t.figure === undefined ? '' : doneText(c, t.figure, t.indicator, words);
    // A list's items end with ";", its last with ".".
    const end = i === targets.length - 1 ? '.' : ';';
    return { text: `${name}: ${targetText(t.target, t.indicator)}${done}${end}`, depth: t.depth };
  });
  const parts = [
    { title: words.targetsTitle, items: targetItems },
    { title: TASKS_TITLE, items: tasks.map((text) => ({ text, depth: 0 })) },
  ]
    .filter((p) => p.items.length > 0)
    .map((p, i) => ({ number: String(i + 1), ...p }));
  if (parts.length === 0) return null;
  return next(words.directionTitle(targetItems.length > 0), { parts });
}

/**
 * " (thực hiện giai đoạn 2016 - 2020: trên 110.000 người)" beside a target ahead: the span's total when every year has
 * the figure, or its level at the end ("thực hiện năm 2020: 61%"); nothing beside a total of some years only (a total
 * of 2018 alone set against five years' would mislead), nor where the bounds bound no sum.
 */
function doneText(
  c: SpanComputation,
  f: SpanFigure,
  indicator: SpanIndicator['indicator'],
  words: ReturnType<typeof spanWords>,
): string {
  if (f.qualifier === undefined) return '';
  if (f.kind === 'total' && f.years.length < c.years.length) return '';
  const text = actualText({ value: f.value, qualifier: f.qualifier }, indicator);
  return ` (${f.kind === 'end' ? `thực hiện năm ${f.year}` : words.doneSoFar}: ${text})`;
}

/** What the table's marks and last columns mean. */
const LEGEND =
  'Ghi chú: “–”: chưa có số liệu, hoặc không tính được vì số liệu là số gần đúng (“trên”, “gần”). Cả giai đoạn: chỉ tiêu cộng dồn theo ' +
  'năm (số người, số việc, số tiền trong năm) là tổng các năm có số liệu (các năm ghi kèm); chỉ tiêu tỷ lệ và chỉ ' +
  'tiêu tính tại một thời điểm (số người đang hưởng trợ cấp, số xã đã đạt chuẩn, lũy kế) là số của năm cuối có số ' +
  'liệu. Thay đổi bình quân mỗi năm: từ năm đầu đến năm cuối có số liệu (ghi kèm), theo đơn vị ' +
  'tính của chỉ tiêu; chỉ tiêu tỷ lệ tính bằng điểm phần trăm.';

/** Returns the sentence saying which years the figures are of, and which years have none. */
function coverage(c: SpanComputation, span: string): string {
  const have = c.years.filter((y) => !c.missing.includes(y));
  if (c.missing.length === 0) return `Số liệu thực hiện các chỉ tiêu ${span} như sau.`;
  return (
    `Chưa có số liệu thực hiện ${yearList(c.missing)}; ` +
    `các số liệu dưới đây là của ${yearList(have)}, số cả giai đoạn chỉ tính các năm có số liệu.`
  );
}

/** "năm 2018", "các năm 2016, 2019 và 2020". */
function yearList(years: readonly number[]): string {
  if (years.length === 1) return `năm ${years[0]}`;
  return `các năm ${years.slice(0, -1).join(', ')} và ${years.at(-1)}`;
}

/** "2016 - 2020" for years in a row, else the years named: "2017, 2018 và 2020". */
function yearsText(years: readonly number[]): string {
  const first = years[0] as number;
  const last = years.at(-1) as number;
  const inARow = years.length > 2 && last - first === years.length - 1;
  if (inARow) return `${first} - ${last}`;
  return years.length === 1 ? String(first) : `${years.slice(0, -1).join(', ')} và ${last}`;
}

/** Returns the span's figure as the table writes it (the unit in its own column), and what it is of. */
function spanFigureCell(s: SpanIndicator): { text: string; below: string } {
  const f: SpanFigure | undefined = s.figure;
  if (f === undefined) return { text: NONE, below: '' };
  if (f.kind === 'end')
    return {
      text: actualText({ value: f.value, qualifier: f.qualifier }, s.indicator, false),
      below: `năm ${f.year}`,
    };
  const below = f.years.length === 1 ? `năm ${f.years[0]}` : `tổng ${yearsText(f.years)}`;
  if (f.qualifier === undefined) return { text: NONE, below };
  return { text: actualText({ value: f.value, qualifier: f.qualifier }, s.indicator, false), below };
}

/**
 * Returns the sentence of one indicator: its figure of each year that has one, the span's total where it adds up
 * over more than one year, the average change: "Tỷ lệ lao động qua đào tạo: 58,7% (năm 2017), 61% (năm 2018);
 * bình quân mỗi năm tăng 2,3 điểm phần trăm (2017 - 2018)."
 */
function sentence(s: SpanIndicator, years: readonly number[], style: NumberStyle): string {
  const name = s.depth > 0 ? `Trong đó, ${lowerFirst(s.indicator.name)}` : s.indicator.name;
  const each = years.flatMap((y, i) => {
    const f = s.figures[i];
    return f === undefined ? [] : [`${actualText(f, s.indicator)} (năm ${y})`];
  });
  const f = s.figure;
  const clauses = [each.length > 0 ? each.join(', ') : NO_DATA.toLocaleLowerCase('vi')];
  if (f?.kind === 'total' && f.years.length > 1 && f.qualifier !== undefined)
    clauses.push(
      `tổng các năm ${yearsText(f.years)}: ${actualText({ value: f.value, qualifier: f.qualifier }, s.indicator)}`,
    );
  const change = s.change && changeCell(s.change.perYear, s.change.qualifier, s.indicator, true);
  // A change over one year is that year's, no average: "năm 2018 tăng 2,3 điểm phần trăm so với năm 2017".
  if (s.change && change)
    clauses.push(
      s.change.to - s.change.from === 1
        ? `năm ${s.change.to} ${change} so với năm ${s.change.from}`
        : `bình quân mỗi năm ${change} (${s.change.from} - ${s.change.to})`,
    );
  if (s.target) clauses.push(planClause(s, s.target, style));
  // Each year's note of its figure, as the year's report writes it ("Lũy kế đến ..."), the year named when several.
  const noted = years.flatMap((y, i) => {
    const note = s.figures[i]?.note;
    return note === undefined ? [] : [{ y, note }];
  });
  const notes = noted.map(({ y, note }) =>
    noted.length > 1 ? ` Năm ${y}: ${lowerFirst(note)}` : ` ${note}`,
  );
  return `${name}: ${clauses.join('; ')}.${notes.join('')}`;
}

/**
 * Returns the clause of the span's plan: "kế hoạch giai đoạn 115.000 người, đạt 104,3%, vượt kế hoạch"; its share
 * where one is given (not a rate's, unless asked), its verdict only where the missing years cannot change it.
 */
function planClause(s: SpanIndicator, target: Target, style: NumberStyle): string {
  const plan = `kế hoạch giai đoạn ${targetText(target, s.indicator)}`;
  const share =
    s.attainment && percentOfPlanText({ attainment: s.attainment, indicator: s.indicator }, style);
  const verdict = s.attainment && verdictOf(s.attainment);
  const words = [
    plan,
    ...(share ? [`đạt ${share} kế hoạch`] : []),
    ...(verdict ? [verdict.toLocaleLowerCase('vi')] : []),
  ];
  return words.join(', ');
}

/** Returns the verdict's words ("Vượt kế hoạch"), or null where there is none to say. */
function verdictOf(a: Attainment): string | null {
  return a.status === 'exceeded' || a.status === 'met' || a.status === 'not_met'
    ? statusLabel(a.status)
    : null;
}

/** The table: a column per year of the span (a year without figures says so under its heading), then the span's. */
function spanTable(c: SpanComputation, words: ReturnType<typeof spanWords>, style: NumberStyle): TableNode {
  // Across the page: TT 4%, unit 8%, the span's figure 11%, the change 11%; the years share 45%; the name the rest.
  // With the span's plan (9%) and its share (8%), the years share 35%, and the unit takes 7%.
  const plan = c.targets !== undefined;
  const yearWidth = Math.floor((plan ? 35 : 45) / c.years.length);
  const unitWidth = plan ? 7 : 8;
  const planWidths = plan ? 9 + 8 : 0;
  const columns = [
    column('TT', 4, 'tt'),
    column(
      'Chỉ tiêu',
      100 - 4 - unitWidth - 11 - 11 - planWidths - yearWidth * c.years.length,
      'name',
      'left',
    ),
    column('Đơn vị tính', unitWidth, 'unit'),
    ...c.years.map((y) =>
      column(
        words.yearHeading(y),
        yearWidth,
        'fig',
        'center',
        c.missing.includes(y) ? '(chưa có số liệu)' : '',
      ),
    ),
    ...(plan ? [column(words.planHeading, 9, 'fig')] : []),
    column(words.spanHeading, 11, 'fig'),
    ...(plan ? [column(words.percentHeading, 8, 'pct')] : []),
    column(words.changeHeading, 11, 'pct'),
  ];
  const rows: TableRow[] = [];
  c.areas.forEach((a, ai) => {
    rows.push({
      kind: 'group',
      depth: 0,
      keepWithNext: true,
      cells: [cell(roman(ai + 1), { strong: true }), cell(a.area.name, { strong: true })],
    });
    let n = 0;
    for (const s of a.indicators) {
      if (s.depth === 0) n += 1;
      const span = spanFigureCell(s);
      const change = s.change && changeCell(s.change.perYear, s.change.qualifier, s.indicator);
      rows.push({
        kind: 'row',
        depth: s.depth,
        keepWithNext: false,
        cells: [
          cell(s.depth === 0 ? String(n) : ''),
          cell(s.depth > 0 ? `Trong đó: ${lowerFirst(s.indicator.name)}` : s.indicator.name, {
            emphasis: s.depth > 0,
          }),
          cell(s.indicator.unit),
          ...s.figures.map((f) => cell(f ? actualText(f, s.indicator, false) : NONE)),
          ...(plan ? [cell(s.target ? targetText(s.target, s.indicator, false) : NO_TARGET)] : []),
          cell(span.text, { below: span.below }),
          ...(plan ? [shareCell(s, style)] : []),
          s.change && change ? cell(change, { below: `${s.change.from} - ${s.change.to}` }) : cell(NONE),
        ],
      });
    }
  });
  // The first rows stay with the header, the last two together.
  rows.forEach((r, i) => {
    if (i < 3 || i === rows.length - 2) r.keepWithNext = true;
  });
  return {
    type: 'table',
    kind: 'span',
    // The appendix's title says what the table is.
    caption: '',
    columns,
    rows,
    variant: { noPlan: true, noPrior: true },
    empty: '',
  };
}

/** The span's share of its plan, with its verdict under it where it has one; "–" where there is none to give. */
function shareCell(s: SpanIndicator, style: NumberStyle): TableCell {
  const a = s.attainment;
  if (a === undefined) return cell(NONE);
  const share = percentOfPlanText({ attainment: a, indicator: s.indicator }, style);
  const verdict = verdictOf(a) ?? '';
  return share ? cell(share, { below: verdict }) : cell(verdict || NONE);
}

/** What the emulation table's marks mean. */
const EMULATION_LEGEND =
  'Ghi chú: danh hiệu thi đua, hình thức khen thưởng tập thể được đề nghị theo kết quả chấm điểm, xếp hạng của ' +
  'từng năm; “–”: chưa có số liệu của đơn vị năm đó, hoặc đơn vị không được đề nghị danh hiệu, hình thức nào.';

/**
 * The emulation over the span: which years the units were scored (those missing named), each year's titles counted,
 * and in each block the units that led it most often.
 */
function emulationBlocks(
  c: SpanComputation,
  e: SpanEmulation,
  words: ReturnType<typeof spanWords>,
  label: string,
  next: NextSection,
): Block[] {
  const section = next(words.emulationTitle, {});
  const unscored = c.years.filter((y) => !e.years.includes(y));
  const lead =
    `Các đơn vị được chấm điểm, xếp hạng thi đua ${yearList(e.years)}` +
    (unscored.length > 0 ? ` (chưa có kết quả chấm điểm ${yearList(unscored)})` : '') +
    `; danh hiệu, hình thức khen thưởng được đề nghị cho từng đơn vị qua các năm tại ${label} kèm theo Báo cáo này.`;
  const blocks: Block[] = [
    sectionHeading(section.number, section.title),
    { type: 'paragraph', role: 'body', text: lead, markup: 'plain' },
  ];
  const counted = e.years.map((year, i) => {
    const totals = e.totals[i];
    if (totals === undefined)
      return `Năm ${year}: chưa có số liệu đề nghị danh hiệu thi đua, hình thức khen thưởng.`;
    if (totals.length === 0)
      return `Năm ${year}: không có danh hiệu thi đua, hình thức khen thưởng được đề nghị.`;
    const each = totals.map((t) =>
      [
        t.collectives > 0 ? `${formatWhole(t.collectives)} tập thể` : '',
        t.individuals > 0 ? `${formatWhole(t.individuals)} cá nhân` : '',
      ]
        .filter(Boolean)
        .map((n) => `${t.title.name}: ${n}`)
        .join('; '),
    );
    return `Năm ${year}: ${each.join('; ')}.`;
  });
  blocks.push(partHeading('1', 'Danh hiệu thi đua, hình thức khen thưởng được đề nghị'), {
    type: 'list',
    items: counted.map((text) => ({ text, depth: 0 })),
    nested: false,
    markup: 'plain',
  });
  const leaders = e.blocks.flatMap((b) => {
    const most = Math.max(...b.units.map((u) => u.led.length));
    if (most === 0) return [];
    const units = b.units.filter((u) => u.led.length === most);
    const named = units.map((u) => `${u.unit.name} (${most} năm: ${yearsText(u.led)})`).join(', ');
    return [`${b.block.name}: ${named}.`];
  });
  if (leaders.length > 0)
    blocks.push(partHeading('2', 'Đơn vị dẫn đầu khối thi đua nhiều năm nhất'), {
      type: 'list',
      items: leaders.map((text) => ({ text, depth: 0 })),
      nested: false,
      markup: 'plain',
    });
  return blocks;
}

/** The units' table: in each block, each unit's collective titles of every scored year, and the years it led. */
function emulationTable(e: SpanEmulation): TableNode {
  // Each year at most 15% of the width: with few years the units' names take the room.
  const yearWidth = Math.min(15, Math.floor(60 / e.years.length));
  const rows: TableRow[] = [];
  e.blocks.forEach((b, bi) => {
    rows.push({
      kind: 'group',
      depth: 0,
      keepWithNext: true,
      cells: [cell(roman(bi + 1), { strong: true }), cell(b.block.name, { strong: true })],
    });
    b.units.forEach((u, ui) => {
      rows.push({
        kind: 'row',
        depth: 0,
        keepWithNext: false,
        cells: [
          cell(String(ui + 1)),
          cell(u.unit.name),
          ...u.titles.map((t) => cell(t && t.length > 0 ? t.join('; ') : NONE)),
          cell(u.led.length > 0 ? String(u.led.length) : NONE, {
            below: u.led.length > 0 ? yearsText(u.led) : '',
          }),
        ],
      });
    });
  });
  return {
    type: 'table',
    kind: 'span',
    caption: '',
    columns: [
      column('TT', 5, 'tt'),
      column('Đơn vị', 100 - 5 - 12 - yearWidth * e.years.length, 'name', 'left'),
      ...e.years.map((y) => column(`Năm ${y}`, yearWidth, 'fig')),
      column('Số năm dẫn đầu khối', 12, 'fig'),
    ],
    rows,
    variant: { noPlan: true, noPrior: true },
    empty: '',
  };
}

/**
 * The sources the report draws on, each once: the years' in order, the span's targets' and those of the span ahead,
 * then its words', as a year's report cites its files'.
 */
export function citedSources(c: SpanComputation): Source[] {
  const seen = new Map<string, Source>();
  const files = [...c.results, c.targets, c.next?.file, c.words];
  for (const r of files.filter((f) => f !== undefined))
    for (const s of r.sources) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

/** One indicator of an area across the years of a span, as its chart draws it: a bar for each year with a figure. */
export interface SpanChartIndicator {
  label: string;
  unit: string;
  /** The years with a figure, in order: the year, the decimal string, and the figure as the table writes it. */
  bars: { year: string; value: string; text: string }[];
}

/** An area's chart across the span: the file's name, its caption, its indicators. */
export interface SpanChartArea {
  base: string;
  caption: string;
  /** The caption of figure `part` (from 1) of `parts`, where the chart is drawn as several to fit the page. */
  partCaption: (part: number, parts: number) => string;
  indicators: SpanChartIndicator[];
}

/**
 * Returns the chart of each area across the span: its indicators with figures of two years or more, year by year,
 * the years without one named in the caption, never drawn; numbered in order, an area with none left out.
 */
export function spanCharts(c: SpanComputation): SpanChartArea[] {
  const { from, year: to } = c.span;
  const words = spanWords(from, to);
  let n = 0;
  return c.areas.flatMap((a) => {
    const indicators = a.indicators.flatMap((s): SpanChartIndicator[] => {
      const bars = c.years.flatMap((y, j) => {
        const f = s.figures[j];
        return f === undefined
          ? []
          : [{ year: String(y), value: f.value, text: actualText(f, s.indicator, false) }];
      });
      const label = s.depth > 0 ? `Trong đó: ${lowerFirst(s.indicator.name)}` : s.indicator.name;
      // A figure of one year is no change across the years: the table has it; the chart draws two years or more.
      return bars.length < 2 ? [] : [{ label, unit: s.indicator.unit, bars }];
    });
    if (indicators.length === 0) return [];
    const missing = c.years.filter((y) =>
      indicators.every((ind) => !ind.bars.some((b) => b.year === String(y))),
    );
    const lacking = missing.length > 0 ? ` (chưa có số liệu ${yearList(missing)})` : '';
    const caption = `Biểu đồ ${++n}: ${words.chartTitle(a.area.name)}${lacking}`;
    return [
      {
        base: `bieu-do-${from}-${to}-${a.area.id}`,
        caption,
        partCaption: (part, parts) => partCaption(caption, part, parts),
        indicators,
      },
    ];
  });
}
