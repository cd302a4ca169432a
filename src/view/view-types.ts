import type { SectionKey } from '../domain/report-sections.js';
import type { Dec } from '../model/types.js';
import type { DocumentMeta, HeaderNode } from './document.js';

/**
 * The view model: everything a template shows, already worded and formatted in Vietnamese.
 * Templates only place these strings; an absent part is null (never missing), so that a template's reference
 * to a misspelt name is an error and not an empty string. Nothing in it is a remark of the tool's: what the data
 * lacks goes to the drafter (`DraftNotes`), never into the signed text.
 */
export interface ReportView {
  year: number;
  /** For a report on the first months of the year (a sơ kết), their number; absent for the year. */
  months?: number;
  priorYear: number;
  nextYear: number;
  /** The document's properties (the PDF's metadata, the HTML <title>) and NĐ 30/2020's header. */
  meta: DocumentMeta;
  header: HeaderNode;
  title: string;
  /** The subject line under the title. */
  subject: string;
  /** The last sentence of the body, ending with "./.": "Trên đây là báo cáo ... của Sở ...". */
  closing: string;
  situation: NumberedText | null;
  results: ResultsSection;
  movements: (Numbered & { items: { name: string; description: string | null }[] }) | null;
  /** The blocks' scores and ranks, when the data has units scored for the year. */
  emulation: EmulationView | null;
  /** The appendices after the signature: the proposals and their statistics. */
  appendices: AppendixView[];
  /** "Số liệu minh họa" on every page of made-up figures; null for real ones. */
  illustrative: string | null;
  commendations: CommendationsView | null;
  assessment: (Numbered & { parts: AssessmentPart[] }) | null;
  plans: PlansSection | null;
  proposals: (Numbered & { items: string[] }) | null;
  /** Where the figures come from, one line per source. */
  sources: string[];
  recipients: string[];
  signer: { onBehalf: string | null; title: string; name: string | null };
}

export interface Numbered {
  /** "I", "II", ... for sections; "1", "2", ... for their parts. */
  number: string;
  title: string;
}

export interface NumberedText extends Numbered {
  /** Markdown text from the data. */
  text: string;
}

export interface ResultsSection extends Numbered {
  /** How the planned indicators came out, as an official report states it; null without targets. */
  summary: string | null;
  areas: (Numbered & { items: { sentence: string; depth: number }[] })[];
  table: {
    /** Whether any indicator has a target: without one, the plan and % columns are left out. */
    showPlan: boolean;
    /** Whether any indicator has last year's figure: without one, those columns are left out. */
    showPrior: boolean;
    /** How many columns the table has, with those left out. */
    columns: number;
    planHeading: string;
    actualHeading: string;
    priorHeading: string;
    compareHeading: string;
    rows: TableRow[];
  };
  charts: {
    /** Bars of the attainment chart; empty when the report carries no attainment chart. */
    attainment: AttainmentBar[];
    attainmentTitle: string;
    /** Groups of the year-over-year chart; empty unless the report carries every chart. */
    yearOverYear: YoyGroup[];
    yearOverYearTitle: string;
    /** The names of its two bars: "2017" and "2018", or "9 tháng 2018" and "9 tháng 2019". */
    priorName: string;
    currentName: string;
  };
}

/** A row of the results table: an area's heading row, or an indicator's. */
export type TableRow =
  | { isArea: true; number: string; name: string }
  | {
      isArea: false;
      number: string;
      name: string;
      /** A component ("trong đó") has depth 1. */
      depth: number;
      unit: string;
      plan: string;
      actual: string;
      percentOfPlan: string;
      /** The verdict under the % figure; '' when there is none to give. */
      status: string;
      prior: string;
      compare: string;
    };

/** The emulation section: each block's ranking table and the sentences an emulation report writes. */
export interface EmulationView extends Numbered {
  intro: string;
  blocks: (Numbered & {
    sentences: string[];
    table: {
      caption: string;
      /** The groups of criteria: numeral, name, most points. */
      groups: { short: string; label: string; max: string }[];
      rows: { rank: string; unit: string; groups: string[]; total: string; band: string }[];
    };
  })[];
  /** Where the proposals and statistics are: the appendices. */
  outro: string | null;
}

/** An appendix, on its own pages after the signature (NĐ 30/2020: "Phụ lục I", its title in capitals). */
export interface AppendixView {
  label: string;
  title: string;
  /** "(Kèm theo Báo cáo số .../BC-... ngày ... của ...)". */
  attachedTo: string;
  /** Printed across the page: a wide table needs it. */
  landscape: boolean;
  tables: AppendixTable[];
  notes: string[];
}

/** A table of an appendix, its cells already worded. */
export interface AppendixTable {
  /** "1. Tập thể"; '' for none. */
  caption: string;
  headings: string[];
  /** Each column's share of the width, in percent. */
  widths: number[];
  /** How each column's cells are set: figures right, numbers of rows centred, words left. */
  align: ('left' | 'center' | 'right')[];
  /**
   * A group row ("I. Cờ thi đua ...") has its numeral and its title, which spans the other columns; a row and a
   * total row (bold) have a cell per column.
   */
  rows: { kind: 'group' | 'row' | 'total'; cells: string[] }[];
  /** Said instead of a table with no rows. */
  empty: string;
}

/** One part of the assessment: strengths; shortcomings and their causes; lessons. */
export interface AssessmentPart extends Numbered {
  items: string[];
  /** "a) Tồn tại, hạn chế" and "b) Nguyên nhân", when the part has both; otherwise empty. */
  subparts: { label: string; items: string[] }[];
}

export interface PlansSection extends Numbered {
  /**
   * "Các chỉ tiêu chủ yếu" (next year's targets, with this year's figure) and "Nhiệm vụ trọng tâm"; an item of
   * depth 1 is a component ("Trong đó, ...") of the item above it.
   */
  parts: (Numbered & { items: { text: string; depth: number }[] })[];
}

/** The commendations section: titles recognised and forms given, and the table that counts them. */
export interface CommendationsView extends Numbered {
  /** One part per category present; numbered and titled only when there are both. */
  parts: { number: string | null; title: string | null; items: string[] }[];
  table: {
    caption: string;
    /** The heading of the title/form column. */
    formHeading: string;
    rows: CommendationRow[];
  };
}

/** One row of the commendations table: counts by title or form, by who conferred it and by recipient. */
export interface CommendationRow {
  /** A group row ("I. Danh hiệu thi đua") heads its rows when there are titles and forms. */
  isGroup: boolean;
  number: string;
  form: string;
  /** Who conferred it, as the data names them: the level is kept ("UBND tỉnh", "Bộ Lao động - ..."). */
  by: string;
  recipient: string;
  /** "1", "12", or the source's words ("hàng chục") when it gives no exact count. */
  count: string;
}

/** What the drafter should know before the report is signed: a list outside the document, never in it. */
export interface DraftNotes {
  year: number;
  /** For a report on the first months of the year, their number. */
  months?: number | undefined;
  /** For a report on a span of years, its first year (`year` its last). */
  from?: number | undefined;
  /** What the report covers, as its notes name it: "năm 2018", "9 tháng đầu năm 2019". */
  span: string;
  notes: DraftNote[];
}

/** An indicator a note is about: its id (for the data file) and its name (for the reader). */
export interface NoteIndicator {
  id: string;
  name: string;
}

/** One thing the data lacks or leaves open, as data: a code and what it is about. Words come later. */
export type DraftNote =
  /** The year (or the span, `from` on) has no targets file: the report makes no comparison with a plan. */
  | { code: 'NO_TARGETS'; year: number; from?: number | undefined }
  /** Years of a span without a results file: said in the report, the span's figures of the others only. */
  | { code: 'YEARS_MISSING'; year: number; from: number; years: number[] }
  /** There is no results file for the year before: no comparison with last year. */
  | { code: 'NO_PRIOR_RESULTS'; year: number; months?: number | undefined }
  /** There is no targets file for next year (or the span ahead, `from` on): the plans section lists no targets. */
  | { code: 'NO_NEXT_TARGETS'; year: number; from?: number | undefined }
  /** Figures of the year without last year's figure to compare with. */
  | { code: 'PRIOR_FIGURES_MISSING'; year: number; months?: number | undefined; indicators: NoteIndicator[] }
  /** Targets of the year without a figure: the table says "Chưa có số liệu". */
  | { code: 'RESULTS_MISSING'; year: number; months?: number | undefined; indicators: NoteIndicator[] }
  /** Figures left blank that have no target: the report leaves them out altogether. */
  | { code: 'FIGURES_LEFT_OUT'; year: number; months?: number | undefined; indicators: NoteIndicator[] }
  /** Figures whose qualifier ("trên", "gần") does not decide whether the target was reached. */
  | { code: 'VERDICT_UNDETERMINED'; indicators: NoteIndicator[] }
  /** Figures whose qualifiers, this year's or last year's, do not decide which way it moved. */
  | { code: 'CHANGE_INCONCLUSIVE'; year: number; months?: number | undefined; indicators: NoteIndicator[] }
  /** Sections an official summing-up needs that the narrative lacks: the document leaves them out. */
  | {
      code: 'SECTIONS_MISSING';
      year: number;
      months?: number | undefined;
      from?: number | undefined;
      sections: SectionKey[];
    }
  /** The document number is blank, for the office to fill in. */
  | { code: 'DOCUMENT_NUMBER_BLANK'; year: number; months?: number | undefined; from?: number | undefined }
  /** The document date is blank, for the office to fill in. */
  | { code: 'DOCUMENT_DATE_BLANK'; year: number; months?: number | undefined; from?: number | undefined }
  /** The signer's name is blank, for the signer to write by hand. */
  | { code: 'SIGNER_NAME_BLANK' }
  /** The date given on the command line is not in the report's year or the next. */
  | {
      code: 'DATE_OUTSIDE_YEAR';
      year: number;
      months?: number | undefined;
      from?: number | undefined;
      date: string;
    }
  /** Rules on titles and awards the proposals rest on that could not be checked against the official text. */
  | { code: 'TITLE_RULES_TO_CHECK'; ruleSet: string; items: { title: string; caveat: string }[] }
  /**
   * Titles proposed that the council must ballot on, grouped by the share of all its members whose yes they need
   * and the article that sets it: a proposal is sent on only with that share.
   */
  | { code: 'BALLOT_NEEDED'; ballots: { titles: string[]; percent: Dec; basis: string }[] }
  /**
   * The council met on the year (council.yaml) but recorded no ballot on these units, whose figures meet a title
   * that needs one: they are not proposed.
   */
  | { code: 'BALLOT_MISSING'; year: number; items: { title: string; units: string[] }[] }
  /** Titles or awards proposed whose prize is not known: "–" in Phụ lục I, left out of the total. */
  | { code: 'PRIZE_UNKNOWN'; titles: string[] }
  /** No base salary in force on the day the prizes are figured on: no prize is figured, every total says "–". */
  | { code: 'BASE_SALARY_UNKNOWN'; day: string }
  /** What the data says of its sources for the drafter (a secondary source, not checked): never in the document. */
  | { code: 'SOURCE_REMARKS'; sources: { title: string; note: string }[] };

/** A bar of the attainment chart: one indicator's result as a percentage of its target (charts/). */
export interface AttainmentBar {
  label: string;
  /** Decimal string, e.g. "102.1276595744680851". */
  percent: string;
  /** Already formatted in vi-VN by the caller, e.g. "102,1%". */
  percentText: string;
  status: 'exceeded' | 'met' | 'not_met';
}

/** A panel of the year-over-year chart: one indicator's figure last year and this year (charts/). */
export interface YoyGroup {
  label: string;
  unit: string;
  /** Decimal strings, e.g. "24000". */
  prior: string;
  current: string;
  /** Already formatted in vi-VN by the caller, e.g. "24.000". */
  priorText: string;
  currentText: string;
}
