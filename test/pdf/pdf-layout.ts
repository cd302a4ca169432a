import { execFileSync } from 'node:child_process';

/** One line of text on a page, as pdftotext -bbox-layout places it (points, origin top left). */
export interface PdfLine {
  /** 1-based page number. */
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  /** The page's lines in reading order, top to bottom. */
  lines: PdfLine[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

const attr = (tag: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(tag)?.[1] ?? 'NaN');

/** Returns every page of a PDF with its lines of text and their boxes. */
export function pdfPages(file: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages: PdfPage[] = [];
  for (const [n, pageMatch] of [...xml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].entries()) {
    const [, pageTag = '', body = ''] = pageMatch;
    const lines: PdfLine[] = [];
    for (const lineMatch of body.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const [, tag = '', words = ''] = lineMatch;
      const text = [...words.matchAll(/<word [^>]*>([^<]*)<\/word>/g)]
        .map((w) => decode(w[1] ?? ''))
        .join(' ');
      lines.push({
        page: n + 1,
        text,
        xMin: attr(tag, 'xMin'),
        yMin: attr(tag, 'yMin'),
        xMax: attr(tag, 'xMax'),
        yMax: attr(tag, 'yMax'),
      });
    }
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push({ number: n + 1, width: attr(pageTag, 'width'), height: attr(pageTag, 'height'), lines });
  }
  return pages;
}

/** Returns text with runs of white space made one space, for comparing what the PDF and the HTML say. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
