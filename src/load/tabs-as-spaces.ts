import { LineCounter } from 'yaml';

/**
 * A text whose indenting tabs, on the lines YAML refused for them, are read as spaces, so that a file with a tab
 * on one line can still be read for its other problems (the parser sees nothing past the first), and the way
 * back to the text as written: a line's column on the rewritten text is its column as written.
 */
export interface TabsAsSpaces {
  text: string;
  /** The 1-based lines whose indenting tabs were read as spaces. */
  lines: number[];
  /** Positions in the rewritten text, given as the line and column of the text as written. */
  counter: LineCounter;
}

/**
 * Returns `text` with each tab of the indentation of `lines` read as `width` spaces. Other lines are left as they
 * are: a tab that YAML accepts (a blank line's, a comment's, a block of text's) is no one's business.
 */
export function tabsAsSpaces(text: string, width: number, lines: ReadonlySet<number>): TabsAsSpaces {
  const widened = new Map<number, { tabs: number; spaces: number }>();
  const out = text.split('\n').map((line, i) => {
    if (!lines.has(i + 1)) return line;
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    const tabs = [...indent].filter((c) => c === '\t').length;
    if (tabs === 0) return line;
    const wide = indent.replace(/\t/g, ' '.repeat(width));
    widened.set(i + 1, { tabs, spaces: wide.length - indent.length });
    return wide + line.slice(indent.length);
  });
  return { text: out.join('\n'), lines: [...widened.keys()], counter: asWritten(text, widened) };
}

/** A line counter of the rewritten text that gives the columns of the text as written. */
function asWritten(
  text: string,
  widened: ReadonlyMap<number, { tabs: number; spaces: number }>,
): LineCounter {
  const counter = new LineCounter();
  const rewritten = counter.linePos;
  const written = text.split('\n');
  counter.linePos = (offset) => {
    const pos = rewritten(offset);
    const line = widened.get(pos.line);
    if (line === undefined) return pos;
    // Past the widened indentation: back by the spaces added. Within it: the column of the character (a space
    // or a tab) the position falls in, counting each tab as wide as it was made.
    const indent = /^[ \t]*/.exec(written[pos.line - 1] ?? '')?.[0] ?? '';
    const wideLength = indent.length + line.spaces;
    if (pos.col > wideLength) return { line: pos.line, col: pos.col - line.spaces };
    let wide = 0;
    for (const [i, c] of [...indent].entries()) {
      wide += c === '\t' ? line.spaces / line.tabs + 1 : 1;
      if (pos.col <= wide) return { line: pos.line, col: i + 1 };
    }
    return { line: pos.line, col: indent.length };
  };
  return counter;
}
