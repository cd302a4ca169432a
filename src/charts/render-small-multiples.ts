import type { TopLevelSpec } from 'vega-lite';
import { CHART_WIDTH, chartConfig } from './chart-config.js';
import { renderVegaLiteSvg } from './render-vega-lite-svg.js';
import { toChartNumber } from './to-chart-number.js';
import { wrapLabel } from './wrap-label.js';

/** One panel of a small-multiples chart: an indicator, with a bar for each year (or span) it is drawn for. */
export interface Panel {
  label: string;
  unit: string;
  /** The bars in order, top to bottom: the year's or span's name, the decimal string, the figure as written. */
  bars: readonly { year: string; value: string; text: string }[];
}

/** How the panels are drawn besides their bars. */
export interface SmallMultiplesOptions {
  /** One fill for every bar, or one for each bar's place in a panel (the first bar's, the second's, ...). */
  fill: string | readonly string[];
  /** A title drawn above the panels; none when the caption outside the chart names it. */
  title?: string | undefined;
  /** The prefix of the SVG's ids, so that two charts inlined in one page never share one. */
  idPrefix: string;
}

/**
 * Headless vega sizes text at 0.8 em per character (about twice a real serif), and the chart grows to fit
 * that estimate; names are wrapped short enough that the estimate stays inside the A4 column.
 */
const PANEL_TITLE_CHARS = 54;
const TITLE_CHARS = 52;
const YEAR_AXIS_WIDTH = 50;
const BAR_STEP = 19;

/** Heights in px of a panel's parts as vega lays them out (measured): a title line, the x axis with the title's offset, the gap between panels. */
const TITLE_LINE = 14;
const AXIS = 27;
const SPACING = 20;
const PADDING = 8;

function panelTitle(panel: Pick<Panel, 'label' | 'unit'>): string {
  return panel.unit.trim() === '' ? panel.label : `${panel.label} (${panel.unit.trim()})`;
}

/** Returns the height in px a chart of `panels` comes out at, estimated from the layout vega uses. */
export function smallMultiplesHeight(
  panels: readonly { label: string; unit: string; bars: readonly unknown[] }[],
): number {
  if (panels.length === 0) return 0;
  const heights = panels.map(
    (p) =>
      wrapLabel(panelTitle(p), PANEL_TITLE_CHARS, 3).length * TITLE_LINE + BAR_STEP * p.bars.length + AXIS,
  );
  return heights.reduce((sum, h) => sum + h, 0) + SPACING * (panels.length - 1) + PADDING;
}

/**
 * An SVG chart with one small panel per indicator, a horizontal bar for each of its years, each panel with its own
 * scale from zero and every bar's figure written beside it; '' when there are no panels.
 */
export async function renderSmallMultiples(
  panels: readonly Panel[],
  opts: SmallMultiplesOptions,
): Promise<string> {
  if (panels.length === 0) return '';
  // Indicators are in different units (people, %, billion đồng), so one shared axis would flatten the small
  // ones and normalising to the first year would hide the real figures. Each indicator gets its own small
  // panel with its own x scale starting at zero: the bars of a panel compare honestly, and every bar
  // carries its vi-VN figure, so panels are never read against each other.
  const vconcat = panels.map((panel, index) => {
    const rows = panel.bars.map((bar) => ({
      year: bar.year,
      value: toChartNumber(bar.value, panel.label),
      text: bar.text,
      description: `${panel.label}, ${bar.year}: ${bar.text} ${panel.unit}`.trim(),
    }));
    const names = rows.map((row) => row.year);
    const values = rows.map((row) => row.value);
    // Room beyond the longest bar for its text, on whichever side of zero it lies.
    const high = Math.max(0, ...values) * 1.25;
    const low = Math.min(0, ...values) * 1.25;
    const y = { field: 'year', type: 'nominal' as const, sort: names, title: null };
    const x = {
      field: 'value',
      type: 'quantitative' as const,
      scale: { domain: [low, high === low ? 1 : high], nice: true },
      title: null,
    };
    const { fill } = opts;
    return {
      name: `panel${index}`,
      title: { text: wrapLabel(panelTitle(panel), PANEL_TITLE_CHARS, 3) },
      width: CHART_WIDTH - YEAR_AXIS_WIDTH,
      height: BAR_STEP * rows.length,
      data: { values: rows },
      layer: [
        {
          mark: {
            type: 'bar' as const,
            stroke: '#000',
            strokeWidth: 0.5,
            height: { band: 0.75 },
            ...(typeof fill === 'string' ? { fill } : {}),
          },
          encoding: {
            y: { ...y, axis: { ticks: false, labelPadding: 6 } },
            x: { ...x, axis: { tickCount: 4, grid: true, labelFlush: true } },
            ...(typeof fill === 'string'
              ? {}
              : {
                  fill: {
                    field: 'year',
                    type: 'nominal' as const,
                    scale: { domain: names, range: [...fill] },
                    legend: null,
                  },
                }),
            description: { field: 'description' },
          },
        },
        {
          mark: {
            type: 'text' as const,
            baseline: 'middle' as const,
            align: { expr: "datum.value < 0 ? 'right' : 'left'" },
            dx: { expr: 'datum.value < 0 ? -4 : 4' },
            aria: false,
          },
          encoding: { y, x, text: { field: 'text' } },
        },
      ],
    };
  });
  const spec: TopLevelSpec = {
    config: { ...chartConfig(), title: { ...chartConfig().title, fontSize: 12 } },
    ...(opts.title
      ? { title: { text: wrapLabel(opts.title, TITLE_CHARS, 3), fontSize: 13, offset: 14 } }
      : {}),
    spacing: SPACING,
    vconcat,
  };
  return renderVegaLiteSvg(spec, opts.idPrefix);
}
