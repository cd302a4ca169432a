import { Big } from 'big.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { pointerSegments } from '../diagnostics/pointer.js';
import type { ParsedFile } from '../load/parse-yaml-file.js';
import type { Indicator } from '../model/types.js';

/** What a figure can be: whole (a count of people, a year), a rate in percent, or any number. */
type FigureKind = 'whole' | 'rate' | 'any';

/**
 * Returns a file's problems (`diagnostics`, of reading and schema) with each ambiguous figure ("24.000", "24,000") given the reading its field
 * makes likely: `likely: 'thousands'` for whole counts and years (24.000 people cannot be 24,0), `likely:
 * 'decimal'` for a rate (24000% is impossible), none for money and other numbers, where both readings are
 * possible; and `meant`, the figure to write, when one reading is likely. A rate written "6.925" is right as
 * written (YAML reads the decimal), and is no longer a problem.
 */
export function explainNumbers(
  file: ParsedFile,
  diagnostics: readonly Diagnostic[],
  indicators: ReadonlyMap<string, Indicator>,
): Diagnostic[] {
  return diagnostics.flatMap((d): Diagnostic[] => {
    if (d.code !== 'NUMBER_THOUSANDS_DOT' && d.code !== 'NUMBER_AMBIGUOUS_COMMA') return [d];
    const { asThousands, asDecimal } = d.args;
    if (typeof asThousands !== 'string' || typeof asDecimal !== 'string') return [d];
    const figure = figureKind(file, d.pointer, indicators);
    const likely =
      figure.kind === 'whole'
        ? 'thousands'
        : figure.kind === 'rate' && new Big(asThousands).abs().gt(100)
          ? 'decimal'
          : undefined;
    // "6.925" for a rate: YAML reads it as 6.925, and 6925% is impossible, so it is right as written.
    if (d.code === 'NUMBER_THOUSANDS_DOT' && likely === 'decimal') return [];
    const meant = likely === 'thousands' ? asThousands : likely === 'decimal' ? asDecimal : undefined;
    return [
      {
        ...d,
        args: { ...d.args, likely, meant, indicator: figure.id, figure: figure.kind },
      } as Diagnostic,
    ];
  });
}

function figureKind(
  file: ParsedFile,
  pointer: string,
  indicators: ReadonlyMap<string, Indicator>,
): { kind: FigureKind; id?: string } {
  const segments = pointerSegments(pointer);
  const last = segments.at(-1);
  if (last === 'year' || last === 'count' || last === 'decimals') return { kind: 'whole' };
  const [section, id] = segments;
  if (segments.length !== 3 || id === undefined || last === undefined) return { kind: 'any' };
  if (section === 'targets' && file.kind === 'targets' && ['value', 'min', 'max', 'by'].includes(last)) {
    const target = (file.data as { targets?: Record<string, { type?: unknown }> } | undefined)?.targets?.[id];
    // A change is in percent or percentage points, whatever the indicator counts.
    if (target?.type === 'change') return { kind: 'rate', id };
  } else if (!(section === 'values' && file.kind === 'results' && last === 'value')) {
    return { kind: 'any' };
  }
  const indicator = indicators.get(id);
  if (indicator?.kind === 'count') return { kind: 'whole', id };
  if (indicator?.kind === 'rate') return { kind: 'rate', id };
  return { kind: 'any', id };
}
