import type { OutputFormat } from './output-format.js';
import { renderReport, reportBaseName } from './render-report.js';

/** Markdown: the report, with each chart as an SVG file beside it. */
export function markdownFormat(): OutputFormat {
  return {
    render: async (r) => renderReport(r.view, r.charts, r.templates, 'md'),
    close: async () => {},
  };
}

/** HTML: one self-contained file, its CSS and charts inline, nothing to fetch. */
export function htmlFormat(): OutputFormat {
  return {
    render: async (r) => [{ name: `${reportBaseName(r.year)}.html`, content: r.html() }],
    close: async () => {},
  };
}
