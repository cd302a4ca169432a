/**
 * The ranking of `score` as text (a table per block, for the terminal), JSON and CSV (for a spreadsheet): the
 * text from the view, in Vietnamese figures; JSON and CSV from the scores themselves, in plain decimals.
 */
import { stringify } from 'csv-stringify/sync';
import type { YearProposals } from '../compute/propose-titles.js';
import type { YearScores } from '../compute/score-units.js';
import { RULE_SOURCES } from '../domain/attainment-rules.js';
import { ILLUSTRATIVE_MARK } from '../view/document.js';
import type { RankingView } from '../view/ranking-view.js';

/** Returns the ranking as a table per block, columns padded to their widest cell. */
export function rankingText(view: RankingView): string {
  const lines: string[] = [view.title];
  if (view.illustrative) lines.push(view.illustrative);
  for (const block of view.blocks) {
    lines.push('', block.name, block.scheme, '');
    const header = [
      view.columns.rank,
      view.columns.unit,
      ...block.groups.map((g) => g.short),
      view.columns.total,
      view.columns.band,
    ];
    const rows = block.rows.map((r) => [r.rank, r.unit, ...r.groups, r.total, r.band]);
    const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => width(row[i] ?? ''))));
    const numeric = (i: number) => i === 0 || (i >= 2 && i < header.length - 1);
    for (const row of [header, ...rows]) {
      const cells = row.map((cell, i) => pad(cell, widths[i] ?? 0, numeric(i) && row !== header));
      lines.push(cells.join('  ').trimEnd());
    }
    lines.push('');
    for (const g of block.groups) lines.push(`${g.short}: ${g.label}`);
    for (const note of block.notes) lines.push(`- ${note}`);
    if (block.proposals.length > 0)
      lines.push('', ...block.proposals.map((p, i) => (i === 0 ? p : `- ${p}`)));
  }
  if (view.money.length > 0) lines.push('', ...view.money);
  return `${lines.join('\n')}\n`;
}

/** The width of a cell on a terminal: its characters once composed (a Vietnamese letter with its marks is one). */
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

function pad(text: string, to: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return right ? fill + text : text + fill;
}

/** Returns the scores as JSON: per block, each unit's rank, total, classification and points by criterion with the reason. */
export function rankingJson(scores: YearScores, proposals: YearProposals | undefined): string {
  return `${JSON.stringify(
    {
      year: scores.year,
      illustrative: scores.illustrative,
      // Where each attainment rule comes from, as the score sheet and the README cite it.
      rule_sources: RULE_SOURCES,
      blocks: scores.blocks.map((b) => ({
        block: b.block,
        scheme: {
          id: b.scheme.id,
          name: b.scheme.name,
          source: b.scheme.source,
          max_total: b.scheme.max_total,
        },
        units: b.units.map((u) => ({
          rank: u.rank,
          id: u.unit.id,
          name: u.unit.name,
          total: u.total,
          band: u.band ?? null,
          groups: u.groups,
          criteria: u.criteria.map((c) => ({
            id: c.criterion.id,
            name: c.criterion.name,
            group: c.criterion.group,
            type: c.criterion.type,
            points: c.points,
            max: c.max,
            reason: c.reason,
          })),
        })),
        notes: b.notes,
        unscored: b.unscored.map((u) => u.id),
      })),
      titles: proposals && {
        rule_set: { id: proposals.ruleSet.id, name: proposals.ruleSet.name },
        day: proposals.day,
        base_salary: proposals.baseSalary ?? null,
        amount: proposals.amount,
        collective_amount: proposals.collectiveAmount,
        individual_amount: proposals.individualAmount,
        unpriced: proposals.unpriced.map((t) => t.id),
        totals: proposals.titles.map((t) => ({
          id: t.title.id,
          collectives: t.collectives,
          individuals: t.individuals,
          paid: t.paid,
          paid_as: t.paidAs,
          amount: t.amount ?? null,
        })),
        units: proposals.units.map((u) => ({
          id: u.unit.id,
          amount: u.amount,
          collective: u.collective.map((v) => ({
            id: v.title.id,
            eligible: v.eligible,
            superseded_by: v.supersededBy ?? null,
            paid_as: v.paidAs ?? null,
            amount: v.amount ?? null,
            checks: v.checks,
          })),
          individual: u.individual.map((i) => ({
            id: i.title.id,
            count: i.count,
            paid: i.paid,
            paid_as: i.paidAs ?? null,
            amount: i.amount ?? null,
          })),
          individual_amount: u.individualAmount ?? null,
        })),
      },
    },
    null,
    2,
  )}\n`;
}

/**
 * Returns the scores as CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads the Vietnamese letters):
 * headed in Vietnamese, one row per unit: its points by criterion (plain decimals, a dot before the decimals), total
 * and classification; each row of made-up figures says so in a last column (Ghi chú).
 */
export function rankingCsv(scores: YearScores): string {
  // One column per criterion of every scheme (by id), headed by its name; a unit's cell is empty for another's.
  const criteria = new Map<string, string>();
  for (const b of scores.blocks)
    for (const c of b.scheme.criteria) if (!criteria.has(c.id)) criteria.set(c.id, c.name);
  const ids = [...criteria.keys()];
  const note = scores.illustrative ? ['Ghi chú'] : [];
  const rows: string[][] = [
    ['Năm', 'Khối', 'Hạng', 'Mã đơn vị', 'Đơn vị', ...criteria.values(), 'Tổng điểm', 'Xếp loại', ...note],
  ];
  for (const b of scores.blocks) {
    for (const u of b.units) {
      const pointsOf = (id: string) => u.criteria.find((c) => c.criterion.id === id)?.points ?? '';
      rows.push([
        String(scores.year),
        b.block.name,
        String(u.rank),
        u.unit.id,
        u.unit.name,
        ...ids.map(pointsOf),
        u.total,
        u.band ?? '',
        // The mark on every row: a row copied alone into a spreadsheet keeps it.
        ...(scores.illustrative ? [ILLUSTRATIVE_MARK] : []),
      ]);
    }
  }
  // csv-stringify quotes what RFC 4180 asks to (commas, quotes, line breaks in a unit's name).
  return stringify(rows, { bom: true, record_delimiter: 'windows' });
}
