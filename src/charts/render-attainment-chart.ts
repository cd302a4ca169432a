import type { TopLevelSpec } from 'vega-lite';
import type { AttainmentBar } from '../view/view-types.js';
import { CHART_WIDTH, chartConfig } from './chart-config.js';
import { renderVegaLiteSvg } from './render-vega-lite-svg.js';
import { toChartNumber } from './to-chart-number.js';
import { wrapLabel } from './wrap-label.js';

/** Legend text and print-friendly grey of each status, in legend order. */
const STATUSES = [
  { status: 'exceeded', text: 'Vượt kế hoạch', fill: '#333333' },
  { status: 'met', text: 'Đạt kế hoạch', fill: '#737373' },
  { status: 'not_met', text: 'Chưa đạt', fill: '#d0d0d0' },
] as const;

/**
 * Layout in px. Headless vega estimates text at 0.8 em per character (about twice the real width of a
 * serif), so letting it size the chart would leave wide blank margins or truncate names early. Instead the
 * names are wrapped here (38 characters of 12 px serif ≈ 190 px) into a fixed left column, and the chart
 * uses `autosize: none` with explicit padding.
 */
const LABEL_COLUMN = 215;
const LABEL_CHARS = 38;
const BAR_HEIGHT = 18;
const LABEL_LINES = 3;
const LINE_HEIGHT = 14;
const TITLE_CHARS = 90;
const TITLE_LINE_HEIGHT = 17;
const LEGEND_HEIGHT = 24; // 12 px symbols + 12 px offset
const TITLE_OFFSET = 10;
const AXIS_HEIGHT = 42;
const RIGHT = 8;

/** Returns the layout of the chart of `bars`: the row step and the space above the bars (legend and title). */
function layout(bars: readonly AttainmentBar[], title?: string) {
  const maxLines = Math.max(...bars.map((bar) => wrapLabel(bar.label, LABEL_CHARS, LABEL_LINES).length));
  const step = Math.max(26, maxLines * LINE_HEIGHT + 14);
  const titleLines = title ? wrapLabel(title, TITLE_CHARS, 3) : [];
  const top =
    LEGEND_HEIGHT + 6 + (titleLines.length > 0 ? TITLE_OFFSET + titleLines.length * TITLE_LINE_HEIGHT : 0);
  return { step, titleLines, top };
}

/** Returns the height in px of the chart of `bars` (the chart is laid out by hand, so this is exact). */
export function attainmentChartHeight(bars: readonly AttainmentBar[]): number {
  if (bars.length === 0) return 0;
  const { step, top } = layout(bars);
  return top + step * bars.length + AXIS_HEIGHT;
}

/** An SVG chart of horizontal bars of % of target per indicator, with a rule at 100%; '' when there are no bars. */
export async function renderAttainmentChart(
  bars: AttainmentBar[],
  opts: { title?: string } = {},
): Promise<string> {
  if (bars.length === 0) return '';
  // Bars are keyed by position (names may repeat once wrapped); the axis shows each key's wrapped name.
  const rows = bars.map((bar, index) => {
    const status = STATUSES.find((s) => s.status === bar.status);
    if (status === undefined) throw new RangeError(`Unknown attainment status: "${String(bar.status)}"`);
    return {
      key: String(index).padStart(4, '0'),
      value: toChartNumber(bar.percent, bar.label),
      text: bar.percentText,
      statusText: status.text,
      description: `${bar.label}: ${bar.percentText} (${status.text})`,
    };
  });
  const present = STATUSES.filter((s) => bars.some((bar) => bar.status === s.status));
  const values = rows.map((row) => row.value);
  // Room right of the longest bar for its text; the 100% rule is always in view.
  const high = Math.max(100, ...values) * 1.18;
  const low = Math.min(0, ...values);
  const labelsByKey = Object.fromEntries(
    rows.map((row, index) => [row.key, wrapLabel(bars[index]?.label ?? '', LABEL_CHARS, LABEL_LINES)]),
  );
  const { step, titleLines, top } = layout(bars, opts.title);
  const textWidth = Math.max(...rows.map((row) => Array.from(row.text).length)) * 6.5;
  const y = { field: 'key', type: 'nominal', sort: null, title: null } as const;
  const x = {
    field: 'value',
    type: 'quantitative' as const,
    scale: { domain: [low, high], nice: true },
    title: 'Tỷ lệ so với kế hoạch (%)',
  };

  const spec: TopLevelSpec = {
    config: chartConfig(),
    ...(titleLines.length > 0
      ? {
          title: {
            text: titleLines,
            frame: 'group',
            offset: TITLE_OFFSET,
            dx: 4 - LABEL_COLUMN,
            lineHeight: TITLE_LINE_HEIGHT,
          },
        }
      : {}),
    width: CHART_WIDTH - LABEL_COLUMN - RIGHT,
    height: step * rows.length,
    autosize: 'none',
    padding: { left: LABEL_COLUMN, right: RIGHT, top, bottom: AXIS_HEIGHT },
    data: { values: rows },
    layer: [
      {
        mark: { type: 'bar', stroke: '#000', strokeWidth: 0.5, height: BAR_HEIGHT },
        encoding: {
          y: {
            ...y,
            axis: {
              labelExpr: `${JSON.stringify(labelsByKey)}[datum.value]`,
              labelLimit: 0,
              labelLineHeight: LINE_HEIGHT,
              labelPadding: 6,
              ticks: false,
            },
          },
          x: { ...x, axis: { tickCount: 6, grid: true } },
          fill: {
            field: 'statusText',
            type: 'nominal',
            scale: { domain: present.map((s) => s.text), range: present.map((s) => s.fill) },
            legend: {
              title: null,
              orient: 'top',
              offset: LEGEND_HEIGHT - 12,
              direction: 'horizontal',
              symbolType: 'square',
            },
          },
          description: { field: 'description' },
        },
      },
      {
        mark: { type: 'rule', color: '#000', strokeWidth: 1, strokeDash: [4, 3], aria: false },
        encoding: { x: { datum: 100, type: 'quantitative' } },
      },
      {
        // White ground under each value so the 100% rule never runs through the text.
        mark: { type: 'rect', fill: 'white', xOffset: 2, x2Offset: textWidth + 6, height: 16, aria: false },
        encoding: { y, x, x2: { field: 'value' } },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, aria: false },
        encoding: { y, x, text: { field: 'text' } },
      },
    ],
  };
  return renderVegaLiteSvg(spec, 'attainment-chart');
}
