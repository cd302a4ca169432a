import { describe, expect, it } from 'vitest';
import { findXmlProblem } from './find-xml-problem.js';

describe('findXmlProblem', () => {
  it('accepts well-formed markup', () => {
    expect(findXmlProblem('<svg a="1"><g><text>A &amp; B &#233;</text><rect/></g></svg>')).toBeNull();
  });

  it.each([
    ['<svg><g></svg>', 'closes'],
    ['<svg><text>a < b</text></svg>', "stray '<'"],
    ['<svg><text>a & b</text></svg>', "bare '&'"],
    ['<svg a=1></svg>', "stray '<'"],
    ['<svg></svg><svg></svg>', 'second root'],
    ['<svg>', 'unclosed'],
  ])('rejects %s', (markup, problem) => {
    expect(findXmlProblem(markup)).toContain(problem);
  });
});
