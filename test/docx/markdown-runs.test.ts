/** The narrative's Markdown in the Word copy: every text of the data kept, list items with their depth. */
import { describe, expect, it } from 'vitest';
import { blockParagraphs, inlineRuns } from '../../src/docx/markdown-runs.js';

describe('Markdown as Word runs', () => {
  it('bold and italic become formatting; raw HTML and a link keep their text', () => {
    expect(inlineRuns('**Trên** _24.000_ <b>x</b> [nguồn](https://example.com)')).toEqual([
      { text: 'Trên', bold: true },
      { text: ' ' },
      { text: '24.000', italics: true },
      { text: ' <b>x</b> ' },
      { text: 'nguồn' },
    ]);
  });

  it('a list keeps its items and their depth; a code block its lines; a paragraph stays a paragraph', () => {
    const paragraphs = blockParagraphs('Mở đầu.\n\n- Một\n  - Trong đó\n- Hai\n\n```\nA\nB\n```\n');
    expect(paragraphs.map((p) => [p.runs.map((r) => r.text).join(''), p.listDepth])).toEqual([
      ['Mở đầu.', undefined],
      ['Một', 0],
      ['Trong đó', 1],
      ['Hai', 0],
      ['A', undefined],
      ['B', undefined],
    ]);
  });
});
