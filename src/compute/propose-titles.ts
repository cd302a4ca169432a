/**
 * Titles and awards of a year (issue 9): for each scored unit, whether it meets each collective title's conditions
 * of the rule set in force (each condition with the figures that decide it), the individual titles its members were
 * proposed for, and the prize money. Pure and exact.
 */
import { dec, divide, plain } from '../domain/decimal.js';
import { regionsOf, thresholdLean } from '../domain/qualifier-algebra.js';
import { baseSalaryOn, ruleSetOn } from '../kinds/titles.js';
import {
  type BaseSalary,
  RATING_IDS,
  RATINGS,
  type Rating,
  type TitleConditions,
  type TitleRule,
  type TitleRuleSet,
  type Titles,
  type UnitYear,
} from '../model/emulation.js';
import type { Dec, Unit } from '../model/types.js';
import type { BlockScore, UnitScore, YearScores } from './score-units.js';

/** One condition of a title, as the figures decide it: met, failed, or not known (a figure is missing). */
export type ConditionCheck =
  | { condition: 'rating'; required: Rating; actual: Rating | undefined; met: boolean | undefined }
  | {
      condition: 'members_complete_percent' | 'advanced_percent';
      required: Dec;
      actual: Dec | undefined;
      count: number | undefined;
      of: number;
      met: boolean | undefined;
    }
  | {
      condition: 'emulation_fighters' | 'disciplined_max';
      required: number;
      actual: number | undefined;
      met: boolean | undefined;
    }
  /** First of the block; shared with others, not known (the council decides between them). */
  | { condition: 'block_leader'; rank: number; shared: boolean; met: boolean | undefined }
  /** `short`: the criteria whose target the unit did not go beyond (empty when met); `targets`: how many it had. */
  | { condition: 'exceeded_all_targets'; short: string[]; targets: number; met: boolean }
  /** `years`: the years looked at, each with what it had of `of` (empty: nothing). */
  /** `known`: false for an earlier year the unit's figures say nothing of (not known, rather than failed). */
  | {
      condition: 'consecutive';
      years: { year: number; had: string[]; known: boolean }[];
      met: boolean | undefined;
    };

/** A collective title or award for a unit: the verdict and every condition. */
export interface CollectiveVerdict {
  title: TitleRule;
  /** Every condition met (none unknown). */
  eligible: boolean;
  /** Eligible, but a higher title the unit is proposed for supersedes it. */
  supersededBy: string | undefined;
  checks: ConditionCheck[];
  /** The prize in đồng, when proposed and the rule gives one. */
  amount: Dec | undefined;
  /** Proposed, but paid no prize: a higher title of the same achievement is (the rule set's highest_prize_only). */
  prizeWithheld: boolean;
}

/** An individual title, counted in the unit's figures. */
export interface IndividualCount {
  title: TitleRule;
  count: number;
  /** How many of them are paid its prize: fewer when some hold a higher title of the same year (highest_prize_only). */
  paid: number;
  amount: Dec | undefined;
}

export interface UnitProposals {
  unit: Unit;
  block: string;
  collective: CollectiveVerdict[];
  individual: IndividualCount[];
  /** The unit's prize money, collective and individual. */
  amount: Dec;
}

export interface YearProposals {
  year: number;
  /** The day that picks the rules and the base salary: the last day of the year. */
  day: string;
  ruleSet: TitleRuleSet;
  baseSalary: BaseSalary | undefined;
  units: UnitProposals[];
  amount: Dec;
}

/**
 * Returns the proposals of a year's scored units under the rules in force on its last day; undefined when no rule
 * set is in force then.
 */
export function proposeTitles(
  scores: YearScores,
  figures: ReadonlyMap<string, UnitYear>,
  titles: Titles,
): YearProposals | undefined {
  const day = `${scores.year}-12-31`;
  const ruleSet = ruleSetOn(titles, day);
  if (ruleSet === undefined) return undefined;
  const baseSalary = baseSalaryOn(titles, day);
  const units = scores.blocks.flatMap((block) =>
    block.units.map((score) =>
      proposeFor(score, block, figures.get(score.unit.id), ruleSet, baseSalary, scores.year),
    ),
  );
  const amount = units.reduce((sum, u) => sum.plus(dec(u.amount)), dec('0'));
  return { year: scores.year, day, ruleSet, baseSalary, units, amount: plain(amount) };
}

function proposeFor(
  score: UnitScore,
  block: BlockScore,
  year: UnitYear | undefined,
  ruleSet: TitleRuleSet,
  baseSalary: BaseSalary | undefined,
  thisYear: number,
): UnitProposals {
  const rating = block.scheme.bands.find((b) => b.label === score.band)?.rating;
  const prize = (multiple: Dec | undefined, count = 1): Dec | undefined => {
    if (multiple === undefined || baseSalary === undefined) return undefined;
    const each = dec(multiple).times(dec(baseSalary.amount));
    const step = ruleSet.prize_rounding?.up_to;
    // Rounded up (big.js rounding mode 3) to the step, per person or collective, then times the count.
    const rounded =
      step === undefined
        ? each
        : each
            .div(dec(String(step)))
            .round(0, 3)
            .times(dec(String(step)));
    return plain(rounded.times(dec(String(count))));
  };
  const collective = ruleSet.titles.filter((t) => t.recipient === 'collective');
  // Titles without a consecutive-years condition first: those with one may ask for them this year.
  const verdicts = new Map<string, CollectiveVerdict>();
  const order = [
    ...collective.filter((t) => !t.conditions?.consecutive),
    ...collective.filter((t) => t.conditions?.consecutive),
  ];
  for (const title of order) {
    const thisYearHad = [
      ...(rating ? [RATING_IDS[rating]] : []),
      ...[...verdicts.values()].filter((v) => v.eligible).map((v) => v.title.id),
    ];
    const checks = checkConditions(
      title.conditions ?? {},
      score,
      year,
      rating,
      thisYear,
      thisYearHad,
      block.units.filter((u) => u.rank === 1).length > 1,
      score.band === undefined && block.scheme.bands.length > 0,
    );
    const eligible = checks.every((c) => c.met === true);
    verdicts.set(title.id, {
      title,
      eligible,
      supersededBy: undefined,
      checks,
      amount: undefined,
      prizeWithheld: false,
    });
  }
  for (const v of verdicts.values()) {
    if (!v.eligible) continue;
    for (const lower of v.title.supersedes ?? []) {
      const superseded = verdicts.get(lower);
      if (superseded?.eligible) superseded.supersededBy = v.title.id;
    }
  }
  const inOrder = collective.map((t) => verdicts.get(t.id) as CollectiveVerdict);
  const proposed = inOrder.filter((v) => v.eligible && v.supersededBy === undefined);
  // One achievement, one prize: of the titles (not the awards) proposed together, only the highest is paid.
  const titles = proposed.filter((v) => v.title.category === 'title');
  const highest = titles.reduce<CollectiveVerdict | undefined>(
    (best, v) =>
      best === undefined || dec(v.title.prize ?? '0').gt(dec(best.title.prize ?? '0')) ? v : best,
    undefined,
  );
  for (const v of proposed) {
    if (ruleSet.highest_prize_only && v.title.category === 'title' && v !== highest) v.prizeWithheld = true;
    else v.amount = prize(v.title.prize);
  }
  const members = year?.members;
  const individual = ruleSet.titles.flatMap((title): IndividualCount[] => {
    const count = title.recipient === 'individual' && title.count ? members?.[title.count] : undefined;
    if (count === undefined) return [];
    // A Chiến sĩ thi đua cơ sở is first a Lao động tiên tiến of the same year: one prize, the higher.
    const alsoFighters =
      ruleSet.highest_prize_only && title.count === 'advanced' ? (members?.emulation_fighters ?? 0) : 0;
    const paid = Math.max(0, count - alsoFighters);
    return [{ title, count, paid, amount: prize(title.prize, paid) }];
  });
  const amount = [...inOrder.map((v) => v.amount), ...individual.map((i) => i.amount)].reduce(
    (sum, a) => (a === undefined ? sum : sum.plus(dec(a))),
    dec('0'),
  );
  return { unit: score.unit, block: block.block.id, collective: inOrder, individual, amount: plain(amount) };
}

function checkConditions(
  c: TitleConditions,
  score: UnitScore,
  year: UnitYear | undefined,
  rating: Rating | undefined,
  thisYear: number,
  thisYearHad: readonly string[],
  sharedFirst: boolean,
  belowBands: boolean,
): ConditionCheck[] {
  const checks: ConditionCheck[] = [];
  const members = year?.members;
  if (c.rating !== undefined) {
    // A total under every band is classified nothing: below any rating. A band without a rating is not known.
    const met =
      rating === undefined
        ? belowBands
          ? false
          : undefined
        : RATINGS.indexOf(rating) <= RATINGS.indexOf(c.rating);
    checks.push({ condition: 'rating', required: c.rating, actual: rating, met });
  }
  const percentOf = (
    condition: 'members_complete_percent' | 'advanced_percent',
    required: Dec,
    count: number | undefined,
  ) => {
    const total = members?.total ?? 0;
    const actual =
      count === undefined || total === 0
        ? undefined
        : plain(divide(dec(String(count)).times(dec('100')), dec(String(total))));
    const met = actual === undefined ? undefined : dec(actual).gte(dec(required));
    checks.push({ condition, required, actual, count, of: total, met });
  };
  if (c.members_complete_percent !== undefined) {
    const incomplete = members?.incomplete;
    percentOf(
      'members_complete_percent',
      c.members_complete_percent,
      incomplete === undefined || members === undefined ? undefined : members.total - incomplete,
    );
  }
  if (c.advanced_percent !== undefined) percentOf('advanced_percent', c.advanced_percent, members?.advanced);
  if (c.emulation_fighters !== undefined) {
    const actual = members?.emulation_fighters;
    checks.push({
      condition: 'emulation_fighters',
      required: c.emulation_fighters,
      actual,
      met: actual === undefined ? undefined : actual >= c.emulation_fighters,
    });
  }
  if (c.disciplined_max !== undefined) {
    const actual = members?.disciplined;
    checks.push({
      condition: 'disciplined_max',
      required: c.disciplined_max,
      actual,
      met: actual === undefined ? undefined : actual <= c.disciplined_max,
    });
  }
  if (c.block_leader) {
    const shared = score.rank === 1 && sharedFirst;
    checks.push({
      condition: 'block_leader',
      rank: score.rank,
      shared,
      met: shared ? undefined : score.rank === 1,
    });
  }
  if (c.exceeded_all_targets) checks.push(exceededAll(score));
  if (c.consecutive) {
    const years = [];
    for (let y = thisYear - c.consecutive.years + 1; y <= thisYear; y++) {
      const written = y === thisYear ? thisYearHad : year?.earlier?.[String(y)];
      years.push({
        year: y,
        had: (written ?? []).filter((id) => c.consecutive?.of.includes(id)),
        known: written !== undefined,
      });
    }
    // A year that failed decides; one the figures say nothing of leaves it unknown.
    const met = years.some((y) => y.known && y.had.length === 0)
      ? false
      : years.every((y) => y.had.length > 0)
        ? true
        : undefined;
    checks.push({ condition: 'consecutive', years, met });
  }
  return checks;
}

/**
 * Went beyond every target it was scored on: each result surely past its target ("trên 900" is past 900; "khoảng
 * 950" against 950 is not). A unit with no target has none to exceed: not met.
 */
function exceededAll(score: UnitScore): ConditionCheck {
  const short: string[] = [];
  let targets = 0;
  const past = (
    actual: Dec,
    qualifier: Parameters<typeof regionsOf>[1],
    target: Dec,
    better: 'higher' | 'lower',
  ) => {
    const r = regionsOf(dec(actual), qualifier, dec(target), thresholdLean('exact'));
    return better === 'higher' ? !r.below && !r.on : !r.above && !r.on;
  };
  for (const c of score.criteria) {
    const r = c.reason;
    if (r.kind === 'proportional' || r.kind === 'bloc') {
      targets++;
      if (!past(r.actual, r.qualifier, r.target, r.better)) short.push(c.criterion.id);
    } else if (r.kind === 'own_targets') {
      for (const item of r.items) {
        targets++;
        if (
          item.actual === undefined ||
          !past(item.actual, item.qualifier ?? 'exact', item.target, item.better ?? 'higher')
        )
          short.push(item.id);
      }
    } else if (c.criterion.type === 'indicator' && r.kind === 'missing') {
      targets++;
      short.push(c.criterion.id);
    }
  }
  return { condition: 'exceeded_all_targets', short, targets, met: targets > 0 && short.length === 0 };
}
