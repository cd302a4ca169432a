/** The width of the SVG from its viewBox. */
export function svgWidth(svg: string): number {
  const match = /viewBox="0 0 ([\d.]+) [\d.]+"/.exec(svg);
  return Number(match?.[1]);
}
