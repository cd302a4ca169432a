/** JSON pointers (RFC 6901): where in a file's data a diagnostic points. */

/** Returns the JSON pointer segments of `pointer` ('' is the whole document). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Returns a JSON pointer made of `segments`. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Returns `pointer` extended by one segment, escaped as a pointer requires. */
export function appendPointer(pointer: string, segment: string | number): string {
  return `${pointer}${toPointer([segment])}`;
}
