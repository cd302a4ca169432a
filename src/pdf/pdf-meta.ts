/** Document metadata written into every PDF; every field comes from the report data, never the clock. */
export interface PdfMeta {
  /** Document title (Info /Title, also shown in the viewer's title bar). */
  title: string;
  /** The issuing agency (Info /Author). */
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 language tag written to the catalog /Lang, e.g. 'vi'. */
  language: string;
  /** Creation and modification date, fixed by the data so that output is reproducible. */
  date: Date;
}

/** The Creator and Producer of every PDF: the tool, not the browser build, so that the bytes do not depend on it. */
export const TOOL_NAME = 'hatinh-report';
