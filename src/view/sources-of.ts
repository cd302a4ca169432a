import type { YearComputation } from '../compute/types.js';
import type { Source } from '../model/types.js';

/** Returns the sources of a year's figures, each once, in the order its files name them. */
export function sourcesOf(c: YearComputation): Source[] {
  const seen = new Map<string, Source>();
  for (const file of [c.results, c.priorResults, c.targets, c.nextTargets]) {
    for (const s of file?.sources ?? []) if (!seen.has(s.id)) seen.set(s.id, s);
  }
  return [...seen.values()];
}
