import type { SpanChartIndicator } from '../view/span-document.js';
import { renderSmallMultiples, smallMultiplesHeight } from './render-small-multiples.js';

const FILL = '#404040';

/** Returns the height in px the chart of `indicators` comes out at, estimated from the layout vega uses. */
export function spanChartHeight(indicators: readonly SpanChartIndicator[]): number {
  return smallMultiplesHeight(indicators);
}

/**
 * An SVG chart of an area across a span of years: a small panel per indicator, a bar per year with a figure (a year
 * without one has none: nothing is drawn for it), each with its own scale from zero and its figure written beside
 * it, as the year-over-year chart does; '' when there are no indicators.
 */
export async function renderSpanChart(indicators: SpanChartIndicator[]): Promise<string> {
  return renderSmallMultiples(indicators, { fill: FILL, idPrefix: 'span-chart' });
}
