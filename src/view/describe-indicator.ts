import type { Big } from 'big.js';
import { assessed } from '../compute/compute-attainment.js';
import type { IndicatorComputation, Measure, Status } from '../compute/types.js';
import { abs, dec, plain, toDec } from '../domain/decimal.js';
import { negateQualifier, regionsOf } from '../domain/qualifier-algebra.js';
import type { Dec, Indicator, Qualifier, ResultValue, Target } from '../model/types.js';
import {
  formatNumber,
  formatWritten,
  MINUS,
  qualified,
  type Rounding,
  roundShown,
  withUnit,
} from './format-number.js';

/** How the report writes derived figures; from the command line, else the agency's `report` settings. */
export interface NumberStyle {
  /** Decimals of percentages of plan and of relative changes (102,1%). */
  percentDecimals: number;
  /** Whether exact percentages and differences are rounded half away from zero or truncated. */
  rounding: Rounding;
  /**
   * Whether a rate's result is also given as a percent of its target ("đạt 98,5% kế hoạch"). By default a rate
   * is set against its target in percentage points, as year over year is: a percent of a percent misleads.
   */
  ratePercentOfPlan: boolean;
}

/** The most decimals added to a size so that a change that is not nil never reads as 0. */
const MAX_EXTRA_DECIMALS = 4;

/** Returns a figure as the report writes it, with its qualifier: "trên 24.000 người". */
export function actualText(value: ResultValue, indicator: Indicator, withUnitWord = true): string {
  const number = formatWritten(value.value, indicator.decimals, value.qualifier);
  return qualified(value.qualifier, withUnitWord ? withUnit(number, indicator.unit) : number);
}

/** Returns a target as plans write it: "23.500 người", "dưới 6%", "từ 60% đến 65%", "giảm 1,5 điểm phần trăm". */
export function targetText(target: Target, indicator: Indicator, withUnitWord = true): string {
  // Stryker disable next-line StringLiteral: any word that is no bound rounds as 'exact' does (roundShown's default)
  const quantity = (value: Dec, q: Qualifier = 'exact') => {
    const number = formatWritten(value, indicator.decimals, q);
    return withUnitWord ? withUnit(number, indicator.unit) : number;
  };
  switch (target.type) {
    case 'level':
      return qualified(target.qualifier, quantity(target.value, target.qualifier));
    case 'ceiling':
      return `${target.inclusive ? 'không quá' : 'dưới'} ${quantity(target.value)}`;
    case 'range':
      return `từ ${quantity(target.min)} đến ${quantity(target.max)}`;
    case 'change': {
      const verb = target.change === 'increase' ? 'tăng' : 'giảm';
      const unit = target.measure === 'points' ? ' điểm phần trăm' : '%';
      const decimals = Math.max(indicator.decimals, 1);
      const amount =
        target.by !== undefined
          ? formatWritten(target.by, decimals)
          : `từ ${formatWritten(target.min, decimals)} đến ${formatWritten(target.max, decimals)}`;
      return `${verb} ${qualified(target.qualifier, '')}${amount}${unit}`;
    }
  }
}

/** A size shown: its qualifier, the decimals it needs to read as more than nothing, and the shown value. */
interface Size {
  qualifier: Qualifier;
  decimals: number;
  shown: Big;
}

/**
 * Returns the size of a signed figure as it will be shown: its absolute value with the qualifier that is true of
 * it ("trên −4%", a fall of a little less than 4%, is a fall of "dưới 4%"), at `decimals` or as many more as it
 * takes not to read as 0. Undefined when even then it reads as 0 (a nil change, or "trên 0,00001").
 */
function sizeOf(value: Dec, q: Qualifier, decimals: number, rounding: Rounding): Size | undefined {
  const negative = value.startsWith('-');
  const qualifier = negative ? negateQualifier(q) : q;
  const magnitude = abs(value);
  for (let d = decimals; d <= decimals + MAX_EXTRA_DECIMALS; d++) {
    const shown = roundShown(magnitude, d, qualifier, rounding);
    if (!shown.eq(0)) return { qualifier, decimals: d, shown };
  }
  return undefined;
}

/** Returns a difference in the words its measure needs: "0,92 điểm phần trăm", "500 người", "5,2%". */
function measuredText(size: Size, measure: Measure | undefined, indicator: Indicator): string {
  // Stryker disable next-line StringLiteral: any word that is no bound rounds as 'exact' does (roundShown's default)
  const number = formatNumber(plain(size.shown), size.decimals, 'exact', measure === 'percent');
  const words =
    measure === 'points'
      ? `${number} điểm phần trăm`
      : measure === 'percent'
        ? `${number}%`
        : withUnit(number, indicator.unit);
  return qualified(size.qualifier, words);
}

/** The decimals a difference in a measure starts from: the percent setting, or the indicator's (one at least for points). */
function baseDecimals(measure: Measure | undefined, indicator: Indicator, style: NumberStyle): number {
  if (measure === 'percent') return style.percentDecimals;
  if (measure === 'points') return Math.max(indicator.decimals, 1);
  return indicator.decimals;
}

/**
 * Returns the way a qualified change went as every value it allows agrees ("tăng" for "trên 1,6"), or undefined when
 * its bound leaves the way open ("gần 1,6" may be a fall). A change that may be nil ("ít nhất 0") reads as 0 and
 * is left unsaid by its size, which the caller asks for too.
 */
function provenVerb(value: Dec, q: Qualifier): 'tăng' | 'giảm' | undefined {
  const r = regionsOf(dec(value), q, dec('0'));
  if (r.above === r.below) return undefined;
  return r.above ? 'tăng' : 'giảm';
}

/** The verdict in words, against `plan` ("kế hoạch", or "kế hoạch năm" in a report on the first months). */
function verdictOf(status: Status, plan: string): string | undefined {
  const words: Partial<Record<Status, string>> = {
    exceeded: `vượt ${plan}`,
    met: `đạt ${plan}`,
    not_met: `chưa đạt ${plan}`,
  };
  return words[status];
}

/** Returns the short status shown in the table ("Vượt kế hoạch"), or null when there is none to show. */
export function statusLabel(status: Status): string | null {
  const labels: Record<Status, string | null> = {
    exceeded: 'Vượt kế hoạch',
    met: 'Đạt kế hoạch',
    not_met: 'Chưa đạt kế hoạch',
    // The bound of the figure decides nothing: the table shows the figures, and no verdict.
    undetermined: null,
    // Part of the year against the year's plan: its share is in the table, a verdict is not yet due.
    provisional: null,
    no_data: 'Chưa có số liệu',
    no_target: 'Không có chỉ tiêu',
    not_comparable: 'Không so sánh được',
  };
  return labels[status];
}

/**
 * Returns the "% kế hoạch" figure ("trên 102,1%"), or null when there is none to give: no percent of plan, or a
 * rate (unless the style asks for it). A figure that would round onto 100% against its verdict (99,95% not met
 * shown as "100,0%"), or against the side of 100% it is on (a share of the year's plan), gets more decimals until
 * it agrees.
 */
export function percentOfPlanText(
  c: Pick<IndicatorComputation, 'attainment' | 'indicator'>,
  style: NumberStyle,
): string | null {
  const a = assessed(c.attainment);
  if (a?.percentOfPlan === undefined) return null;
  if (c.indicator.kind === 'rate' && !style.ratePercentOfPlan) return null;
  const pct = a.percentOfPlan;
  const q = a.qualifier;
  const agrees = (d: number) => {
    const shown = roundShown(pct, d, q, style.rounding);
    if (a.status === 'exceeded') return shown.gt(100);
    // A share of the year's plan (the first months): on the side of 100% the figure is on, as a verdict would be.
    if (a.status === 'provisional') {
      const side = dec(pct).cmp(dec('100'));
      return side === 0 || shown.cmp(100) === side;
    }
    // Stryker disable next-line ConditionalExpression,BooleanLiteral: no other verdict asks for more decimals: were it to refuse every one, the decimals asked are kept all the same
    if (a.status === 'not_met') return shown.lt(100);
    // Stryker disable next-line BooleanLiteral: the same: refused, the loop ends at the decimals asked
    return true;
  };
  let decimals = style.percentDecimals;
  while (!agrees(decimals) && decimals < style.percentDecimals + MAX_EXTRA_DECIMALS) decimals += 1;
  if (!agrees(decimals)) decimals = style.percentDecimals; // e.g. "gần 100%": the qualifier already says it
  return qualified(q, `${formatNumber(pct, decimals, q, true, style.rounding)}%`);
}

/**
 * Returns the clause setting the figure against its target, or null when there is no target or no figure:
 * "đạt trên 102,1% kế hoạch (kế hoạch 23.500 người), vượt kế hoạch"; for a rate, the gap in points:
 * "thấp hơn kế hoạch 1 điểm phần trăm (kế hoạch 65%), chưa đạt kế hoạch"; below a ceiling the verdict first:
 * "đạt kế hoạch (kế hoạch dưới 6%), thấp hơn kế hoạch 1,48 điểm phần trăm". When the figure's bound decides no
 * verdict, only what is proven: "đạt trên 97,8% kế hoạch (kế hoạch 23.500 người)", or "kế hoạch 65%".
 */
export function attainmentClause(
  c: IndicatorComputation,
  style: NumberStyle,
  /** What the figure is set against: "kế hoạch", or "kế hoạch năm" in a report on the first months. */
  planWord = 'kế hoạch',
): string | null {
  const { attainment, target, indicator } = c;
  if (!target) return null;
  const plan = `${planWord} ${targetText(target, indicator)}`;
  // An undetermined change ("trên" against "trên"): the plan, and nothing of the change.
  if (attainment.status === 'undetermined' && attainment.reason !== undefined) return plan;
  const a = assessed(attainment);
  if (a === undefined) return null;
  const verdict = verdictOf(a.status, planWord);
  const clause = (lead: string | null) => {
    if (lead === null) return verdict ? `${verdict} (${plan})` : plan;
    return `${lead} (${plan})${verdict ? `, ${verdict}` : ''}`;
  };

  const pct = percentOfPlanText(c, style);
  if (pct) return clause(`đạt ${pct} ${planWord}`);
  // A change over the year is not yet known of part of it: the plan alone.
  if (target.type === 'change' && a.status === 'provisional') return clause(null);
  if (target.type === 'change') {
    // The year-over-year clause states the change; repeat it here only when the target measures it otherwise.
    // (When that clause cannot say which way it went, neither can this one: both read the same bounds.)
    const natural = indicator.kind === 'rate' ? 'points' : 'percent';
    // Stryker disable next-line ConditionalExpression: a change target is assessed only against last year's figure, so its change is there
    if (a.change === undefined || target.measure === natural) return clause(null);
    const q = a.qualifier;
    const verb = provenVerb(a.change, q);
    const size = sizeOf(a.change, q, baseDecimals(a.changeMeasure, indicator, style), style.rounding);
    if (verb === undefined || size === undefined) return clause(null);
    return clause(`${verb} ${measuredText(size, a.changeMeasure, indicator)} so với năm trước`);
  }
  // A verdict proves which side of the target the figure is on; without one, no gap is said.
  if (target.type === 'range' || verdict === undefined) return clause(null);
  const q = a.marginQualifier;
  const size = sizeOf(a.margin, q, baseDecimals(a.marginMeasure, indicator, style), style.rounding);
  if (size === undefined) return clause(null);
  // The margin is positive on the good side: actual − target for a level (target − actual when lower is
  // better), ceiling − actual for a ceiling. Whether the figure is above the target follows from that.
  const marginIsTargetMinusActual = target.type === 'ceiling' || indicator.direction === 'lower';
  const above = a.margin.startsWith('-') === marginIsTargetMinusActual;
  const gap = `${above ? 'cao' : 'thấp'} hơn ${planWord} ${measuredText(size, a.marginMeasure, indicator)}`;
  // Below a ceiling is a success: the verdict comes first, so that "thấp hơn kế hoạch" cannot read as a shortfall.
  if (!above && a.status !== 'not_met') return `${verdict} (${plan}), ${gap}`;
  return clause(gap);
}

/** How this year's figure moved against last year's, as both the sentence and the table cell show it. */
type Movement =
  | { kind: 'none' }
  | { kind: 'inconclusive' }
  | { kind: 'same'; exact: boolean; hasRatio: boolean }
  | {
      kind: 'moved';
      up: boolean;
      /** The size in its words ("2,3 điểm phần trăm", "9,1%", "500 người"); undefined when too small to show. */
      size: string | undefined;
      /** For counts, money and numbers: last year's figure as 100%, shown at the decimals of the change. */
      ratio: string | undefined;
      /** For rates: the signed change in points for the table ("+2,3 điểm %"). */
      signedPoints: string | undefined;
    };

function movementOf(c: IndicatorComputation, style: NumberStyle): Movement {
  const { yoy, indicator } = c;
  if (yoy.status === 'inconclusive') return { kind: 'inconclusive' };
  if (yoy.status !== 'compared') return { kind: 'none' };
  const q = yoy.qualifier;
  if (yoy.trend === 'same')
    return { kind: 'same', exact: q === 'exact', hasRatio: yoy.ratioPercent !== undefined };
  const up = yoy.trend === 'up';
  if (yoy.changePoints !== undefined) {
    const size = sizeOf(yoy.changePoints, q, baseDecimals('points', indicator, style), style.rounding);
    const number = size && formatNumber(plain(size.shown), size.decimals);
    return {
      kind: 'moved',
      up,
      size: size && measuredText(size, 'points', indicator),
      ratio: undefined,
      // The signed figure keeps the qualifier of the change itself: "trên −1,5" is true of −1,49.
      signedPoints: number && qualified(q, `${up ? '+' : MINUS}${number} điểm %`),
    };
  }
  if (yoy.changePercent !== undefined) {
    const size = sizeOf(yoy.changePercent, q, style.percentDecimals, style.rounding);
    // The ratio is 100 ± the change exactly: shown from the shown change, the two always agree.
    const ratio =
      size &&
      formatNumber(
        plain(up ? dec('100').plus(size.shown) : dec('100').minus(size.shown)),
        size.decimals,
        // Stryker disable next-line StringLiteral: any word that is no bound rounds as 'exact' does (roundShown's default)
        'exact',
        true,
      );
    return {
      kind: 'moved',
      up,
      size: size && measuredText(size, 'percent', indicator),
      ratio: ratio && qualified(q, `${ratio}%`),
      signedPoints: undefined,
    };
  }
  const size = sizeOf(yoy.difference, q, indicator.decimals, style.rounding);
  return {
    kind: 'moved',
    up,
    // Stryker disable next-line StringLiteral: any measure but points and percent is written in the indicator's unit
    size: size && measuredText(size, 'unit', indicator),
    ratio: undefined,
    signedPoints: undefined,
  };
}

/**
 * Returns the clause setting the figure against last year's, or null when last year's figure is missing:
 * "tăng 9,1% so với năm 2017 (bằng 109,1%; năm 2017: 22.000 người)", "tăng 2,3 điểm phần trăm so với năm 2017
 * (58,7%)". When the qualifiers leave the direction open, only last year's figure: "năm 2017: trên 44.000 người".
 */
export function yearOverYearClause(
  c: IndicatorComputation,
  /** Last year, or its words: "năm 2018", "cùng kỳ năm 2018" (the same months, in a report on the first months). */
  priorYear: number | string,
  style: NumberStyle,
): string | null {
  const { indicator, prior } = c;
  if (!prior) return null;
  const before = typeof priorYear === 'number' ? `năm ${priorYear}` : priorYear;
  const priorText = actualText(prior, indicator);
  const m = movementOf(c, style);
  switch (m.kind) {
    case 'none':
      return null;
    case 'inconclusive':
      return `${before}: ${priorText}`;
    case 'same':
      // Equal written figures with a qualifier on either side are close, not known to be equal.
      return `${m.exact ? 'bằng' : 'tương đương'} ${before} (${priorText})`;
    case 'moved': {
      const verb = m.up ? 'tăng' : 'giảm';
      const moved = m.size ? `${verb} ${m.size}` : verb;
      const detail = m.ratio ? `bằng ${m.ratio}; ${before}: ${priorText}` : priorText;
      return `${moved} so với ${before} (${detail})`;
    }
  }
}

/** Returns the "so với năm trước" cell of the table ("+2,3 điểm %", "109,1%"), or null when there is none. */
export function yearOverYearCell(c: IndicatorComputation, style: NumberStyle): string | null {
  const m = movementOf(c, style);
  const rate = c.indicator.kind === 'rate';
  switch (m.kind) {
    case 'none':
    case 'inconclusive':
      return null;
    case 'same': {
      if (!rate && !m.hasRatio) return null;
      // Stryker disable next-line StringLiteral: any word that is no bound rounds as 'exact' does (roundShown's default)
      const text = rate ? '0 điểm %' : `${formatNumber(toDec('100'), style.percentDecimals, 'exact', true)}%`;
      return m.exact ? text : `khoảng ${text}`;
    }
    case 'moved':
      return (rate ? m.signedPoints : m.ratio) ?? null;
  }
}

/**
 * Returns a change as a table's cell words it, the unit being in a column of its own: "tăng 2,3 điểm %" (a rate's,
 * in percentage points), "giảm dưới 500", "không đổi"; in a sentence, "tăng 2,3 điểm phần trăm", "giảm dưới 500
 * người". Null when the qualifiers leave it open (undefined).
 */
export function changeCell(
  value: Dec,
  q: Qualifier | undefined,
  indicator: Indicator,
  /** In a sentence, a rate's points in full ("điểm phần trăm") and the unit after the figure. */
  inSentence = false,
): string | null {
  if (q === undefined) return null;
  const size = sizeOf(value, q, indicator.decimals, 'round');
  if (size === undefined) return q === 'exact' ? 'không đổi' : null;
  // Stryker disable next-line StringLiteral: any word that is no bound rounds as 'exact' does (roundShown's default)
  const number = formatNumber(plain(size.shown), size.decimals, 'exact');
  const verb = value.startsWith('-') ? 'giảm' : 'tăng';
  const points = inSentence ? 'điểm phần trăm' : 'điểm %';
  const words =
    indicator.kind === 'rate'
      ? `${number} ${points}`
      : inSentence
        ? withUnit(number, indicator.unit)
        : number;
  return `${verb} ${qualified(size.qualifier, words)}`;
}
