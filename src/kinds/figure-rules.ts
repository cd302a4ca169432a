/** Rules shared by the kinds that hold figures for indicators (results, targets). */
import { Big } from 'big.js';
import type { Say } from '../diagnostics/say.js';
import { suggest } from '../diagnostics/suggest.js';
import { toDec } from '../domain/decimal.js';
import { unitsMatch } from '../domain/units.js';
import type { Dec, Indicator, Source } from '../model/types.js';
import { ENTRY_FIELDS } from '../schemas/entry-fields.js';

/** Where a source id is used in a file, and the id (undefined where none is named). */
export type SourceUse = [(string | number)[], string | undefined];

/** Reports duplicate source ids, and a default or used source id that is not among the file's sources. */
export function checkSources(
  sources: readonly Pick<Source, 'id'>[],
  defaultSource: string | undefined,
  used: Iterable<SourceUse>,
  say: Say,
): void {
  const ids = new Set<string>();
  sources.forEach((s, i) => {
    if (ids.has(s.id)) say('DUPLICATE_ID', ['sources', i, 'id'], { id: s.id, what: 'source' });
    ids.add(s.id);
  });
  const known = [...ids];
  if (defaultSource !== undefined && !ids.has(defaultSource)) {
    say('UNKNOWN_SOURCE', ['default_source'], {
      id: defaultSource,
      suggestion: suggest(defaultSource, known),
    });
  }
  for (const [path, id] of used) {
    if (id !== undefined && !ids.has(id)) say('UNKNOWN_SOURCE', path, { id, suggestion: suggest(id, known) });
  }
}

/** Reports an indicator id of `section` (values, targets) that the catalogue lacks; returns the indicator. */
export function knownIndicator(
  id: string,
  section: string,
  indicators: ReadonlyMap<string, Indicator>,
  say: Say,
): Indicator | undefined {
  const indicator = indicators.get(id);
  if (indicator === undefined) {
    say(
      'UNKNOWN_INDICATOR',
      [section, id],
      { id, suggestion: suggest(id, [...indicators.keys()]) },
      { at: 'key' },
    );
  }
  return indicator;
}

/** Reports a unit written out that is not the indicator's. */
export function checkUnit(
  indicator: Indicator,
  unit: string | undefined,
  path: (string | number)[],
  say: Say,
): void {
  if (unit !== undefined && !unitsMatch(indicator, { unit })) {
    say('UNIT_MISMATCH', [...path, 'unit'], { id: indicator.id, unit, expected: indicator.unit });
  }
}

/** Checks one figure against what its indicator allows: whole counts, no negative results, rates up to 100. */
export function checkFigure(
  indicator: Indicator,
  value: string,
  path: (string | number)[],
  say: Say,
  isResult: boolean,
): void {
  const n = new Big(value);
  if (n.lt(0) && isResult) say('NEGATIVE', path, { id: indicator.id, value });
  if (indicator.kind === 'count' && !n.round(0, Big.roundDown).eq(n)) {
    say('NOT_INTEGER', path, { id: indicator.id, value, unit: indicator.unit });
  }
  if (indicator.kind === 'rate' && n.gt(100)) say('RATE_OVER_100', path, { id: indicator.id, value });
  const decimals = value.includes('.') ? (value.split('.')[1]?.length ?? 0) : 0;
  if (
    indicator.kind !== 'count' &&
    decimals > indicator.decimals &&
    new Big(value).round(indicator.decimals).cmp(n) !== 0
  ) {
    say(
      'TOO_MANY_DECIMALS',
      path,
      { id: indicator.id, value, decimals: indicator.decimals },
      { severity: 'warning' },
    );
  }
}

type Raw = Record<string, unknown>;
export const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Runs the id rules (unknown indicators, unknown or duplicate sources) on a file whose schema failed, as far as
 * its shape allows: the figures of `section` must be a group of fields for the indicator ids, and every source
 * must have a text id for the source rules. So one run reports every problem.
 */
export function checkIdsOfBrokenFile(
  section: 'values' | 'targets',
  data: unknown,
  indicators: ReadonlyMap<string, Indicator>,
  say: Say,
): void {
  if (!isRecord(data)) return;
  const entries = data[section];
  const used: SourceUse[] = [];
  if (isRecord(entries)) {
    const keys = Object.keys(entries);
    for (const [id, entry] of Object.entries(entries)) {
      // A field written at the indicators' depth ("value:") was reported as that by the schema step.
      if (!ENTRY_FIELDS[section].includes(id) || isRecord(entry))
        knownIndicator(id, section, indicators, say);
      // A blank entry is said to be blank even while the rest of the file has errors (its sources unfilled).
      // ...unless its fields follow it at its own depth: that mistake is reported as such (find-shallow-fields.ts).
      const next = keys[keys.indexOf(id) + 1];
      const fieldsFollow =
        next !== undefined && ENTRY_FIELDS[section].includes(next) && !isRecord(entries[next]);
      if (entry === null && !fieldsFollow) {
        const year = typeof data.year === 'number' ? data.year : 0;
        const code = section === 'values' ? 'FIGURE_BLANK' : 'TARGET_BLANK';
        say(code, [section, id], { id, year }, { at: 'key', severity: 'warning' });
      }
      if (isRecord(entry) && typeof entry.source === 'string')
        used.push([[section, id, 'source'], entry.source]);
    }
  }
  const narrative = data.narrative;
  const commendations = isRecord(narrative) ? narrative.commendations : undefined;
  if (Array.isArray(commendations)) {
    commendations.forEach((c: unknown, i) => {
      if (isRecord(c) && typeof c.source === 'string')
        used.push([['narrative', 'commendations', i, 'source'], c.source]);
    });
  }
  const sources = data.sources;
  if (!Array.isArray(sources) || !sources.every((s) => isRecord(s) && typeof s.id === 'string')) return;
  const defaultSource = typeof data.default_source === 'string' ? data.default_source : undefined;
  checkSources(sources as { id: string }[], defaultSource, used, say);
}

/**
 * Returns the figure at `pointer` of a document as it was written, or undefined when what is there is not a
 * decimal (a "0x1F" the reading already reported as an error): no figure is made up.
 */
export function decimalAt(decimals: ReadonlyMap<string, string>, pointer: string): Dec | undefined {
  const text = decimals.get(pointer);
  return text === undefined ? undefined : toDec(text);
}

/**
 * Returns the sources of a file that are filled in; a source left blank (as "hatinh-report new" writes it) is a
 * warning at its place, and left out: no figure can name it, and the report does not list it.
 */
export function filledSources(
  sources: readonly { id: string | null; title: string | null }[],
  say: Say,
): Source[] {
  const out: Source[] = [];
  sources.forEach((s, i) => {
    if (s.id === null || s.title === null) {
      say('SOURCE_BLANK', ['sources', i], { field: s.id === null ? 'id' : 'title' }, { severity: 'warning' });
    } else out.push(s as Source);
  });
  return out;
}
