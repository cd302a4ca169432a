import { renderAttainmentChart } from '../charts/render-attainment-chart.js';
import { renderYearOverYearChart } from '../charts/render-year-over-year-chart.js';
import type { ReportView } from '../view/view-types.js';
import type { ReportFormat, Templates } from './load-templates.js';

/** A rendered output, not yet written: its file name within the year's folder and its content. */
export interface RenderedFile {
  name: string;
  content: string | Uint8Array;
}

/** The report's charts as SVG, each with the file name it is written under beside the Markdown. */
export interface RenderedCharts {
  attainment: string;
  attainmentFile: string;
  yearOverYear: string;
  yearOverYearFile: string;
}

/** Returns the base name of a year's report files: bao-cao-2018. */
export function reportBaseName(year: number): string {
  return `bao-cao-${year}`;
}

/** Returns the charts of a view as SVG strings ('' for a chart with nothing to show). */
export async function renderCharts(view: ReportView): Promise<RenderedCharts> {
  const { charts } = view.results;
  return {
    // Titles are captions under the figure in the templates, not drawn inside the chart.
    attainment: await renderAttainmentChart(charts.attainment),
    attainmentFile: `bieu-do-hoan-thanh-ke-hoach-${view.year}.svg`,
    yearOverYear: await renderYearOverYearChart(charts.yearOverYear, {
      year: view.year,
      priorYear: view.priorYear,
    }),
    yearOverYearFile: `bieu-do-so-sanh-${view.year}-${view.priorYear}.svg`,
  };
}

/** Returns the report in one format: for Markdown with its chart files, for HTML one self-contained file. */
export function renderReport(
  view: ReportView,
  charts: RenderedCharts,
  templates: Templates,
  format: ReportFormat,
): RenderedFile[] {
  const context = { ...view, charts, assets: { css: templates.css } };
  const text = templates.render(format, context);
  const base = reportBaseName(view.year);
  if (format === 'html') return [{ name: `${base}.html`, content: text }];
  const files: RenderedFile[] = [{ name: `${base}.md`, content: text }];
  if (charts.attainment) files.push({ name: charts.attainmentFile, content: charts.attainment });
  if (charts.yearOverYear) files.push({ name: charts.yearOverYearFile, content: charts.yearOverYear });
  return files;
}
