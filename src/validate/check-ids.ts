import { suggest } from '../diagnostics/suggest.js';
import type { Indicator, Source } from '../model/types.js';
import type { Say } from './reporter.js';

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

/** Reports an indicator id of `section` (values, targets) that the catalogue lacks; returns true when it does. */
export function checkIndicatorId(
  id: string,
  section: string,
  indicators: ReadonlyMap<string, Indicator>,
  say: Say,
): boolean {
  if (indicators.has(id)) return false;
  say(
    'UNKNOWN_INDICATOR',
    [section, id],
    { id, suggestion: suggest(id, [...indicators.keys()]) },
    { at: 'key' },
  );
  return true;
}

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Runs the id rules (unknown indicators, unknown or duplicate sources) on a results or targets file whose
 * schema failed, as far as its shape allows: the figures must be a group of fields for the indicator ids,
 * and every source must have a text id for the source rules. So one run reports every problem.
 */
export function checkIdsOfBrokenFile(
  kind: 'results' | 'targets',
  data: unknown,
  indicators: ReadonlyMap<string, Indicator>,
  say: Say,
): void {
  if (!isRecord(data)) return;
  const section = kind === 'results' ? 'values' : 'targets';
  const entries = data[section];
  const used: SourceUse[] = [];
  if (isRecord(entries)) {
    for (const [id, entry] of Object.entries(entries)) {
      checkIndicatorId(id, section, indicators, say);
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
