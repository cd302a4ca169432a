import { createHash } from 'node:crypto';
import { type PdfMeta, TOOL_NAME } from './pdf-meta.js';

// Determinism: Chromium's PDF is byte-stable for the same HTML and browser build (font subsets are named
// AAAAAA+, BAAAAA+, ... in order of use) except for its Info dictionary: /CreationDate and /ModDate are the
// clock, to the second, and /Creator, /Producer name the browser build. The Info dictionary is rewritten in
// place with our metadata and fixed dates, the catalog gets /Lang and /DisplayDocTitle where Chromium did not
// set them, the cross-reference table is shifted to match, and the trailer gets an /ID derived from the content.
// The structure tree's element ids are renumbered (renumberElementIds); every other byte stays as Chromium wrote
// it (fonts, pages, the outline, the rest of the structure tree). This takes a few
// milliseconds where loading and saving the whole file with pdf-lib took some 130 ms and more; a PDF not laid
// out as Chromium lays it out (one classic cross-reference table, no update, no encryption) goes through
// pdf-lib instead (finalize-pdf-lib.ts), loaded only then.

/** Returns the PDF with our metadata and a content-derived /ID, so that equal input gives equal bytes. */
export async function finalizePdf(bytes: Uint8Array, meta: PdfMeta): Promise<Uint8Array> {
  if (Number.isNaN(meta.date.getTime())) throw new TypeError('PdfMeta.date is not a valid date');
  const text = renumberElementIds(Buffer.from(bytes).toString('latin1'));
  const layout = readLayout(text);
  if (layout === undefined) {
    const { finalizeWithPdfLib } = await import('./finalize-pdf-lib.js');
    return finalizeWithPdfLib(Buffer.from(text, 'latin1'), meta);
  }
  return Buffer.from(rewrite(text, layout, meta), 'latin1');
}

/** A structure element's id as Chromium writes it: the DOM node's number, "(node00000074)". */
const ELEMENT_ID = /\(node(\d{8,})\)/g;

/**
 * Returns the PDF with the tagged structure's element ids renumbered from 0 in their own order. Chromium names
 * each element after its DOM node's number (/ID, the table cells' /Headers and the IDTree refer to them), and
 * node numbers count on across the documents a browser tab has shown: the same report printed in a used tab
 * would differ there only. Each id keeps its width, so no offset moves, and their order, so the IDTree stays
 * sorted.
 */
export function renumberElementIds(text: string): string {
  const ids = [...new Set(Array.from(text.matchAll(ELEMENT_ID), (m) => m[1] as string))].sort(
    (a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0),
  );
  const renamed = new Map(ids.map((id, i) => [id, String(i).padStart(id.length, '0')]));
  return text.replace(ELEMENT_ID, (_, id: string) => `(node${renamed.get(id)})`);
}

/** One row of the cross-reference table: where an object is (in use) or the next free one. */
interface XrefEntry {
  offset: number;
  generation: string;
  type: 'n' | 'f';
}

/** What a Chromium PDF is made of, for a rewrite: its table, trailer and the objects rewritten. */
interface Layout {
  /** Where "xref" starts; the table's subsections, each a first object number and its entries. */
  xrefAt: number;
  sections: { first: number; entries: XrefEntry[] }[];
  size: string;
  root: number;
  info: number;
}

/** Returns the layout of a PDF with one classic cross-reference table and a plain trailer, else undefined. */
export function readLayout(text: string): Layout | undefined {
  const startxref = text.lastIndexOf('startxref');
  if (startxref < 0 || text.indexOf('startxref') !== startxref) return undefined; // an update appended
  const xrefAt = Number(/^startxref\s+(\d+)/.exec(text.slice(startxref))?.[1]);
  if (!Number.isInteger(xrefAt) || !text.startsWith('xref', xrefAt)) return undefined; // a cross-reference stream
  const sections: Layout['sections'] = [];
  const row = /(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)/y;
  const header = /\s*(\d+) (\d+)\s*?(?:\r\n|\r|\n)/y;
  let at = xrefAt + 4;
  for (;;) {
    header.lastIndex = at;
    const head = header.exec(text);
    if (!head) break;
    const entries: XrefEntry[] = [];
    at = header.lastIndex;
    for (let i = 0; i < Number(head[2]); i++) {
      row.lastIndex = at;
      const entry = row.exec(text);
      if (!entry) return undefined;
      entries.push({ offset: Number(entry[1]), generation: entry[2] as string, type: entry[3] as 'n' | 'f' });
      at = row.lastIndex;
    }
    sections.push({ first: Number(head[1]), entries });
  }
  const trailer = /^\s*trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text.slice(at));
  if (!trailer || sections.length === 0) return undefined;
  const dict = trailer[1] as string;
  if (/\/(Prev|Encrypt|ID)\b/.test(dict)) return undefined;
  const size = /\/Size\s+(\d+)/.exec(dict)?.[1];
  const root = /\/Root\s+(\d+)\s+0\s+R/.exec(dict)?.[1];
  const info = /\/Info\s+(\d+)\s+0\s+R/.exec(dict)?.[1];
  if (size === undefined || root === undefined || info === undefined) return undefined;
  return { xrefAt, sections, size, root: Number(root), info: Number(info) };
}

/** Returns the file with the Info dictionary and catalog rewritten, the table shifted and an /ID added. */
function rewrite(text: string, layout: Layout, meta: PdfMeta): string {
  const offsetOf = (num: number) => {
    for (const { first, entries } of layout.sections) {
      const entry = entries[num - first];
      if (entry?.type === 'n') return entry.offset;
    }
    return undefined;
  };
  const replacements = [
    { num: layout.info, body: () => infoDictionary(meta) },
    { num: layout.root, body: (old: string) => catalogWithLanguage(old, meta.language) },
  ]
    .map(({ num, body }) => {
      const at = offsetOf(num);
      const object = at === undefined ? null : objectAt(text, num, at);
      return object && { at, end: object.end, text: `${num} 0 obj\n${body(object.dict)}\nendobj` };
    })
    .filter((r): r is { at: number; end: number; text: string } => r !== null)
    .sort((a, b) => a.at - b.at);
  if (replacements.length !== 2)
    throw new Error('finalizePdf: the Info dictionary or the catalog was not found');

  // The body with the two objects replaced, and where each old offset now is.
  let body = '';
  let from = 0;
  for (const r of replacements) {
    body += text.slice(from, r.at) + r.text;
    from = r.end;
  }
  body += text.slice(from, layout.xrefAt);
  const shifted = (offset: number) =>
    replacements.reduce((o, r) => (offset > r.at ? o + r.text.length - (r.end - r.at) : o), offset);

  const table = layout.sections
    .map(
      ({ first, entries }) =>
        `${first} ${entries.length}\n${entries
          .map(
            (e) =>
              `${String(e.type === 'n' ? shifted(e.offset) : e.offset).padStart(10, '0')} ${e.generation} ${e.type} \n`,
          )
          .join('')}`,
    )
    .join('');
  const trailer = (id: string) =>
    `trailer\n<</Size ${layout.size}\n/Root ${layout.root} 0 R\n/Info ${layout.info} 0 R${id}>>\nstartxref\n${body.length}\n%%EOF\n`;
  const withoutId = `${body}xref\n${table}${trailer('')}`;
  // The /ID (two equal 16-byte strings at creation) is the hash of the file as it is without an /ID.
  const digest = createHash('sha256').update(withoutId, 'latin1').digest('hex').slice(0, 32).toUpperCase();
  return `${body}xref\n${table}${trailer(`\n/ID [<${digest}> <${digest}>]`)}`;
}

/** Returns the dictionary text of object `num` at `at` ("N 0 obj <<...>> endobj"), and where the object ends. */
function objectAt(text: string, num: number, at: number): { dict: string; end: number } | null {
  const head = new RegExp(`^${num}\\s+0\\s+obj\\s*`).exec(text.slice(at, at + 40));
  const close = text.indexOf('endobj', at);
  if (!head || close < 0) return null;
  const dict = text.slice(at + head[0].length, close).trim();
  // A dictionary only: a stream object (a catalog never is one) would need its length kept.
  if (!dict.startsWith('<<') || !dict.endsWith('>>') || /\bstream\b/.test(dict)) return null;
  return { dict, end: close + 'endobj'.length };
}

/** The Info dictionary: our metadata, in UTF-16 text strings, and the data's date as both dates. */
function infoDictionary(meta: PdfMeta): string {
  const date = `(D:${meta.date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;
  return [
    `<</Title ${textString(meta.title)}`,
    `/Author ${textString(meta.author)}`,
    `/Subject ${textString(meta.subject)}`,
    // Joined with commas: spaces would merge multi-word Vietnamese keywords.
    `/Keywords ${textString(meta.keywords.join(', '))}`,
    `/Creator (${TOOL_NAME})`,
    `/Producer (${TOOL_NAME})`,
    `/CreationDate ${date}`,
    `/ModDate ${date}>>`,
  ].join('\n');
}

/** The catalog with /Lang set to `language`, and the title shown in the viewer's title bar (DisplayDocTitle). */
function catalogWithLanguage(dict: string, language: string): string {
  const lang = `/Lang ${textString(language)}`;
  let out = /\/Lang\s*(\([^)]*\)|<[0-9A-Fa-f\s]*>)/.test(dict)
    ? dict.replace(/\/Lang\s*(\([^)]*\)|<[0-9A-Fa-f\s]*>)/, lang)
    : `${dict.slice(0, -2)}\n${lang}>>`;
  if (!/\/DisplayDocTitle\s+true/.test(out)) {
    out = /\/ViewerPreferences\s*<</.test(out)
      ? out.replace(/\/ViewerPreferences\s*<</, '/ViewerPreferences <</DisplayDocTitle true\n')
      : `${out.slice(0, -2)}\n/ViewerPreferences <</DisplayDocTitle true>>>>`;
  }
  return out;
}

/** A PDF text string: UTF-16BE with its byte-order mark, in hex (any letter, no escaping). */
function textString(value: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < value.length; i++)
    hex += value.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}
