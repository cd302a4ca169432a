/**
 * The emulation over a span of years (the tổng kết giai đoạn), from the years whose units were scored: each unit's
 * collective titles proposed in each of those years, and the years it led its block; each title's count of each
 * year. Each year is the year's own emulation (computeEmulation): nothing is scored again, nothing filled in for a
 * year without the units' figures.
 */
import type { DataSet, EmulationBlock, Unit } from '../model/types.js';
import { computeEmulation } from './compute-emulation.js';
import { isProposed, type TitleTotal } from './propose-titles.js';

/** A unit over the span. */
export interface SpanUnit {
  unit: Unit;
  /**
   * Per scored year (SpanEmulation.years, in order): the names of the collective titles and awards proposed for it;
   * undefined where it was not scored that year, or no rules of titles were in force.
   */
  titles: (string[] | undefined)[];
  /** The years it ranked first in its block. */
  led: number[];
}

/** A block over the span: its units, in the order units.yaml lists them. */
export interface SpanBlock {
  block: EmulationBlock;
  units: SpanUnit[];
}

/** The emulation over a span of years. */
export interface SpanEmulation {
  /** The span's years whose units were scored, in order. */
  years: number[];
  blocks: SpanBlock[];
  /**
   * Per scored year: each title and award proposed that year, with its counts (those with none left out);
   * undefined for a year no rules of titles were in force on (nothing was proposed, nor can be said to be).
   */
  totals: (TitleTotal[] | undefined)[];
  /** Made-up rules or figures in some year: the document says "Số liệu minh họa". */
  illustrative: boolean;
}

/** Returns the emulation over the years given, or undefined when none of them was scored. */
export function computeSpanEmulation(data: DataSet, years: readonly number[]): SpanEmulation | undefined {
  const scored = years.flatMap((year) => {
    const emulation = computeEmulation(data, year);
    return emulation === undefined ? [] : [{ year, emulation }];
  });
  if (scored.length === 0) return undefined;
  const blocks: SpanBlock[] = (data.units?.blocks ?? []).map((block) => ({ block, units: [] }));
  const unitOf = (block: EmulationBlock, unit: Unit): SpanUnit => {
    let entry = blocks.find((b) => b.block.id === block.id);
    if (entry === undefined) {
      entry = { block, units: [] };
      blocks.push(entry);
    }
    let found = entry.units.find((u) => u.unit.id === unit.id);
    if (found === undefined) {
      found = { unit, titles: scored.map(() => undefined), led: [] };
      entry.units.push(found);
    }
    return found;
  };
  scored.forEach(({ year, emulation }, i) => {
    for (const b of emulation.scores.blocks) {
      for (const score of b.units) {
        const u = unitOf(b.block, score.unit);
        if (score.rank === 1) u.led.push(year);
        const proposed = emulation.proposals?.units.find((p) => p.unit.id === score.unit.id);
        if (emulation.proposals !== undefined)
          u.titles[i] = (proposed?.collective ?? []).filter(isProposed).map((v) => v.title.name);
      }
    }
  });
  const order = new Map((data.units?.units ?? []).map((u, i) => [u.id, i]));
  for (const b of blocks) b.units.sort((x, y) => (order.get(x.unit.id) ?? 0) - (order.get(y.unit.id) ?? 0));
  return {
    years: scored.map((s) => s.year),
    blocks: blocks.filter((b) => b.units.length > 0),
    totals: scored.map(({ emulation }) =>
      emulation.proposals?.titles.filter((t) => t.collectives + t.individuals > 0),
    ),
    illustrative: scored.some((s) => s.emulation.scores.illustrative),
  };
}
