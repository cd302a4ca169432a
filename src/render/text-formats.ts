import type { OutputFormat } from './output-format.js';
import { renderHtml, renderMarkdown } from './render-document.js';

/** Markdown: the document, with each chart as an SVG file beside it. */
export function markdownFormat(): OutputFormat {
  return {
    render: async (d) => renderMarkdown(d),
    close: async () => {},
  };
}

/** HTML: one self-contained file, its CSS and charts inline, nothing to fetch. */
export function htmlFormat(): OutputFormat {
  return {
    render: async (d) => [{ name: `${d.baseName}.html`, content: renderHtml(d) }],
    close: async () => {},
  };
}
