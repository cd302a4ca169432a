import type { YoyGroup } from '../view/view-types.js';
import { type Panel, renderSmallMultiples, smallMultiplesHeight } from './render-small-multiples.js';

const PRIOR_FILL = '#bdbdbd';
const CURRENT_FILL = '#404040';

/** Returns each group as its panel: the prior bar above this one's. */
function panels(groups: readonly YoyGroup[], priorName: string, currentName: string): Panel[] {
  return groups.map((g) => ({
    label: g.label,
    unit: g.unit,
    bars: [
      { year: priorName, value: g.prior, text: g.priorText },
      { year: currentName, value: g.current, text: g.currentText },
    ],
  }));
}

/** Returns the height in px the chart of `groups` comes out at, estimated from the layout vega uses. */
export function yearOverYearChartHeight(groups: readonly YoyGroup[]): number {
  return smallMultiplesHeight(panels(groups, '', ''));
}

/** An SVG chart with one small panel per indicator comparing the prior year with this year; '' when there are no groups. */
export async function renderYearOverYearChart(
  groups: YoyGroup[],
  /** The names of the two bars: the years, or the spans ("9 tháng 2018", "9 tháng 2019"). */
  opts: { year: number | string; priorYear: number | string; title?: string },
): Promise<string> {
  return renderSmallMultiples(panels(groups, String(opts.priorYear), String(opts.year)), {
    fill: [PRIOR_FILL, CURRENT_FILL],
    title: opts.title,
    idPrefix: 'yoy-chart',
  });
}
