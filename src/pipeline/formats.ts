/**
 * The output formats of a report: the one list. The command line, the build and the README's table know the
 * formats from here; a new format (docx) is a new entry with its OutputFormat.
 */
import type { PdfFormatOptions } from '../pdf/pdf-format.js';
import type { OutputFormat } from '../render/output-format.js';

/** What opening a format may need: the browser options, for PDF. */
export type FormatOptions = PdfFormatOptions;

interface FormatEntry {
  description: string;
  /** Built when no --format is given (the document's own formats); a workbook of its tables only when asked for. */
  byDefault: boolean;
  open: (options: FormatOptions) => Promise<OutputFormat>;
}

// Each format's code is loaded only when it is opened: the command line reads this list for its help and
// checks, and check must not load the renderers (vega and the chart code) nor puppeteer, which only PDF needs.
export const FORMATS = {
  md: {
    description: 'Markdown, with its charts as SVG files beside it',
    byDefault: true,
    open: async () => (await import('../render/text-formats.js')).markdownFormat(),
  },
  html: {
    description: 'one self-contained HTML file',
    byDefault: true,
    open: async () => (await import('../render/text-formats.js')).htmlFormat(),
  },
  pdf: {
    description: 'the PDF to sign, printed by a headless Chromium',
    byDefault: true,
    open: async (options) => (await import('../pdf/pdf-format.js')).pdfFormat(options),
  },
  docx: {
    description: 'an editable Word copy in the same layout (the PDF remains the document signed)',
    byDefault: true,
    open: async () => (await import('../docx/docx-format.js')).docxFormat(),
  },
  xlsx: {
    description:
      "the document's tables (results, rankings, Phụ lục I and II) as an Excel workbook, for the board",
    byDefault: false,
    open: async () => (await import('../xlsx/xlsx-format.js')).xlsxFormat(),
  },
} satisfies Record<string, FormatEntry>;

export type FormatName = keyof typeof FORMATS;

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/** The formats built when no --format is given. */
export const DEFAULT_FORMATS = FORMAT_NAMES.filter((f) => FORMATS[f].byDefault);
