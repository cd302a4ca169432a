import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Compiles a vega-lite spec and renders it headless to a standalone SVG string.
 * Vega numbers clip paths and gradients from a process-wide counter; the ids are renamed here to
 * `<idPrefix>-<hash>-<n>` so that the same spec always gives the same string, and two different charts
 * inlined in one HTML page never share an id.
 */

/** The SVG markup of the chart; warnings from vega-lite and vega go to `onWarning` (errors throw). */
export async function renderVegaLiteSvg(
  spec: TopLevelSpec,
  idPrefix: string,
  onWarning: (message: string) => void = () => {},
): Promise<string> {
  const errors: string[] = [];
  const logger = vega.logger(vega.Warn, undefined, (method, _level, args) => {
    const message = args.map(String).join(' ');
    if (method === 'error') errors.push(message);
    else onWarning(message);
  });
  const vgSpec = compile(spec, { logger }).spec;
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none', logger });
  try {
    const svg = await view.toSVG();
    if (errors.length > 0) throw new Error(`Chart rendering failed: ${errors.join('; ')}`);
    return stabiliseIds(dropUnusedXlink(svg), idPrefix);
  } finally {
    view.finalize();
  }
}

function dropUnusedXlink(svg: string): string {
  const declaration = ' xmlns:xlink="http://www.w3.org/1999/xlink"';
  const rest = svg.replace(declaration, '');
  return rest.includes('xlink:') ? svg : rest;
}

function stabiliseIds(svg: string, idPrefix: string): string {
  const ids = new Map<string, number>();
  for (const match of svg.matchAll(/ id="([^"]+)"/g)) {
    const id = match[1];
    if (id !== undefined && !ids.has(id)) ids.set(id, ids.size + 1);
  }
  if (ids.size === 0) return svg;
  const rename = (text: string, name: (n: number) => string): string =>
    text.replace(/( id="|url\(#|href="#)([^")]+)/g, (whole, lead: string, id: string) => {
      const n = ids.get(id);
      return n === undefined ? whole : `${lead}${name(n)}`;
    });
  const numbered = rename(svg, (n) => `${idPrefix}-${n}`);
  const hash = fnv1a(numbered);
  return rename(svg, (n) => `${idPrefix}-${hash}-${n}`);
}

/** FNV-1a 32-bit hash of the text, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
