import { toPointer } from '../diagnostics/pointer.js';
import type { Say } from '../diagnostics/say.js';
import { suggest } from '../diagnostics/suggest.js';
import { overlappingPeriods } from '../domain/agency-periods.js';
import { RATING_IDS, type TitleRule, type Titles } from '../model/emulation.js';
import type { DocumentData } from '../model/types.js';
import { titlesSchema } from '../schemas/titles-schema.js';
import { decimalAt } from './figure-rules.js';
import type { DataKind } from './kind.js';

type Raw = Record<string, unknown>;

/**
 * The titles and awards (titles.yaml), one file per folder: the rule sets of the law by period and the base
 * salary by period. Optional: without it the tool uses the national rules it ships (domain/title-rules.ts).
 */
export const titlesKind: DataKind<'titles', Titles> = {
  name: 'titles',
  schema: titlesSchema,
  fileName: { yearly: false, hint: /titles|danh-hieu|khen-thuong/i },
  read: readTitles,
  check: (titles, _context, say) => checkTitles(titles, say),
};

/** Prizes, percents and amounts are read as their exact decimal text. */
function readTitles(document: DocumentData): Titles {
  const raw = document.data as Raw;
  const at = (...path: (string | number)[]) => decimalAt(document.decimals, toPointer(path));
  const ruleSets = (raw.rule_sets as Raw[]).map((set, i) => ({
    ...(set as unknown as Titles['rule_sets'][number]),
    titles: (set.titles as Raw[]).map((t, j): TitleRule => {
      const path = ['rule_sets', i, 'titles', j];
      const out: Raw = { ...t };
      if (t.prize !== undefined) out.prize = at(...path, 'prize');
      if (t.cap !== undefined) out.cap = { ...(t.cap as Raw), percent: at(...path, 'cap', 'percent') };
      const c = t.conditions as Raw | undefined;
      if (c !== undefined) {
        const conditions: Raw = { ...c };
        for (const f of ['members_complete_percent', 'advanced_percent'])
          if (c[f] !== undefined) conditions[f] = at(...path, 'conditions', f);
        out.conditions = conditions;
      }
      return out as unknown as TitleRule;
    }),
  }));
  const baseSalaries = (raw.base_salaries as Raw[]).map((b, i) => ({
    from: b.from as string,
    amount: at('base_salaries', i, 'amount') as NonNullable<ReturnType<typeof at>>,
    basis: b.basis as string,
  }));
  return { kind: 'titles', rule_sets: ruleSets, base_salaries: baseSalaries };
}

/**
 * Refuses ids used twice, rule sets whose periods end before they begin or overlap, and titles or ratings named
 * in supersedes and consecutive that the rule set lacks.
 */
export function checkTitles(titles: Titles, say: Say): void {
  const setIds = new Set<string>();
  titles.rule_sets.forEach((set, i) => {
    if (setIds.has(set.id)) say('DUPLICATE_ID', ['rule_sets', i, 'id'], { id: set.id, what: 'rule_set' });
    setIds.add(set.id);
    if (set.until !== undefined && set.until < set.from)
      say('AGENCY_PERIOD_BACKWARDS', ['rule_sets', i, 'until'], { from: set.from, until: set.until });
    const ids = new Set<string>();
    set.titles.forEach((t, j) => {
      if (ids.has(t.id))
        say('DUPLICATE_ID', ['rule_sets', i, 'titles', j, 'id'], { id: t.id, what: 'title' });
      ids.add(t.id);
    });
    const known = [...ids, ...Object.values(RATING_IDS)];
    set.titles.forEach((t, j) => {
      const path = ['rule_sets', i, 'titles', j];
      (t.supersedes ?? []).forEach((id, k) => {
        if (!ids.has(id))
          say('UNKNOWN_TITLE', [...path, 'supersedes', k], { id, suggestion: suggest(id, [...ids]) });
      });
      (t.conditions?.consecutive?.of ?? []).forEach((id, k) => {
        if (!known.includes(id))
          say('UNKNOWN_TITLE', [...path, 'conditions', 'consecutive', 'of', k], {
            id,
            suggestion: suggest(id, known),
          });
      });
    });
  });
  const overlap = overlappingPeriods(titles.rule_sets);
  if (overlap) {
    const [a, b] = overlap.map((k) => titles.rule_sets[k]);
    say('RULE_SETS_OVERLAP', ['rule_sets', overlap[1], 'from'], { first: a?.id ?? '', second: b?.id ?? '' });
  }
}
