/**
 * A document (view/document.ts) as a Word document, drawn node by node as the HTML and the PDF draw it, in the
 * same NĐ 30 layout: A4; margins 20 mm top and bottom, 30 mm left, 20 mm right (the PDF's, within NĐ 30's 15-20
 * mm); Times New Roman 14 pt; the header as a borderless two-column table; page numbers centred at the top from
 * page 2; justified paragraphs with a first-line indent; tables whose header rows repeat, whose rows do not split
 * and whose rows the document keeps together stay together; "Nơi nhận" and the signature as a borderless table;
 * charts as images; each appendix a section of its own, across the page where it is wide. Only the layout is
 * decided here: every word and figure arrives worded in the document.
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
import type {
  Block as DocumentBlock,
  DocumentMeta,
  DocumentTree,
  HeaderNode,
  PageSection,
  SignatureNode,
  Signer,
  TableNode,
  TitleNode,
} from '../view/document.js';
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

/** Returns the document as a Word document, ready to be packed: a section for the body, one for each appendix. */
export function renderDocx(document: DocumentTree, charts: RenderedCharts): Document {
  const numbered = pageHeader(document.illustrative, true);
  return wordDocument(
    document.meta,
    document.sections.map((section, i) => ({
      properties:
        i === 0
          ? { titlePage: true, page: pageOf(section) }
          : // An appendix starts a page of its own (a new section does), across the page where its table is wide.
            { page: pageOf(section) },
      headers:
        i === 0
          ? // From page 2: the page number, centred at the top (NĐ 30); page 1 has none.
            { default: numbered, first: pageHeader(document.illustrative, false) }
          : { default: numbered },
      children: [
        ...(i === 0 ? [headerTable(document.header), ...titleBlock(document.title)] : []),
        ...section.blocks.flatMap((block, k) =>
          // A signature without a closing paragraph is kept with the text before it: it never stands alone.
          draw(block, charts, widthOf(section), bareSignature(section.blocks[k + 1])),
        ),
      ],
    })),
  );
}

/** A section's page: A4 upright with NĐ 30's margins, or across the page with the bound edge at its top. */
function pageOf(section: PageSection) {
  return section.orientation === 'landscape'
    ? {
        // docx swaps the sides of a landscape page itself.
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
        margin: LANDSCAPE_MARGIN,
      }
    : { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin };
}

/** The width of a section's text column, in twips. */
function widthOf(section: PageSection): number {
  return section.orientation === 'landscape'
    ? PAGE.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right
    : TEXT_WIDTH;
}

/** A Word document of the tool's: its properties from the document's, Times New Roman 14 pt in Vietnamese. */
function wordDocument(
  meta: DocumentMeta,
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

/** True for a signature with no closing paragraph to keep it company (minutes, a decision, a report of achievements). */
function bareSignature(node: DocumentBlock | undefined): boolean {
  return node?.type === 'signature' && node.closing === '';
}

/**
 * The Word blocks of a node, `width` the text column's in twips; `keepNext`: its last paragraph is kept on the
 * page of what follows.
 */
function draw(node: DocumentBlock, charts: RenderedCharts, width: number, keepNext = false): Block[] {
  const kept = keepNext ? { keepNext: true, keepLines: true } : {};
  switch (node.type) {
    case 'heading':
      return node.level === 2
        ? [heading(node.text, { bold: true }, 240)]
        : node.level === 3
          ? [heading(node.text, { bold: true }, 160)]
          : [heading(node.text, { bold: true, italics: true })];
    case 'paragraph': {
      const pieces = node.markup === 'markdown' ? inlineRuns(node.text) : [{ text: node.text }];
      if (node.role === 'centred')
        return [
          textParagraph(pieces, { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, ...kept }),
        ];
      return node.role === 'body' ? [textParagraph(pieces, kept)] : [note(pieces, node.role === 'note')];
    }
    case 'markdown': {
      const paragraphs = blockParagraphs(node.text);
      return paragraphs.map((p, i) => {
        const options = i === paragraphs.length - 1 ? kept : {};
        return p.listDepth === undefined
          ? textParagraph(p.runs, options)
          : listItem(p.runs, p.listDepth, options);
      });
    }
    case 'list':
      return node.items.map((item, i) =>
        listItem(
          node.markup === 'markdown' ? inlineRuns(item.text) : [{ text: item.text }],
          item.depth,
          i === node.items.length - 1 ? kept : {},
        ),
      );
    case 'terms':
      return node.items.map((item) =>
        textParagraph([
          { text: item.term, bold: true },
          ...(item.description === null ? [] : [{ text: ': ' }, ...inlineRuns(item.description)]),
        ]),
      );
    case 'table':
      return table(node, width);
    case 'charts':
      return charts.flatMap((chart, i) => figure(chart.svg, chart.caption, i + 1));
    case 'signature':
      // The closing paragraph stays with "Nơi nhận" and the signature: a signature page never stands alone.
      return [
        ...(node.closing === ''
          ? []
          : [
              textParagraph([{ text: node.closing }], {
                keepNext: true,
                keepLines: true,
                spacing: { before: 160 },
              }),
            ]),
        signatureTable(node),
      ];
    case 'appendix-head':
      return [
        centredLine(node.label, { bold: true }),
        centredLine(node.title, { bold: true, size: SIZE.number }),
        centredLine(node.attachedTo, { italics: true, size: SIZE.number }),
      ];
  }
}

/** A note: under a table (the sources, a legend), italic; an appendix's, upright; both 12 pt, not indented. */
function note(pieces: readonly TextPiece[], italics: boolean): Paragraph {
  const [only] = pieces;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 80 },
    children:
      pieces.length === 1 && only !== undefined
        ? [new TextRun({ text: only.text, ...(italics ? { italics: true } : {}), size: SIZE.note })]
        : runs(pieces, { size: SIZE.note, italics }),
  });
}

/** An appendix's heading line, centred and kept with the next. */
function centredLine(text: string, style: { bold?: boolean; italics?: boolean; size?: number }): Paragraph {
  return new Paragraph({
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
}

/**
 * A page's header: the page number centred (not on page 1), and "SỐ LIỆU MINH HỌA" at the right on every page
 * of made-up figures.
 */
function pageHeader(illustrative: string | null, numbered: boolean): Header {
  const mark = illustrative
    ? [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { after: 0 },
          children: [
            new TextRun({
              text: illustrative.toLocaleUpperCase('vi'),
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
function listItem(pieces: readonly TextPiece[], depth: number, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { left: depth * INDENT, firstLine: INDENT },
    keepLines: true,
    ...options,
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
function headerTable(h: HeaderNode): Table {
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
function twoColumns(
  left: number,
  leftCell: Paragraph[],
  rightCell: Paragraph[],
  ...more: Paragraph[][][]
): Table {
  const right = TEXT_WIDTH - left;
  const row = ([l, r]: Paragraph[][]) =>
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({ width: { size: left, type: WidthType.DXA }, ...BARE, children: l ?? [] }),
        new TableCell({ width: { size: right, type: WidthType.DXA }, ...BARE, children: r ?? [] }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [row([leftCell, rightCell]), ...more.map(row)],
  });
}

function titleBlock(view: TitleNode): Paragraph[] {
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
  return [
    ...(caption === '' ? [] : [captionParagraph(caption, captionAlign)]),
    new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [row(head, true, true), ...body.map((cells, i) => row(cells, false, keep(i)))],
    }),
  ];
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
function signatureTable(view: SignatureNode): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  const signerLine = (text: string, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before, after: 0 },
      children: [new TextRun({ text, bold: true })],
    });
  // The first line kept apart from what is above; who confirms, on whose behalf, the title, in that order.
  const titles = (signer: Signer) =>
    [signer.heading, signer.onBehalf ?? undefined, signer.title]
      .filter((line): line is string => line !== undefined && line !== '')
      .map((line, i) => signerLine(line, i === 0 ? SIGNATURE_GAP : 0));
  // The room for the signature and the seal: 28 mm, as in the PDF.
  const name = (signer: Signer) => signerLine(signer.name ?? '', mm(28));
  // Two signers (minutes, reports): their titles on one row, their names on the next, so the names line up.
  if (view.cosigner)
    return twoColumns(half, titles(view.cosigner), titles(view.signer), [
      [name(view.cosigner)],
      [name(view.signer)],
    ]);
  const signs = (signer: Signer) => [...titles(signer), name(signer)];
  const left = [
    new Paragraph({
      keepNext: true,
      spacing: { before: SIGNATURE_GAP, after: 0 },
      children: [new TextRun({ text: view.recipientsLabel, bold: true, italics: true, size: SIZE.note })],
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
  return twoColumns(half, left, signs(view.signer));
}

/** A table's caption: bold, 13 pt, kept with the table. */
function captionParagraph(caption: string, align: 'center' | 'left'): Paragraph {
  return new Paragraph({
    alignment: align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 80 },
    children: [new TextRun({ text: caption, bold: true, size: SIZE.number })],
  });
}

/**
 * A table of the document: its caption (left in an appendix, centred elsewhere, as the style sheet sets them), its
 * header row, its rows; a row with fewer cells than columns (a group's heading) spans the rest with its last.
 */
function table(node: TableNode, width: number): Block[] {
  const captionAlign = node.kind === 'appendix' ? 'left' : 'center';
  if (node.rows.length === 0) {
    const caption = node.caption === '' ? [] : [captionParagraph(node.caption, captionAlign)];
    return [...caption, textParagraph([{ text: node.empty }])];
  }
  const head: Cell[] = node.columns.map((c) => ({
    text: c.heading,
    bold: true,
    ...(c.sub === '' ? {} : { below: c.sub }),
  }));
  const rows = node.rows.map((row): Cell[] =>
    row.cells.map((c, i) => {
      const span = i === row.cells.length - 1 ? node.columns.length - i : 1;
      // A group's heading is set left whatever its column: it spans the row.
      const align = span > 1 ? 'left' : (node.columns[i]?.align ?? 'left');
      return {
        text: c.text,
        ...(c.strong ? { bold: true } : {}),
        ...(c.emphasis ? { italics: true } : {}),
        ...(align === 'center' ? {} : { align }),
        ...(span > 1 ? { span } : {}),
        ...(c.below === '' ? {} : { below: c.below }),
      };
    }),
  );
  return borderedTable(
    node.caption,
    node.columns.map((c) => c.width),
    head,
    rows,
    (i) => node.rows[i]?.keepWithNext === true,
    width,
    captionAlign,
  );
}
