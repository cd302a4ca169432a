import type { ReportView } from '../view/view-types.js';
import type { Templates } from './load-templates.js';
import type { RenderedCharts, RenderedFile } from './render-report.js';

/** One year's report, ready for every format: its view, its charts, and its HTML made once on demand. */
export interface ReportToRender {
  year: number;
  view: ReportView;
  charts: RenderedCharts;
  templates: Templates;
  /** The report as one self-contained HTML document, rendered the first time a format asks for it. */
  html: () => string;
}

/**
 * One output format of the report (md, html, pdf). A format is opened once for a run, renders each year's
 * report into its files, and is closed at the end. The formats are listed once, in pipeline/formats.ts.
 */
export interface OutputFormat {
  /** Returns the files of one year's report, named within the year's folder (bao-cao-2018.md, ...). */
  render(report: ReportToRender, signal: AbortSignal): Promise<RenderedFile[]>;
  /** Releases what the format holds for the run (a browser); safe to call more than once. */
  close(): Promise<void>;
}
