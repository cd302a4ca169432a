/**
 * What a block's order and classifications rest on: a qualified result ("trên 980") is scored at its written value,
 * and where its true value could change the order of two neighbours or a unit's classification, that is said.
 */
import { type Decimal, dec } from '../domain/decimal.js';
import type { ScoringScheme } from '../model/emulation.js';
import type { CriterionScore, QualifiedFigure, RankNote, UnitScore } from './score-units.js';

const ZERO = dec('0');

/**
 * Returns the notes of a ranked block's qualified figures: two neighbours whose order could change (the upper
 * unit's possible fall against the lower's possible rise), and units whose classification could.
 */
export function qualifiedNotes(scheme: ScoringScheme, ranked: readonly UnitScore[]): RankNote[] {
  const notes: RankNote[] = [];
  ranked.forEach((lower, i) => {
    const upper = ranked[i - 1];
    if (upper === undefined || upper.rank === lower.rank) return;
    // Only what could narrow the gap counts: the upper unit's possible fall and the lower's possible rise.
    const falls = upper.criteria.filter((c) => dec(c.fall).gt(ZERO));
    const rises = lower.criteria.filter((c) => dec(c.rise).gt(ZERO));
    if (falls.length + rises.length === 0) return;
    const upperLeast = dec(upper.total).minus(sum(falls.map((c) => dec(c.fall))));
    const lowerMost = dec(lower.total).plus(sum(rises.map((c) => dec(c.rise))));
    if (lowerMost.gte(upperLeast))
      notes.push({
        kind: 'qualified',
        units: [upper.unit.id, lower.unit.id],
        figures: distinct([...falls, ...rises]),
      });
  });
  // A classification that a qualified figure may change: the total could fall under its band or reach the next.
  for (const s of ranked) {
    const bandIndex = scheme.bands.findIndex((b) => b.label === s.band);
    const least = dec(s.total).minus(sum(s.criteria.map((c) => dec(c.fall))));
    const most = dec(s.total).plus(sum(s.criteria.map((c) => dec(c.rise))));
    const current = scheme.bands[bandIndex];
    // The band above (none above the first, nor for a unit under every band: an index of -1 or -2).
    const higher = scheme.bands[bandIndex - 1];
    const mayFall = current !== undefined && least.lt(dec(current.min));
    const mayRise =
      (higher !== undefined && most.gte(dec(higher.min))) ||
      (current === undefined && scheme.bands.some((b) => most.gte(dec(b.min))));
    if (mayFall || mayRise) {
      const moving = s.criteria.filter(
        (c) => (mayFall && dec(c.fall).gt(ZERO)) || (mayRise && dec(c.rise).gt(ZERO)),
      );
      notes.push({ kind: 'qualified_band', unit: s.unit.id, band: s.band, figures: distinct(moving) });
    }
  }
  return notes;
}

/** The qualified figures behind these criteria's leeway, each once. */
function distinct(criteria: readonly CriterionScore[]): QualifiedFigure[] {
  const seen = new Map<string, QualifiedFigure>();
  for (const f of criteria.flatMap((c) => c.restsOn)) seen.set(`${f.unit}/${f.criterion}`, f);
  return [...seen.values()];
}

function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), ZERO);
}
