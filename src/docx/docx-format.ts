/**
 * DOCX: an editable Word copy of the document, for the office to work on before the PDF is signed (the PDF stays
 * the document that is signed). Drawn from the same document as the other formats (render-docx.ts).
 */
import type { OutputFormat } from '../render/output-format.js';
import { packDocx } from './pack-docx.js';
import { renderDocx } from './render-docx.js';

export function docxFormat(): OutputFormat {
  return {
    render: async (d) => [
      {
        name: `${d.baseName}.docx`,
        content: await packDocx(renderDocx(d.document, d.charts), d.document.meta.date),
      },
    ],
    close: async () => {},
  };
}
