/** A tab of a line's indentation read as spaces, and each position of the rewritten text found as written. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYamlFile } from '../../src/load/parse-yaml-file.js';
import { tabsAsSpaces } from '../../src/load/tabs-as-spaces.js';

describe('tabsAsSpaces', () => {
  const text = 'values:\n  a:\n\t\tvalue: 1\n  b:\n    value: 2\n';
  const line3 = new Set([3]);

  it('widens the indenting tabs of the lines named only', () => {
    const two = tabsAsSpaces(text, 2, line3);
    expect(two.text).toBe('values:\n  a:\n    value: 1\n  b:\n    value: 2\n');
    expect(two.lines).toEqual([3]);
    expect(tabsAsSpaces(text, 2, new Set([1])).text).toBe(text);
    expect(tabsAsSpaces('a: "x\ty"\n', 2, new Set([1])).text).toBe('a: "x\ty"\n');
  });

  it('gives the columns of the text as written: a tab is one column', () => {
    const two = tabsAsSpaces(text, 2, line3);
    parseDocument(two.text, { lineCounter: two.counter });
    // "1" is at column 12 of the rewritten line 3, column 12 − 2 × (2 − 1) = 10 of "\t\tvalue: 1".
    expect(two.counter.linePos(two.text.indexOf('1\n'))).toEqual({ line: 3, col: 10 });
    expect('\t\tvalue: 1'.indexOf('1') + 1).toBe(10);
    // Within the widened indentation: the tab it came from.
    expect(two.counter.linePos(two.text.indexOf('    value: 1') + 2)).toEqual({ line: 3, col: 2 });
    // A line without a tab is as it was.
    expect(two.counter.linePos(two.text.indexOf('2\n'))).toEqual({ line: 5, col: 12 });
  });

  it('at four spaces a tab, the same columns; a space and a tab mixed, each its own column', () => {
    const four = tabsAsSpaces(text, 4, line3);
    parseDocument(four.text, { lineCounter: four.counter });
    expect(four.counter.linePos(four.text.indexOf('1\n'))).toEqual({ line: 3, col: 10 });
    const mixed = tabsAsSpaces('a:\n \tb: 1\n', 4, new Set([2]));
    expect(mixed.text).toBe('a:\n     b: 1\n');
    parseDocument(mixed.text, { lineCounter: mixed.counter });
    // " \t": the space is column 1, the tab (four wide) column 2, "b" column 3.
    expect(mixed.counter.linePos(mixed.text.indexOf('b'))).toEqual({ line: 2, col: 3 });
    expect(mixed.counter.linePos(mixed.text.indexOf(' b') - 1)).toEqual({ line: 2, col: 2 });
  });
});

describe('a file read past its tabs', () => {
  const codes = (text: string) =>
    parseYamlFile('x.yaml', text).diagnostics.map((d) => [d.code, d.line, d.column]);

  it('where the widths read the tab differently, only the tab is said: its meaning is in doubt', () => {
    // Under "a" at four spaces a tab, beside it at two: not read at all.
    const parsed = parseYamlFile('x.yaml', 'x:\n    a:\n\tvalue: 1\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['YAML_TAB_INDENT']);
  });

  it('a tab YAML accepts (a blank line, a comment, a block of text) is neither said nor changed', () => {
    const text = 'a:\n\tb: 1\n\t\n\t# note\nc: |\n  line\n  \tcode\n';
    const parsed = parseYamlFile('x.yaml', text);
    expect(codes(text)).toEqual([['YAML_TAB_INDENT', 2, 1]]);
    expect(parsed.data).toEqual({ a: { b: 1 }, c: 'line\n\tcode\n' });
  });
});
