/**
 * Vietnamese typesetting quotes with “ ”, not the straight " a keyboard types. The report's words come from the
 * data as Markdown, so code spans (`...`), link targets ("](...)") and autolinks ("<...>") are left as written:
 * a quote there is syntax, not text.
 */
const PROTECTED = /`[^`]*`|\]\([^)]*\)|<[a-z][a-z0-9+.-]*:[^>\s]*>/gi;

/** Characters after which a straight quote opens a quotation. */
const OPENS_AFTER = /[\s([{/:;–—-]/u;

/** Returns the text with each straight double quote turned into “ or ” by its place. */
export function curlyQuotes(text: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; without it the text is copied unchanged
  if (!text.includes('"')) return text;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PROTECTED)) {
    out += curl(text.slice(last, m.index), out);
    out += m[0];
    last = m.index + m[0].length;
  }
  return out + curl(text.slice(last), out);
}

function curl(segment: string, before: string): string {
  let out = '';
  for (const ch of segment) {
    if (ch !== '"') {
      out += ch;
      continue;
    }
    const previous = (before + out).at(-1);
    out += previous === undefined || OPENS_AFTER.test(previous) ? '“' : '”';
  }
  return out;
}

/** Returns a copy of a view with every string's quotes curled (deeply: objects and arrays). */
export function withCurlyQuotes<T>(value: T): T {
  if (typeof value === 'string') return curlyQuotes(value) as T;
  if (Array.isArray(value)) return value.map((v) => withCurlyQuotes(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withCurlyQuotes(v)])) as T;
  }
  return value;
}
