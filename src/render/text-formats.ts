import type { OutputFormat } from './output-format.js';

/** Markdown: the document, with each chart as an SVG file beside it. */
export function markdownFormat(): OutputFormat {
  return {
    render: async (r) => r.markdown(),
    close: async () => {},
  };
}

/** HTML: one self-contained file, its CSS and charts inline, nothing to fetch. */
export function htmlFormat(): OutputFormat {
  return {
    render: async (r) => [{ name: `${r.baseName}.html`, content: r.html() }],
    close: async () => {},
  };
}
