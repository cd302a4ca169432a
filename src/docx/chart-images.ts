/**
 * A chart's SVG (the same figure the HTML and the PDF carry, from the same vega-lite specification) as a PNG for
 * Word, drawn at 300 dots per inch so that it is sharp when printed; its size on the page is the SVG's own
 * (600 px across: 15,9 cm, the text column). resvg draws it with the fonts of the system (Times New Roman,
 * Liberation Serif), as the browser does.
 */
import { Resvg } from '@resvg/resvg-js';

/** Print resolution over the SVG's 96 px to the inch. */
export const PRINT_SCALE = 300 / 96;

export interface ChartImage {
  png: Uint8Array;
  /** The figure's size on the page, in CSS px (96 to the inch). */
  width: number;
  height: number;
}

/** Returns the chart drawn as a PNG at print resolution, with its size on the page. */
export function chartImage(svg: string): ChartImage {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PRINT_SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: 'Times New Roman' },
    background: 'white',
  });
  const rendered = resvg.render();
  return {
    png: rendered.asPng(),
    width: Math.round(rendered.width / PRINT_SCALE),
    height: Math.round(rendered.height / PRINT_SCALE),
  };
}
