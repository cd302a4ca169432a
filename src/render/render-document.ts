/**
 * A document drawn in the text formats: Markdown and HTML, through the templates (document.{md,html}.hbs and the
 * partials of each node type). The Word copy is drawn from the same document in src/docx, the PDF prints the HTML.
 */
import type { DocumentTree } from '../view/document.js';
import type { Templates } from './load-templates.js';
import type { RenderedCharts, RenderedFile } from './render-report.js';

/**
 * One year's document ready for every format: the report, or a unit's score sheet (build --unit), with the
 * report's charts and the templates its Markdown and HTML are drawn with.
 */
export interface DocumentToRender {
  year: number;
  /** The files' name before the extension: bao-cao-2018, phieu-diem-2024-phong-tp-ha-tinh. */
  baseName: string;
  document: DocumentTree;
  charts: RenderedCharts;
  templates: Templates;
}

/** Returns the document as Markdown, with the chart files it links to. */
export function renderMarkdown(d: DocumentToRender): RenderedFile[] {
  const text = d.templates.render('md', { ...d.document, charts: d.charts });
  return [
    { name: `${d.baseName}.md`, content: text },
    ...d.charts.map((c) => ({ name: c.file, content: c.svg })),
  ];
}

// Drawn once for the HTML and the PDF alike: a cache that only saves work.
const htmlOf = new WeakMap<DocumentToRender, string>();

/** Returns the document as one self-contained HTML file: its style sheet and charts inline. */
export function renderHtml(d: DocumentToRender): string {
  let html = htmlOf.get(d);
  if (html === undefined) {
    html = d.templates.render('html', { ...d.document, charts: d.charts, assets: { css: d.templates.css } });
    htmlOf.set(d, html);
  }
  return html;
}
