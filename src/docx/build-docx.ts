/**
 * The report as a Word document, from the same view model as the HTML and the PDF, in the same NĐ 30 layout:
 * A4; margins 20 mm top and bottom, 30 mm left, 20 mm right (the PDF's, within NĐ 30's 15-20 mm); Times New
 * Roman 14 pt; the header as a borderless two-column table; page numbers centred at the top from page 2;
 * justified paragraphs with a first-line indent; tables whose header rows repeat and whose rows do not split;
 * "Nơi nhận" and the signature as a borderless table; charts as images. Only the layout is decided here: every
 * word and figure arrives worded in the view.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  type IParagraphOptions,
  type ITableCellOptions,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { TOOL_NAME } from '../pdf/pdf-meta.js';
import type { RenderedCharts } from '../render/render-report.js';
import type { UnitSheetView } from '../view/unit-sheet-view.js';
import type { ReportView, TableRow as ViewRow } from '../view/view-types.js';
import { chartImage } from './chart-images.js';
import { blockParagraphs, inlineRuns, type TextPiece } from './markdown-runs.js';

/** Millimetres in twips (1/1440 inch), Word's unit of length. */
const mm = (n: number) => Math.round((n * 1440) / 25.4);

/** The page, as the PDF's @page: A4, and NĐ 30's margins. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(20), header: mm(10) },
};

/** The width of the text column, in twips. */
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Font sizes in half-points, as the PDF's style sheet sets them in points. */
const SIZE = {
  body: 28,
  header: 24,
  number: 26,
  note: 24,
  table: 21,
  status: 20,
  recipients: 22,
  pageNumber: 26,
};

/** The first-line indent of a paragraph and a list item, 1,27 cm; a component sits one step in. */
const INDENT = mm(12.7);

const FONT = 'Times New Roman';

/** Returns the report as a Word document, ready to be packed. */
export function buildDocx(view: ReportView, charts: RenderedCharts): Document {
  return wordDocument(view.meta, [
    {
      properties: {
        titlePage: true,
        page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
      },
      headers: {
        // From page 2: the page number, centred at the top (NĐ 30); page 1 has none.
        default: pageHeader(view, true),
        first: pageHeader(view, false),
      },
      children: body(view, charts),
    },
    // Each appendix on its own pages (a new section starts a page), across the page where its table is wide.
    ...view.appendices.map((appendix) => ({
      properties: {
        page: appendix.landscape
          ? {
              // docx swaps the sides of a landscape page itself.
              size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
              margin: LANDSCAPE_MARGIN,
            }
          : { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
      },
      headers: { default: pageHeader(view, true) },
      children: appendixBlocks(appendix),
    })),
  ]);
}

/** A Word document of the tool's: its properties from the view's, Times New Roman 14 pt in Vietnamese. */
function wordDocument(
  meta: ReportView['meta'],
  sections: ConstructorParameters<typeof Document>[0]['sections'],
): Document {
  return new Document({
    creator: meta.author,
    lastModifiedBy: TOOL_NAME,
    title: meta.title,
    subject: meta.subject,
    keywords: meta.keywords.join(', '),
    description: meta.subject,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, language: { value: 'vi-VN' } },
          paragraph: { spacing: { after: 120, line: 312 } },
        },
      },
    },
    sections,
  });
}

/** A unit's score sheet (build --unit) as a Word document, in the report's layout. */
export function buildSheetDocx(sheet: UnitSheetView): Document {
  const head: Cell[] = ['TT', 'Tiêu chí', 'Điểm tối đa', 'Số liệu, cách tính', 'Điểm'].map((text) => ({
    text,
    bold: true,
  }));
  const rows = sheet.rows.map((r): Cell[] =>
    r.group
      ? [
          { text: r.number, bold: true },
          { text: r.name, bold: true, align: 'left' },
          { text: r.max, bold: true, align: 'right' },
          { text: '' },
          { text: r.points, bold: true, align: 'right' },
        ]
      : [
          { text: r.number },
          { text: r.name, align: 'left' },
          { text: r.max, align: 'right' },
          { text: r.figures, align: 'left' },
          { text: r.points, align: 'right' },
        ],
  );
  rows.push([
    { text: '' },
    { text: 'Tổng cộng', bold: true, align: 'left' },
    { text: sheet.total.max, bold: true, align: 'right' },
    { text: '' },
    { text: sheet.total.points, bold: true, align: 'right' },
  ]);
  const blocks: Block[] = [
    headerTable(sheet),
    ...titleBlock(sheet),
    ...sheet.facts.map((f) => textParagraph([{ text: f }])),
    ...borderedTable('', [6, 30, 10, 44, 10], head, rows, (i) => sheet.rows[i]?.group === true),
    ...sheet.standing.map((s) => textParagraph([{ text: s }])),
    heading('Danh hiệu thi đua, hình thức khen thưởng', { bold: true }),
    ...sheet.titles.map((t) => listItem([{ text: t }], 0)),
    textParagraph([{ text: sheet.closing }], { keepNext: true, keepLines: true, spacing: { before: 160 } }),
    signatureTable(sheet),
  ];
  return wordDocument(sheet.meta, [
    {
      properties: {
        titlePage: true,
        page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
      },
      headers: { default: pageHeader(sheet, true), first: pageHeader(sheet, false) },
      children: blocks,
    },
  ]);
}

/**
 * A page's header: the page number centred (not on page 1), and "SỐ LIỆU MINH HỌA" at the right on every page
 * of made-up figures.
 */
function pageHeader(view: Pick<ReportView, 'illustrative'>, numbered: boolean): Header {
  const mark = view.illustrative
    ? [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { after: 0 },
          children: [
            new TextRun({
              text: view.illustrative.toLocaleUpperCase('vi'),
              bold: true,
              color: 'B00000',
              size: SIZE.note,
            }),
          ],
        }),
      ]
    : [];
  const number = numbered
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber })],
        }),
      ]
    : [];
  return new Header({
    children: [
      ...mark,
      ...number,
      ...(mark.length + number.length === 0 ? [new Paragraph({ children: [] })] : []),
    ],
  });
}

/** A landscape page's margins: the bound edge (the portrait pages' left) is its top, as in the PDF. */
const LANDSCAPE_MARGIN = { top: mm(30), bottom: mm(20), left: mm(20), right: mm(20), header: mm(10) };

type Block = Paragraph | Table;

function body(view: ReportView, charts: RenderedCharts): Block[] {
  const blocks: Block[] = [headerTable(view), ...titleBlock(view)];
  if (view.situation) {
    blocks.push(heading2(view.situation.number, view.situation.title));
    for (const p of blockParagraphs(view.situation.text)) {
      blocks.push(p.listDepth === undefined ? textParagraph(p.runs) : listItem(p.runs, p.listDepth));
    }
  }
  const results = view.results;
  blocks.push(heading2(results.number, results.title));
  if (results.summary) blocks.push(textParagraph([{ text: results.summary }]));
  for (const area of results.areas) {
    blocks.push(heading3(area.number, area.title));
    for (const item of area.items) blocks.push(listItem([{ text: item.sentence }], item.depth));
  }
  blocks.push(...resultsTable(view));
  blocks.push(sourcesNote(view.sources));
  charts.forEach((chart, i) => {
    blocks.push(...figure(chart.svg, chart.caption, i + 1));
  });
  if (view.movements) {
    blocks.push(heading2(view.movements.number, view.movements.title));
    for (const item of view.movements.items) {
      const description = item.description === null ? [] : [{ text: ': ' }, ...inlineRuns(item.description)];
      blocks.push(textParagraph([{ text: item.name, bold: true }, ...description]));
    }
  }
  if (view.emulation) blocks.push(...emulationBlocks(view.emulation));
  if (view.commendations) {
    const c = view.commendations;
    blocks.push(heading2(c.number, c.title));
    for (const part of c.parts) {
      if (part.title !== null) blocks.push(heading3(part.number ?? '', part.title));
      for (const item of part.items) blocks.push(listItem([{ text: item }], 0));
    }
    blocks.push(...commendationsTable(c.table));
  }
  if (view.assessment) {
    blocks.push(heading2(view.assessment.number, view.assessment.title));
    for (const part of view.assessment.parts) {
      blocks.push(heading3(part.number, part.title));
      for (const item of part.items) blocks.push(listItem(inlineRuns(item), 0));
      for (const sub of part.subparts) {
        blocks.push(heading(sub.label, { bold: true, italics: true }));
        for (const item of sub.items) blocks.push(listItem(inlineRuns(item), 0));
      }
    }
  }
  if (view.plans) {
    blocks.push(heading2(view.plans.number, view.plans.title));
    for (const part of view.plans.parts) {
      blocks.push(heading3(part.number, part.title));
      for (const item of part.items) blocks.push(listItem(inlineRuns(item.text), item.depth));
    }
  }
  if (view.proposals) {
    blocks.push(heading2(view.proposals.number, view.proposals.title));
    for (const item of view.proposals.items) blocks.push(listItem(inlineRuns(item), 0));
  }
  // The closing paragraph stays with "Nơi nhận" and the signature: a signature page never stands alone.
  blocks.push(
    textParagraph([{ text: view.closing }], { keepNext: true, keepLines: true, spacing: { before: 160 } }),
  );
  blocks.push(signatureTable(view));
  return blocks;
}

function runs(pieces: readonly TextPiece[], base: { size?: number; bold?: boolean; italics?: boolean } = {}) {
  return pieces.map(
    (p) =>
      new TextRun({
        text: p.text,
        ...(p.break ? { break: 1 } : {}),
        ...(base.size ? { size: base.size } : {}),
        bold: p.bold === true || base.bold === true,
        italics: p.italics === true || base.italics === true,
      }),
  );
}

function textParagraph(pieces: readonly TextPiece[], options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    ...options,
    children: runs(pieces),
  });
}

/** An item of a list: "- " at the first-line indent; a component ("Trong đó") one step in, marked "+". */
function listItem(pieces: readonly TextPiece[], depth: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { left: depth * INDENT, firstLine: INDENT },
    keepLines: true,
    children: runs([{ text: depth > 0 ? '+ ' : '- ' }, ...pieces]),
  });
}

function heading(text: string, style: { bold?: boolean; italics?: boolean }, before = 120): Paragraph {
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before, after: 120 },
    children: [new TextRun({ text, ...style })],
  });
}

function heading2(number: string, title: string): Paragraph {
  return heading(`${number}. ${title.toLocaleUpperCase('vi')}`, { bold: true }, 240);
}

function heading3(number: string, title: string): Paragraph {
  return heading(number === '' ? title : `${number}. ${title}`, { bold: true }, 160);
}

/** A short centred rule under a heading line, as NĐ 30 draws it: a top border on an empty, indented paragraph. */
function rule(widthShare: number, columnWidth: number): Paragraph {
  const side = Math.round((columnWidth * (1 - widthShare)) / 2);
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 40, after: 120, line: 240 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 4 })],
  });
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/** A cell of a layout table: no borders, no margins (the column is the text's own width). */
const BARE = { borders: NO_BORDERS, margins: { top: 0, bottom: 0, left: 0, right: 0 } };

function centred(
  text: string,
  style: { size?: number; bold?: boolean; italics?: boolean; underline?: boolean },
) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0, line: 276 },
    children: [
      new TextRun({
        text,
        ...(style.size ? { size: style.size } : {}),
        bold: style.bold === true,
        italics: style.italics === true,
        ...(style.underline ? { underline: {} } : {}),
      }),
    ],
  });
}

/** The two-column header: the agency (left) and the national name, motto and date (right); no borders. */
function headerTable(view: Pick<ReportView, 'header'>): Table {
  const h = view.header;
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  // Each column as wide as its longest line, as the PDF sets them (the header breaks where the data breaks it,
  // and nowhere else): the column width is shared by the longest lines' lengths, all in the same upper case.
  const longest = (lines: string[]) => Math.max(1, ...lines.map((l) => upper(l).length));
  const leftChars = longest([...h.parentAgencyLines, ...h.agencyLines]);
  const share = Math.min(0.5, Math.max(0.35, leftChars / (leftChars + longest([h.nation]))));
  const left = Math.round(TEXT_WIDTH * share);
  const leftCell = [
    ...h.parentAgencyLines.map((l) => centred(upper(l), { size: SIZE.header })),
    ...h.agencyLines.map((l) => centred(upper(l), { size: SIZE.header, bold: true })),
    rule(0.3, left),
    centred(h.number, { size: SIZE.number }),
  ];
  const rightCell = [
    centred(upper(h.nation), { size: SIZE.header, bold: true }),
    centred(h.motto, { size: SIZE.number, bold: true, underline: true }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 160, after: 0 },
      children: [new TextRun({ text: h.dateLine, italics: true })],
    }),
  ];
  return twoColumns(left, leftCell, rightCell);
}

/** A layout table of two columns, the left `left` twips wide: no borders, no margins, one row kept whole. */
function twoColumns(left: number, leftCell: Paragraph[], rightCell: Paragraph[]): Table {
  const right = TEXT_WIDTH - left;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: left, type: WidthType.DXA }, ...BARE, children: leftCell }),
          new TableCell({ width: { size: right, type: WidthType.DXA }, ...BARE, children: rightCell }),
        ],
      }),
    ],
  });
}

function titleBlock(view: Pick<ReportView, 'title' | 'subject'>): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 360, after: 0 },
      children: [new TextRun({ text: view.title, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      indent: { left: Math.round(TEXT_WIDTH * 0.1), right: Math.round(TEXT_WIDTH * 0.1) },
      spacing: { after: 0 },
      children: [new TextRun({ text: view.subject, bold: true })],
    }),
    rule(0.25, TEXT_WIDTH),
  ];
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const CELL_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const CELL_MARGINS = { top: 40, bottom: 40, left: 60, right: 60 };

interface Cell {
  text: string;
  bold?: boolean;
  italics?: boolean;
  align?: 'left' | 'center' | 'right';
  span?: number;
  /** A second line under the text, smaller and italic (a verdict under its percentage). */
  below?: string;
}

/** A cell of a bordered table, its text at the table's size; `keepNext` keeps its row with the next. */
function tableCell(cell: Cell, width: number, keepNext: boolean): TableCell {
  const lines = [
    new TextRun({
      text: cell.text,
      size: SIZE.table,
      bold: cell.bold === true,
      italics: cell.italics === true,
    }),
    ...(cell.below ? [new TextRun({ text: cell.below, size: SIZE.status, italics: true, break: 1 })] : []),
  ];
  const options: ITableCellOptions = {
    width: { size: width, type: WidthType.DXA },
    borders: CELL_BORDERS,
    margins: CELL_MARGINS,
    verticalAlign: VerticalAlign.CENTER,
    ...(cell.span && cell.span > 1 ? { columnSpan: cell.span } : {}),
    children: [
      new Paragraph({
        alignment:
          cell.align === 'left'
            ? AlignmentType.LEFT
            : cell.align === 'right'
              ? AlignmentType.RIGHT
              : AlignmentType.CENTER,
        keepNext,
        spacing: { after: 0, line: 252 },
        children: lines,
      }),
    ],
  };
  return new TableCell(options);
}

/**
 * A bordered table: its caption (kept with it), a header row repeated on each page, rows that never split, and
 * the rows `keep` names kept with the next one (Word keeps a row with the next when its paragraphs are).
 */
function borderedTable(
  caption: string,
  shares: number[],
  head: Cell[],
  body: Cell[][],
  keep: (row: number) => boolean,
  textWidth = TEXT_WIDTH,
  captionAlign: 'center' | 'left' = 'center',
): Block[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.round((textWidth * s) / total));
  const spanWidth = (cells: Cell[], i: number) => {
    const start = cells.slice(0, i).reduce((n, c) => n + (c.span ?? 1), 0);
    return widths.slice(start, start + (cells[i]?.span ?? 1)).reduce((a, b) => a + b, 0);
  };
  const row = (cells: Cell[], header: boolean, keepNext: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((c, i) => tableCell(c, spanWidth(cells, i), keepNext)),
    });
  const captionParagraph =
    caption === ''
      ? []
      : [
          new Paragraph({
            alignment: captionAlign === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: 120, after: 80 },
            children: [new TextRun({ text: caption, bold: true, size: SIZE.number })],
          }),
        ];
  return [
    ...captionParagraph,
    new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [row(head, true, true), ...body.map((cells, i) => row(cells, false, keep(i)))],
    }),
  ];
}

function resultsTable(view: ReportView): Block[] {
  const t = view.results.table;
  const head: Cell[] = [
    { text: 'TT', bold: true },
    { text: 'Chỉ tiêu', bold: true },
    { text: 'Đơn vị tính', bold: true },
    ...(t.showPlan ? [{ text: t.planHeading, bold: true }] : []),
    { text: t.actualHeading, bold: true },
    ...(t.showPlan ? [{ text: '% kế hoạch', bold: true }] : []),
    ...(t.showPrior
      ? [
          { text: t.priorHeading, bold: true },
          { text: t.compareHeading, bold: true },
        ]
      : []),
  ];
  // The style sheet's widths: TT 6%, name 31% (52% or 73% without plan or prior columns), unit 9%, figures 12%,
  // percentages 9%.
  const shares = [
    6,
    t.showPlan && t.showPrior ? 31 : t.showPlan || t.showPrior ? 52 : 73,
    9,
    ...(t.showPlan ? [12] : []),
    12,
    ...(t.showPlan ? [9] : []),
    ...(t.showPrior ? [12, 9] : []),
  ];
  const rows = t.rows.map((r: ViewRow): Cell[] =>
    r.isArea
      ? [
          { text: r.number, bold: true },
          { text: r.name, bold: true, align: 'left', span: t.columns - 1 },
        ]
      : [
          { text: r.number },
          { text: r.name, align: 'left', italics: r.depth > 0 },
          { text: r.unit },
          ...(t.showPlan ? [{ text: r.plan }] : []),
          { text: r.actual },
          ...(t.showPlan ? [{ text: r.percentOfPlan, ...(r.status ? { below: r.status } : {}) }] : []),
          ...(t.showPrior ? [{ text: r.prior }, { text: r.compare }] : []),
        ],
  );
  // As the PDF: the first rows stay with the header, an area's row with its first indicator, and the last two
  // rows together, so that no page starts or ends the table with a row alone.
  const last = t.rows.length - 1;
  const keep = (i: number) => i < 3 || t.rows[i]?.isArea === true || i === last - 1;
  return borderedTable(`Bảng: Kết quả thực hiện các chỉ tiêu năm ${view.year}`, shares, head, rows, keep);
}

function commendationsTable(table: NonNullable<ReportView['commendations']>['table']): Block[] {
  const head: Cell[] = [
    { text: 'TT', bold: true },
    { text: table.formHeading, bold: true },
    { text: 'Cấp khen', bold: true },
    { text: 'Đối tượng', bold: true },
    { text: 'Số lượng', bold: true },
  ];
  const rows = table.rows.map((r): Cell[] =>
    r.isGroup
      ? [
          { text: r.number, bold: true },
          { text: r.form, bold: true, align: 'left', span: 4 },
        ]
      : [
          { text: r.number },
          { text: r.form, align: 'left' },
          { text: r.by, align: 'left' },
          { text: r.recipient, align: 'left' },
          { text: r.count },
        ],
  );
  // Kept whole, as in the PDF: a short count of titles and forms.
  return borderedTable(table.caption, [6, 34, 28, 20, 12], head, rows, (i) => i < rows.length - 1);
}

/** "Nguồn số liệu: (1) ...; (2) ....", as the HTML's note: italic, 12 pt, no indent. */
function sourcesNote(sources: readonly string[]): Paragraph {
  const text = `Nguồn số liệu: ${sources.map((s, i) => `(${i + 1}) ${s}`).join('; ')}.`;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 80 },
    children: [new TextRun({ text, italics: true, size: SIZE.note })],
  });
}

/**
 * A chart as an image at print resolution, with its caption; kept together on one page. `number` is the
 * drawing's id in the document (docx would otherwise count on across every document this process makes, and a
 * year's bytes would depend on the years built before it).
 */
function figure(svg: string, caption: string, number: number): Paragraph[] {
  const image = chartImage(svg);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      keepLines: true,
      // Single line spacing: with the body's 1,3 lines, LibreOffice clips an image to the line's height.
      spacing: { before: 160, after: 40, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width: image.width, height: image.height },
          altText: { id: String(number), name: caption, title: caption, description: caption },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 160 },
      children: [new TextRun({ text: caption, italics: true, size: SIZE.note })],
    }),
  ];
}

/** The space between the closing paragraph and "Nơi nhận" and the signer: 12 pt, as in the PDF. */
const SIGNATURE_GAP = 240;

/** "Nơi nhận" (left) and the signer (right), as NĐ 30 sets them: a borderless table that does not split. */
function signatureTable(view: Pick<ReportView, 'recipients' | 'signer'>): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  const left = [
    new Paragraph({
      keepNext: true,
      spacing: { before: SIGNATURE_GAP, after: 0 },
      children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: SIZE.note })],
    }),
    ...view.recipients.map(
      (r) =>
        new Paragraph({
          keepNext: true,
          spacing: { after: 0, line: 240 },
          children: [new TextRun({ text: r, size: SIZE.recipients })],
        }),
    ),
  ];
  const signerLine = (text: string, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before, after: 0 },
      children: [new TextRun({ text, bold: true })],
    });
  const right = [
    ...(view.signer.onBehalf ? [signerLine(view.signer.onBehalf, SIGNATURE_GAP)] : []),
    signerLine(view.signer.title, view.signer.onBehalf ? 0 : SIGNATURE_GAP),
    // The room for the signature and the seal: 28 mm, as in the PDF.
    ...(view.signer.name ? [signerLine(view.signer.name, mm(28))] : [signerLine('', mm(28))]),
  ];
  return twoColumns(half, left, right);
}

/** The emulation section: the intro, then each block's sentences and ranking table, as in the PDF. */
function emulationBlocks(e: NonNullable<ReportView['emulation']>): Block[] {
  const blocks: Block[] = [heading2(e.number, e.title), textParagraph([{ text: e.intro }])];
  for (const block of e.blocks) {
    blocks.push(heading3(block.number, block.title));
    for (const s of block.sentences) blocks.push(textParagraph([{ text: s }]));
    const t = block.table;
    const head: Cell[] = [
      { text: 'Hạng', bold: true },
      { text: 'Đơn vị', bold: true },
      ...t.groups.map((g) => ({ text: g.short, bold: true, below: `(${g.max})` })),
      { text: 'Tổng điểm', bold: true },
      { text: 'Xếp loại', bold: true },
    ];
    const rows = t.rows.map((r): Cell[] => [
      { text: r.rank },
      { text: r.unit, align: 'left' },
      ...r.groups.map((g) => ({ text: g, align: 'right' as const })),
      { text: r.total, bold: true, align: 'right' },
      { text: r.band, align: 'left' },
    ]);
    // The style sheet's widths: rank 7%, unit 32%, each group 8%, total 9%, classification 20%.
    const shares = [7, 32, ...t.groups.map(() => 8), 9, 20];
    const last = rows.length - 1;
    blocks.push(...borderedTable(t.caption, shares, head, rows, (i) => i < 2 || i === last - 1));
    const legend = t.groups.map((g) => `${g.short}: ${g.label} (tối đa ${g.max} điểm)`).join('; ');
    blocks.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: 80 },
        children: [new TextRun({ text: `${legend}.`, italics: true, size: SIZE.note })],
      }),
    );
  }
  if (e.outro) blocks.push(textParagraph([{ text: e.outro }]));
  return blocks;
}

/** An appendix: its label, title and "(Kèm theo ...)" centred, its tables and notes (NĐ 30/2020). */
function appendixBlocks(a: ReportView['appendices'][number]): Block[] {
  const width = a.landscape ? PAGE.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right : TEXT_WIDTH;
  const centredLine = (text: string, style: { bold?: boolean; italics?: boolean; size?: number }) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { after: 0 },
      children: [
        new TextRun({
          text,
          bold: style.bold === true,
          italics: style.italics === true,
          size: style.size ?? SIZE.body,
        }),
      ],
    });
  const blocks: Block[] = [
    centredLine(a.label, { bold: true }),
    centredLine(a.title, { bold: true, size: SIZE.number }),
    centredLine(a.attachedTo, { italics: true, size: SIZE.number }),
  ];
  for (const table of a.tables) {
    if (table.rows.length === 0) {
      blocks.push(textParagraph([{ text: table.empty }]));
      continue;
    }
    const head: Cell[] = table.headings.map((h) => ({ text: h, bold: true }));
    const rows = table.rows.map((r): Cell[] =>
      r.kind === 'group'
        ? [
            { text: r.cells[0] ?? '', bold: true },
            { text: r.cells[1] ?? '', bold: true, align: 'left', span: table.headings.length - 1 },
          ]
        : r.cells.map((text, i) => ({ text, bold: r.kind === 'total', align: table.align[i] ?? 'left' })),
    );
    const shares = table.widths.map((w) => Number.parseFloat(w));
    blocks.push(
      ...borderedTable(
        table.caption,
        shares,
        head,
        rows,
        (i) => table.rows[i]?.kind === 'group',
        width,
        'left',
      ),
    );
  }
  for (const note of a.notes) {
    blocks.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: 80 },
        children: [new TextRun({ text: note, size: SIZE.note })],
      }),
    );
  }
  return blocks;
}
