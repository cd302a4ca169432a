import type { AttainmentBar } from '../charts/render-attainment-chart.js';
import type { YoyGroup } from '../charts/render-year-over-year-chart.js';

/**
 * The view model: everything a template shows, already worded and formatted in Vietnamese.
 * Templates only place these strings; an absent part is null (never missing), so that a template's reference
 * to a misspelt name is an error and not an empty string.
 */
export interface ReportView {
  year: number;
  priorYear: number;
  nextYear: number;
  meta: {
    /** The document title for the PDF's metadata and the HTML <title>. */
    title: string;
    subject: string;
    author: string;
    keywords: string[];
    language: 'vi';
    /** The date the PDF carries as created/modified, from the data: YYYY-MM-DD. */
    date: string;
  };
  header: {
    parentAgency: string;
    agency: string;
    /** "Số: 05/BC-SLĐTBXH", or "Số:     /BC-SLĐTBXH" to be numbered by the office. */
    number: string;
    nation: string;
    motto: string;
    /** "Hà Tĩnh, ngày 05 tháng 01 năm 2019". */
    dateLine: string;
  };
  title: string;
  /** The subject line under the title. */
  subject: string;
  /** The last sentence of the body, ending with "./.": "Trên đây là báo cáo ... của Sở ...". */
  closing: string;
  situation: NumberedText | null;
  results: ResultsSection;
  movements: (Numbered & { items: { name: string; description: string | null }[] }) | null;
  commendations: (Numbered & { items: string[]; table: CommendationRow[] }) | null;
  assessment: (Numbered & { parts: (Numbered & { items: string[] })[] }) | null;
  plans: PlansSection;
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
  /** What the data does and does not allow the section to say (no targets, no prior year). */
  notes: string[];
  areas: (Numbered & { items: { sentence: string; depth: number }[] })[];
  table: {
    planHeading: string;
    actualHeading: string;
    priorHeading: string;
    compareHeading: string;
    rows: TableRow[];
  };
  charts: {
    attainment: AttainmentBar[];
    attainmentTitle: string;
    yearOverYear: YoyGroup[];
    yearOverYearTitle: string;
  };
}

export interface TableRow {
  /** An area heads its indicators; a component ("trong đó") has depth 1. */
  isArea: boolean;
  number: string;
  name: string;
  depth: number;
  unit: string;
  plan: string;
  actual: string;
  percentOfPlan: string;
  status: string;
  prior: string;
  compare: string;
}

export interface PlansSection extends Numbered {
  notes: string[];
  /** "Các chỉ tiêu chủ yếu" (next year's targets, with this year's figure) and "Nhiệm vụ trọng tâm". */
  parts: (Numbered & { items: string[] })[];
}

/** One row of the commendations table: counts by award form and by who gave it. */
export interface CommendationRow {
  number: string;
  form: string;
  recipient: string;
  /** "1", "12", or the source's words ("hàng chục") when it gives no exact count. */
  count: string;
}
