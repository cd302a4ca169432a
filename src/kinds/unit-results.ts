import { toPointer } from '../diagnostics/pointer.js';
import type { Say } from '../diagnostics/say.js';
import { suggest } from '../diagnostics/suggest.js';
import { dec, plain } from '../domain/decimal.js';
import { ruleSetOn } from '../domain/title-periods.js';
import { hasFigures } from '../domain/unit-figures.js';
import { unitActiveIn } from '../domain/unit-periods.js';
import {
  type HolderGround,
  type Members,
  type OwnIndicator,
  RATING_IDS,
  RATINGS,
  type ScoringScheme,
  schemeFor,
  type TitleRuleSet,
  type UnitFigure,
  type UnitResults,
  type UnitYear,
} from '../model/emulation.js';
import type { DocumentData, Indicator, Qualifier, Unit } from '../model/types.js';
import type { UnitResultsFile } from '../schemas/file-types.js';
import { unitResultsSchema } from '../schemas/unit-results-schema.js';
import { decimalAt } from './figure-rules.js';
import type { DataKind, KindContext } from './kind.js';

/**
 * The units' year (2024-units.yaml): each unit's targets and results for the indicators its block is scored on,
 * its other criteria, its members' ratings and titles, and its titles of earlier years (issue 9).
 */
export const unitResultsKind: DataKind<'unit-results', UnitResults> = {
  name: 'unit-results',
  schema: unitResultsSchema,
  fileName: { yearly: true, pattern: /^(\d{4})-units\.ya?ml$/, of: (year) => `${year}-units.yaml` },
  read: readUnitResults,
  yearOf: (results) => results.year,
  check: checkUnitResults,
  checkBroken: checkIdsOfBroken,
};

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The rules that still apply to a units' year whose schema failed: its unit ids and, for each known unit, the
 * ids of its criteria and indicators, so that a typo is not hidden behind another mistake in the file.
 */
function checkIdsOfBroken(data: unknown, context: KindContext, say: Say): void {
  const { units, scoring } = context;
  if (!isRecord(data) || !isRecord(data.units) || units === undefined) return;
  const byId = new Map(units.units.map((u) => [u.id, u]));
  for (const [id, entry] of Object.entries(data.units)) {
    const unit = byId.get(id);
    if (unit === undefined) {
      say('UNKNOWN_UNIT', ['units', id], { id, suggestion: suggest(id, [...byId.keys()]) }, { at: 'key' });
      continue;
    }
    const scheme = schemeFor(scoring, unit.block);
    if (scheme === undefined || !isRecord(entry)) continue;
    const criteria = scheme.criteria.map((c) => c.id);
    for (const c of Object.keys(isRecord(entry.criteria) ? entry.criteria : {})) {
      if (!criteria.includes(c))
        say(
          'UNKNOWN_CRITERION',
          ['units', id, 'criteria', c],
          { id: c, suggestion: suggest(c, criteria) },
          { at: 'key' },
        );
    }
    const scored = scheme.criteria.flatMap((c) => (c.type === 'indicator' ? [c.indicator] : []));
    for (const i of Object.keys(isRecord(entry.indicators) ? entry.indicators : {})) {
      if (!scored.includes(i))
        say(
          'UNSCORED_INDICATOR',
          ['units', id, 'indicators', i],
          { id: i, scheme: scheme.id, suggestion: suggest(i, scored) },
          { at: 'key' },
        );
    }
  }
}

type FigureFile = { qualifier?: Qualifier; note?: string };

/** Every figure as its exact decimal text; a result's qualifier defaults to exact. */
function readUnitResults(document: DocumentData): UnitResults {
  // It passed its schema (validate-schema.ts): it is what the schema describes.
  const raw = document.data as UnitResultsFile;
  const units: Record<string, UnitYear> = {};
  for (const [id, u] of Object.entries(raw.units)) {
    const at = (...path: string[]) => decimalAt(document.decimals, toPointer(['units', id, ...path]));
    const figureOf = (section: string, key: string, f: FigureFile): UnitFigure => {
      const target = at(section, key, 'target');
      const result = at(section, key, 'result');
      return {
        ...(target !== undefined ? { target } : {}),
        ...(result !== undefined ? { result } : {}),
        qualifier: f.qualifier ?? 'exact',
        ...(f.note === undefined ? {} : { note: f.note }),
      };
    };
    const indicators: Record<string, UnitFigure> = {};
    for (const [key, f] of Object.entries(u.indicators ?? {}))
      indicators[key] = figureOf('indicators', key, f);
    const own: Record<string, OwnIndicator> = {};
    for (const [key, f] of Object.entries(u.own_indicators ?? {})) {
      own[key] = {
        name: f.name,
        unit: f.unit,
        direction: f.direction,
        ...figureOf('own_indicators', key, f),
      };
    }
    const criteria: UnitYear['criteria'] = {};
    for (const [c, v] of Object.entries(u.criteria ?? {})) {
      const figure = typeof v === 'boolean' ? v : at('criteria', c);
      if (figure !== undefined) criteria[c] = figure;
    }
    const { members, individuals, earlier, achievements, note } = u;
    units[id] = {
      indicators,
      own_indicators: own,
      criteria,
      ...(members === undefined ? {} : { members }),
      ...(individuals === undefined ? {} : { individuals }),
      ...(earlier === undefined ? {} : { earlier }),
      ...(achievements === undefined ? {} : { achievements }),
      ...(note === undefined ? {} : { note }),
    };
  }
  return {
    kind: 'unit-results',
    year: raw.year,
    ...(raw.illustrative === true ? { illustrative: true } : {}),
    units,
  };
}

/**
 * Refuses units that units.yaml lacks or that did not exist in the year, figures and criteria the unit's scheme
 * does not score (with "did you mean"), values of the wrong form, judged points over the maximum, a target of 0
 * that a ratio cannot score, counts of members that cannot be, and earlier years that are not earlier; warns of
 * units left out, criteria left blank, and units' results that add up to more than the department's.
 */
function checkUnitResults(results: UnitResults, context: KindContext, say: Say): void {
  const { units, scoring } = context;
  if (units === undefined || scoring === undefined) {
    say('NEEDS_FILE', ['units'], { kind: units === undefined ? 'units' : 'scoring' }, { at: 'key' });
    return;
  }
  const byId = new Map(units.units.map((u) => [u.id, u]));
  // The ids of the members named, across the file: the council's ballots name them.
  const named = new Set<string>();
  const day = `${results.year}-12-31`;
  const ruleSet = context.titles && ruleSetOn(context.titles, day);
  if (context.titles && ruleSet === undefined)
    say('NO_RULE_SET', ['year'], { year: results.year, day }, { severity: 'warning' });
  for (const [id, year] of Object.entries(results.units)) {
    const unit = byId.get(id);
    if (unit === undefined) {
      say('UNKNOWN_UNIT', ['units', id], { id, suggestion: suggest(id, [...byId.keys()]) }, { at: 'key' });
      continue;
    }
    if (!unitActiveIn(unit, results.year)) {
      say(
        'UNIT_OUTSIDE_PERIOD',
        ['units', id],
        { id, year: results.year, from: unit.from ?? '', until: unit.until ?? '' },
        { at: 'key' },
      );
      continue;
    }
    const scheme = schemeFor(scoring, unit.block);
    // A block without a scheme is reported in scoring.yaml.
    if (scheme !== undefined) checkUnitYear(unit, year, scheme, context, say);
    // An entry with no figure at all is not ranked (score lists it as without figures), not scored 0.
    if (scheme !== undefined && !hasFigures(year))
      say(
        'UNIT_NOT_SCORED',
        ['units', id],
        { id, year: results.year, entry: true },
        { at: 'key', severity: 'warning' },
      );
    if (year.members) checkMembers(id, year.members, say);
    checkEarlier(id, ['units', id], year.earlier, results.year, context, say);
    // Part III of its report of achievements lists its titles of earlier years: none is written "earlier: {}".
    if (year.achievements !== undefined && year.earlier === undefined)
      say('REPORT_EARLIER', ['units', id, 'achievements'], { id }, { at: 'key' });
    (year.individuals ?? []).forEach((person, i) => {
      checkEarlier(person.id, ['units', id, 'individuals', i], person.earlier, results.year, context, say);
    });
    if (year.members && ruleSet) {
      checkHolders(id, year.members, ruleSet, say);
      checkCaps(id, year.members, ruleSet, say);
    }
    if (ruleSet) checkIndividuals(id, year, ruleSet, named, say);
  }
  for (const unit of units.units) {
    if (unitActiveIn(unit, results.year) && results.units[unit.id] === undefined)
      say(
        'UNIT_NOT_SCORED',
        ['units'],
        { id: unit.id, year: results.year, entry: false },
        { at: 'key', severity: 'warning' },
      );
  }
  checkAgainstDepartment(results, context, say);
}

function checkUnitYear(
  unit: Unit,
  year: UnitYear,
  scheme: ScoringScheme,
  context: KindContext,
  say: Say,
): void {
  const at = ['units', unit.id];
  const scored = new Map(
    scheme.criteria.flatMap((c) => (c.type === 'indicator' ? [[c.indicator, c] as const] : [])),
  );
  const direction = (id: string): string | undefined =>
    context.indicators.get(id)?.direction ?? scheme.indicators.find((i) => i.id === id)?.direction;
  for (const [id, figure] of Object.entries(year.indicators)) {
    const criterion = scored.get(id);
    if (criterion === undefined) {
      say(
        'UNSCORED_INDICATOR',
        [...at, 'indicators', id],
        { id, scheme: scheme.id, suggestion: suggest(id, [...scored.keys()]) },
        { at: 'key' },
      );
      continue;
    }
    if (figure.target !== undefined && dec(figure.target).eq(dec('0')) && direction(id) === 'higher') {
      say('TARGET_ZERO', [...at, 'indicators', id, 'target'], { id, unit: unit.id });
    }
  }
  const ownScored = scheme.criteria.some((c) => c.type === 'own_targets');
  for (const [id, figure] of Object.entries(year.own_indicators)) {
    if (!ownScored) {
      say(
        'UNSCORED_INDICATOR',
        [...at, 'own_indicators', id],
        { id, scheme: scheme.id, suggestion: undefined },
        { at: 'key' },
      );
    } else if (
      figure.target !== undefined &&
      dec(figure.target).eq(dec('0')) &&
      figure.direction === 'higher'
    ) {
      say('TARGET_ZERO', [...at, 'own_indicators', id, 'target'], { id, unit: unit.id });
    }
  }
  const criteria = new Map(scheme.criteria.map((c) => [c.id, c]));
  for (const [id, value] of Object.entries(year.criteria)) {
    const criterion = criteria.get(id);
    const path = [...at, 'criteria', id];
    if (criterion === undefined) {
      say('UNKNOWN_CRITERION', path, { id, suggestion: suggest(id, [...criteria.keys()]) }, { at: 'key' });
      continue;
    }
    const expected =
      criterion.type === 'indicator' || criterion.type === 'own_targets'
        ? 'figures'
        : criterion.type === 'yes_no'
          ? 'yes_no'
          : criterion.type === 'judged'
            ? 'points'
            : 'events';
    const fits =
      expected === 'yes_no'
        ? typeof value === 'boolean'
        : expected === 'points'
          ? typeof value === 'string'
          : expected === 'events' && typeof value === 'string' && /^\d+$/.test(value);
    if (!fits) {
      say('CRITERION_VALUE', path, { id, unit: unit.id, expected });
    } else if (criterion.type === 'judged' && dec(value as string).gt(dec(criterion.max))) {
      say('POINTS_OVER_MAX', path, { id, value: value as string, max: criterion.max });
    }
  }
  for (const criterion of hasFigures(year) ? scheme.criteria : []) {
    if (criterion.type === 'bonus' || criterion.type === 'penalty') continue;
    const missing =
      criterion.type === 'indicator'
        ? year.indicators[criterion.indicator]?.result === undefined
        : criterion.type === 'own_targets'
          ? Object.values(year.own_indicators).every((f) => f.result === undefined)
          : year.criteria[criterion.id] === undefined;
    if (missing) {
      say(
        'CRITERION_MISSING',
        at,
        { id: unit.id, criterion: criterion.type === 'indicator' ? criterion.indicator : criterion.id },
        { at: 'key', severity: 'warning' },
      );
    }
  }
}

/** Earlier years (of a unit or a member named) must be earlier, and what they list titles, awards or ratings the rules know. */
function checkEarlier(
  id: string,
  at: (string | number)[],
  written: UnitYear['earlier'],
  thisYear: number,
  context: KindContext,
  say: Say,
): void {
  const known = [
    ...new Set([
      ...(context.titles?.rule_sets.flatMap((s) => s.titles.map((t) => t.id)) ?? []),
      ...Object.values(RATING_IDS),
    ]),
  ];
  for (const [earlier, titles] of Object.entries(written ?? {})) {
    const path = [...at, 'earlier', earlier];
    if (Number(earlier) >= thisYear)
      say('EARLIER_YEAR', path, { id, year: thisYear, earlier: Number(earlier) }, { at: 'key' });
    titles.forEach((title, k) => {
      if (context.titles && !known.includes(title))
        say('UNKNOWN_TITLE', [...path, k], { id: title, suggestion: suggest(title, known) });
    });
  }
}

/**
 * An individual title's holders must be what its rule says they also are (a Chiến sĩ thi đua cơ sở: a Lao động tiên
 * tiến, rated excellent or with a recognised initiative), as far as the counts can tell: no more holders than those
 * of the title they are `within`, nor than those of its grounds together. A ground left unwritten is a warning.
 */
function checkHolders(id: string, members: Members, ruleSet: TitleRuleSet, say: Say): void {
  for (const title of ruleSet.titles) {
    const count = title.count === undefined ? undefined : members[title.count];
    if (title.holders === undefined || title.count === undefined || count === undefined) continue;
    const path = ['units', id, 'members', title.count];
    const within = title.holders.within;
    const of = within === undefined ? undefined : members[within];
    if (within !== undefined && of !== undefined && count > of)
      say('MEMBER_COUNTS', path, { id, field: title.count, count, limit: of, of: within });
    // Holders rated at least `rating` (a Lao động tiên tiến: hoàn thành tốt nhiệm vụ trở lên): no more of them than
    // the members so rated, where every such rating is written.
    const rating = title.holders.rating;
    if (rating !== undefined) {
      const rated = RATINGS.slice(0, RATINGS.indexOf(rating) + 1);
      if (rated.every((r) => members[r] !== undefined)) {
        const limit = rated.reduce((n, r) => n + (members[r] ?? 0), 0);
        // More than all the members is said as that (MEMBER_COUNTS), not again here.
        if (count > limit && count <= members.total)
          say('HOLDERS_RATED', path, { id, title: title.name, count, limit, rating, basis: title.basis });
      }
    }
    const grounds = title.holders.one_of ?? [];
    if (grounds.length === 0) continue;
    const written = grounds.filter((g) => members[g] !== undefined);
    const limit = written.reduce((n, g) => n + (members[g] ?? 0), 0);
    if (count <= limit) continue;
    const unwritten = grounds.filter((g) => members[g] === undefined);
    say(
      'TITLE_HOLDERS',
      path,
      { id, title: title.name, count, limit, written, unwritten, basis: title.basis },
      unwritten.length > 0 ? { severity: 'warning' } : {},
    );
  }
}

/** A title capped at a percent of the Lao động tiên tiến (where the rules set one) must not go over it. */
function checkCaps(id: string, members: Members, ruleSet: TitleRuleSet, say: Say): void {
  for (const title of ruleSet.titles) {
    if (title.cap === undefined || title.count === undefined) continue;
    const count = members[title.count];
    const of = members[title.cap.of];
    if (count === undefined || of === undefined) continue;
    // At most percent × holders / 100, rounded down: a person is whole.
    const limit = Number(
      dec(title.cap.percent)
        .times(dec(String(of)))
        .div(dec('100'))
        .round(0, 0)
        .toFixed(),
    );
    if (count > limit) {
      say('TITLE_CAP', ['units', id, 'members', title.count], {
        id,
        title: title.name,
        count,
        limit,
        percent: title.cap.percent,
        basis: title.cap.basis,
      });
    }
  }
}

/** The completion ratings, best first, as a rank: 0 for excellent. */
const RANK = new Map(RATINGS.map((r, i) => [r, i]));

/**
 * Each member named is proposed for individual titles of the rules in force, and is what each title's rule asks
 * of a holder (holders: the title it lies within, the rating, the grounds: an excellent rating or a recognised
 * initiative); no title has more names than the unit's count of its holders; an id is used once in the file.
 */
function checkIndividuals(
  id: string,
  year: UnitYear,
  ruleSet: TitleRuleSet,
  named: Set<string>,
  say: Say,
): void {
  const individual = ruleSet.titles.filter((t) => t.recipient === 'individual');
  (year.individuals ?? []).forEach((person, i) => {
    const at = (...path: (string | number)[]) => ['units', id, 'individuals', i, ...path];
    if (named.has(person.id)) say('DUPLICATE_ID', at('id'), { id: person.id, what: 'individual' });
    // Part III of their report lists their titles of earlier years: none is written "earlier: {}".
    if (person.report !== undefined && person.earlier === undefined)
      say('REPORT_EARLIER', at('report'), { id: person.id }, { at: 'key' });
    named.add(person.id);
    person.titles.forEach((titleId, k) => {
      const title = individual.find((t) => t.id === titleId);
      if (title === undefined) {
        say('UNKNOWN_TITLE', at('titles', k), {
          id: titleId,
          suggestion: suggest(
            titleId,
            individual.map((t) => t.id),
          ),
        });
        return;
      }
      const holders = title.holders ?? {};
      const within = holders.within && individual.find((t) => t.count === holders.within);
      if (within && !person.titles.includes(within.id))
        say('INDIVIDUAL_NOT_WITHIN', at('titles', k), {
          id: person.id,
          title: title.name,
          within: within.name,
          basis: title.basis,
        });
      if (holders.rating && (RANK.get(person.rating) ?? 0) > (RANK.get(holders.rating) ?? 0))
        say('INDIVIDUAL_RATING', at('rating'), {
          id: person.id,
          title: title.name,
          rating: person.rating,
          required: holders.rating,
          basis: title.basis,
        });
      const grounds = holders.one_of ?? [];
      const has = (g: HolderGround) =>
        g === 'excellent' ? person.rating === 'excellent' : person.initiative !== undefined;
      if (grounds.length > 0 && !grounds.some(has))
        say('INDIVIDUAL_NO_GROUNDS', at('titles', k), {
          id: person.id,
          title: title.name,
          rating: person.rating,
          basis: title.basis,
        });
    });
  });
  for (const title of individual) {
    if (title.count === undefined) continue;
    const names = (year.individuals ?? []).filter((p) => p.titles.includes(title.id));
    const count = year.members?.[title.count];
    if (names.length > 0 && (count === undefined || names.length > count))
      say(
        'INDIVIDUALS_OVER_COUNT',
        ['units', id, 'individuals'],
        {
          id,
          title: title.name,
          named: names.length,
          count,
          field: title.count,
        },
        { at: 'key' },
      );
  }
}

/** Counts that cannot be: more of a kind than there are members, or ratings that add up to more (or less) than them. */
function checkMembers(id: string, members: Members, say: Say): void {
  const at = ['units', id, 'members'];
  for (const field of [
    'excellent',
    'good',
    'complete',
    'incomplete',
    'advanced',
    'emulation_fighters',
    'initiatives',
    'disciplined',
  ] as const) {
    const count = members[field];
    if (count !== undefined && count > members.total)
      say('MEMBER_COUNTS', [...at, field], { id, field, count, limit: members.total, of: 'total' });
  }
  const ratings = ['excellent', 'good', 'complete', 'incomplete'] as const;
  const given = ratings.filter((r) => members[r] !== undefined);
  const sum = given.reduce((n, r) => n + (members[r] ?? 0), 0);
  if (given.length === ratings.length ? sum !== members.total : sum > members.total) {
    say('MEMBER_COUNTS', [...at, 'total'], {
      id,
      field: 'ratings',
      count: sum,
      limit: members.total,
      of: 'total',
    });
  }
}

/**
 * Warns where the units' results for a count or an amount add up to more than the department's own result of the
 * year: the units are parts of the department (the districts' jobs of the province's).
 */
function checkAgainstDepartment(results: UnitResults, context: KindContext, say: Say): void {
  const department = context.resultsOf?.(results.year);
  if (department === undefined) return;
  const sums = new Map<string, { sum: ReturnType<typeof dec>; units: string[] }>();
  for (const [unit, year] of Object.entries(results.units)) {
    for (const [id, figure] of Object.entries(year.indicators)) {
      const indicator: Indicator | undefined = context.indicators.get(id);
      if (figure.result === undefined || (indicator?.kind !== 'count' && indicator?.kind !== 'money'))
        continue;
      const entry = sums.get(id) ?? { sum: dec('0'), units: [] };
      sums.set(id, { sum: entry.sum.plus(dec(figure.result)), units: [...entry.units, unit] });
    }
  }
  for (const [id, { sum, units }] of sums) {
    const total = department.values[id];
    // A department figure "trên 24.000" bounds nothing above: only an exact or upper-bounded one is compared.
    if (total === undefined || !['exact', 'at_most', 'below', 'nearly'].includes(total.qualifier)) continue;
    if (sum.gt(dec(total.value))) {
      say(
        'UNITS_EXCEED_TOTAL',
        ['units', units.at(-1) as string, 'indicators', id],
        { id, total: total.value, sum: plain(sum), parts: units, year: results.year },
        { at: 'key', severity: 'warning' },
      );
    }
  }
}
