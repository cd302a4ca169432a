/**
 * A block scored and ranked: each unit scored (score-unit.ts), ordered by total and the declared tie-break, each
 * with its rank and the ties said; then what the order and the classifications rest on (qualified-notes.ts).
 */
import { dec } from '../domain/decimal.js';
import type { ScoringScheme } from '../model/emulation.js';
import { qualifiedNotes } from './qualified-notes.js';
import { scoreUnit, type Unranked } from './score-unit.js';
import type { RankNote, ScoredIndicator, UnitEntry, UnitScore } from './score-units.js';

/**
 * Returns a block's units scored and ranked: by total, then by the tie-break criteria in order (more points
 * first; a penalty's points are negative, so fewer penalties first); units equal on all of them share a rank.
 */
export function rankBlock(
  scheme: ScoringScheme,
  entries: readonly UnitEntry[],
  indicatorOf: (indicator: string) => ScoredIndicator,
): { units: UnitScore[]; notes: RankNote[] } {
  const scores = entries.map((entry) => scoreUnit(scheme, entry, entries, indicatorOf));
  const { ranked, notes } = orderBlock(scheme, scores);
  return { units: ranked, notes: [...notes, ...qualifiedNotes(scheme, ranked)] };
}

/**
 * Returns the units in rank order, each with its rank, and the ties said: equal totals ordered by the first
 * tie-break criterion that tells them apart, and units equal on every one sharing a rank (2, 2, 4).
 */
function orderBlock(
  scheme: ScoringScheme,
  scores: readonly Unranked[],
): { ranked: UnitScore[]; notes: RankNote[] } {
  const pointsOf = (s: Unranked, criterion: string) =>
    dec(s.criteria.find((c) => c.criterion.id === criterion)?.points ?? '0');
  /** Which of the tie-break criteria first tells two units apart (undefined: none), and which is ahead. */
  const decide = (a: Unranked, b: Unranked): { by: string | undefined; order: number } => {
    const byTotal = dec(b.total).cmp(dec(a.total));
    if (byTotal !== 0) return { by: undefined, order: byTotal };
    for (const criterion of scheme.tie_break) {
      const c = pointsOf(b, criterion).cmp(pointsOf(a, criterion));
      if (c !== 0) return { by: criterion, order: c };
    }
    return { by: undefined, order: 0 };
  };
  // Array.prototype.sort is stable: units equal on everything keep the order they were given in.
  const order = [...scores].sort((a, b) => decide(a, b).order);
  const ranked: UnitScore[] = [];
  const notes: RankNote[] = [];
  for (const [i, s] of order.entries()) {
    const previous = ranked[i - 1];
    if (previous === undefined) {
      ranked.push({ ...s, rank: 1 });
      continue;
    }
    const d = decide(previous, s);
    ranked.push({ ...s, rank: d.order === 0 ? previous.rank : i + 1 });
    if (d.by !== undefined)
      notes.push({ kind: 'tie_broken', units: [previous.unit.id, s.unit.id], total: s.total, by: d.by });
  }
  // Each rank's first unit, and the units that share it.
  for (const first of ranked.filter((s, i) => ranked[i - 1]?.rank !== s.rank)) {
    const shared = ranked.filter((s) => s.rank === first.rank);
    if (shared.length > 1)
      notes.push({
        kind: 'tie_shared',
        units: shared.map((s) => s.unit.id),
        total: first.total,
        rank: first.rank,
      });
  }
  return { ranked, notes };
}
