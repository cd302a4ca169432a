/**
 * The year's report as a document tree (document.ts): the view's parts in the order NĐ 30/2020 and a year-end
 * summing-up set them, each worded once, with the tables' headings, captions and the rows they keep together.
 */
import {
  type Block,
  cell,
  column,
  type DocumentTree,
  type HeadingNode,
  ILLUSTRATIVE_NOTE,
  type PageSection,
  type TableNode,
  type TableRow,
} from './document.js';
import { periodWords } from './period-words.js';
import type { AppendixTable, AppendixView, ReportView, TableRow as ResultRow } from './view-types.js';

/** Returns the report as a document: its body, then each appendix on pages of its own. */
export function reportDocument(view: ReportView): DocumentTree {
  return {
    meta: view.meta,
    header: view.header,
    title: { title: view.title, subject: view.subject },
    illustrative: view.illustrative,
    illustrativeNote: view.illustrative ? ILLUSTRATIVE_NOTE : null,
    sections: [
      { kind: 'body', orientation: 'portrait', blocks: bodyBlocks(view) },
      ...view.appendices.map(appendixSection),
    ],
  };
}

/** A section's heading: its numeral and its title in capitals. */
export function sectionHeading(number: string, title: string): HeadingNode {
  return { type: 'heading', level: 2, text: `${number}. ${title.toLocaleUpperCase('vi')}` };
}

/** A part's heading: "1. Lao động - việc làm"; the title alone when the part has no number. */
export function partHeading(number: string | null, title: string): HeadingNode {
  return {
    type: 'heading',
    level: 3,
    text: number === null || number === '' ? title : `${number}. ${title}`,
  };
}

function bodyBlocks(view: ReportView): Block[] {
  const blocks: Block[] = [];
  if (view.situation) blocks.push(...situationBlocks(view.situation));
  const results = view.results;
  blocks.push(sectionHeading(results.number, results.title));
  if (results.summary)
    blocks.push({ type: 'paragraph', role: 'body', text: results.summary, markup: 'plain' });
  for (const area of results.areas) {
    blocks.push(partHeading(area.number, area.title));
    blocks.push({
      type: 'list',
      items: area.items.map((i) => ({ text: i.sentence, depth: i.depth })),
      nested: true,
      markup: 'plain',
    });
  }
  blocks.push(resultsTable(view));
  blocks.push({
    type: 'paragraph',
    role: 'note',
    text: `Nguồn số liệu: ${view.sources.map((s, i) => `(${i + 1}) ${s}`).join('; ')}.`,
    markup: 'plain',
  });
  blocks.push({ type: 'charts' });
  if (view.movements) blocks.push(...movementsBlocks(view.movements));
  if (view.emulation) blocks.push(...emulationBlocks(view.emulation));
  if (view.commendations) blocks.push(...commendationsBlocks(view.commendations));
  if (view.assessment) blocks.push(...assessmentBlocks(view.assessment));
  if (view.plans) blocks.push(...plansBlocks(view.plans));
  if (view.proposals) blocks.push(...proposalsBlocks(view.proposals));
  blocks.push({
    type: 'signature',
    closing: view.closing,
    recipientsLabel: 'Nơi nhận:',
    recipients: view.recipients,
    signer: view.signer,
  });
  return blocks;
}

/*
 * The sections a summing-up's words make, as the year's report and the span's (span-document.ts) both set them:
 * each from its part of the view, worded once.
 */

/** "I. ĐẶC ĐIỂM TÌNH HÌNH" and its text. */
export function situationBlocks(situation: NonNullable<ReportView['situation']>): Block[] {
  return [sectionHeading(situation.number, situation.title), { type: 'markdown', text: situation.text }];
}

/** The emulation movements, each by name with what it achieved. */
export function movementsBlocks(movements: NonNullable<ReportView['movements']>): Block[] {
  return [
    sectionHeading(movements.number, movements.title),
    { type: 'terms', items: movements.items.map((i) => ({ term: i.name, description: i.description })) },
  ];
}

/** The commendations: by kind where there are titles and awards both, then their table. */
export function commendationsBlocks(c: NonNullable<ReportView['commendations']>): Block[] {
  const blocks: Block[] = [sectionHeading(c.number, c.title)];
  for (const part of c.parts) {
    if (part.title !== null) blocks.push(partHeading(part.number, part.title));
    blocks.push({
      type: 'list',
      items: part.items.map((text) => ({ text, depth: 0 })),
      nested: false,
      markup: 'plain',
    });
  }
  blocks.push(commendationsTable(c.table));
  return blocks;
}

/** The assessment: strengths, shortcomings with their causes, lessons. */
export function assessmentBlocks(assessment: NonNullable<ReportView['assessment']>): Block[] {
  const blocks: Block[] = [sectionHeading(assessment.number, assessment.title)];
  for (const part of assessment.parts) {
    blocks.push(partHeading(part.number, part.title));
    if (part.items.length > 0) blocks.push(markdownList(part.items));
    for (const sub of part.subparts) {
      blocks.push({ type: 'heading', level: 4, text: sub.label });
      blocks.push(markdownList(sub.items));
    }
  }
  return blocks;
}

/** The direction: the targets ahead, then the tasks. */
export function plansBlocks(plans: NonNullable<ReportView['plans']>): Block[] {
  const blocks: Block[] = [sectionHeading(plans.number, plans.title)];
  for (const part of plans.parts) {
    blocks.push(partHeading(part.number, part.title));
    blocks.push({ type: 'list', items: part.items, nested: true, markup: 'markdown' });
  }
  return blocks;
}

/** The proposals to higher levels. */
export function proposalsBlocks(proposals: NonNullable<ReportView['proposals']>): Block[] {
  return [sectionHeading(proposals.number, proposals.title), markdownList(proposals.items)];
}

function markdownList(items: readonly string[]): Block {
  return {
    type: 'list',
    items: items.map((text) => ({ text, depth: 0 })),
    nested: false,
    markup: 'markdown',
  };
}

/**
 * The results table, with its plan and last year's columns where the data has them; its figures centred, as the
 * PDF has always set them. Its first rows stay with the
 * header, an area's row with its first indicator, and its last two rows together, so that no page starts or ends
 * it with a row alone.
 */
function resultsTable(view: ReportView): TableNode {
  const t = view.results.table;
  const words = periodWords(view.year, view.months);
  // The style sheet's widths: TT 6%, name 31% (52% or 73% without plan or prior columns), unit 9%, figures 12%,
  // percentages 9%.
  const columns = [
    column('TT', 6, 'tt'),
    column('Chỉ tiêu', t.showPlan && t.showPrior ? 31 : t.showPlan || t.showPrior ? 52 : 73, 'name', 'left'),
    column('Đơn vị tính', 9, 'unit'),
    ...(t.showPlan ? [column(t.planHeading, 12, 'fig')] : []),
    column(t.actualHeading, 12, 'fig'),
    ...(t.showPlan ? [column(words.percentHeading, 9, 'pct')] : []),
    ...(t.showPrior ? [column(t.priorHeading, 12, 'fig'), column(t.compareHeading, 9, 'pct')] : []),
  ];
  const last = t.rows.length - 1;
  const rows = t.rows.map(
    (r: ResultRow, i): TableRow => ({
      kind: r.isArea ? 'group' : 'row',
      depth: r.isArea ? 0 : r.depth,
      keepWithNext: i < 3 || r.isArea || i === last - 1,
      cells: r.isArea
        ? [cell(r.number, { strong: true }), cell(r.name, { strong: true })]
        : [
            cell(r.number),
            cell(r.name, { emphasis: r.depth > 0 }),
            cell(r.unit),
            ...(t.showPlan ? [cell(r.plan)] : []),
            cell(r.actual),
            ...(t.showPlan ? [cell(r.percentOfPlan, { below: r.status })] : []),
            ...(t.showPrior ? [cell(r.prior), cell(r.compare)] : []),
          ],
    }),
  );
  return {
    type: 'table',
    kind: 'results',
    caption: words.caption,
    columns,
    rows,
    variant: { noPlan: !t.showPlan, noPrior: !t.showPrior },
    empty: '',
  };
}

/** The commendations table, kept whole: a short count of titles and forms. */
function commendationsTable(table: NonNullable<ReportView['commendations']>['table']): TableNode {
  const last = table.rows.length - 1;
  return {
    type: 'table',
    kind: 'commendations',
    caption: table.caption,
    columns: [
      column('TT', 6, 'tt'),
      column(table.formHeading, 34, 'form', 'left'),
      column('Cấp khen', 28, 'by', 'left'),
      column('Đối tượng', 20, 'who', 'left'),
      column('Số lượng', 12, 'count'),
    ],
    rows: table.rows.map((r, i) => ({
      kind: r.isGroup ? 'group' : 'row',
      depth: 0,
      keepWithNext: i < last,
      cells: r.isGroup
        ? [cell(r.number, { strong: true }), cell(r.form, { strong: true })]
        : [cell(r.number), cell(r.form), cell(r.by), cell(r.recipient), cell(r.count)],
    })),
    variant: { noPlan: false, noPrior: false },
    empty: '',
  };
}

/** The emulation section: the intro, then each block's sentences, its ranking table and the table's legend. */
function emulationBlocks(e: NonNullable<ReportView['emulation']>): Block[] {
  const blocks: Block[] = [
    sectionHeading(e.number, e.title),
    { type: 'paragraph', role: 'body', text: e.intro, markup: 'plain' },
  ];
  for (const block of e.blocks) {
    blocks.push(partHeading(block.number, block.title));
    for (const s of block.sentences)
      blocks.push({ type: 'paragraph', role: 'body', text: s, markup: 'plain' });
    const t = block.table;
    const last = t.rows.length - 1;
    // The style sheet's widths: rank 7%, unit 32%, each group 8%, total 9%, classification 20%.
    blocks.push({
      type: 'table',
      kind: 'ranking',
      caption: t.caption,
      columns: [
        column('Hạng', 7, 'rank'),
        column('Đơn vị', 32, 'unit', 'left'),
        ...t.groups.map((g) => column(g.short, 8, 'group', 'right', `(${g.max})`, g.label)),
        column('Tổng điểm', 9, 'total', 'right'),
        column('Xếp loại', 20, 'band', 'left'),
      ],
      rows: t.rows.map((r, i) => ({
        kind: 'row',
        depth: 0,
        keepWithNext: i < 2 || i === last - 1,
        cells: [
          cell(r.rank),
          cell(r.unit),
          ...r.groups.map((g) => cell(g)),
          cell(r.total, { strong: true }),
          cell(r.band),
        ],
      })),
      variant: { noPlan: false, noPrior: false },
      empty: '',
    });
    blocks.push({
      type: 'paragraph',
      role: 'note',
      text: `${t.groups.map((g) => `${g.short}: ${g.label} (tối đa ${g.max} điểm)`).join('; ')}.`,
      markup: 'plain',
    });
  }
  if (e.outro) blocks.push({ type: 'paragraph', role: 'body', text: e.outro, markup: 'plain' });
  return blocks;
}

/** An appendix on its own pages: its heading, its tables (a group's row kept with its first), its notes. */
export function appendixSection(a: AppendixView): PageSection {
  return {
    kind: 'appendix',
    orientation: a.landscape ? 'landscape' : 'portrait',
    blocks: [
      { type: 'appendix-head', label: a.label, title: a.title, attachedTo: a.attachedTo },
      ...a.tables.map(appendixTable),
      ...a.notes.map((text): Block => ({ type: 'paragraph', role: 'appendix-note', text, markup: 'plain' })),
    ],
  };
}

function appendixTable(table: AppendixTable): TableNode {
  return {
    type: 'table',
    kind: 'appendix',
    caption: table.caption,
    columns: table.headings.map((heading, i) =>
      column(heading, table.widths[i] ?? 0, 'cell', table.align[i] ?? 'left'),
    ),
    rows: table.rows.map((r) => ({
      kind: r.kind,
      depth: 0,
      keepWithNext: r.kind === 'group',
      cells: r.cells.map((text) => cell(text, { strong: r.kind !== 'row' })),
    })),
    variant: { noPlan: false, noPrior: false },
    empty: table.empty,
  };
}
