import { LineCounter } from 'yaml';

/**
 * A text whose indenting tabs are read as spaces, so that a file with a tab on one line can still be read for its
 * other problems (YAML refuses a tab in indentation, and the parser sees nothing past it), and the way back to
 * the text as written: a line's column on the rewritten text is its column as written.
 */
export interface TabsAsSpaces {
  text: string;
  /** The 1-based lines whose indentation held a tab. */
  lines: number[];
  /** Positions in the rewritten text, given as the line and column of the text as written. */
  counter: LineCounter;
}

/** Returns `text` with each tab of a line's indentation read as `width` spaces. */
export function tabsAsSpaces(text: string, width: number): TabsAsSpaces {
  const widened = new Map<number, number>();
  const out = text.split('\n').map((line, i) => {
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    const tabs = [...indent].filter((c) => c === '\t').length;
    if (tabs === 0) return line;
    widened.set(i + 1, tabs);
    return indent.replace(/\t/g, ' '.repeat(width)) + line.slice(indent.length);
  });
  return { text: out.join('\n'), lines: [...widened.keys()], counter: asWritten(widened, width) };
}

/** A line counter of the rewritten text that gives the columns of the text as written. */
function asWritten(widened: ReadonlyMap<number, number>, width: number): LineCounter {
  const counter = new LineCounter();
  const rewritten = counter.linePos;
  counter.linePos = (offset) => {
    const pos = rewritten(offset);
    const tabs = widened.get(pos.line);
    if (tabs === undefined) return pos;
    // Within the widened indentation: the tab it came from; past it, back by the spaces added.
    const col = pos.col <= tabs * width ? Math.ceil(pos.col / width) : pos.col - tabs * (width - 1);
    return { line: pos.line, col };
  };
  return counter;
}
