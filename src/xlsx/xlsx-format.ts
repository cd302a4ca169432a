/**
 * XLSX: the document's tables as a workbook for the board (tables-workbook.ts); a document without a table gives
 * no workbook.
 */
import type { OutputFormat } from '../render/output-format.js';
import { tablesWorkbook } from './tables-workbook.js';

export function xlsxFormat(): OutputFormat {
  return {
    render: async (d) => {
      const content = await tablesWorkbook(d.document);
      return content === undefined ? [] : [{ name: `${d.baseName}.xlsx`, content }];
    },
    close: async () => {},
  };
}
