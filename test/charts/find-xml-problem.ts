/**
 * A small XML well-formedness check for the SVG the charts produce: one root element, balanced and
 * properly nested tags, quoted attributes, no stray '<' and only the five named or numeric entities.
 */

/** A description of the first well-formedness problem in the text, or null when there is none. */
export function findXmlProblem(text: string): string | null {
  const token =
    /<!--[\s\S]*?-->|<\/([A-Za-z_][\w:.-]*)\s*>|<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  const stack: string[] = [];
  let roots = 0;
  let last = 0;
  for (const match of text.matchAll(token)) {
    const at = match.index;
    if (stack.length === 0 && text.slice(last, at).trim() !== '') return `text outside the root at ${last}`;
    last = at + match[0].length;
    const [whole, closing, opening, , selfClosing] = match;
    if (whole === '<') return `stray '<' at ${at}`;
    if (whole === '&') return `bare '&' at ${at}`;
    if (closing !== undefined) {
      const open = stack.pop();
      if (open !== closing) return `</${closing}> at ${at} closes <${open ?? 'nothing'}>`;
    } else if (opening !== undefined) {
      if (stack.length === 0 && ++roots > 1) return `second root element <${opening}> at ${at}`;
      if (selfClosing !== '/') stack.push(opening);
    }
  }
  if (stack.length > 0) return `unclosed <${stack.join('> <')}>`;
  if (roots !== 1) return 'no root element';
  return text.slice(last).trim() === '' ? null : 'text after the root';
}
