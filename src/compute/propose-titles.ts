/**
 * Titles and awards of a year (issue 9): for each scored unit, whether it meets each collective title's conditions
 * of the rule set in force (each condition with the figures that decide it), the individual titles its members were
 * proposed for, and the prize money. Pure and exact.
 */
import { dec, divide, percentOf, plain } from '../domain/decimal.js';
import { regionsOf, thresholdLean } from '../domain/qualifier-algebra.js';
import { baseSalaryOn, ruleSetOn } from '../domain/title-periods.js';
import {
  type BaseSalary,
  type CollectiveBallot,
  type Individual,
  type Members,
  RATING_IDS,
  RATINGS,
  type Rating,
  type TitleConditions,
  type TitleRule,
  type TitleRuleSet,
  type Titles,
  type UnitYear,
  type VoteRule,
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
    }
  /**
   * The council's ballot (a title with a vote rule, where the year's meeting is in the data): yes votes of at least
   * `required` percent of all its `members`; not known (undefined) while no ballot on the unit is recorded.
   */
  | {
      condition: 'ballot';
      required: Dec;
      basis: string;
      yes: number | undefined;
      no: number | undefined;
      members: number;
      /** yes as a percentage of all the members, exact. */
      share: Dec | undefined;
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
  /** The prize in đồng, when proposed and paid and the rule gives one. */
  amount: Dec | undefined;
  /** Proposed, but paid as this higher title of the same achievement (the rule set's highest_prize_only). */
  paidAs: string | undefined;
}

/** True when the unit is proposed for the title: every condition met, and no higher title it is proposed for supersedes it. */
export function isProposed(v: CollectiveVerdict): boolean {
  return v.eligible && v.supersededBy === undefined;
}

/** An individual title, counted in the unit's figures. */
export interface IndividualCount {
  title: TitleRule;
  count: number;
  /** How many of them are paid its prize: fewer when some hold a higher title of the same year (highest_prize_only). */
  paid: number;
  /** The higher title the others (count − paid) are paid as. */
  paidAs: string | undefined;
  amount: Dec | undefined;
}

export interface UnitProposals {
  unit: Unit;
  block: string;
  collective: CollectiveVerdict[];
  individual: IndividualCount[];
  /** The prize money of its members' titles; undefined when one to be paid is not known. */
  individualAmount: Dec | undefined;
  /** The unit's prize money, collective and individual (prizes not known left out). */
  amount: Dec;
}

/** A title or award of the year, summed over the units: what every table that counts it or its money reads. */
export interface TitleTotal {
  title: TitleRule;
  /** Collectives proposed for it (those a higher title supersedes aside). */
  collectives: number;
  /** Individuals proposed for it (the units' counts). */
  individuals: number;
  /** How many of them are paid its prize; the others are paid as a higher title of the same achievement. */
  paid: number;
  /** Those paid as a higher title: that title's id and how many. */
  paidAs: { title: string; count: number }[];
  /** Its prize money; undefined when some are to be paid and its prize is not known (no multiple or base salary). */
  amount: Dec | undefined;
}

export interface YearProposals {
  year: number;
  /** The day that picks the rules and the base salary: the last day of the year. */
  day: string;
  ruleSet: TitleRuleSet;
  baseSalary: BaseSalary | undefined;
  units: UnitProposals[];
  /** Each title and award of the rule set, in its order. */
  titles: TitleTotal[];
  /** The prize money of the year: the sum of the titles' known amounts (and of the units'). */
  amount: Dec;
  /** Of it, the collectives' titles and awards, and the individuals' titles. */
  collectiveAmount: Dec;
  individualAmount: Dec;
  /** The titles proposed whose prize is not known: the amount leaves them out, and the document says so. */
  unpriced: TitleRule[];
  /** The council's meeting on the year, when the data has it: its ballots decided the titles that need one. */
  council: YearBallots | undefined;
  /** The members the units name for individual titles (YYYY-units.yaml's individuals), unit by unit in rank order. */
  named: NamedProposal[];
}

/** A member named for the year's individual titles, with each title's ballot, verdict and prize. */
export interface NamedProposal {
  person: Individual;
  unit: UnitProposals['unit'];
  block: string;
  titles: NamedTitle[];
}

/** One title a member is named for. */
export interface NamedTitle {
  title: TitleRule;
  /** The council's ballot, where the title needs one and the year's meeting is in the data. */
  ballot: Extract<ConditionCheck, { condition: 'ballot' }> | undefined;
  /** Proposed: no ballot needed (or no meeting yet), or the ballot reached its share. */
  proposed: boolean;
  /** Its prize in đồng, when proposed and paid and known. */
  amount: Dec | undefined;
  /** Proposed, but paid as this higher title of the same achievement (the rule set's highest_prize_only). */
  paidAs: string | undefined;
}

/**
 * Returns the proposals of a year's scored units under the rules in force on its last day; undefined when no rule
 * set is in force then.
 */
export function proposeTitles(
  scores: YearScores,
  figures: ReadonlyMap<string, UnitYear>,
  titles: Titles,
  council?: YearBallots,
): YearProposals | undefined {
  const day = `${scores.year}-12-31`;
  const ruleSet = ruleSetOn(titles, day);
  if (ruleSet === undefined) return undefined;
  const baseSalary = baseSalaryOn(titles, day);
  const prize = prizeOf(ruleSet, baseSalary);
  // The members named, their ballots first: one the council turned down is no holder of the title, and its unit's
  // counts (its own titles' conditions, its members' prizes) are without them.
  const named = new Map(
    [...figures].map(([id, year]) => [
      id,
      (year.individuals ?? []).map((person) => ({
        person,
        titles: nameTitles(person, ruleSet, prize, council),
      })),
    ]),
  );
  const counted = new Map([...figures].map(([id, year]) => [id, withoutRefused(year, named.get(id) ?? [])]));
  const units = scores.blocks.flatMap((block) => [
    ...block.units.map((score) =>
      proposeFor(score, block, counted.get(score.unit.id), { ruleSet, prize, year: scores.year, council }),
    ),
    // A unit not ranked (its entry holds no figure) proposes no collective title, but its members' titles are
    // its head's to give whatever its score: they are counted, and paid, as any unit's.
    ...block.unscored.flatMap((unit) => {
      const members = counted.get(unit.id)?.members;
      if (members === undefined) return [];
      const individual = countIndividual(ruleSet, members, prize);
      return [
        {
          unit,
          block: block.block.id,
          collective: [],
          individual,
          individualAmount: sumAll(individual.filter((i) => i.paid > 0).map((i) => i.amount)),
          amount: sumKnown(individual.map((i) => i.amount)),
        },
      ];
    }),
  ]);
  const totals = ruleSet.titles.map((title) => titleTotal(title, units));
  return {
    year: scores.year,
    day,
    ruleSet,
    baseSalary,
    units,
    titles: totals,
    amount: sumKnown(totals.map((t) => t.amount)),
    collectiveAmount: sumKnown(totals.filter((t) => t.title.recipient === 'collective').map((t) => t.amount)),
    individualAmount: sumKnown(totals.filter((t) => t.title.recipient === 'individual').map((t) => t.amount)),
    unpriced: totals.filter((t) => t.amount === undefined).map((t) => t.title),
    council,
    named: units.flatMap((u) =>
      (named.get(u.unit.id) ?? []).map((n) => ({ ...n, unit: u.unit, block: u.block })),
    ),
  };
}

/**
 * A unit's year with its counts of an individual title's holders less the members named for it whom the council's
 * ballot turned down (they hold it no more than the unit's own titles may count them).
 */
function withoutRefused(year: UnitYear, named: readonly { titles: NamedTitle[] }[]): UnitYear {
  const members = year.members;
  if (members === undefined) return year;
  const less = { ...members };
  for (const n of named)
    for (const t of n.titles) {
      const field = t.title.count;
      if (t.proposed || field === undefined) continue;
      const count = less[field];
      if (count !== undefined) less[field] = Math.max(0, count - 1);
    }
  return { ...year, members: less };
}

/**
 * A named member's titles of the rules in force (an unknown id is check's to report), each with its ballot where
 * it needs one, proposed or not, and paid: one achievement, one prize, the highest (where the rules say so).
 */
function nameTitles(
  person: Individual,
  ruleSet: TitleRuleSet,
  prize: Prize,
  council: YearBallots | undefined,
): NamedTitle[] {
  const titles = ruleSet.titles.filter((t) => t.recipient === 'individual' && person.titles.includes(t.id));
  const named = titles.map((title): NamedTitle => {
    const ballot =
      title.vote && council && ballotCheck(title.vote, council, title.id, (b) => b.person === person.id);
    return {
      title,
      ballot: ballot || undefined,
      proposed: !ballot || ballot.met === true,
      amount: undefined,
      paidAs: undefined,
    };
  });
  const proposed = named.filter((n) => n.proposed);
  const highest = proposed.reduce<NamedTitle | undefined>(
    (best, n) =>
      best === undefined || dec(n.title.prize ?? '0').gt(dec(best.title.prize ?? '0')) ? n : best,
    undefined,
  );
  for (const n of proposed) {
    if (ruleSet.highest_prize_only && highest && n !== highest) n.paidAs = highest.title.id;
    else n.amount = prize(n.title.prize);
  }
  return named;
}

/** The prize of a multiple of the base salary, per person or collective rounded up to the rule set's step, times a count. */
type Prize = (multiple: Dec | undefined, count?: number) => Dec | undefined;

function prizeOf(ruleSet: TitleRuleSet, baseSalary: BaseSalary | undefined): Prize {
  return (multiple, count = 1) => {
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
}

function titleTotal(title: TitleRule, units: readonly UnitProposals[]): TitleTotal {
  const verdicts = units.flatMap((u) => u.collective.filter((v) => v.title === title && isProposed(v)));
  const counts = units.flatMap((u) => u.individual.filter((i) => i.title === title));
  const paidAs = new Map<string, number>();
  for (const v of verdicts) if (v.paidAs) paidAs.set(v.paidAs, (paidAs.get(v.paidAs) ?? 0) + 1);
  for (const i of counts)
    if (i.paidAs && i.count > i.paid) paidAs.set(i.paidAs, (paidAs.get(i.paidAs) ?? 0) + i.count - i.paid);
  const paid = [...verdicts.filter((v) => v.paidAs === undefined), ...counts.filter((i) => i.paid > 0)];
  const amounts = paid.map((x) => x.amount);
  return {
    title,
    collectives: verdicts.length,
    individuals: counts.reduce((n, i) => n + i.count, 0),
    paid: verdicts.filter((v) => v.paidAs === undefined).length + counts.reduce((n, i) => n + i.paid, 0),
    paidAs: [...paidAs].map(([id, count]) => ({ title: id, count })),
    amount: sumAll(amounts),
  };
}

/** The sum of the amounts; undefined when one is not known. */
function sumAll(amounts: readonly (Dec | undefined)[]): Dec | undefined {
  return amounts.some((a) => a === undefined) ? undefined : sumKnown(amounts);
}

/** The sum of the amounts that are known. */
function sumKnown(amounts: readonly (Dec | undefined)[]): Dec {
  return plain(amounts.reduce((sum, a) => (a === undefined ? sum : sum.plus(dec(a))), dec('0')));
}

/** What deciding a unit's titles needs besides its own figures. */
interface Rules {
  ruleSet: TitleRuleSet;
  prize: Prize;
  year: number;
  /** The council's ballots of the year, when its meeting is in the data (before it meets, none is asked). */
  council: YearBallots | undefined;
}

/** The council's meeting on a year, as its ballots are counted: how many members it had that day, and the ballots. */
export interface YearBallots {
  members: number;
  ballots: readonly CollectiveBallot[];
}

function proposeFor(
  score: UnitScore,
  block: BlockScore,
  figures: UnitYear | undefined,
  { ruleSet, prize, year, council }: Rules,
): UnitProposals {
  const rating = block.scheme.bands.find((b) => b.label === score.band)?.rating;
  const standing: Standing = {
    score,
    members: figures?.members,
    earlier: figures?.earlier,
    rating,
    belowBands: score.band === undefined && block.scheme.bands.length > 0,
    sharedFirst: block.units.filter((u) => u.rank === 1).length > 1,
    year,
  };
  const collective = decideCollective(
    ruleSet.titles.filter((t) => t.recipient === 'collective'),
    standing,
    council,
  );
  payCollective(collective, ruleSet, prize);
  const individual = countIndividual(ruleSet, figures?.members, prize);
  const amount = sumKnown([...collective.map((v) => v.amount), ...individual.map((i) => i.amount)]);
  const individualAmount = sumAll(individual.filter((i) => i.paid > 0).map((i) => i.amount));
  return { unit: score.unit, block: block.block.id, collective, individual, individualAmount, amount };
}

/** A unit's standing in the year: what its collective titles' conditions are decided on. */
interface Standing {
  score: UnitScore;
  members: Members | undefined;
  earlier: UnitYear['earlier'];
  /** The rating of its band; undefined when its band has none or it reached no band. */
  rating: Rating | undefined;
  /** Its total reached no band: it is rated nothing, below every rating. */
  belowBands: boolean;
  /** More than one unit of its block is ranked first. */
  sharedFirst: boolean;
  year: number;
}

/**
 * Returns the verdict on each collective title, in the rule set's order. Titles without a consecutive-years
 * condition are decided first, as those with one may count them for this year; a title eligible under a higher
 * one it is superseded by is marked so.
 */
function decideCollective(
  titles: readonly TitleRule[],
  standing: Standing,
  council: YearBallots | undefined,
): CollectiveVerdict[] {
  const verdicts = new Map<string, CollectiveVerdict>();
  const order = [
    ...titles.filter((t) => !t.conditions?.consecutive),
    ...titles.filter((t) => t.conditions?.consecutive),
  ];
  for (const title of order) {
    const thisYearHad = [
      ...(standing.rating ? [RATING_IDS[standing.rating]] : []),
      ...[...verdicts.values()].filter((v) => v.eligible).map((v) => v.title.id),
    ];
    const checks = checkConditions(title.conditions ?? {}, standing, thisYearHad);
    const ballot =
      title.vote &&
      council &&
      ballotCheck(title.vote, council, title.id, (b) => b.unit === standing.score.unit.id);
    // The ballot is said where one is recorded, or where the figures would propose the unit: not for a unit short
    // of them, which the council had no reason to vote on.
    if (ballot && (ballot.yes !== undefined || checks.every((c) => c.met === true))) checks.push(ballot);
    verdicts.set(title.id, {
      title,
      eligible: checks.every((c) => c.met === true),
      supersededBy: undefined,
      checks,
      amount: undefined,
      paidAs: undefined,
    });
  }
  for (const v of verdicts.values()) {
    if (!v.eligible) continue;
    for (const lower of v.title.supersedes ?? []) {
      const superseded = verdicts.get(lower);
      if (superseded?.eligible) superseded.supersededBy = v.title.id;
    }
  }
  return titles.map((t) => verdicts.get(t.id) as CollectiveVerdict);
}

/** The council's ballot on a unit or a person (`on`) for a title: yes votes against the share of ALL the members the rule asks. */
function ballotCheck(
  vote: VoteRule,
  council: YearBallots,
  title: string,
  on: (ballot: CollectiveBallot) => boolean,
): Extract<ConditionCheck, { condition: 'ballot' }> {
  const ballot = council.ballots.find((b) => b.title === title && on(b));
  const base = {
    condition: 'ballot' as const,
    required: vote.percent,
    basis: vote.basis,
    members: council.members,
  };
  if (ballot === undefined)
    return { ...base, yes: undefined, no: undefined, share: undefined, met: undefined };
  const yes = dec(String(ballot.yes));
  const members = dec(String(council.members));
  // yes / members ≥ percent / 100, compared exactly (the share is rounded only when it is worded).
  const met = yes.times(dec('100')).gte(dec(vote.percent).times(members));
  return { ...base, yes: ballot.yes, no: ballot.no, share: plain(percentOf(yes, members)), met };
}

/**
 * Sets the prize of each title proposed; one achievement, one prize: of the titles (not awards), the highest is
 * paid. Where one of them has no prize known, which is the highest is not known either: none of them is paid
 * here (each is left unpriced, for the drafter), rather than the wrong one.
 */
function payCollective(verdicts: readonly CollectiveVerdict[], ruleSet: TitleRuleSet, prize: Prize): void {
  const proposed = verdicts.filter(isProposed);
  const titles = proposed.filter((v) => v.title.category === 'title');
  if (ruleSet.highest_prize_only && titles.some((v) => v.title.prize === undefined)) {
    for (const v of proposed) if (v.title.category === 'award') v.amount = prize(v.title.prize);
    return;
  }
  const highest = titles.reduce<CollectiveVerdict | undefined>(
    (best, v) =>
      best === undefined || dec(v.title.prize ?? '0').gt(dec(best.title.prize ?? '0')) ? v : best,
    undefined,
  );
  for (const v of proposed) {
    if (ruleSet.highest_prize_only && highest && v.title.category === 'title' && v !== highest)
      v.paidAs = highest.title.id;
    else v.amount = prize(v.title.prize);
  }
}

/** The members' individual titles a unit proposes, from its counts, with their prizes. */
function countIndividual(
  ruleSet: TitleRuleSet,
  members: Members | undefined,
  prize: Prize,
): IndividualCount[] {
  return ruleSet.titles.flatMap((title): IndividualCount[] => {
    const count = title.recipient === 'individual' && title.count ? members?.[title.count] : undefined;
    if (count === undefined) return [];
    // A holder of a title that is held `within` this one (a Chiến sĩ thi đua cơ sở is a Lao động tiên tiến)
    // is paid the higher prize only.
    const higher = ruleSet.highest_prize_only
      ? ruleSet.titles.find((t) => t.holders?.within !== undefined && t.holders.within === title.count)
      : undefined;
    const alsoHigher = higher?.count ? (members?.[higher.count] ?? 0) : 0;
    const paid = Math.max(0, count - alsoHigher);
    return [
      {
        title,
        count,
        paid,
        paidAs: higher && paid < count ? higher.id : undefined,
        amount: prize(title.prize, paid),
      },
    ];
  });
}

function checkConditions(
  c: TitleConditions,
  standing: Standing,
  thisYearHad: readonly string[],
): ConditionCheck[] {
  const { members, rating, score } = standing;
  const checks: ConditionCheck[] = [];
  if (c.rating !== undefined) {
    // A total under every band is classified nothing: below any rating. A band without a rating is not known.
    const met =
      rating === undefined
        ? standing.belowBands
          ? false
          : undefined
        : RATINGS.indexOf(rating) <= RATINGS.indexOf(c.rating);
    checks.push({ condition: 'rating', required: c.rating, actual: rating, met });
  }
  if (c.members_complete_percent !== undefined) {
    const incomplete = members?.incomplete;
    checks.push(
      percentCheck(
        'members_complete_percent',
        c.members_complete_percent,
        incomplete === undefined || members === undefined ? undefined : members.total - incomplete,
        members,
      ),
    );
  }
  if (c.advanced_percent !== undefined)
    checks.push(percentCheck('advanced_percent', c.advanced_percent, members?.advanced, members));
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
    const shared = score.rank === 1 && standing.sharedFirst;
    checks.push({
      condition: 'block_leader',
      rank: score.rank,
      shared,
      met: shared ? undefined : score.rank === 1,
    });
  }
  if (c.exceeded_all_targets) checks.push(exceededAll(score));
  if (c.consecutive) checks.push(consecutiveCheck(c.consecutive, standing, thisYearHad));
  return checks;
}

/** A share of the members, in percent, against its minimum; not known without the count or the members. */
function percentCheck(
  condition: 'members_complete_percent' | 'advanced_percent',
  required: Dec,
  count: number | undefined,
  members: Members | undefined,
): ConditionCheck {
  const total = members?.total ?? 0;
  const actual =
    count === undefined || total === 0
      ? undefined
      : plain(divide(dec(String(count)).times(dec('100')), dec(String(total))));
  const met = actual === undefined ? undefined : dec(actual).gte(dec(required));
  return { condition, required, actual, count, of: total, met };
}

/** This year and the years before it, each with one of the titles or ratings asked for. */
function consecutiveCheck(
  c: NonNullable<TitleConditions['consecutive']>,
  standing: Standing,
  thisYearHad: readonly string[],
): ConditionCheck {
  const years = [];
  for (let y = standing.year - c.years + 1; y <= standing.year; y++) {
    const written = y === standing.year ? thisYearHad : standing.earlier?.[String(y)];
    years.push({
      year: y,
      had: (written ?? []).filter((id) => c.of.includes(id)),
      known: written !== undefined,
    });
  }
  // A year that failed decides; one the figures say nothing of leaves it unknown.
  const met = years.some((y) => y.known && y.had.length === 0)
    ? false
    : years.every((y) => y.had.length > 0)
      ? true
      : undefined;
  return { condition: 'consecutive', years, met };
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

/**
 * The titles a council that has met left without a ballot on units whose figures meet them: they are not proposed
 * until a ballot is written (the report's drafter's notes and the dossier's say so).
 */
export function unballoted(proposals: YearProposals): { title: TitleRule; units: Unit[] }[] {
  return proposals.ruleSet.titles.flatMap((title) => {
    const units = proposals.units.filter((u) =>
      u.collective.some(
        (v) => v.title === title && v.checks.some((c) => c.condition === 'ballot' && c.met === undefined),
      ),
    );
    return units.length > 0 ? [{ title, units: units.map((u) => u.unit) }] : [];
  });
}
