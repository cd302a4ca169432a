import type { DocumentToRender } from './render-document.js';
import type { RenderedFile } from './render-report.js';

/**
 * One output format (md, html, pdf, docx): it draws a document (view/document.ts) into its files. A format is
 * opened once for a run, renders each year's document, and is closed at the end. The formats are listed once, in
 * pipeline/formats.ts.
 */
export interface OutputFormat {
  /** Returns the files of one year's document, named within the year's folder (bao-cao-2018.md, ...). */
  render(document: DocumentToRender, signal: AbortSignal): Promise<RenderedFile[]>;
  /** Releases what the format holds for the run (a browser); safe to call more than once. */
  close(): Promise<void>;
}
