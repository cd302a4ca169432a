import type { Config } from 'vega-lite';
import { viNumberLocale } from './vi-number-locale.js';

/** The font stack of the printed report. */
export const CHART_FONT = 'Times New Roman, Liberation Serif, serif';

/** Width in px of a chart: an A4 text column. */
export const CHART_WIDTH = 600;

/** The shared vega-lite config: serif black text, 12–13 px, greys only, vi-VN number formats. */
export function chartConfig(): Config {
  return {
    locale: { number: viNumberLocale() },
    font: CHART_FONT,
    background: 'white',
    padding: 4,
    view: { stroke: null },
    title: { font: CHART_FONT, fontSize: 13, fontWeight: 'bold', color: '#000', anchor: 'start', offset: 10 },
    axis: {
      labelFont: CHART_FONT,
      labelFontSize: 12,
      labelColor: '#000',
      titleFont: CHART_FONT,
      titleFontSize: 12,
      titleFontWeight: 'normal',
      titleColor: '#000',
      domainColor: '#000',
      tickColor: '#000',
      gridColor: '#d9d9d9',
      gridWidth: 0.5,
    },
    legend: {
      labelFont: CHART_FONT,
      labelFontSize: 12,
      labelColor: '#000',
      titleFont: CHART_FONT,
      titleFontSize: 12,
      titleColor: '#000',
      symbolStrokeColor: '#000',
      symbolStrokeWidth: 0.5,
    },
    text: { font: CHART_FONT, fontSize: 12, color: '#000' },
  };
}
