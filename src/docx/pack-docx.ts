/**
 * Packs the Word document into the bytes of a .docx, the same bytes for the same report: docx writes the clock
 * into the document's created and modified dates, and its zip entries carry the time of packing. Both are set
 * to the report's date (from the data, never the clock), as the PDF's are.
 */
import type { Document } from 'docx';
import { Packer } from 'docx';
import { unzipSync, zipSync } from 'fflate';

/** Returns the .docx bytes of `doc`, its dates set to `date` (YYYY-MM-DD). */
export async function packDocx(doc: Document, date: string): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(doc);
  const files = unzipSync(new Uint8Array(packed));
  const when = `${date}T00:00:00Z`;
  const core = files['docProps/core.xml'];
  if (core !== undefined) {
    const text = new TextDecoder()
      .decode(core)
      .replace(
        /(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:(?:created|modified)>)/g,
        `$1${when}$2`,
      );
    files['docProps/core.xml'] = new TextEncoder().encode(text);
  }
  // A zip entry's time is written as local time (no zone), so it is given as local noon of the report's date:
  // the same bytes in any time zone (a UTC instant would be written as 19:00 in Hà Nội, 12:00 in UTC).
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 12);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]])), {
    level: 6,
  });
}
