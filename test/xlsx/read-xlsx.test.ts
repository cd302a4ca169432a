/**
 * The lean reader of import (src/xlsx/read-xlsx.ts) on parts written the ways other producers write them, which
 * exceljs (the tests' writer) and LibreOffice (the Calc test) do not: prefixed tags (x:c, as .NET's Open XML SDK
 * writes), inline strings, rich text with phonetic runs, entities and character references, a formula with and
 * without its cached value, an error, a date format, a percent format, a hidden sheet, merged cells.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellPosition, columnLetters, readXlsx } from '../../src/xlsx/read-xlsx.js';

const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
  <x:sheets><x:sheet name="Chỉ tiêu &amp; kết quả" sheetId="1" r:id="rId1"/><x:sheet name="meta" sheetId="2" state="veryHidden" r:id="rId2"/></x:sheets>
</x:workbook>`;
const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>
  <Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/>
</Relationships>`;
const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
  <si><t>Giải quyết việc làm</t></si>
  <si><r><t>trên </t></r><r><rPr><b/></rPr><t xml:space="preserve">24&#x2009;000</t></r><rPh><t>phonetic</t></rPh></si>
</sst>`;
const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
  <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
  <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="10"><alignment/></xf></cellXfs>
</styleSheet>`;
const sheet1 = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <x:sheetData>
    <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row>
    <x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>6,92 &lt;text&gt;</x:t></x:is></x:c><x:c r="B2" s="2"><x:v>0.0692</x:v></x:c></x:row>
    <x:row r="3"><x:c r="A3"><x:f>B3+1</x:f></x:c><x:c r="B3"><x:f>A1*2</x:f><x:v>4</x:v></x:c><x:c r="C3" t="e"><x:v>#DIV/0!</x:v></x:c></x:row>
    <x:row r="12"><x:c r="AA12" s="1"><x:v>45266</x:v></x:c><x:c r="AB12" t="b"><x:v>1</x:v></x:c><x:c r="AC12" t="str"><x:v>G&#7885;i</x:v></x:c></x:row>
  </x:sheetData>
  <x:mergeCells count="1"><x:mergeCell ref="G9:I9"/></x:mergeCells>
  <x:dataValidations count="1"><x:dataValidation type="whole" sqref="D8"><x:formula1>0</x:formula1></x:dataValidation></x:dataValidations>
</x:worksheet>`;
const sheet2 = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`;

function zip(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

const book = readXlsx(
  zip({
    'xl/workbook.xml': workbook,
    'xl/_rels/workbook.xml.rels': rels,
    'xl/sharedStrings.xml': strings,
    'xl/styles.xml': styles,
    'xl/worksheets/sheet1.xml': sheet1,
    'xl/worksheets/sheet2.xml': sheet2,
  }),
);

describe('readXlsx', () => {
  it('reads the sheets by name, their states, prefixed or not, and their merged ranges', () => {
    expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Chỉ tiêu & kết quả', 'visible'],
      ['meta', 'veryHidden'],
    ]);
    const sheet = book.getWorksheet('Chỉ tiêu & kết quả');
    expect(sheet?.merges).toEqual(['G9:I9']);
    expect(sheet?.rowCount).toBe(12);
    expect(book.getWorksheet('meta')?.rowCount).toBe(0);
  });

  it('reads each cell as the file keeps it', () => {
    const sheet = book.getWorksheet('Chỉ tiêu & kết quả');
    const value = (address: string) => {
      const [row, col] = cellPosition(address);
      return sheet?.cell(row, col).value;
    };
    expect(value('A1')).toBe('Giải quyết việc làm');
    // Rich text's runs joined, its phonetic reading left out, a character reference decoded.
    expect(value('B1')).toBe('trên 24\u2009000');
    expect(value('A2')).toBe('6,92 <text>');
    expect(value('B2')).toBe(0.0692);
    expect(sheet?.cell(2, 2).numFmt).toBe('0.00%');
    expect(value('A3')).toEqual({ formula: 'B3+1' });
    expect(value('B3')).toEqual({ formula: 'A1*2', result: 4 });
    expect(value('C3')).toEqual({ error: '#DIV/0!' });
    expect(value('AA12')).toEqual(new Date(Date.UTC(2023, 11, 6)));
    expect(value('AB12')).toBe(true);
    expect(value('AC12')).toBe('Gọi');
    expect(value('D4')).toBeNull();
    expect(sheet?.cell(4, 4).address).toBe('D4');
  });

  it('names columns and cells as Excel does', () => {
    expect([1, 9, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'I', 'Z', 'AA', 'AZ', 'AAA']);
    expect(cellPosition('AA12')).toEqual([12, 27]);
    expect(cellPosition('$I$8')).toEqual([8, 9]);
  });

  it('throws on a zip without a workbook, or a part cut short', () => {
    expect(() => readXlsx(zip({ 'docProps/app.xml': '<Properties/>' }))).toThrow(/workbook/);
    expect(() =>
      readXlsx(
        zip({
          'xl/workbook.xml': workbook.slice(0, -20),
          'xl/_rels/workbook.xml.rels': rels,
        }),
      ),
    ).toThrow(/cut short/);
  });
});
