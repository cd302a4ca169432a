/**
 * The typesetter's rules a signed report must keep, checked on the PDF's text boxes against what the HTML holds:
 * a figure never spans two pages, no heading ends a page, the closing paragraph shares the page of "Nơi nhận"
 * and the signature, and the header's lines break only where the data breaks them.
 */
import { type PdfPage, pdfPages, squash } from './pdf-layout.js';

const MM = 72 / 25.4;
/** The print layout of templates/report.css: A4, margins 20 mm top and bottom, 30 mm left, 20 mm right. */
const TOP_MARGIN = 20 * MM;
const BOTTOM_MARGIN = 20 * MM;
/** The text column, in CSS px (96 per inch): 160 mm. */
const COLUMN_PX = (160 / 25.4) * 96;
/** A point is 4/3 CSS px. */
const PT_PER_PX = 0.75;
/** Slack for rounding in the text boxes, in points. */
const SLACK = 3;

function decodeHtml(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&amp;/g, '&');
}

interface Figure {
  caption: string;
  /** Height in points the SVG takes on the page. */
  height: number;
}

/** Returns the headings (and table captions) of the HTML, as their text. */
function headings(html: string): string[] {
  return [...html.matchAll(/<(h[1-4]|caption)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
    squash(decodeHtml(m[2] ?? '')),
  );
}

/** Returns the chart figures of the HTML with the height each takes on the page. */
function figures(html: string): Figure[] {
  return [
    ...html.matchAll(/<figure class="chart">(<svg[^>]*>)[\s\S]*?<figcaption>([\s\S]*?)<\/figcaption>/g),
  ].map((m) => {
    const tag = m[1] ?? '';
    const width = Number(/\swidth="([\d.]+)"/.exec(tag)?.[1]);
    const height = Number(/\sheight="([\d.]+)"/.exec(tag)?.[1]);
    const scale = Math.min(1, COLUMN_PX / width);
    return { caption: squash(decodeHtml(m[2] ?? '')), height: height * scale * PT_PER_PX };
  });
}

/** The body's lines: below the top margin, where the page number is. */
function bodyLines(page: PdfPage) {
  return page.lines.filter((l) => l.yMin >= TOP_MARGIN - SLACK);
}

/**
 * Returns every rule the PDF breaks, in words (empty when it keeps them all). `headerLines` are the lines the
 * data gives the header's left column (parent agency, agency name), in order.
 */
export function layoutProblems(pdf: string, html: string, headerLines: readonly string[]): string[] {
  const pages = pdfPages(pdf);
  const problems: string[] = [];

  // 0. Nothing is wider than the column: else the browser shrinks every page to fit, and the justified lines
  // end short of the right margin. Most full lines end at the margin.
  const right = (210 - 20) * MM;
  const ends = new Map<number, number>();
  for (const l of pages.flatMap((p) => bodyLines(p))) {
    if (l.xMax - l.xMin < 0.7 * (right - 30 * MM)) continue;
    const at = Math.round(l.xMax);
    ends.set(at, (ends.get(at) ?? 0) + 1);
  }
  const usual = [...ends.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (usual !== undefined && Math.abs(usual - right) > SLACK) {
    problems.push(
      `full lines end at ${usual} pt, not at the right margin (${right.toFixed(0)} pt): the page was shrunk to fit`,
    );
  }

  // 1. A figure never spans two pages: its caption sits at least the figure's height below the page's top.
  const lines = pages.flatMap((p) => bodyLines(p));
  let from = 0;
  for (const figure of figures(html)) {
    const at = lines.findIndex((l, i) => i >= from && squash(l.text) === figure.caption);
    if (at < 0) {
      problems.push(`figure "${figure.caption}": caption not found in the PDF`);
      continue;
    }
    from = at + 1;
    const caption = lines[at] as (typeof lines)[number];
    if (caption.yMin - figure.height < TOP_MARGIN - SLACK) {
      problems.push(
        `figure "${figure.caption}" spans pages ${caption.page - 1} and ${caption.page}: it is ${figure.height.toFixed(0)} pt tall and its caption is ${(caption.yMin - TOP_MARGIN).toFixed(0)} pt below the top of the page`,
      );
    }
  }

  // 2. No heading is the last thing on a page (whole, on one line or wrapped over up to three).
  const titles = new Set(headings(html));
  for (const page of pages.slice(0, -1)) {
    const body = bodyLines(page);
    for (let k = 1; k <= Math.min(3, body.length); k++) {
      const tail = squash(
        body
          .slice(-k)
          .map((l) => l.text)
          .join(' '),
      );
      if (titles.has(tail)) problems.push(`page ${page.number} ends with the heading "${tail}"`);
    }
  }

  // 3. The closing paragraph, "Nơi nhận" and the signature share a page.
  const pageOf = (test: (text: string) => boolean) =>
    pages.find((p) => p.lines.some((l) => test(squash(l.text))))?.number;
  const closing = pageOf((t) => t.startsWith('Trên đây là báo cáo'));
  const closingEnd = pageOf((t) => t.endsWith('./.'));
  const recipients = pageOf((t) => t.startsWith('Nơi nhận:'));
  if (closing === undefined || recipients === undefined || closingEnd === undefined) {
    problems.push('the closing paragraph or "Nơi nhận" is missing');
  } else if (closing !== recipients || closingEnd !== recipients) {
    problems.push(
      `the closing paragraph is on pages ${closing}-${closingEnd} but "Nơi nhận" on page ${recipients}`,
    );
  }

  // 4. A component ("+ Trong đó, ...") starts further in than the items it belongs to ("- ...").
  for (const page of pages) {
    const parts = bodyLines(page).filter((l) => /^[-+] Trong đó/.test(l.text));
    const items = bodyLines(page).filter((l) => l.text.startsWith('- ') && !parts.includes(l));
    const itemStart = Math.max(...items.map((l) => l.xMin));
    for (const part of parts) {
      if (items.length > 0 && part.xMin < itemStart + 0.5 * MM * 10) {
        problems.push(`page ${part.page}: "${part.text.slice(0, 40)}…" is not indented under its total`);
      }
    }
  }

  // 5. The header's left column has exactly the data's lines, then the number line.
  const first = pages[0];
  if (first) {
    const title = first.lines.find((l) => squash(l.text) === 'BÁO CÁO');
    const left = first.lines
      .filter((l) => l.xMax < first.width / 2 && (title === undefined || l.yMax < title.yMin))
      .map((l) => squash(l.text));
    const expected = headerLines.map((l) => squash(l));
    const shown = left.slice(0, expected.length);
    if (JSON.stringify(shown) !== JSON.stringify(expected)) {
      problems.push(
        `the header's left column reads ${JSON.stringify(left)}, not ${JSON.stringify(expected)}`,
      );
    }
  }
  return problems;
}

/** Returns how far down its page each page's last body line ends, for reports on blank space (points). */
export function pageFill(pdf: string): number[] {
  return pdfPages(pdf).map((p) => {
    const body = bodyLines(p);
    const last = body.at(-1);
    return last === undefined ? 0 : (last.yMax - TOP_MARGIN) / (p.height - TOP_MARGIN - BOTTOM_MARGIN);
  });
}
