/**
 * The ranking of a year as words and Vietnamese figures: what `score` prints and the report's emulation section
 * shows. Numbers in vi-VN form at the scheme's decimals (96,08; 100), the notes in the chosen language.
 */
import { isProposed, type YearProposals } from '../compute/propose-titles.js';
import type { BlockScore, QualifiedFigure, RankNote, UnitScore, YearScores } from '../compute/score-units.js';
import type { ScoreWords } from '../messages/catalogue.js';
import type { Dec } from '../model/types.js';
import { dayMonthYear } from './format-document-date.js';
import { formatNumber, formatWritten, qualified, withUnit } from './format-number.js';
import { roman } from './roman.js';

export interface RankingRow {
  rank: string;
  unitId: string;
  unit: string;
  /** Points of each group of criteria, in the scheme's order. */
  groups: string[];
  total: string;
  band: string;
}

export interface BlockRankingView {
  id: string;
  name: string;
  /** The scheme: its name, its maximum and where it comes from. */
  scheme: string;
  /** The groups of criteria: their numeral (the column heading) and their name. */
  groups: { short: string; label: string }[];
  rows: RankingRow[];
  /** What the ranking rests on: ties, qualified results, units not ranked. */
  notes: string[];
  /** The titles and awards proposed for its units, a line each; empty without rules in force. */
  proposals: string[];
}

export interface RankingView {
  title: string;
  /** "Số liệu minh họa" for made-up figures; undefined for real ones. */
  illustrative: string | undefined;
  columns: ScoreWords['columns'];
  blocks: BlockRankingView[];
  /** The prize money of the year and what it is figured on; or why nothing is proposed. */
  money: string[];
}

/** Returns the view of a year's scores, in the words of `words`. */
export function buildRankingView(
  scores: YearScores,
  words: ScoreWords,
  proposals: YearProposals | undefined,
): RankingView {
  return {
    title: words.title(scores.year),
    illustrative: scores.illustrative ? words.illustrative : undefined,
    columns: words.columns,
    blocks: scores.blocks.map((block) => ({
      ...blockView(block, words),
      proposals: proposals ? proposalLines(block.block.id, proposals, words) : [],
    })),
    money: proposals
      ? moneyLines(proposals, words)
      : [words.noRuleSet(scores.year, dayMonthYear(`${scores.year}-12-31`))],
  };
}

/** The collective titles and awards proposed for a block's units, by title; the members' titles summed. */
function proposalLines(block: string, proposals: YearProposals, words: ScoreWords): string[] {
  const units = proposals.units.filter((u) => u.block === block);
  const collective = proposals.ruleSet.titles
    .filter((t) => t.recipient === 'collective')
    .map((t) => {
      const verdicts = units.flatMap((u) =>
        u.collective.filter((v) => v.title.id === t.id).map((v) => ({ u, v })),
      );
      const proposed = verdicts.filter(({ v }) => isProposed(v)).map(({ u }) => u.unit.name);
      // Eligible, not proposed: a higher title is (one achievement, one title).
      const higher = verdicts.filter(({ v }) => v.eligible && !isProposed(v)).length;
      return words.proposal(t.name, t.basis, proposed, higher);
    });
  const individual = proposals.ruleSet.titles.flatMap((t) => {
    const counts = units.flatMap((u) => u.individual.filter((i) => i.title.id === t.id).map((i) => i.count));
    return counts.length === 0
      ? []
      : [
          words.individual(
            t.name,
            counts.reduce((a, b) => a + b, 0),
          ),
        ];
  });
  return [words.proposals, ...collective, ...individual];
}

function moneyLines(proposals: YearProposals, words: ScoreWords): string[] {
  const base = proposals.baseSalary;
  const unpriced = proposals.unpriced;
  return [
    ...(base
      ? [
          words.money(
            formatNumber(proposals.amount, 0),
            formatNumber(base.amount, 0),
            base.basis,
            dayMonthYear(proposals.day),
          ),
        ]
      : [words.noBaseSalary(dayMonthYear(proposals.day))]),
    ...(base && unpriced.length > 0 ? [words.noPrize(unpriced.map((t) => t.name))] : []),
  ];
}

function blockView(block: BlockScore, words: ScoreWords): Omit<BlockRankingView, 'proposals'> {
  const points = (value: Dec) => formatNumber(value, block.scheme.decimals);
  const labels = [...new Set(block.scheme.criteria.map((c) => c.group))];
  const nameOf = (id: string) => block.units.find((u) => u.unit.id === id)?.unit.name ?? id;
  return {
    id: block.block.id,
    name: block.block.name,
    scheme: words.scheme(block.scheme.name, points(block.scheme.max_total), block.scheme.source),
    groups: labels.map(groupHeading),
    rows: block.units.map((u) => ({
      rank: String(u.rank),
      unitId: u.unit.id,
      unit: u.unit.short_name ?? u.unit.name,
      groups: labels.map((label) => points(groupPoints(u, label))),
      total: points(u.total),
      band: u.band ?? words.unclassified,
    })),
    notes: [
      ...block.notes.flatMap((note) =>
        note.kind === 'qualified' || note.kind === 'qualified_band'
          ? []
          : [noteWords(note, block, words, nameOf, points)],
      ),
      ...qualifiedWords(block, words, nameOf),
      ...(block.unscored.length > 0 ? [words.unscored(block.unscored.map((u) => u.name))] : []),
    ],
  };
}

/**
 * A group of criteria's numeral and name, as the ranking, the report's table and a unit's score sheet all head it:
 * the numeral its label starts with ("II. Công tác ..." → II, "Công tác ..."), or its place in the scheme.
 */
export function groupHeading(label: string, index: number): { short: string; label: string } {
  const numeral = /^([IVXLC]+)[.)]\s/.exec(label)?.[1];
  return { short: numeral ?? roman(index + 1), label: label.replace(/^[IVXLC]+[.)]\s*/, '') };
}

function groupPoints(u: UnitScore, label: string): Dec {
  return u.groups.find((g) => g.group === label)?.points ?? ('0' as Dec);
}

function noteWords(
  note: RankNote,
  block: BlockScore,
  words: ScoreWords,
  nameOf: (id: string) => string,
  points: (value: Dec) => string,
): string {
  switch (note.kind) {
    case 'tie_broken': {
      const criterion = block.scheme.criteria.find((c) => c.id === note.by);
      return words.tieBroken(
        nameOf(note.units[0]),
        nameOf(note.units[1]),
        points(note.total),
        criterion?.name ?? note.by,
        criterion?.type === 'penalty',
      );
    }
    case 'tie_shared':
      return words.tieShared(
        note.units.map(nameOf),
        points(note.total),
        note.rank,
        block.scheme.tie_break.length > 0,
      );
    default:
      return '';
  }
}

/**
 * One sentence for what a block's order and classifications rest on: the qualified figures, the neighbouring ranks
 * whose order they could change, the units whose classification they could.
 */
function qualifiedWords(block: BlockScore, words: ScoreWords, nameOf: (id: string) => string): string[] {
  const notes = block.notes.filter((n) => n.kind === 'qualified' || n.kind === 'qualified_band');
  if (notes.length === 0) return [];
  const figures = new Map<string, QualifiedFigure>();
  for (const n of notes) for (const f of n.figures) figures.set(`${f.unit}/${f.criterion}`, f);
  const rankOf = (id: string) => block.units.find((u) => u.unit.id === id)?.rank;
  const pairs = notes.flatMap((n) =>
    n.kind === 'qualified' ? [words.ranks(rankOf(n.units[0]), rankOf(n.units[1]))] : [],
  );
  const units = notes.flatMap((n) => (n.kind === 'qualified_band' ? [nameOf(n.unit)] : []));
  return [
    words.qualified(
      [...figures.values()].map((f) => figureWords(f, nameOf)),
      pairs,
      units,
    ),
  ];
}

/** A qualified figure as written (its own decimals, the qualifier's words before it) and whose it is. */
function figureWords(
  f: QualifiedFigure,
  nameOf: (id: string) => string,
): { unit: string; name: string; figure: string } {
  return {
    unit: nameOf(f.unit),
    name: f.name,
    figure: qualified(f.qualifier, withUnit(formatWritten(f.actual), f.measure)),
  };
}
