import type { TopLevelSpec } from 'vega-lite';
import type { SpanChartIndicator } from '../view/span-document.js';
import { CHART_WIDTH, chartConfig } from './chart-config.js';
import { renderVegaLiteSvg } from './render-vega-lite-svg.js';
import { toChartNumber } from './to-chart-number.js';
import { wrapLabel } from './wrap-label.js';

const FILL = '#404040';
/** As the year-over-year chart sets them (render-year-over-year-chart.ts): see there for why. */
const PANEL_TITLE_CHARS = 54;
const YEAR_AXIS_WIDTH = 50;
const BAR_STEP = 19;
const TITLE_LINE = 14;
const AXIS = 27;
const SPACING = 20;
const PADDING = 8;

function panelTitle(i: SpanChartIndicator): string {
  return i.unit.trim() === '' ? i.label : `${i.label} (${i.unit.trim()})`;
}

/** Returns the height in px the chart of `indicators` comes out at, estimated from the layout vega uses. */
export function spanChartHeight(indicators: readonly SpanChartIndicator[]): number {
  if (indicators.length === 0) return 0;
  const panels = indicators.map(
    (i) =>
      wrapLabel(panelTitle(i), PANEL_TITLE_CHARS, 3).length * TITLE_LINE + BAR_STEP * i.bars.length + AXIS,
  );
  return panels.reduce((sum, h) => sum + h, 0) + SPACING * (indicators.length - 1) + PADDING;
}

/**
 * An SVG chart of an area across a span of years: a small panel per indicator, a bar per year with a figure (a year
 * without one has none: nothing is drawn for it), each with its own scale from zero and its figure written beside
 * it, as the year-over-year chart does; '' when there are no indicators.
 */
export async function renderSpanChart(indicators: SpanChartIndicator[]): Promise<string> {
  if (indicators.length === 0) return '';
  const panels = indicators.map((indicator, index) => {
    const rows = indicator.bars.map((bar) => ({
      year: bar.year,
      value: toChartNumber(bar.value, indicator.label),
      text: bar.text,
      description: `${indicator.label}, ${bar.year}: ${bar.text} ${indicator.unit}`.trim(),
    }));
    const values = rows.map((row) => row.value);
    const high = Math.max(0, ...values) * 1.25;
    const low = Math.min(0, ...values) * 1.25;
    const y = { field: 'year', type: 'nominal' as const, sort: rows.map((r) => r.year), title: null };
    const x = {
      field: 'value',
      type: 'quantitative' as const,
      scale: { domain: [low, high === low ? 1 : high], nice: true },
      title: null,
    };
    return {
      name: `panel${index}`,
      title: { text: wrapLabel(panelTitle(indicator), PANEL_TITLE_CHARS, 3) },
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
            fill: FILL,
          },
          encoding: {
            y: { ...y, axis: { ticks: false, labelPadding: 6 } },
            x: { ...x, axis: { tickCount: 4, grid: true, labelFlush: true } },
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
    spacing: SPACING,
    vconcat: panels,
  };
  return renderVegaLiteSvg(spec, 'span-chart');
}
