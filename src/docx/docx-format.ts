/**
 * DOCX: an editable Word copy of the report, for the office to work on before the PDF is signed (the PDF stays
 * the document that is signed). Built from the same view and charts as the other formats (build-docx.ts).
 */
import type { OutputFormat } from '../render/output-format.js';
import { reportBaseName } from '../render/render-report.js';
import { buildDocx } from './build-docx.js';
import { packDocx } from './pack-docx.js';

export function docxFormat(): OutputFormat {
  return {
    render: async (r) => [
      {
        name: `${reportBaseName(r.year)}.docx`,
        content: await packDocx(buildDocx(r.view, r.charts), r.view.meta.date),
      },
    ],
    close: async () => {},
  };
}
