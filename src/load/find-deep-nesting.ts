/** Nesting deeper than this is refused before anything walks it: data files need five levels or so. */
export const MAX_DEPTH = 64;

/** Where a text nests deeper than allowed, and how deep it goes. */
export interface DeepNesting {
  /** Offset of the bracket or line where the limit is first passed. */
  offset: number;
  depth: number;
}

/**
 * Returns where `text` first nests deeper than `limit`, by flow brackets ([ {) or by block indentation and
 * "- " items, or undefined. A cheap scan of the text, run before the parser can recurse into it; it may
 * over-count (brackets in quoted text), which is harmless at a limit no data file comes near.
 */
export function findDeepNesting(text: string, limit: number): DeepNesting | undefined {
  return flowNesting(text, limit) ?? blockNesting(text, limit);
}

function flowNesting(text: string, limit: number): DeepNesting | undefined {
  let depth = 0;
  let max = 0;
  let first: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) max = depth;
      if (depth > limit && first === undefined) first = i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return first === undefined ? undefined : { offset: first, depth: max };
}

function blockNesting(text: string, limit: number): DeepNesting | undefined {
  const open: number[] = [];
  let max = 0;
  let first: number | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const end = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, end < 0 ? text.length : end);
    const match = /^( *)((?:-[ \t]+)*)([^\s#])?/.exec(line);
    if (match?.[3] !== undefined || (match?.[2] ?? '') !== '') {
      const indent = match?.[1]?.length ?? 0;
      while ((open.at(-1) ?? -1) >= indent) open.pop();
      open.push(indent);
      const dashes = (match?.[2] ?? '').split('-').length - 1;
      const depth = open.length + dashes;
      if (depth > max) max = depth;
      if (depth > limit && first === undefined) first = lineStart + indent;
    }
    if (end < 0) break;
    lineStart = end + 1;
  }
  return first === undefined ? undefined : { offset: first, depth: max };
}
