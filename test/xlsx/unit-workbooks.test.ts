/**
 * export YEAR --format xlsx and import FILE.xlsx… (issue 23): the units' workbooks to fill in, read back into the
 * year's units file. The example's 18 workbooks round-trip to the same file byte for byte, or to the same data
 * when the file is new; every fault a filled workbook can have is reported at its workbook, sheet and cell with
 * nothing written; a problem the data's own rules find is shown at the cell the value came from. The faulty
 * workbooks are the exported ones changed with the library that wrote them (exceljs), and one saved by
 * LibreOffice Calc.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runInProcess } from '../helpers/run-cli.js';

const EXAMPLE = join(ROOT, 'examples', 'thi-dua');
const UNITS_FILE = '2024-units.yaml';

let work: string;
let exported: string;
let original: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hatinh-units-xlsx-'));
  exported = join(work, 'out');
  const run = await runInProcess(['export', '2024', '--data', EXAMPLE, '--out', exported]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toBe(`wrote 19 workbooks to ${join(exported, '2024')}\n`);
  original = await readFile(join(EXAMPLE, UNITS_FILE), 'utf8');
});

/** A fresh copy of the example's data folder. */
async function dataCopy(): Promise<string> {
  const data = await mkdtemp(join(work, 'data-'));
  await cp(EXAMPLE, data, { recursive: true });
  return data;
}

const workbookOf = (unit: string) => join(exported, '2024', 'don-vi', `${unit}-2024.xlsx`);

async function load(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(path)).buffer as ArrayBuffer);
  return book;
}

/** The row of a key in column A of a sheet ("indicator:viec-lam"). */
function rowOf(sheet: ExcelJS.Worksheet, key: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === key) return r;
  throw new Error(`no row ${key}`);
}

/** Writes a changed copy of a unit's workbook and returns its path. */
async function changed(unit: string, change: (book: ExcelJS.Workbook) => void, name = `${unit}-2024.xlsx`) {
  const book = await load(workbookOf(unit));
  change(book);
  const dir = await mkdtemp(join(work, 'changed-'));
  const path = join(dir, name);
  await writeFile(path, new Uint8Array(await book.xlsx.writeBuffer()));
  return path;
}

/** The problems printed, as code and place (file!sheet!cell, or file:line:column). */
function problems(stderr: string): { where: string; code: string; severity: string }[] {
  return [...stderr.matchAll(/^(\S.*?) (error|warning|lỗi|cảnh báo) .*\[([A-Z0-9_]+)\]$/gmu)].map((m) => ({
    where: m[1] ?? '',
    severity: m[2] ?? '',
    code: m[3] ?? '',
  }));
}

/** Imports into a fresh copy of the example and returns the run and the units file after it. */
async function importInto(files: string[], extra: string[] = []) {
  const data = await dataCopy();
  const run = await runInProcess(['import', ...files, '--data', data, ...extra]);
  const after = await readFile(join(data, UNITS_FILE), 'utf8');
  return { run, after, data, found: problems(run.stderr) };
}

/** Opens a workbook in LibreOffice Calc and saves it again as .xlsx, into DIR/saved under the same name. */
async function savedByCalc(source: string, dir: string): Promise<void> {
  await promisify(execFile)(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      join(dir, 'saved'),
      source,
    ],
    { timeout: 120_000 },
  );
}

const FIGURES = 'Chỉ tiêu';
const MEMBERS = 'Cán bộ';

describe('export: a workbook for each unit to fill in', () => {
  it('has the guide, the figures and the members, locked but for the yellow cells, each validated', async () => {
    const book = await load(workbookOf('phong-duc-tho'));
    expect(book.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Hướng dẫn', 'visible'],
      [FIGURES, 'visible'],
      [MEMBERS, 'visible'],
      ['hatinh-report', 'veryHidden'],
    ]);
    const sheet = book.getWorksheet(FIGURES) as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe('BIỂU SỐ LIỆU THI ĐUA NĂM 2024');
    expect(sheet.getCell('A4').value).toBe('SỐ LIỆU MINH HỌA');
    const row = rowOf(sheet, 'indicator:viec-lam');
    expect(sheet.getCell(row, 3).value).toBe('Giải quyết việc làm');
    // The year's figures as the units file has them: target 1.900, result 1.985.
    expect(sheet.getCell(row, 7).value).toBe(1900);
    expect(sheet.getCell(row, 9).value).toBe(1985);
    expect(sheet.getCell(row, 9).protection).toMatchObject({ locked: false });
    expect(sheet.getCell(row, 9).dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
    });
    expect(sheet.getCell(row, 3).protection?.locked).not.toBe(false);
    expect(sheet.getCell(row, 8).dataValidation).toMatchObject({ type: 'list' });
    const rate = rowOf(sheet, 'indicator:ty-le-ho-ngheo');
    expect(sheet.getCell(rate, 9).dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 100] });
    const judged = rowOf(sheet, 'criterion:nguoi-co-cong');
    expect(sheet.getCell(judged, 4).value).toBe('Điểm (tối đa 15)');
    expect(sheet.getCell(judged, 9).dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 15] });
    expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    const members = book.getWorksheet(MEMBERS) as ExcelJS.Worksheet;
    expect(members.getCell(rowOf(members, 'member:total'), 4).dataValidation).toMatchObject({
      type: 'whole',
    });
  });

  it('offers blank rows for the own targets a unit of the service block registers this year', async () => {
    const sheet = (await load(workbookOf('trung-tam-dvvl'))).getWorksheet(FIGURES) as ExcelJS.Worksheet;
    const own = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const key = sheet.getCell(r, 1).value;
      if (typeof key === 'string' && key.startsWith('own:')) own.push(key);
    }
    expect(own).toEqual([
      'own:gioi-thieu-viec-lam',
      'own:tu-van-viec-lam',
      'own:phien-giao-dich',
      'own:',
      'own:',
      'own:',
      'own:',
      'own:',
    ]);
  });

  it('refuses a unit not scored that year, naming the ones that are', async () => {
    const run = await runInProcess([
      'export',
      '2024',
      '--data',
      EXAMPLE,
      '--out',
      work,
      '--unit',
      'phong-duc-th',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"phong-duc-tho"');
  });
});

describe('import: the round trip', () => {
  it('export then import of the 18 workbooks leaves the units file as it was, byte for byte', async () => {
    const files = (await readdir(join(exported, '2024', 'don-vi'))).map((f) =>
      join(exported, '2024', 'don-vi', f),
    );
    const { run, after } = await importInto(files);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(after).toBe(original);
    expect(run.stdout).toContain('all 18 entries of the workbooks agree with it');
  });

  it('into a folder without the year file, writes one with the same figures', async () => {
    const files = (await readdir(join(exported, '2024', 'don-vi'))).map((f) =>
      join(exported, '2024', 'don-vi', f),
    );
    const data = await dataCopy();
    await rm(join(data, UNITS_FILE));
    const run = await runInProcess(['import', ...files, '--data', data]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const was = parse(original).units as Record<string, Record<string, unknown>>;
    const now = parse(await readFile(join(data, UNITS_FILE), 'utf8')).units as Record<
      string,
      Record<string, unknown>
    >;
    // The workbook carries all but the titles of earlier years, the members named and the report of achievements,
    // which the office keeps in the file.
    for (const entry of Object.values(was)) {
      delete entry.earlier;
      delete entry.individuals;
      delete entry.achievements;
    }
    expect(now).toEqual(was);
    expect(Object.keys(now)).toEqual(Object.keys(was));
    // And the data passes check, but for the council's ballots on the members the deleted file named.
    const found = JSON.parse((await runInProcess(['check', '--data', data, '--format', 'json'])).stdout) as {
      code: string;
      severity: string;
    }[];
    expect(found.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([
      'UNKNOWN_PERSON',
      'UNKNOWN_PERSON',
    ]);
  });

  it('a changed figure replaces the unit’s entry, keeps its titles of earlier years and every comment', async () => {
    const path = await changed('trung-tam-dvvl', (book) => {
      const sheet = book.getWorksheet(FIGURES) as ExcelJS.Worksheet;
      sheet.getCell(rowOf(sheet, 'own:tu-van-viec-lam'), 9).value = 25300;
      // A new target of its own, on a blank row: its id made from its name.
      const blank = rowOf(sheet, 'own:');
      sheet.getCell(blank, 3).value = 'Hỗ trợ lao động đi làm việc ở nước ngoài';
      sheet.getCell(blank, 4).value = 'người';
      sheet.getCell(blank, 5).value = 'Càng cao càng tốt';
      sheet.getCell(blank, 7).value = 300;
      sheet.getCell(blank, 8).value = 'trên';
      sheet.getCell(blank, 9).value = 310;
    });
    const { run, after } = await importInto([path]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 entry updated (trung-tam-dvvl)');
    const entry = parse(after).units['trung-tam-dvvl'];
    expect(entry.own_indicators['tu-van-viec-lam'].result).toBe(25300);
    expect(entry.own_indicators['ho-tro-lao-dong-di-lam-viec-o-nuoc-ngoai']).toEqual({
      name: 'Hỗ trợ lao động đi làm việc ở nước ngoài',
      unit: 'người',
      direction: 'higher',
      target: 300,
      result: 310,
      qualifier: 'over',
    });
    // Every byte outside the unit's entry as it was: the header's comments, the other units as written.
    const around = (text: string) => {
      const from = text.indexOf('  trung-tam-dvvl:\n');
      const to = text.indexOf('  trung-tam-dieu-duong:\n');
      return [text.slice(0, from), text.slice(to)];
    };
    expect(around(after)).toEqual(around(original));
  });

  it('reads back a workbook LibreOffice Calc has saved', async () => {
    const dir = await mkdtemp(join(work, 'calc-'));
    const source = await changed('phong-duc-tho', (book) => {
      const sheet = book.getWorksheet(FIGURES) as ExcelJS.Worksheet;
      sheet.getCell(rowOf(sheet, 'indicator:viec-lam'), 9).value = 2010;
    });
    await savedByCalc(source, dir);
    const { run, after } = await importInto([join(dir, 'saved', 'phong-duc-tho-2024.xlsx')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const entry = parse(after).units['phong-duc-tho'];
    expect(entry.indicators['viec-lam']).toEqual({ target: 1900, result: 2010 });
    const { 'viec-lam': _, ...others } = entry.indicators;
    const { 'viec-lam': __, ...before } = parse(original).units['phong-duc-tho'].indicators;
    expect(others).toEqual(before);
  }, 180_000);
});

describe('import: each fault at its workbook, sheet and cell, and nothing written', () => {
  /** Changes one cell of a unit's figures and imports it: the problems found. */
  async function withCell(key: string, column: number, value: ExcelJS.CellValue, sheetName = FIGURES) {
    let address = '';
    const path = await changed('phong-duc-tho', (book) => {
      const sheet = book.getWorksheet(sheetName) as ExcelJS.Worksheet;
      const cell = sheet.getCell(rowOf(sheet, key), column);
      cell.value = value;
      address = `${sheetName}!${cell.address}`;
    });
    const outcome = await importInto([path]);
    return { ...outcome, path, at: `${path}!${address}` };
  }

  it.each([
    ['"24.000" typed as text', '24.000', 'CELL_TEXT_NUMBER', '24000'],
    ['a decimal comma typed as text', '1985,5', 'CELL_TEXT_NUMBER', '1985.5'],
    ['thousands with a comma', '1,985', 'CELL_TEXT_NUMBER', '1985'],
    ['thousands grouped by commas', '1,985,000', 'CELL_TEXT_NUMBER', '1985000'],
    ['thousands grouped by a space', '1 985', 'CELL_TEXT_NUMBER', '1985'],
    ['a qualifier in the figure', 'trên 1985', 'CELL_NOT_NUMBER', 'Mức'],
    ['words', 'chưa có', 'CELL_NOT_NUMBER', 'Ghi chú'],
  ])('%s', async (_, text, code, fix) => {
    const { run, after, found, at } = await withCell('indicator:viec-lam', 9, text);
    expect(found).toEqual([{ where: at, severity: 'error', code }]);
    expect(run.stderr).toContain(fix);
    expect(run.code).toBe(1);
    expect(after).toBe(original);
  });

  it('a number stored as text is read, with a warning', async () => {
    const { run, after, found, at } = await withCell('indicator:viec-lam', 9, '2000');
    expect(found).toEqual([{ where: at, severity: 'warning', code: 'CELL_NUMBER_AS_TEXT' }]);
    expect(run.code).toBe(0);
    expect(parse(after).units['phong-duc-tho'].indicators['viec-lam'].result).toBe(2000);
  });

  it('a percentage typed with its sign is the percentage', async () => {
    const path = await changed('phong-duc-tho', (book) => {
      const sheet = book.getWorksheet(FIGURES) as ExcelJS.Worksheet;
      const cell = sheet.getCell(rowOf(sheet, 'indicator:ty-le-ho-ngheo'), 9);
      cell.value = 0.0285;
      // As Excel does when "2,85%" is typed: this cell's format only (exceljs shares one style among cells).
      cell.style = { ...cell.style, numFmt: '0.00%' };
    });
    const { run, after } = await importInto([path]);
    expect(run.stderr).toBe('');
    expect(parse(after).units['phong-duc-tho'].indicators['ty-le-ho-ngheo'].result).toBe(2.85);
  });

  it('a count of people with decimals, a choice not in the list', async () => {
    const people = await withCell('member:total', 4, 24.5, MEMBERS);
    expect(people.found).toEqual([{ where: people.at, severity: 'error', code: 'CELL_NOT_WHOLE' }]);
    const choice = await withCell('criterion:cai-cach-hanh-chinh', 9, 'Đạt');
    expect(choice.found).toEqual([{ where: choice.at, severity: 'error', code: 'CELL_CHOICE' }]);
    expect(choice.run.stderr).toContain('"Có" or "Không"');
  });

  it('a formula whose value was never calculated', async () => {
    const { found, at, after } = await withCell('indicator:viec-lam', 9, {
      formula: 'G8+85',
    } as ExcelJS.CellValue);
    expect(found).toEqual([{ where: at, severity: 'error', code: 'CELL_FORMULA' }]);
    expect(after).toBe(original);
  });

  it('a merged cell, a column inserted, a renamed sheet', async () => {
    const merged = await changed('phong-duc-tho', (book) => {
      const sheet = book.getWorksheet(FIGURES) as ExcelJS.Worksheet;
      const row = rowOf(sheet, 'indicator:xuat-khau-lao-dong');
      sheet.mergeCells(row, 7, row, 9);
    });
    const m = await importInto([merged]);
    expect(m.found).toEqual([{ where: `${merged}!${FIGURES}!G9`, severity: 'error', code: 'CELL_MERGED' }]);

    const inserted = await changed('phong-duc-tho', (book) => {
      (book.getWorksheet(FIGURES) as ExcelJS.Worksheet).spliceColumns(5, 0, []);
    });
    const i = await importInto([inserted]);
    expect(i.found[0]).toEqual({ where: `${inserted}!${FIGURES}!E6`, severity: 'error', code: 'CELL_MOVED' });
    expect(i.after).toBe(original);

    const renamed = await changed('phong-duc-tho', (book) => {
      (book.getWorksheet(MEMBERS) as ExcelJS.Worksheet).name = 'Can bo';
    });
    const r = await importInto([renamed]);
    expect(r.found).toEqual([{ where: `${renamed}:1:1`, severity: 'error', code: 'SHEET_MISSING' }]);
    expect(r.run.stderr).toContain('"Can bo"');
  });

  it('a row deleted', async () => {
    const path = await changed('phong-duc-tho', (book) => {
      const sheet = book.getWorksheet(FIGURES) as ExcelJS.Worksheet;
      sheet.spliceRows(rowOf(sheet, 'criterion:thi-dua-khen-thuong'), 1);
    });
    const { found } = await importInto([path]);
    expect(found).toEqual([{ where: `${path}!${FIGURES}`, severity: 'error', code: 'ROW_MISSING' }]);
  });

  it('a workbook of another year, of an unknown unit, the same unit twice', async () => {
    const year = await importInto([workbookOf('phong-duc-tho')], ['--year', '2025']);
    expect(year.found).toEqual([
      { where: `${workbookOf('phong-duc-tho')}:1:1`, severity: 'error', code: 'WORKBOOK_YEAR' },
    ]);
    const unknown = await changed('phong-duc-tho', (book) => {
      (book.getWorksheet('hatinh-report') as ExcelJS.Worksheet).getCell('B4').value = 'phong-duc-thoo';
    });
    const u = await importInto([unknown]);
    expect(u.found.map((f) => f.code)).toEqual(['UNKNOWN_UNIT']);
    expect(u.run.stderr).toContain('"phong-duc-tho"');
    const copy = await changed('phong-duc-tho', () => {}, 'ban-sao.xlsx');
    const twice = await importInto([workbookOf('phong-duc-tho'), copy]);
    expect(twice.found).toEqual([{ where: `${copy}:1:1`, severity: 'error', code: 'WORKBOOK_UNIT_TWICE' }]);
  });

  it('a file that is no workbook of ours: an old .xls, a password, damage, a CSV, a workbook made by hand', async () => {
    const dir = await mkdtemp(join(work, 'bad-'));
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const files: Record<string, Buffer> = {
      'cu.xls': ole,
      'mat-khau.xlsx': Buffer.concat([ole, Buffer.from('EncryptionInfo', 'utf16le')]),
      'hong.xlsx': (await readFile(workbookOf('phong-duc-tho'))).subarray(0, 4000),
      'bang.xlsx': Buffer.from('STT,Chỉ tiêu\n1,Việc làm\n'),
      // An OpenDocument spreadsheet: a zip whose first entry names its type.
      'calc.ods': Buffer.from(
        zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }] }),
      ),
    };
    const hand = new ExcelJS.Workbook();
    hand.addWorksheet('Sheet1').getCell('A1').value = 'Việc làm';
    files['tu-lam.xlsx'] = Buffer.from(await hand.xlsx.writeBuffer());
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);
    const { run, found, after } = await importInto(
      Object.keys(files).map((n) => join(dir, n)),
      ['--lang', 'vi'],
    );
    expect(found.map((f) => [f.where.replace(`${dir}/`, ''), f.code])).toEqual([
      ['bang.xlsx:1:1', 'WORKBOOK_UNREADABLE'],
      ['calc.ods:1:1', 'WORKBOOK_UNREADABLE'],
      ['cu.xls:1:1', 'WORKBOOK_UNREADABLE'],
      ['hong.xlsx:1:1', 'WORKBOOK_UNREADABLE'],
      ['mat-khau.xlsx:1:1', 'WORKBOOK_UNREADABLE'],
      ['tu-lam.xlsx:1:1', 'WORKBOOK_NOT_EXPORTED'],
    ]);
    expect(run.stderr).toContain('Excel đời cũ (.xls)');
    expect(run.stderr).toContain('Save As');
    expect(run.stderr).toContain('mật khẩu');
    expect(run.stderr).toContain('OpenDocument (.ods)');
    expect(run.stderr).toContain('bị hỏng');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(run.code).toBe(1);
    expect(after).toBe(original);
  });

  it('a problem the data’s rules find is shown at the cell the value came from', async () => {
    const points = await withCell('criterion:nguoi-co-cong', 9, 16);
    expect(points.found).toEqual([{ where: points.at, severity: 'error', code: 'POINTS_OVER_MAX' }]);
    expect(points.after).toBe(original);
    const members = await withCell('member:excellent', 4, 40, MEMBERS);
    expect(members.found.map((f) => f.code)).toContain('MEMBER_COUNTS');
    expect(members.found.every((f) => f.where.startsWith(`${members.path}!${MEMBERS}!D`))).toBe(true);
    expect(members.run.code).toBe(1);
  });
});

describe('the department’s own year: every indicator of the catalogue', () => {
  const DATA = join(ROOT, 'data');

  async function exportYear(year: number): Promise<string> {
    const out = await mkdtemp(join(work, 'dept-'));
    const run = await runInProcess(['export', String(year), '--data', DATA, '--out', out]);
    expect(run.code).toBe(0);
    return join(out, String(year), `so-lieu-${year}.xlsx`);
  }

  async function realCopy(): Promise<string> {
    const data = await mkdtemp(join(work, 'real-'));
    await cp(DATA, data, { recursive: true });
    return data;
  }

  it('2018: a figure changed replaces the value and its qualifier, the source, the note and the comments kept', async () => {
    const path = await exportYear(2018);
    const book = await load(path);
    const sheet = book.getWorksheet(FIGURES) as ExcelJS.Worksheet;
    const row = rowOf(sheet, 'value:viec-lam');
    expect(sheet.getCell(row, 3).value).toBe('Giải quyết việc làm');
    expect(sheet.getCell(row, 7).value).toBe('trên');
    expect(sheet.getCell(row, 8).value).toBe(24000);
    sheet.getCell(row, 7).value = null;
    sheet.getCell(row, 8).value = 24150;
    await writeFile(path, new Uint8Array(await book.xlsx.writeBuffer()));
    const data = await realCopy();
    const before = await readFile(join(DATA, '2018.yaml'), 'utf8');
    const run = await runInProcess(['import', path, '--data', data]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('1 entry updated (viec-lam)');
    const after = await readFile(join(data, '2018.yaml'), 'utf8');
    expect(after.replace('value: 24150\n', 'value: 24000\n    qualifier: over\n')).toBe(before);
  });

  it('a rate over 100 is shown at its cell; a year without its results file is refused', async () => {
    const path = await exportYear(2018);
    const book = await load(path);
    const sheet = book.getWorksheet(FIGURES) as ExcelJS.Worksheet;
    const cell = sheet.getCell(rowOf(sheet, 'value:ty-le-ho-ngheo'), 8);
    cell.value = 692;
    await writeFile(path, new Uint8Array(await book.xlsx.writeBuffer()));
    const data = await realCopy();
    const run = await runInProcess(['import', path, '--data', data]);
    expect(problems(run.stderr)).toEqual([
      { where: `${path}!${FIGURES}!${cell.address}`, severity: 'error', code: 'RATE_OVER_100' },
    ]);
    expect(await readFile(join(data, '2018.yaml'), 'utf8')).toBe(
      await readFile(join(DATA, '2018.yaml'), 'utf8'),
    );

    const next = await exportYear(2019);
    const missing = await runInProcess(['import', next, '--data', data, '--lang', 'vi']);
    expect(problems(missing.stderr)).toEqual([
      { where: `${next}:1:1`, severity: 'lỗi', code: 'RESULTS_FILE_MISSING' },
    ]);
    expect(missing.stderr).toContain('hatinh-report new 2019');
  });
});

describe('import: rows incomplete or out of place, a workbook of an earlier year, a file started by `new`', () => {
  it('a new own target without its target or direction; a qualifier without its result; a row copied', async () => {
    const path = await changed('trung-tam-dvvl', (book) => {
      const sheet = book.getWorksheet(FIGURES) as ExcelJS.Worksheet;
      const blank = rowOf(sheet, 'own:');
      sheet.getCell(blank, 3).value = 'Tư vấn pháp luật lao động';
      sheet.getCell(blank, 4).value = 'lượt';
      sheet.getCell(blank, 5).value = 'Càng cao càng tốt';
      sheet.getCell(blank, 9).value = 120;
      const next = blank + 1;
      sheet.getCell(next, 3).value = 'Tỷ lệ hồ sơ trễ hạn';
      sheet.getCell(next, 4).value = '%';
      sheet.getCell(next, 7).value = 2;
      const own = rowOf(sheet, 'own:phien-giao-dich');
      sheet.getCell(own, 9).value = null;
      sheet.getCell(own, 8).value = 'trên';
      sheet.getCell(next + 1, 1).value = 'own:tu-van-viec-lam';
    });
    const { found, after } = await importInto([path]);
    const sheet = (await load(path)).getWorksheet(FIGURES) as ExcelJS.Worksheet;
    const blank = rowOf(sheet, 'own:');
    const own = rowOf(sheet, 'own:phien-giao-dich');
    expect(found).toEqual(
      [
        { where: `${path}!${FIGURES}!I${own}`, severity: 'error', code: 'ROW_INCOMPLETE' },
        { where: `${path}!${FIGURES}!C${blank + 2}`, severity: 'error', code: 'ROW_KEY' },
        { where: `${path}!${FIGURES}!G${blank}`, severity: 'error', code: 'ROW_INCOMPLETE' },
        { where: `${path}!${FIGURES}!E${blank + 1}`, severity: 'error', code: 'ROW_INCOMPLETE' },
      ].sort((a, b) => Number(a.where.match(/\d+$/)?.[0]) - Number(b.where.match(/\d+$/)?.[0])),
    );
    expect(after).toBe(original);
  });

  it('last year’s workbook is refused unless --year names its year', async () => {
    const path = await changed('phong-duc-tho', (book) => {
      (book.getWorksheet('hatinh-report') as ExcelJS.Worksheet).getCell('B3').value = 2023;
    });
    const { found } = await importInto([path]);
    expect(found).toEqual([{ where: `${path}:1:1`, severity: 'error', code: 'WORKBOOK_YEAR' }]);
  });

  it('into the file `new` starts: each figure under its indicator, every comment and blank line kept', async () => {
    const data = await mkdtemp(join(work, 'new-'));
    await cp(join(ROOT, 'data'), data, { recursive: true });
    expect((await runInProcess(['new', '2019', '--data', data])).code).toBe(0);
    const out = await mkdtemp(join(work, 'new-out-'));
    expect((await runInProcess(['export', '2019', '--data', data, '--out', out])).code).toBe(0);
    const path = join(out, '2019', 'so-lieu-2019.xlsx');
    const book = await load(path);
    const sheet = book.getWorksheet(FIGURES) as ExcelJS.Worksheet;
    sheet.getCell(rowOf(sheet, 'value:viec-lam'), 8).value = 23800;
    sheet.getCell(rowOf(sheet, 'value:xuat-khau-lao-dong'), 7).value = 'trên';
    sheet.getCell(rowOf(sheet, 'value:xuat-khau-lao-dong'), 8).value = 9100;
    sheet.getCell(rowOf(sheet, 'value:phan-mem-cntt'), 8).value = 3;
    await writeFile(path, new Uint8Array(await book.xlsx.writeBuffer()));
    const before = await readFile(join(data, '2019.yaml'), 'utf8');
    const run = await runInProcess(['import', path, '--data', data]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 entries updated (viec-lam, xuat-khau-lao-dong, phan-mem-cntt)');
    const after = await readFile(join(data, '2019.yaml'), 'utf8');
    expect(after).toBe(
      before
        .replace('  viec-lam:\n', '  viec-lam:\n    value: 23800\n')
        .replace('  xuat-khau-lao-dong:\n', '  xuat-khau-lao-dong:\n    value: 9100\n    qualifier: over\n')
        .replace('  phan-mem-cntt:\n', '  phan-mem-cntt:\n    value: 3\n'),
    );
  });

  it('a unit the year file lacks is added after the last, the file otherwise as it was', async () => {
    const data = await dataCopy();
    const text = original.replace(/ {2}phong-tx-ky-anh:\n(?: {4}.*\n| {6}.*\n)*/, '');
    expect(text).not.toContain('phong-tx-ky-anh:');
    await writeFile(join(data, UNITS_FILE), text);
    const run = await runInProcess(['import', workbookOf('phong-tx-ky-anh'), '--data', data]);
    expect(run.code).toBe(0);
    const after = await readFile(join(data, UNITS_FILE), 'utf8');
    expect(after.startsWith(text.trimEnd())).toBe(true);
    expect(parse(after).units['phong-tx-ky-anh']).toEqual(parse(original).units['phong-tx-ky-anh']);
  });

  it('the department’s workbook saved by LibreOffice Calc reads back the same', async () => {
    const dir = await mkdtemp(join(work, 'calc-dept-'));
    await savedByCalc(join(exported, '2024', 'so-lieu-2024.xlsx'), dir);
    const data = await dataCopy();
    const run = await runInProcess(['import', join(dir, 'saved', 'so-lieu-2024.xlsx'), '--data', data]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await readFile(join(data, '2024.yaml'), 'utf8')).toBe(
      await readFile(join(EXAMPLE, '2024.yaml'), 'utf8'),
    );
  }, 180_000);
});
