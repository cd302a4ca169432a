import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finalizePdf, readLayout, renumberElementIds } from '../../src/pdf/finalize-pdf.js';
import { sampleMeta } from './sample-report.js';

/** A one-page PDF stamped with a clock time, as a browser would make it. */
async function browserLikePdf(text: string, now = new Date()): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText(text);
  doc.setCreator('HeadlessChrome');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  return doc.save();
}

describe('finalizePdf through pdf-lib, for a PDF not laid out as Chromium lays its out', () => {
  it('pdf-lib’s own output (a cross-reference stream) is not rewritten in place', async () => {
    expect(readLayout(Buffer.from(await browserLikePdf('a')).toString('latin1'))).toBeUndefined();
  });

  it('writes the metadata, the language and fixed dates', async () => {
    const out = await PDFDocument.load(await finalizePdf(await browserLikePdf('a'), sampleMeta), {
      updateMetadata: false,
    });
    expect(out.getTitle()).toBe(sampleMeta.title);
    expect(out.getAuthor()).toBe(sampleMeta.author);
    expect(out.getSubject()).toBe(sampleMeta.subject);
    expect(out.getKeywords()).toBe('thi đua, khen thưởng, Hà Tĩnh');
    expect(out.getCreator()).toBe('hatinh-report');
    expect(out.getProducer()).toBe('hatinh-report');
    expect(out.getCreationDate()?.toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect(out.getModificationDate()?.toISOString()).toBe('2024-12-31T00:00:00.000Z');
    const lang = out.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : lang).toBe('vi');
    expect(out.catalog.lookup(PDFName.of('AcroForm'))).toBeUndefined();
    const prefs = out.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(prefs.get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
  });

  it('gives equal bytes for equal input, whatever the clock said, and a content-derived /ID', async () => {
    const first = await finalizePdf(await browserLikePdf('a', new Date('2030-01-01T10:00:00Z')), sampleMeta);
    const second = await finalizePdf(await browserLikePdf('a', new Date('2030-01-01T10:00:07Z')), sampleMeta);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);

    const other = await finalizePdf(await browserLikePdf('b'), sampleMeta);
    const id = (bytes: Uint8Array) =>
      /\/ID \[ <([0-9A-F]{32})> <([0-9A-F]{32})> \]/.exec(Buffer.from(bytes).toString('latin1'));
    expect(id(first)?.[1]).toBe(id(first)?.[2]);
    expect(id(other)?.[1]).not.toBe(id(first)?.[1]);
  });

  it('rejects an invalid date as a bug', async () => {
    await expect(
      finalizePdf(await browserLikePdf('a'), { ...sampleMeta, date: new Date('x') }),
    ).rejects.toThrow(TypeError);
  });
});

/**
 * A PDF laid out as Chromium (Skia) writes it: objects in order, the Info dictionary first with the clock's
 * dates, one classic cross-reference table, a trailer without /ID. `catalog` is the catalog's dictionary.
 */
function chromiumLikePdf(
  clock: string,
  catalog = '<</Type /Catalog\n/Pages 3 0 R\n/ViewerPreferences <</Type /ViewerPreferences\n/DisplayDocTitle true>>\n/Lang (vi)>>',
  page = 'BT /F1 12 Tf 72 720 Td (Trang 1) Tj ET',
): Uint8Array {
  const objects = [
    `<</Title <FEFF0041>\n/Creator (Chromium)\n/Producer (Skia/PDF m156)\n/CreationDate (D:${clock}+00'00')\n/ModDate (D:${clock}+00'00')>>`,
    catalog,
    '<</Type /Pages\n/Count 1\n/Kids [4 0 R]>>',
    '<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 595 842]\n/Contents 5 0 R>>',
    `<</Length ${page.length}>> stream\n${page}\nendstream`,
  ];
  let text = '%PDF-1.4\n%\xd3\xeb\xe9\xe1\n';
  const offsets: number[] = [];
  // Chromium numbers the Info dictionary 1 and the catalog near the end: here 1 and 2 will do.
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(text, 'latin1');
}

/** Returns the problems of a PDF's cross-reference table: entries that do not point at their object. */
function xrefProblems(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const at = Number(/startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf('startxref')))?.[1]);
  const head = /^xref\n(\d+) (\d+)\n/.exec(text.slice(at));
  if (!head) return ['no xref table at startxref'];
  const problems: string[] = [];
  for (let i = 0; i < Number(head[2]); i++) {
    const row = text.slice(at + head[0].length + 20 * i, at + head[0].length + 20 * i + 20);
    const num = Number(head[1]) + i;
    if (row[17] === 'n' && !text.startsWith(`${num} 0 obj`, Number(row.slice(0, 10))))
      problems.push(`object ${num}`);
  }
  return problems;
}

describe('finalizePdf in place, for a PDF as Chromium writes it', () => {
  it('writes the metadata and fixed dates into the Info dictionary, and the table still points at every object', async () => {
    const out = await finalizePdf(chromiumLikePdf('20300101100000'), sampleMeta);
    expect(xrefProblems(out)).toEqual([]);
    const doc = await PDFDocument.load(out, { updateMetadata: false });
    expect(doc.getTitle()).toBe(sampleMeta.title);
    expect(doc.getAuthor()).toBe(sampleMeta.author);
    expect(doc.getSubject()).toBe(sampleMeta.subject);
    expect(doc.getKeywords()).toBe('thi đua, khen thưởng, Hà Tĩnh');
    expect(doc.getCreator()).toBe('hatinh-report');
    expect(doc.getProducer()).toBe('hatinh-report');
    expect(doc.getCreationDate()?.toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect(doc.getPageCount()).toBe(1);
    const text = Buffer.from(out).toString('latin1');
    expect(text).not.toMatch(/Chromium|Skia|D:2030/);
    // Every byte of the pages is as the browser wrote it.
    expect(text).toContain(
      '5 0 obj\n<</Length 38>> stream\nBT /F1 12 Tf 72 720 Td (Trang 1) Tj ET\nendstream\nendobj',
    );
  });

  it('gives equal bytes whatever the clock said, and an /ID that is the content’s', async () => {
    const first = await finalizePdf(chromiumLikePdf('20300101100000'), sampleMeta);
    const second = await finalizePdf(chromiumLikePdf('20300101100007'), sampleMeta);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const other = await finalizePdf(chromiumLikePdf('20300101100000', undefined, 'BT ET'), sampleMeta);
    const id = (bytes: Uint8Array) =>
      /\/ID \[<([0-9A-F]{32})> <([0-9A-F]{32})>\]/.exec(Buffer.from(bytes).toString('latin1'));
    expect(id(first)?.[1]).toBe(id(first)?.[2]);
    expect(id(first)?.[1]).toMatch(/^[0-9A-F]{32}$/);
    expect(id(other)?.[1]).not.toBe(id(first)?.[1]);
  });

  it('sets /Lang and the title in the title bar where the browser did not', async () => {
    const bare = '<</Type /Catalog\n/Pages 3 0 R\n/Lang (en)>>';
    const doc = await PDFDocument.load(
      await finalizePdf(chromiumLikePdf('20300101100000', bare), sampleMeta),
      {
        updateMetadata: false,
      },
    );
    const lang = doc.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : lang).toBe('vi');
    const prefs = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(prefs.get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    const noLang = '<</Type /Catalog\n/Pages 3 0 R\n/ViewerPreferences <</Type /ViewerPreferences>>>>';
    const out = await finalizePdf(chromiumLikePdf('20300101100000', noLang), sampleMeta);
    expect(xrefProblems(out)).toEqual([]);
    const again = await PDFDocument.load(out, { updateMetadata: false });
    expect(
      again.catalog
        .lookup(PDFName.of('ViewerPreferences'), PDFDict)
        .get(PDFName.of('DisplayDocTitle'))
        ?.toString(),
    ).toBe('true');
  });

  it('a file with an update appended is not rewritten in place: pdf-lib takes it', async () => {
    const updated = Buffer.concat([
      Buffer.from(chromiumLikePdf('20300101100000')),
      Buffer.from(
        '\nxref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 6\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n0\n%%EOF',
      ),
    ]);
    expect(readLayout(updated.toString('latin1'))).toBeUndefined();
  });
});

describe('renumberElementIds: the tagged structure’s ids, as a fresh tab numbers them', () => {
  // As Chromium writes them: each element's /ID, a cell's /Headers, and the IDTree of every id, sorted.
  const structure = (a: number, b: number, c: number) => {
    const id = (n: number) => `(node${String(n).padStart(8, '0')})`;
    return [
      `<</S /TH /ID ${id(a)}>> <</S /TH /ID ${id(b)}>> <</S /TD /Headers [${id(a)}]>> <</S /P /ID ${id(c)}>>`,
      `<</Limits [${id(a)} ${id(c)}] /Names [${id(a)} 1 0 R ${id(b)} 2 0 R ${id(c)} 3 0 R]>>`,
      'stream node12345678 endstream',
    ].join('\n');
  };

  it('the same document printed in a used tab (higher numbers) becomes the same text', () => {
    expect(renumberElementIds(structure(1224, 1225, 1400))).toBe(renumberElementIds(structure(74, 75, 283)));
  });

  it('numbers from 0 in their order, each to its width: no offset moves, the IDTree stays sorted', () => {
    const before = structure(74, 75, 283);
    const after = renumberElementIds(before);
    expect(after.length).toBe(before.length);
    expect(after).toContain('/Limits [(node00000000) (node00000002)]');
    expect(after).toContain('/Headers [(node00000000)]');
    expect(after).toContain('/Names [(node00000000) 1 0 R (node00000001) 2 0 R (node00000002) 3 0 R]');
  });

  it('orders by number, not by text, and leaves what is not an id alone', () => {
    const after = renumberElementIds('(node99999999) (node100000000) node00000074 (node0074)');
    expect(after).toBe('(node00000000) (node000000001) node00000074 (node0074)');
  });
});
