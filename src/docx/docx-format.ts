/**
 * DOCX: an editable Word copy of the document, for the office to work on before the PDF is signed (the PDF stays
 * the document that is signed). Built from the same view as the other formats (build-docx.ts).
 */
import type { OutputFormat } from '../render/output-format.js';

export function docxFormat(): OutputFormat {
  return {
    render: async (r) => [{ name: `${r.baseName}.docx`, content: await r.docx() }],
    close: async () => {},
  };
}
