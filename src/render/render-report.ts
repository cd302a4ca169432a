import { renderAttainmentChart } from '../charts/render-attainment-chart.js';
import { renderYearOverYearChart } from '../charts/render-year-over-year-chart.js';
import type { ReportView } from '../view/view-types.js';
import type { ReportFormat, Templates } from './load-templates.js';

/** A rendered output, not yet written: its file name within the year's folder and its content. */
export interface RenderedFile {
  name: string;
  content: string | Uint8Array;
}

/** One chart figure: its SVG, the file it is written to beside the Markdown, and its caption. */
export interface RenderedChart {
  svg: string;
  file: string;
  caption: string;
}

/** The report's charts, in order; a long chart is split into several figures. */
export type RenderedCharts = RenderedChart[];

/**
 * Indicators per chart figure. A figure of more would not fit a page, and vega's time and memory grow faster
 * than the number of panels (measured: 800 panels in one chart took 12 s and 865 MB; in 50s, a fraction).
 */
export const CHART_CHUNK = 40;

/** Returns the base name of a year's report files: bao-cao-2018. */
export function reportBaseName(year: number): string {
  return `bao-cao-${year}`;
}

/** Returns the charts of a view as SVG figures; none for a chart with nothing to show. */
export async function renderCharts(view: ReportView): Promise<RenderedCharts> {
  const { charts } = view.results;
  const out: RenderedChart[] = [];
  const add = async <T>(items: T[], base: string, title: string, render: (part: T[]) => Promise<string>) => {
    const parts = chunk(items, CHART_CHUNK);
    for (const [i, part] of parts.entries()) {
      const suffix = parts.length > 1 ? `-${i + 1}` : '';
      const caption = parts.length > 1 ? `${title} (${i + 1}/${parts.length})` : title;
      // Titles are captions under the figure in the templates, not drawn inside the chart.
      out.push({ svg: await render(part), file: `${base}${suffix}.svg`, caption });
    }
  };
  await add(charts.attainment, `bieu-do-hoan-thanh-ke-hoach-${view.year}`, charts.attainmentTitle, (part) =>
    renderAttainmentChart(part),
  );
  await add(
    charts.yearOverYear,
    `bieu-do-so-sanh-${view.year}-${view.priorYear}`,
    charts.yearOverYearTitle,
    (part) => renderYearOverYearChart(part, { year: view.year, priorYear: view.priorYear }),
  );
  return out;
}

function chunk<T>(items: T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
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
  for (const chart of charts) files.push({ name: chart.file, content: chart.svg });
  return files;
}
