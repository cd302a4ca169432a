/**
 * The Word copy (--format docx), read as Word reads it: the XML of the document's parts. A4 and NĐ 30's margins
 * in twips, Times New Roman, the first page without a number and the others with a PAGE field, tables whose
 * header rows repeat and whose rows do not split, borderless layout tables, the document's properties, every
 * headline figure of the PDF, the charts as print-resolution images, and the same bytes for the same data.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { HEADLINE_FIGURES } from '../helpers/headline-figures.js';
import { ROOT, runBinary, runInProcess } from '../helpers/run-cli.js';
import { trialData } from '../helpers/trial-data.js';

type Parts = Record<string, string>;

async function buildDocx(data: string, year: number): Promise<{ bytes: Uint8Array; parts: Parts }> {
  const out = await mkdtemp(join(tmpdir(), 'hatinh-docx-'));
  const run = await runInProcess(['build', String(year), '--format', 'docx', '--data', data, '--out', out]);
  expect(run.code, run.stderr).toBe(0);
  const bytes = new Uint8Array(await readFile(join(out, String(year), `bao-cao-${year}.docx`)));
  const parts: Parts = {};
  for (const [name, content] of Object.entries(unzipSync(bytes))) {
    parts[name] = name.endsWith('.png') ? `png:${content.length}` : new TextDecoder().decode(content);
  }
  return { bytes, parts };
}

/** The document's text, paragraph by paragraph, as Word shows it. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...(p[0] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

/** The tables of the document body, in order. */
function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

/**
 * The Word copy of a year of the trial data, built in the test that reads it (not once before them all): a
 * mutation run then knows which tests read which code, and runs only those for a mutant of it.
 */
async function trialDocx(year: number): Promise<{ bytes: Uint8Array; parts: Parts }> {
  return buildDocx(await trialData(), year);
}

describe('the Word copy of the report', () => {
  it('is A4 with NĐ 30’s margins, in twips: 20 mm top and bottom, 30 mm left, 20 mm right', async () => {
    const y2018 = await trialDocx(2018);
    const doc = y2018.parts['word/document.xml'] ?? '';
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/);
  });

  it('sets Times New Roman 14 pt for the whole document, Vietnamese as its language', async () => {
    const y2018 = await trialDocx(2018);
    const styles = y2018.parts['word/styles.xml'] ?? '';
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(
      /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
    );
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
  });

  it('numbers the pages at the top, centred, from page 2: a title page without a number, a PAGE field after', async () => {
    const y2018 = await trialDocx(2018);
    const doc = y2018.parts['word/document.xml'] ?? '';
    expect(doc).toContain('<w:titlePg/>');
    const first = /<w:headerReference w:type="first" r:id="(rId\d+)"\/>/.exec(doc)?.[1];
    const others = /<w:headerReference w:type="default" r:id="(rId\d+)"\/>/.exec(doc)?.[1];
    const rels = y2018.parts['word/_rels/document.xml.rels'] ?? '';
    const target = (id: string | undefined) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    const firstHeader = y2018.parts[`word/${target(first)}`] ?? '';
    const header = y2018.parts[`word/${target(others)}`] ?? '';
    expect(header).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    expect(header).toContain('<w:jc w:val="center"/>');
    expect(firstHeader).not.toContain('PAGE');
    expect(firstHeader).toContain('<w:hdr');
  });

  it('has the header and the signature as borderless tables, the results table with a repeated header row', async () => {
    const y2019 = await trialDocx(2019);
    const [header, results, commendations, signature] = tables(y2019.parts['word/document.xml'] ?? '');
    for (const layout of [header, signature]) {
      expect(layout).toMatch(
        /<w:tblBorders>(<w:(top|left|bottom|right|insideH|insideV) w:val="none"[^>]*\/>){6}<\/w:tblBorders>/,
      );
    }
    expect(header).toContain('SỞ LAO ĐỘNG - THƯƠNG BINH');
    expect(signature).toContain('Nơi nhận:');
    for (const table of [results, commendations]) {
      const rows = [...(table ?? '').matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
      expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    }
    expect(results).toContain('Kế hoạch năm 2019');
  });

  it('justifies the body with a first-line indent of 1,27 cm', async () => {
    const y2018 = await trialDocx(2018);
    const doc = y2018.parts['word/document.xml'] ?? '';
    const situation = [...doc.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].find((p) =>
      p[0].includes('gắn các phong trào thi đua'),
    );
    expect(situation?.[0]).toContain('<w:jc w:val="both"/>');
    expect(situation?.[0]).toContain('<w:ind w:firstLine="720"/>');
  });

  it('carries every headline figure of the PDF', async () => {
    const y2018 = await trialDocx(2018);
    const text = textOf(y2018.parts['word/document.xml'] ?? '').replace(/\s+/g, ' ');
    for (const figure of HEADLINE_FIGURES) expect(text, figure).toContain(figure);
  });

  it('carries the document properties from the data, its dates the report’s, never the clock', async () => {
    const y2019 = await trialDocx(2019);
    const core = y2019.parts['docProps/core.xml'] ?? '';
    expect(core).toContain('<dc:title>Báo cáo tổng kết công tác thi đua, khen thưởng năm 2019</dc:title>');
    expect(core).toContain('<dc:creator>Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh</dc:creator>');
    expect(core).toMatch(/<cp:keywords>[^<]*thi đua[^<]*<\/cp:keywords>/);
    expect(core).toMatch(
      /<dcterms:created xsi:type="dcterms:W3CDTF">2019-12-20T00:00:00Z<\/dcterms:created>/,
    );
    expect(core).toMatch(
      /<dcterms:modified xsi:type="dcterms:W3CDTF">2019-12-20T00:00:00Z<\/dcterms:modified>/,
    );
  });

  it('draws each chart as a PNG at 300 dots per inch for the size it takes on the page', async () => {
    const y2019 = await trialDocx(2019);
    const doc = y2019.parts['word/document.xml'] ?? '';
    const extents = [...doc.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)];
    expect(extents.length).toBeGreaterThan(0);
    const png = (y2019.parts['word/media/image1.png'] ?? '').replace('png:', '');
    expect(Number(png)).toBeGreaterThan(10_000);
    // 9525 EMU to a CSS px; the caption under it, as in the PDF.
    const widthPx = Number(extents[0]?.[1]) / 9525;
    expect(widthPx).toBeGreaterThan(500);
    expect(textOf(doc)).toContain('Mức độ hoàn thành kế hoạch năm 2019 (%)');
  });

  it('gives the same bytes for the same data, built again or after another year in the same run', async () => {
    const data = await trialData();
    const y2019 = await buildDocx(data, 2019);
    const again = await buildDocx(data, 2019);
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(y2019.bytes))).toBe(0);
    const out = await mkdtemp(join(tmpdir(), 'hatinh-docx-'));
    const run = await runInProcess([
      'build',
      '2018',
      '2019',
      '--format',
      'docx',
      '--data',
      data,
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const inRun = await readFile(join(out, '2019', 'bao-cao-2019.docx'));
    expect(Buffer.compare(inRun, Buffer.from(y2019.bytes))).toBe(0);
  });

  it('gives the same bytes in any time zone (an office in Hà Nội, a CI runner in UTC)', async () => {
    const data = await trialData();
    const bytesIn = async (TZ: string) => {
      const out = await mkdtemp(join(tmpdir(), 'hatinh-docx-tz-'));
      const run = await runBinary(['build', '2019', '--format', 'docx', '--data', data, '--out', out], {
        env: { TZ },
      });
      expect(run.code, run.stderr).toBe(0);
      return readFile(join(out, '2019', 'bao-cao-2019.docx'));
    };
    const utc = await bytesIn('UTC');
    for (const tz of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles']) {
      expect(Buffer.compare(await bytesIn(tz), utc), tz).toBe(0);
    }
  });

  it('keeps the results table’s first rows with its header, an area with its first row, the last two together', async () => {
    const y2019 = await trialDocx(2019);
    const [, results] = tables(y2019.parts['word/document.xml'] ?? '');
    const rows = [...(results ?? '').matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    for (const r of rows.slice(0, 4)) expect(r).toContain('<w:keepNext/>');
    expect(rows.at(-2)).toContain('<w:keepNext/>');
    expect(rows.at(-1)).not.toContain('<w:keepNext/>');
    // An area's row (its name spans the columns) stays with its first indicator; any other row in the middle is
    // free to end a page.
    const middle = rows.slice(4, -2);
    for (const r of middle) {
      const area = r.includes('<w:gridSpan ');
      expect(r.includes('<w:keepNext/>'), area ? 'an area row' : 'an indicator row').toBe(area);
    }
    expect(middle.some((r) => !r.includes('<w:gridSpan '))).toBe(true);
  });
});

/** A part's XML a tag a line, so that a golden's difference shows the element that changed. */
const tagPerLine = (xml: string) => `${xml.replace(/></g, '>\n<')}\n`;

describe('the Word copy against its goldens: every element and attribute of the body', () => {
  it("the example's 2024 report (its ranking tables, its landscape appendices) and a unit's score sheet", async () => {
    const example = join(ROOT, 'examples', 'thi-dua');
    const { parts } = await buildDocx(example, 2024);
    await expectGolden('docx-vi-du-thi-dua-2024.xml', tagPerLine(parts['word/document.xml'] ?? ''));
    const out = await mkdtemp(join(tmpdir(), 'hatinh-docx-'));
    const run = await runInProcess([
      'build',
      '2024',
      '--format',
      'docx',
      '--data',
      example,
      '--out',
      out,
      '--unit',
      'phong-duc-tho',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const sheet = unzipSync(
      new Uint8Array(await readFile(join(out, '2024', 'phieu-diem-2024-phong-duc-tho.docx'))),
    );
    await expectGolden(
      'docx-phieu-diem-2024-phong-duc-tho.xml',
      tagPerLine(new TextDecoder().decode(sheet['word/document.xml'])),
    );
  });
});
