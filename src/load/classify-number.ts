import { Big } from 'big.js';
import type { DiagnosticCode, NumberArgs } from '../diagnostics/diagnostic.js';
import { isPlainDecimal } from '../domain/decimal.js';

/** A figure written in a way YAML reads wrongly or not as a number, with the facts needed to explain it. */
export interface NumberProblem {
  code: Extract<
    DiagnosticCode,
    'NUMBER_THOUSANDS_DOT' | 'NUMBER_DECIMAL_COMMA' | 'NUMBER_AMBIGUOUS_COMMA' | 'NUMBER_NOTATION'
  >;
  args: NumberArgs;
}

/** 24.000, 1.103.500: a dot every three digits, the first group not starting with 0 (0.125 is a decimal). */
const THOUSANDS_DOT = /^-?[1-9]\d{0,2}(\.\d{3})+$/;
/** 1.103,5 and 6,92: a decimal comma, with or without dots grouping thousands. */
const DECIMAL_COMMA = /^-?\d{1,3}(\.\d{3})+,\d+$|^-?\d+,\d+$/;
/** 24,000: a comma before exactly three digits is English grouping or a Vietnamese decimal. */
const AMBIGUOUS_COMMA = /^-?[1-9]\d{0,2},\d{3}$/;
/** 1,234,567 and 24,000.5: English grouping, unambiguous. */
const THOUSANDS_COMMA = /^-?\d{1,3}(,\d{3}){2,}$|^-?\d{1,3}(,\d{3})+\.\d+$/;
/** 24 000 and 24 000,5: spaces grouping thousands (also no-break and thin spaces, as Word and Excel write). */
const THOUSANDS_SPACE = /^-?\d{1,3}( \d{3})+([.,]\d+)?$/;

/** Returns the decimal text `text` stands for, without a trailing zero ("24.000" as a decimal is "24"). */
function normal(text: string): string {
  return new Big(text).toFixed();
}

/**
 * Returns what is wrong with a figure written as `written`, or undefined when it is a plain decimal
 * (24000, 6.92). `read` is what YAML made of it: a number, or 'text' when it is a string.
 */
export function classifyNumber(written: string, read: number | 'text'): NumberProblem | undefined {
  const source = written.trim();
  const s = source.replace(/[\u00a0\u202f\u2009]/g, ' ');
  const readText = read === 'text' ? 'text' : Number.isFinite(read) ? String(read) : 'not-finite';
  if (THOUSANDS_DOT.test(s)) {
    const asThousands = s.replace(/\./g, '');
    const oneDot = s.indexOf('.') === s.lastIndexOf('.');
    return {
      code: 'NUMBER_THOUSANDS_DOT',
      args: {
        source,
        read: readText,
        asThousands,
        asDecimal: oneDot ? normal(s) : undefined,
        meant: oneDot ? undefined : asThousands,
      },
    };
  }
  if (isPlainDecimal(s)) {
    return read === 'text'
      ? { code: 'NUMBER_NOTATION', args: { source, form: 'quoted', meant: s } }
      : undefined;
  }
  if (/\s*%$/.test(s)) {
    const rest = s.replace(/\s*%$/, '');
    const inner = classifyNumber(rest, 'text');
    const meant = inner === undefined || inner.args.form === 'quoted' ? rest : inner.args.meant;
    return { code: 'NUMBER_NOTATION', args: { source, form: 'percent', meant: plainOrNothing(meant) } };
  }
  if (AMBIGUOUS_COMMA.test(s)) {
    return {
      code: 'NUMBER_AMBIGUOUS_COMMA',
      args: { source, asThousands: s.replace(',', ''), asDecimal: normal(s.replace(',', '.')) },
    };
  }
  if (DECIMAL_COMMA.test(s)) {
    return { code: 'NUMBER_DECIMAL_COMMA', args: { source, meant: s.replace(/\./g, '').replace(',', '.') } };
  }
  if (THOUSANDS_COMMA.test(s)) {
    return { code: 'NUMBER_NOTATION', args: { source, form: 'thousands_comma', meant: s.replace(/,/g, '') } };
  }
  if (THOUSANDS_SPACE.test(s)) {
    return {
      code: 'NUMBER_NOTATION',
      args: { source, form: 'thousands_space', meant: s.replace(/ /g, '').replace(',', '.') },
    };
  }
  if (read !== 'text') return { code: 'NUMBER_NOTATION', args: { source, form: 'notation', read: readText } };
  if (/\d/.test(s) && /^[-+\d.,\s%]+$/.test(s))
    return { code: 'NUMBER_NOTATION', args: { source, form: 'other' } };
  return undefined;
}

/** Returns `text` when it is a plain decimal, else undefined: a suggestion is only ever a valid figure. */
function plainOrNothing(text: string | number | readonly string[] | undefined): string | undefined {
  return typeof text === 'string' && isPlainDecimal(text) ? text : undefined;
}
