import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString } from 'pdf-lib';
import { type PdfMeta, TOOL_NAME } from './pdf-meta.js';

// Determinism: Chromium's PDF is byte-stable for the same HTML and browser build (font subsets are named
// AAAAAA+, BAAAAA+, ... in order of use) except for its Info dictionary: /CreationDate and /ModDate are the
// clock, to the second, and /Creator, /Producer name the browser build. All four are replaced below; the file
// has no XMP stream and no trailer /ID that could carry them elsewhere. The outline (/Outlines) and the
// structure tree (/StructTreeRoot, /MarkInfo) survive: pdf-lib rewrites every object it parsed.

/**
 * Returns the PDF with our metadata and a content-derived /ID, so that equal input gives equal bytes, through
 * pdf-lib, which rewrites every object: the way for a PDF that is not laid out as Chromium lays its out (see
 * finalize-pdf.ts, which handles those in place, in a few milliseconds).
 */
export async function finalizeWithPdfLib(bytes: Uint8Array, meta: PdfMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  // pdf-lib joins keywords with spaces, which would merge multi-word Vietnamese keywords: join them ourselves.
  doc.setKeywords([meta.keywords.join(', ')]);
  doc.setCreator(TOOL_NAME);
  doc.setProducer(TOOL_NAME);
  doc.setLanguage(meta.language);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);

  // updateFieldAppearances would add an empty /AcroForm; object streams are left out for old readers.
  const save = () =>
    doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
  // The /ID (two equal 16-byte strings at creation) is the hash of the file as it is without an /ID.
  const digest = createHash('sha256')
    .update(await save())
    .digest('hex')
    .slice(0, 32)
    .toUpperCase();
  const id = PDFHexString.of(digest);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return save();
}
