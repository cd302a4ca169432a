import { expect } from 'vitest';
import { findXmlProblem } from './find-xml-problem.js';

/** Nothing; fails the test unless the SVG is one well-formed, self-contained <svg> element with no script or link. */
export function expectSafeSvg(svg: string): void {
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(findXmlProblem(svg)).toBeNull();
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/\son\w+=/i);
  expect(svg).not.toMatch(/href|file:|<image|<foreignObject|@import/i);
  const withoutNamespace = svg.replace(' xmlns="http://www.w3.org/2000/svg"', '');
  expect(withoutNamespace).not.toContain('http');
}
