import type { TopLevelSpec } from 'vega-lite';
import type { YoyGroup } from '../view/view-types.js';
import { CHART_WIDTH, chartConfig } from './chart-config.js';
import { renderVegaLiteSvg } from './render-vega-lite-svg.js';
import { toChartNumber } from './to-chart-number.js';
import { wrapLabel } from './wrap-label.js';

const PRIOR_FILL = '#bdbdbd';
const CURRENT_FILL = '#404040';
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

function panelTitle(group: YoyGroup): string {
  return group.unit.trim() === '' ? group.label : `${group.label} (${group.unit.trim()})`;
}

/** Returns the height in px the chart of `groups` comes out at, estimated from the layout vega uses. */
export function yearOverYearChartHeight(groups: readonly YoyGroup[]): number {
  if (groups.length === 0) return 0;
  const panels = groups.map((g) => wrapLabel(panelTitle(g), PANEL_TITLE_CHARS, 3).length * TITLE_LINE);
  return (
    panels.reduce((sum, title) => sum + title + BAR_STEP * 2 + AXIS, 0) +
    SPACING * (groups.length - 1) +
    PADDING
  );
}

/** An SVG chart with one small panel per indicator comparing the prior year with this year; '' when there are no groups. */
export async function renderYearOverYearChart(
  groups: YoyGroup[],
  /** The names of the two bars: the years, or the spans ("9 tháng 2018", "9 tháng 2019"). */
  opts: { year: number | string; priorYear: number | string; title?: string },
): Promise<string> {
  if (groups.length === 0) return '';
  const priorName = String(opts.priorYear);
  const currentName = String(opts.year);
  // Indicators are in different units (people, %, billion đồng), so one shared axis would flatten the small
  // ones and normalising to the prior year would hide the real figures. Each indicator gets its own small
  // panel with its own x scale starting at zero: the two bars of a panel compare honestly, and every bar
  // carries its vi-VN figure, so panels are never read against each other.
  const panels = groups.map((group, index) => {
    const rows = [
      { year: priorName, value: toChartNumber(group.prior, group.label), text: group.priorText },
      { year: currentName, value: toChartNumber(group.current, group.label), text: group.currentText },
    ].map((row) => ({
      ...row,
      description: `${group.label}, ${row.year}: ${row.text} ${group.unit}`.trim(),
    }));
    const values = rows.map((row) => row.value);
    // Room beyond the longer bar for its text, on whichever side of zero it lies.
    const high = Math.max(0, ...values) * 1.25;
    const low = Math.min(0, ...values) * 1.25;
    const title = panelTitle(group);
    const y = { field: 'year', type: 'nominal' as const, sort: [priorName, currentName], title: null };
    const x = {
      field: 'value',
      type: 'quantitative' as const,
      scale: { domain: [low, high === low ? 1 : high], nice: true },
      title: null,
    };
    return {
      name: `panel${index}`,
      title: { text: wrapLabel(title, PANEL_TITLE_CHARS, 3) },
      width: CHART_WIDTH - YEAR_AXIS_WIDTH,
      height: BAR_STEP * 2,
      data: { values: rows },
      layer: [
        {
          mark: { type: 'bar' as const, stroke: '#000', strokeWidth: 0.5, height: { band: 0.75 } },
          encoding: {
            y: { ...y, axis: { ticks: false, labelPadding: 6 } },
            x: { ...x, axis: { tickCount: 4, grid: true, labelFlush: true } },
            fill: {
              field: 'year',
              type: 'nominal' as const,
              scale: { domain: [priorName, currentName], range: [PRIOR_FILL, CURRENT_FILL] },
              legend: null,
            },
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
    vconcat: panels,
  };
  return renderVegaLiteSvg(spec, 'yoy-chart');
}
