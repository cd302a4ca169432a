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
  // A zip entry's time is local and no earlier than 1980; noon of the report's date is the same day anywhere.
  const mtime = new Date(`${date}T12:00:00Z`);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]])), {
    level: 6,
  });
}
