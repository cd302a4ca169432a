import { attainmentChartHeight, renderAttainmentChart } from '../charts/render-attainment-chart.js';
import { renderSpanChart, spanChartHeight } from '../charts/render-span-chart.js';
import { renderYearOverYearChart, yearOverYearChartHeight } from '../charts/render-year-over-year-chart.js';
import { periodLabel } from '../domain/report-period.js';
import { partCaption } from '../view/period-words.js';
import type { SpanChartArea } from '../view/span-document.js';
import type { DraftNotes, ReportView } from '../view/view-types.js';
import type { Templates } from './load-templates.js';

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
 * Indicators per chart figure at most. vega's time and memory grow faster than the number of panels (measured:
 * 800 panels in one chart took 12 s and 865 MB; in 50s, a fraction).
 */
export const CHART_CHUNK = 40;

/**
 * The tallest a figure's SVG may be, in px (96 to the inch: the chart is 600 px across the 16 cm text column).
 * 430 px is 11,4 cm: two figures and their captions fit on one A4 page (25,7 cm of text height). A figure never
 * splits across pages (the page keeps it whole), so one this short never leaves more than 11,4 cm blank.
 */
export const MAX_FIGURE_HEIGHT = 430;

/** Returns the base name of a report's files: bao-cao-2018, or bao-cao-2019-9m for its first nine months. */
export function reportBaseName(report: number | string): string {
  return `bao-cao-${report}`;
}

/** Returns the file name of the drafter's notes beside a report: ghi-chu-soan-thao-2018.md (-2019-9m.md). */
export function draftNotesFileName(report: number | string): string {
  return `ghi-chu-soan-thao-${report}.md`;
}

/** Returns the height in px a standalone SVG declares. */
export function svgHeight(svg: string): number {
  const m = /^<svg[^>]*\sheight="([\d.]+)"/.exec(svg);
  return m ? Number(m[1]) : 0;
}

/**
 * Returns `items` in as few parts as the estimated heights allow, each part at most MAX_FIGURE_HEIGHT tall and
 * CHART_CHUNK long, balanced in length when balanced parts fit too.
 */
function partsByEstimate<T>(items: T[], estimate: (part: T[]) => number): T[][] {
  const greedy: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    const next = [...current, item];
    if (current.length > 0 && (next.length > CHART_CHUNK || estimate(next) > MAX_FIGURE_HEIGHT)) {
      greedy.push(current);
      current = [item];
    } else current = next;
  }
  if (current.length > 0) greedy.push(current);
  const size = Math.ceil(items.length / greedy.length);
  const balanced = chunk(items, size);
  const fits = balanced.length === greedy.length && balanced.every((p) => estimate(p) <= MAX_FIGURE_HEIGHT);
  return fits ? balanced : greedy;
}

/**
 * Returns the SVGs of a chart of `items`, as many figures as it takes for each to be at most MAX_FIGURE_HEIGHT
 * tall: parts by the chart's own estimate of its height, and any part still too tall once drawn split in halves
 * (a single indicator always fits).
 */
async function fittedFigures<T>(
  items: T[],
  render: (part: T[]) => Promise<string>,
  estimate: (part: T[]) => number,
): Promise<string[]> {
  const out: string[] = [];
  const place = async (part: T[]): Promise<void> => {
    const svg = await render(part);
    if (part.length === 1 || svgHeight(svg) <= MAX_FIGURE_HEIGHT) {
      out.push(svg);
      return;
    }
    const half = Math.ceil(part.length / 2);
    await place(part.slice(0, half));
    await place(part.slice(half));
  };
  for (const part of partsByEstimate(items, estimate)) await place(part);
  return out;
}

/** Returns the charts of a view as SVG figures, each short enough to sit whole on a page; none for an empty chart. */
export async function renderCharts(view: ReportView): Promise<RenderedCharts> {
  const { charts } = view.results;
  const out: RenderedChart[] = [];
  const label = periodLabel({ year: view.year, months: view.months });
  const priorLabel = periodLabel({ year: view.priorYear, months: view.months });
  const add = async <T>(
    items: T[],
    base: string,
    title: string,
    render: (part: T[]) => Promise<string>,
    estimate: (part: T[]) => number,
  ) => {
    const figures = items.length === 0 ? [] : await fittedFigures(items, render, estimate);
    for (const [i, svg] of figures.entries()) {
      const suffix = figures.length > 1 ? `-${i + 1}` : '';
      // Titles are captions under the figure in the templates, not drawn inside the chart.
      out.push({ svg, file: `${base}${suffix}.svg`, caption: partCaption(title, i + 1, figures.length) });
    }
  };
  await add(
    charts.attainment,
    `bieu-do-hoan-thanh-ke-hoach-${label}`,
    charts.attainmentTitle,
    (part) => renderAttainmentChart(part),
    attainmentChartHeight,
  );
  await add(
    charts.yearOverYear,
    // A period's figure is named for both spans (bieu-do-so-sanh-2019-9m-2018-9m); a year's as it always was.
    `bieu-do-so-sanh-${label}-${priorLabel}`,
    charts.yearOverYearTitle,
    (part) => renderYearOverYearChart(part, { year: charts.currentName, priorYear: charts.priorName }),
    yearOverYearChartHeight,
  );
  return out;
}

/** Returns the charts of a span's areas (spanCharts) as SVG figures, each short enough to sit whole on a page. */
export async function renderSpanCharts(areas: readonly SpanChartArea[]): Promise<RenderedCharts> {
  const out: RenderedChart[] = [];
  for (const area of areas) {
    const figures = await fittedFigures(area.indicators, renderSpanChart, spanChartHeight);
    for (const [i, svg] of figures.entries()) {
      const suffix = figures.length > 1 ? `-${i + 1}` : '';
      out.push({ svg, file: `${area.base}${suffix}.svg`, caption: area.partCaption(i + 1, figures.length) });
    }
  }
  return out;
}

function chunk<T>(items: T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

/** Returns the drafter's notes of a year, in the words of the office (Vietnamese), as a Markdown file. */
export function renderDraftNotes(notes: DraftNotes, words: string[], templates: Templates): RenderedFile {
  return {
    name: draftNotesFileName(periodLabel(notes)),
    content: templates.renderNotes({
      year: notes.year,
      span: notes.span,
      notes: words,
    }),
  };
}
