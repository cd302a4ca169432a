/** A tab of a line's indentation read as spaces, and each position of the rewritten text found as written. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { tabsAsSpaces } from '../../src/load/tabs-as-spaces.js';

describe('tabsAsSpaces', () => {
  const text = 'values:\n  a:\n\t\tvalue: 1\n  b:\n    value: 2\n';

  it('widens the indenting tabs only, and names their lines', () => {
    const two = tabsAsSpaces(text, 2);
    expect(two.text).toBe('values:\n  a:\n    value: 1\n  b:\n    value: 2\n');
    expect(two.lines).toEqual([3]);
    expect(tabsAsSpaces('a: "x\ty"\n', 2).text).toBe('a: "x\ty"\n');
  });

  it('gives the columns of the text as written: a tab is one column', () => {
    const two = tabsAsSpaces(text, 2);
    parseDocument(two.text, { lineCounter: two.counter });
    // "1" is at column 12 of the rewritten line 3, column 12 − 2 × (2 − 1) = 10 of "\t\tvalue: 1".
    expect(two.counter.linePos(two.text.indexOf('1\n'))).toEqual({ line: 3, col: 10 });
    expect('\t\tvalue: 1'.indexOf('1') + 1).toBe(10);
    // Within the widened indentation: the tab it came from.
    expect(two.counter.linePos(two.text.indexOf('    value: 1') + 2)).toEqual({ line: 3, col: 2 });
    // A line without a tab is as it was.
    expect(two.counter.linePos(two.text.indexOf('2\n'))).toEqual({ line: 5, col: 12 });
  });

  it('at four spaces a tab, the same columns', () => {
    const four = tabsAsSpaces(text, 4);
    parseDocument(four.text, { lineCounter: four.counter });
    expect(four.counter.linePos(four.text.indexOf('1\n'))).toEqual({ line: 3, col: 10 });
  });
});
