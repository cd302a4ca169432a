import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfData, positionOf, replaceIn, runInProcess } from '../helpers/run-cli.js';

/**
 * Each case puts one fault into a copy of the shipped data and names the diagnostic code it must produce,
 * and the text its line:column must point at (the offending key or value, not its parent).
 */
interface FaultCase {
  name: string;
  file: string;
  from: string;
  to: string;
  code: string;
  /** The text the diagnostic must point at, found in the faulty file; its first occurrence after `from`'s place. */
  at: string;
  severity?: 'error' | 'warning';
}

const cases: FaultCase[] = [
  {
    name: 'thousands-dot',
    file: '2018.yaml',
    from: 'value: 24000',
    to: 'value: 24.000',
    code: 'NUMBER_THOUSANDS_DOT',
    at: '24.000',
  },
  {
    name: 'decimal-comma',
    file: '2018.yaml',
    from: 'value: 6.92',
    to: 'value: 6,92',
    code: 'NUMBER_DECIMAL_COMMA',
    at: '6,92',
  },
  {
    name: 'duplicate-key',
    file: '2018.yaml',
    from: '  phan-mem-cntt:\n    value: 20',
    to: '  phan-mem-cntt:\n    value: 20\n  ty-le-ho-ngheo:\n    value: 7',
    code: 'YAML_DUPLICATE_KEY',
    at: 'ty-le-ho-ngheo:\n    value: 7',
  },
  {
    name: 'broken-syntax',
    file: '2019-targets.yaml',
    from: '    value: 65',
    to: '    value: 65\n   note: x',
    code: 'YAML_SYNTAX',
    at: 'note: x', // at the key, where the fix is
  },
  {
    name: 'misplaced-field',
    file: '2018.yaml',
    from: 'year: 2018\n',
    to: 'year: 2018\nqualifier: over\n',
    code: 'SCHEMA_UNKNOWN_FIELD',
    at: 'qualifier: over\n\nsources',
  },
  {
    name: 'unknown-field-typo',
    file: '2018.yaml',
    from: '    qualifier: nearly',
    to: '    qualifer: nearly',
    code: 'SCHEMA_UNKNOWN_FIELD',
    at: 'qualifer',
  },
  {
    name: 'bad-qualifier',
    file: '2018.yaml',
    from: 'qualifier: nearly',
    to: 'qualifier: neerly',
    code: 'SCHEMA_ENUM',
    at: 'neerly',
  },
  {
    name: 'unknown-indicator',
    file: '2019-targets.yaml',
    from: '  xuat-khau-lao-dong:',
    to: '  xuat-khau-lao-dongg:',
    code: 'UNKNOWN_INDICATOR',
    at: 'xuat-khau-lao-dongg',
  },
  {
    name: 'year-mismatch',
    file: '2018.yaml',
    from: 'year: 2018',
    to: 'year: 2017',
    code: 'YEAR_MISMATCH',
    at: '2017\n',
  },
  {
    name: 'unit-mismatch',
    file: '2018.yaml',
    from: '    value: 6.4',
    to: '    value: 6.4\n    unit: triệu đồng',
    code: 'UNIT_MISMATCH',
    at: 'triệu đồng',
  },
  {
    name: 'target-direction',
    file: '2019-targets.yaml',
    from: 'type: ceiling',
    to: 'type: level\n    x: 1',
    code: 'SCHEMA_UNKNOWN_FIELD',
    at: 'x: 1',
  },
  {
    name: 'ceiling-on-higher-is-better',
    file: '2019-targets.yaml',
    from: '  viec-lam:\n    type: level',
    to: '  viec-lam:\n    type: ceiling',
    code: 'TARGET_DIRECTION',
    at: 'ceiling\n    value: 23500',
  },
  {
    name: 'document-dated-before-its-year',
    file: '2018.yaml',
    from: 'default_source: ldxh-2019-02-28\n',
    to: 'default_source: ldxh-2019-02-28\ndocument: { number: "05", date: 2017-06-01 }\n',
    code: 'DOCUMENT_DATE',
    at: '2017-06-01',
    severity: 'warning',
  },
  {
    name: 'points-for-a-count',
    file: '2019-targets.yaml',
    from: '  viec-lam:\n    type: level\n    value: 23500',
    to: '  viec-lam:\n    type: change\n    change: increase\n    by: 2\n    measure: points',
    code: 'TARGET_SHAPE',
    at: 'points',
  },
  {
    name: 'non-integer-people',
    file: '2018.yaml',
    from: 'value: 9000',
    to: 'value: 9000.5',
    code: 'NOT_INTEGER',
    at: '9000.5',
  },
  {
    name: 'rate-over-100',
    file: '2018.yaml',
    from: 'value: 99.8',
    to: 'value: 998',
    code: 'RATE_OVER_100',
    at: '998',
  },
  {
    name: 'negative',
    file: '2018.yaml',
    from: 'value: 119',
    to: 'value: -119',
    code: 'NEGATIVE',
    at: '-119',
  },
  {
    name: 'unknown-source',
    file: '2018.yaml',
    from: 'source: bao-ha-tinh-ty-le-lao-dong-qua-dao-tao\n  quy',
    to: 'source: bao-ha-tinh\n  quy',
    code: 'UNKNOWN_SOURCE',
    at: 'bao-ha-tinh\n',
  },
  {
    name: 'missing-value',
    file: '2018.yaml',
    from: '  quyet-dinh-qppl:\n    value: 1',
    to: '  quyet-dinh-qppl:\n    note: x',
    code: 'SCHEMA_REQUIRED',
    at: 'quyet-dinh-qppl:',
  },
  {
    name: 'tab-indent',
    file: '2018.yaml',
    from: '    value: 119',
    to: '\tvalue: 119',
    code: 'YAML_TAB_INDENT',
    at: '\tvalue',
  },
  { name: 'kind-missing', file: '2018.yaml', from: 'kind: results\n', to: '', code: 'KIND_MISSING', at: '#' },
  {
    name: 'kind-typo',
    file: '2018.yaml',
    from: 'kind: results',
    to: 'kind: result',
    code: 'KIND_UNKNOWN',
    at: 'result\n',
  },
  {
    name: 'bad-date',
    file: '2018.yaml',
    from: 'date: 2019-02-28',
    to: 'date: 28/02/2019',
    code: 'SCHEMA_FORMAT',
    at: '28/02/2019',
  },
  {
    name: 'number-as-text-percent',
    file: '2018.yaml',
    from: 'value: 98',
    to: 'value: 98%',
    code: 'NUMBER_NOTATION',
    at: '98%',
  },
  {
    name: 'components-exceed-total',
    file: '2018.yaml',
    from: 'value: 9000',
    to: 'value: 90000',
    code: 'COMPONENTS_EXCEED_TOTAL',
    at: '24000\n    qualifier: over',
    severity: 'warning',
  },
  {
    name: 'agency-name-unbroken',
    file: 'agency.yaml',
    from: 'name: |-\n  SỞ LAO ĐỘNG - THƯƠNG BINH\n  VÀ XÃ HỘI',
    to: 'name: SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
    code: 'HEADER_LINE_TOO_LONG',
    at: 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
    severity: 'warning',
  },
  {
    name: 'commendation-of-unknown-category',
    file: '2018.yaml',
    from: '    - form: Khen thưởng',
    to: '    - form: Biểu dương',
    code: 'COMMENDATION_CATEGORY',
    at: 'Biểu dương',
    severity: 'warning',
  },
  {
    name: 'change-target-with-only-min',
    file: '2019-targets.yaml',
    from: '  ty-le-ho-ngheo:\n    type: ceiling\n    value: 6',
    to: '  ty-le-ho-ngheo:\n    type: change\n    change: decrease\n    min: 1',
    code: 'TARGET_SHAPE',
    at: 'change\n',
  },
  {
    name: 'range-min-above-max',
    file: '2019-targets.yaml',
    from: '  ty-le-lao-dong-qua-dao-tao:\n    type: level\n    value: 65',
    to: '  ty-le-lao-dong-qua-dao-tao:\n    type: range\n    min: 65\n    max: 60',
    code: 'TARGET_SHAPE',
    at: '60',
  },
];

describe('check: faults put into copies of the shipped data', () => {
  it.each(cases)('$name gives $code at the offending place', async (c) => {
    const dir = await copyOfData();
    const path = join(dir, c.file);
    await replaceIn(path, c.from, c.to);
    const text = await readFile(path, 'utf8');
    const run = await runInProcess(['check', '--data', dir, '--format', 'json']);
    const found = JSON.parse(run.stdout) as {
      code: string;
      file: string;
      line: number;
      column: number;
      severity: string;
    }[];
    const expected = positionOf(text, c.at);
    expect(found).toContainEqual(
      expect.objectContaining({
        code: c.code,
        file: path,
        line: expected.line,
        column: expected.column,
        severity: c.severity ?? 'error',
      }),
    );
    expect(run.code).toBe(c.severity === 'warning' ? 0 : 1);
    expect(run.stderr).toBe('');
  });

  it('reports every problem of a run, not just the first', async () => {
    const dir = await copyOfData();
    await replaceIn(join(dir, '2018.yaml'), 'value: 24000', 'value: 24.000');
    await replaceIn(join(dir, '2018.yaml'), 'value: 6.92', 'value: 6,92');
    await replaceIn(join(dir, '2019-targets.yaml'), '  xuat-khau-lao-dong:', '  xuat-khau:');
    const run = await runInProcess(['check', '--data', dir, '--format', 'json']);
    const codes = (JSON.parse(run.stdout) as { code: string }[]).map((d) => d.code).sort();
    expect(codes).toEqual(['NUMBER_DECIMAL_COMMA', 'NUMBER_THOUSANDS_DOT', 'UNKNOWN_INDICATOR']);
  });

  it('suggests the indicator id that was probably meant', async () => {
    const dir = await copyOfData();
    await replaceIn(join(dir, '2019-targets.yaml'), '  xuat-khau-lao-dong:', '  xuat-khau-lao-dongg:');
    const run = await runInProcess(['check', '--data', dir]);
    expect(run.stdout).toContain('Did you mean "xuat-khau-lao-dong"?');
  });

  it('a file in a legacy encoding is named as such, with how to re-save it', async () => {
    const dir = await copyOfData();
    const original = await readFile(join(dir, '2018.yaml'));
    // "ệ" in Windows-1258 is not valid UTF-8: replace the UTF-8 bytes of the title's first "ệ" with 0xD2.
    const bytes = Buffer.from(original);
    const at = bytes.indexOf(Buffer.from('TBXH'));
    bytes[at] = 0xd2;
    await writeFile(join(dir, '2018.yaml'), bytes);
    const run = await runInProcess(['check', '--data', dir, '--format', 'json']);
    const [d] = JSON.parse(run.stdout) as { code: string; fix: string }[];
    expect(d?.code).toBe('FILE_NOT_UTF8');
    expect(d?.fix).toContain('UTF-8');
    expect(run.code).toBe(1);
    // In Vietnamese, all of it in Vietnamese (it said "có vẻ là a legacy encoding such as ...").
    const vi = await runInProcess(['check', '--data', dir, '--lang', 'vi']);
    expect(vi.stderr + vi.stdout).toContain('có vẻ là một bảng mã cũ như Windows-1258 hoặc TCVN3');
    expect(vi.stderr + vi.stdout).not.toMatch(/legacy|encoding such/);
  });

  it('a tab on one line hides no other problem: the rest is read as if the tab were spaces (issue 24)', async () => {
    const dir = await copyOfData();
    await replaceIn(join(dir, '2018.yaml'), '  viec-lam:\n    value: 24000', '  viec-lam:\n\tvalue: 24.000');
    await replaceIn(join(dir, '2018.yaml'), 'value: 6.92', 'value: 6,5');
    await replaceIn(join(dir, '2018.yaml'), '  xuat-khau-lao-dong:', '  xuat-khau-lao-dongg:');
    const run = await runInProcess(['check', '--data', dir, '--format', 'json']);
    const found = (JSON.parse(run.stdout) as { code: string; line: number; column: number }[]).filter(
      (d) => d.code !== 'REPORT_SECTION_MISSING',
    );
    const text = await readFile(join(dir, '2018.yaml'), 'utf8');
    // Each at its place in the file as written (the tab counts one column).
    expect(found).toEqual([
      expect.objectContaining({ code: 'YAML_TAB_INDENT', ...positionOf(text, '\tvalue: 24.000') }),
      expect.objectContaining({ code: 'NUMBER_THOUSANDS_DOT', ...positionOf(text, '24.000') }),
      expect.objectContaining({ code: 'UNKNOWN_INDICATOR', ...positionOf(text, 'xuat-khau-lao-dongg') }),
      expect.objectContaining({ code: 'NUMBER_DECIMAL_COMMA', ...positionOf(text, '6,5') }),
    ]);
    expect(run.code).toBe(1);
  });

  it('a qualifier typed without its marks ("tren") is taken for the words it stands for; the values come with theirs', async () => {
    const dir = await copyOfData();
    await replaceIn(join(dir, '2018.yaml'), 'qualifier: over', 'qualifier: tren');
    const run = await runInProcess(['check', '--data', dir, '--format', 'json', '--lang', 'vi']);
    const d = (JSON.parse(run.stdout) as { code: string; args: { suggestion?: string } }[]).find(
      (x) => x.code === 'SCHEMA_ENUM',
    );
    expect(d?.args.suggestion).toBe('over');
    const vi = await runInProcess(['check', '--data', dir, '--lang', 'vi']);
    expect(vi.stdout + vi.stderr).toContain('Có phải bạn muốn ghi "over"?');
    expect(vi.stdout + vi.stderr).toContain('over (trên), nearly (gần), about (khoảng)');
  });

  it('a number YAML read is written the Vietnamese way in a Vietnamese sentence (24,5, not 24.5)', async () => {
    const dir = await copyOfData();
    await replaceIn(join(dir, '2018.yaml'), 'value: 24000', 'value: 24.500');
    const vi = await runInProcess(['check', '--data', dir, '--lang', 'vi']);
    const text = vi.stdout + vi.stderr;
    expect(text).toContain('YAML đọc nó là 24,5,');
    expect(text).not.toContain('đọc nó là 24.5');
  });

  it('a UTF-8 BOM is accepted', async () => {
    const dir = await copyOfData();
    const text = await readFile(join(dir, '2018.yaml'), 'utf8');
    await writeFile(join(dir, '2018.yaml'), `\uFEFF${text}`);
    const run = await runInProcess(['check', '--data', dir]);
    expect(run.code).toBe(0);
  });
});

/** Faults a clerk's trial met (issue 10), each with the words that now explain it: one problem, one message. */
describe('check: the trial’s faults, said so a clerk can fix them', () => {
  const human = async (file: string, from: string, to: string) => {
    const dir = await copyOfData();
    await replaceIn(join(dir, file), from, to);
    const run = await runInProcess(['check', join(dir, file), '--format', 'json']);
    return (JSON.parse(run.stdout) as { code: string; message: string; fix: string; line: number }[]).filter(
      (d) => d.code !== 'REPORT_SECTION_MISSING',
    );
  };

  it('a quoted name with more after the quote: wrap the whole value in single quotes, keeping the quotes', async () => {
    const found = await human(
      '2018.yaml',
      '    - name: Xây dựng "người cán bộ, công chức trung thành, sáng tạo, tận tụy, gương mẫu"',
      '    - name: "Đền ơn đáp nghĩa", uống nước nhớ nguồn',
    );
    expect(found).toEqual([
      expect.objectContaining({
        code: 'YAML_SYNTAX',
        message:
          'This value starts with a quote and goes on after the quote closes; YAML takes a quote at the start of a value as enclosing all of it.',
        fix: `Wrap the whole value in single quotes, which keeps the quote marks that are part of it: '"Đền ơn đáp nghĩa", uống nước nhớ nguồn'`,
      }),
    ]);
  });

  it('the same with single quotes: wrap it in double quotes', async () => {
    const found = await human('2018.yaml', 'author: Chí Tâm', "author: 'Chí' Tâm");
    expect(found.map((d) => d.fix)).toEqual([
      `Wrap the whole value in double quotes, which keeps the quote marks that are part of it: "'Chí' Tâm"`,
    ]);
  });

  it('a document number written as a number: write it in quotes', async () => {
    const found = await human('2018.yaml', 'year: 2018\n', 'year: 2018\ndocument:\n  number: 05\n');
    expect(found.map((d) => [d.code, d.message, d.fix])).toEqual([
      [
        'SCHEMA_TYPE',
        'document.number should be text, but it is number 05.',
        'Write it in quotes, as text: "05".',
      ],
    ]);
  });

  it('a qualifier in Vietnamese words: the one it names is suggested', async () => {
    const found = await human(
      '2018.yaml',
      '    value: 24000\n    qualifier: over',
      '    value: 24000\n    qualifier: trên',
    );
    expect(found.map((d) => [d.code, d.message])).toEqual([
      ['SCHEMA_ENUM', '"trên" is not allowed for qualifier. Did you mean "over"?'],
    ]);
  });

  it('an indicator’s fields written two spaces too shallow: indent them under the indicator', async () => {
    const found = await human(
      '2018.yaml',
      '  viec-lam:\n    value: 24000\n    qualifier: over',
      '  viec-lam:\n  value: 24000\n  qualifier: over',
    );
    expect(found.map((d) => [d.code, d.line, d.fix])).toEqual([
      [
        'YAML_SYNTAX',
        28,
        'Indent it two spaces deeper, under "viec-lam:", like the fields of the other indicators.',
      ],
      [
        'YAML_SYNTAX',
        29,
        'Indent it two spaces deeper, under "viec-lam:", like the fields of the other indicators.',
      ],
    ]);
    expect(found[0]?.message).toBe(
      '"value" belongs to the indicator above it ("viec-lam") but is written at the indicators\' depth, so it reads as an indicator of its own.',
    );
  });

  it('a line indented at no level of the lines above: its indent, and the levels it may mean', async () => {
    const deeper = await human(
      '2018.yaml',
      '    value: 24000\n    qualifier: over',
      '    value: 24000\n     qualifier: over',
    );
    expect(deeper.map((d) => [d.code, d.line, d.message, d.fix])).toEqual([
      [
        'YAML_SYNTAX',
        29,
        '"qualifier: over" is indented 5 spaces, which no group above it has.',
        'Indent it 4 spaces (like "value: 24000"), with spaces only.',
      ],
    ]);
    const between = await human(
      '2018.yaml',
      '    value: 24000\n    qualifier: over',
      '    value: 24000\n   qualifier: over',
    );
    expect(between.map((d) => d.fix)).toEqual([
      'Indent it 4 spaces (like "value: 24000") or 2 (like "viec-lam:"), with spaces only.',
    ]);
  });
});
