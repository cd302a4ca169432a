import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finalizePdf } from '../../src/pdf/finalize-pdf.js';
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

describe('finalizePdf', () => {
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
