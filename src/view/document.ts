/**
 * A document as the view builds it once, for every format: a tree of typed nodes in the manner of pandoc's AST
 * (one document, many writers). Every word is in the tree, worded and formatted in Vietnamese; the renderers
 * (Markdown and HTML through the templates' partials, one per node type; the Word copy in src/docx) only draw
 * the nodes. The official form's parts have nodes of their own (NĐ 30/2020's header, the signature, an
 * appendix's heading, a page section across the page), and a table says which rows stay together.
 */

/** The document's properties: the HTML's <title>, the PDF's and the Word copy's metadata. */
export interface DocumentMeta {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  language: 'vi';
  /** The date the document carries as created and modified, from the data: YYYY-MM-DD. */
  date: string;
}

/**
 * A document: its properties, the mark of made-up figures, NĐ 30/2020's header and the document's title, then its
 * page sections in order.
 */
export interface DocumentTree {
  meta: DocumentMeta;
  header: HeaderNode;
  title: TitleNode;
  /** "Số liệu minh họa" on every page of made-up figures; null for real ones. */
  illustrative: string | null;
  /** What the mark says in full, where a page shows it as a banner. */
  illustrativeNote: string | null;
  /** The body, then each appendix on pages of its own. */
  sections: PageSection[];
}

/**
 * A run of pages: the body (`body`), or an appendix (`appendix`) starting on a new page, upright or across the
 * page (landscape, for a wide table).
 */
export interface PageSection {
  kind: 'body' | 'appendix';
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

/** How a text is written: as it is, or as Markdown from the data (bold, italics, a list of its own). */
export type Markup = 'plain' | 'markdown';

/** The nodes a page section is made of. */
export type Block =
  | HeadingNode
  | ParagraphNode
  | MarkdownNode
  | ListNode
  | TermsNode
  | TableNode
  | ChartsNode
  | SignatureNode
  | AppendixHeadNode;

/** NĐ 30/2020's header: the agency and the document's number (left), the national name and the date (right). */
export interface HeaderNode {
  /** The parent agency's lines, broken where the data breaks them. */
  parentAgencyLines: string[];
  /** The issuing agency's lines, broken where the data breaks them and nowhere else. */
  agencyLines: string[];
  /** "Số: 05/BC-SLĐTBXH", or "Số:     /BC-SLĐTBXH" to be numbered by the office. */
  number: string;
  nation: string;
  motto: string;
  /** "Hà Tĩnh, ngày 05 tháng 01 năm 2019". */
  dateLine: string;
}

/** The kind of document ("BÁO CÁO", "THÔNG BÁO") and its subject line under it. */
export interface TitleNode {
  title: string;
  subject: string;
}

/**
 * A heading: a section (level 2, "I. TÌNH HÌNH ...", in capitals), its part (level 3, "1. ..."), or a part's
 * labelled subdivision (level 4, "a) Tồn tại, hạn chế").
 */
export interface HeadingNode {
  type: 'heading';
  level: 2 | 3 | 4;
  text: string;
}

/**
 * A paragraph: of the body (justified, indented), a note under a table (the sources, a legend: smaller and in
 * italics), an appendix's note, or a line set in the middle of the page, not indented (a tờ trình's "Kính gửi",
 * a decision's issuing authority and its "QUYẾT ĐỊNH:").
 */
export interface ParagraphNode {
  type: 'paragraph';
  role: 'body' | 'note' | 'appendix-note' | 'centred';
  text: string;
  markup: Markup;
}

/** Markdown of the data's own, of paragraphs and lists (a section's narrative). */
export interface MarkdownNode {
  type: 'markdown';
  text: string;
}

/**
 * A list: "- " before each item. In a `nested` list an item may be a component of the one above (depth 1, "Trong
 * đó, ..."), set one step in.
 */
export interface ListNode {
  type: 'list';
  items: { text: string; depth: number }[];
  nested: boolean;
  markup: Markup;
}

/** Terms in bold, each with what it is: "**Phong trào ...**: ..." (the movements of the year). */
export interface TermsNode {
  type: 'terms';
  /** The description is Markdown from the data; null for a term alone. */
  items: { term: string; description: string | null }[];
}

/** How a column's cells are set: figures right, numbers of rows centred, words left. */
export type Align = 'left' | 'center' | 'right';

/** A column of a table: its heading (and a second line under it, smaller: a group's maximum), its setting, its width. */
export interface TableColumn {
  heading: string;
  /** A second line under the heading ("(60)"); '' for none. */
  sub: string;
  /** The heading in full where it is short (a group of criteria's numeral): '' for none. */
  full: string;
  align: Align;
  /** Its share of the table's width, in percent. */
  width: number;
  /**
   * What the column holds, as the style sheet names it (col-tt, col-name, ...): the row's number, a name, a unit,
   * a figure, a percentage; a title or form, who gave it, to whom, how many; a rank, a group of criteria's points,
   * the total, the classification; or any cell.
   */
  role:
    | 'tt'
    | 'name'
    | 'unit'
    | 'fig'
    | 'pct'
    | 'form'
    | 'by'
    | 'who'
    | 'count'
    | 'rank'
    | 'group'
    | 'total'
    | 'band'
    | 'cell';
}

/** A cell: its text, bold or in italics, with a second line (a verdict under its percentage). */
export interface TableCell {
  text: string;
  strong: boolean;
  emphasis: boolean;
  /** A second line under the text, smaller and in italics; '' for none. */
  below: string;
}

/**
 * A row: a group's heading (its numeral, then its name across the other columns: "I. Cờ thi đua ..."), a row of
 * cells, or a total. `depth` is 1 for a component ("Trong đó") of the row above.
 */
export interface TableRow {
  kind: 'group' | 'row' | 'total';
  cells: TableCell[];
  depth: number;
  /** Kept on the page of the next row: a table's first rows with its header, a group with its first row, its
   * last two rows together. */
  keepWithNext: boolean;
}

/**
 * A table: its caption (kept with it), its columns and rows. `kind` names which of the document's tables it is,
 * as the renderers' partials and the style sheet set each (results, commendations, a block's ranking, an
 * appendix's table, a unit's score sheet). `variant` says which optional columns it lacks (the results table
 * without a plan or last year).
 */
export interface TableNode {
  type: 'table';
  kind: 'results' | 'commendations' | 'ranking' | 'appendix' | 'sheet' | 'span';
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  variant: { noPlan: boolean; noPrior: boolean };
  /** Said instead of a table with no rows. */
  empty: string;
}

/** The report's charts, drawn where this node stands, each with its caption. */
export interface ChartsNode {
  type: 'charts';
}

/**
 * The end of an official document (NĐ 30/2020): the closing paragraph, then "Nơi nhận" and its list (left) beside
 * the signer (right), all on one page.
 */
export interface SignatureNode {
  type: 'signature';
  /** The closing paragraph; '' for none (minutes end with their signatures). */
  closing: string;
  recipientsLabel: string;
  recipients: string[];
  signer: Signer;
  /**
   * Who signs on the left instead of "Nơi nhận": the secretary of a meeting's minutes, beside its chair. Absent for
   * a document with recipients.
   */
  cosigner?: Signer;
}

/** Who signs: on whose behalf ("KT. GIÁM ĐỐC"), their title, their name where the data has it. */
export interface Signer {
  /** A line above the rest, for who confirms a report ("XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG"). */
  heading?: string;
  onBehalf: string | null;
  title: string;
  name: string | null;
}

/** An appendix's heading (NĐ 30/2020): "Phụ lục I", its title in capitals, "(Kèm theo Báo cáo số ... của ...)". */
export interface AppendixHeadNode {
  type: 'appendix-head';
  label: string;
  title: string;
  attachedTo: string;
}

/** Returns a cell of plain text. */
export function cell(text: string, style: Partial<Omit<TableCell, 'text'>> = {}): TableCell {
  return { text, strong: false, emphasis: false, below: '', ...style };
}

/** The mark of made-up figures, on every page (and every row of a spreadsheet) that shows them. */
export const ILLUSTRATIVE_MARK = 'Số liệu minh họa';

/** What the mark of made-up figures says in full, where a page shows it as a banner. */
export const ILLUSTRATIVE_NOTE = 'số liệu trong văn bản này là số liệu ví dụ, không phải số liệu thật.';

/** Returns a column of a table: its heading, its share of the width, what it holds, how it is set. */
export function column(
  heading: string,
  width: number,
  role: TableColumn['role'],
  align: TableColumn['align'] = 'center',
  sub = '',
  full = '',
): TableColumn {
  return { heading, sub, full, align, width, role };
}

/** A plain ruled table without caption (a score sheet's, a dossier's): its columns, its rows, what it says when empty. */
export function sheetTable(columns: TableColumn[], rows: TableRow[], empty = ''): TableNode {
  return {
    type: 'table',
    kind: 'sheet',
    caption: '',
    columns,
    rows,
    variant: { noPlan: false, noPrior: false },
    empty,
  };
}
