import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { pointerSegments } from '../diagnostics/pointer.js';

export interface Position {
  line: number;
  column: number;
}

/**
 * Returns the line and column of the value at `pointer`, or of its key when `at` is 'key'.
 * When the pointer leads nowhere (a missing field), returns the deepest node that exists:
 * the key of the object the field is missing from.
 */
export function locate(doc: Document, lines: LineCounter, pointer: string, at: 'key' | 'value'): Position {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of pointerSegments(pointer)) {
    if (isMap(node)) {
      // The last pair of a key written twice: the value the document was read with.
      const pair = node.items.findLast(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment,
      );
      if (!pair) break;
      keyNode = isScalar(pair.key) ? pair.key : undefined;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      keyNode = undefined;
      node = item;
    } else {
      break;
    }
  }
  const target = at === 'key' && keyNode ? keyNode : ((node as Node | null | undefined) ?? keyNode);
  const offset = target?.range?.[0] ?? keyNode?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
