import { toPointer } from '../diagnostics/pointer.js';
import type { Say } from '../diagnostics/say.js';
import { suggest } from '../diagnostics/suggest.js';
import { overlappingPeriods } from '../domain/agency-periods.js';
import { toDec } from '../domain/decimal.js';
import { RATING_IDS, type TitleConditions, type TitleRule, type Titles } from '../model/emulation.js';
import type { DocumentData } from '../model/types.js';
import type { TitlesFile } from '../schemas/file-types.js';

type TitleFile = TitlesFile['rule_sets'][number]['titles'][number];

import { titlesSchema } from '../schemas/titles-schema.js';
import { decimalAt } from './figure-rules.js';
import type { DataKind } from './kind.js';

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
  // It passed its schema (validate-schema.ts): it is what the schema describes.
  const raw = document.data as TitlesFile;
  // A number that is no decimal ("0x1F") was reported when the file was read: an optional figure is then left
  // out, a required one read as 0 (the build stops at that error).
  const at = (...path: (string | number)[]) => decimalAt(document.decimals, toPointer(path));
  const ruleSets = raw.rule_sets.map((set, i) => ({
    ...set,
    titles: set.titles.map((t, j): TitleRule => {
      const path = ['rule_sets', i, 'titles', j];
      const { prize, cap, conditions, vote, ...rest } = t;
      return {
        ...rest,
        ...(vote === undefined
          ? {}
          : { vote: { ...vote, percent: at(...path, 'vote', 'percent') ?? toDec('0') } }),
        ...(prize === undefined ? {} : { prize: at(...path, 'prize') }),
        ...(cap === undefined
          ? {}
          : { cap: { ...cap, percent: at(...path, 'cap', 'percent') ?? toDec('0') } }),
        ...(conditions === undefined ? {} : { conditions: conditionsOf(conditions, path) }),
      };
    }),
  }));
  function conditionsOf(
    conditions: NonNullable<TitleFile['conditions']>,
    path: (string | number)[],
  ): TitleConditions {
    const { members_complete_percent, advanced_percent, ...rest } = conditions;
    return {
      ...rest,
      ...(members_complete_percent === undefined
        ? {}
        : { members_complete_percent: at(...path, 'conditions', 'members_complete_percent') }),
      ...(advanced_percent === undefined
        ? {}
        : { advanced_percent: at(...path, 'conditions', 'advanced_percent') }),
    };
  }
  const baseSalaries = raw.base_salaries.map((b, i) => ({
    from: b.from,
    amount: at('base_salaries', i, 'amount') ?? toDec('0'),
    basis: b.basis,
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
