import type { ReportView } from '../view/view-types.js';
import type { RenderedFile } from './render-report.js';

/**
 * One year's document, ready for every format: the report, or a unit's score sheet (build --unit). Each format
 * asks for what it needs, made once on demand: the HTML (also what the PDF prints), the Markdown with its files,
 * the Word copy.
 */
export interface ReportToRender {
  year: number;
  /** The files' name before the extension: bao-cao-2018, phieu-diem-2024-phong-tp-ha-tinh. */
  baseName: string;
  /** The document's title, author, subject, keywords and date: the PDF's metadata. */
  meta: ReportView['meta'];
  /** The document as one self-contained HTML file. */
  html: () => string;
  /** The document as Markdown, with the files it links to (charts). */
  markdown: () => RenderedFile[];
  /** The document as a Word file. */
  docx: () => Promise<Uint8Array>;
}

/**
 * One output format (md, html, pdf, docx). A format is opened once for a run, renders each year's document into
 * its files, and is closed at the end. The formats are listed once, in pipeline/formats.ts.
 */
export interface OutputFormat {
  /** Returns the files of one year's document, named within the year's folder (bao-cao-2018.md, ...). */
  render(report: ReportToRender, signal: AbortSignal): Promise<RenderedFile[]>;
  /** Releases what the format holds for the run (a browser); safe to call more than once. */
  close(): Promise<void>;
}
