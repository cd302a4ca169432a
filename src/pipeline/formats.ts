/**
 * The output formats of a report: the one list. The command line, the build and the README's table know the
 * formats from here; a new format (docx) is a new entry with its OutputFormat.
 */
import type { PdfFormatOptions } from '../pdf/pdf-format.js';
import type { OutputFormat } from '../render/output-format.js';
import { htmlFormat, markdownFormat } from '../render/text-formats.js';

/** What opening a format may need: the browser options, for PDF. */
export type FormatOptions = PdfFormatOptions;

interface FormatEntry {
  description: string;
  open: (options: FormatOptions) => Promise<OutputFormat>;
}

export const FORMATS = {
  md: { description: 'Markdown, with its charts as SVG files beside it', open: async () => markdownFormat() },
  html: { description: 'one self-contained HTML file', open: async () => htmlFormat() },
  pdf: {
    description: 'the PDF to sign, printed by a headless Chromium',
    // Loaded only here: check and md/html builds never load puppeteer.
    open: async (options) => (await import('../pdf/pdf-format.js')).pdfFormat(options),
  },
} satisfies Record<string, FormatEntry>;

export type FormatName = keyof typeof FORMATS;

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
