import { Big } from 'big.js';
import { negateQualifier } from '../compute/qualifier-algebra.js';
import type { IndicatorComputation, Measure, Status } from '../compute/types.js';
import type { Dec, Indicator, Qualifier, ResultValue, Target } from '../model/types.js';
import { abs, formatNumber, formatQuantity, qualified, ROUNDING, withUnit } from './format-number.js';

/** How many decimals percentages of plan and relative changes show (102,1%); set by --percent-decimals. */
export interface PercentStyle {
  decimals: number;
}

/** Returns a figure as the report writes it, with its qualifier: "trên 24.000 người". */
export function actualText(value: ResultValue, indicator: Indicator, withUnitWord = true): string {
  const number = formatNumber(value.value, indicator.decimals, value.qualifier);
  return qualified(value.qualifier, withUnitWord ? withUnit(number, indicator.unit) : number);
}

/** Returns a target as plans write it: "23.500 người", "dưới 6%", "từ 60% đến 65%", "giảm 1,5 điểm phần trăm". */
export function targetText(target: Target, indicator: Indicator, withUnitWord = true): string {
  const quantity = (value: Dec, q: Qualifier = 'exact') => {
    const number = formatNumber(value, indicator.decimals, q);
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
          ? formatNumber(target.by, decimals)
          : `từ ${formatNumber(target.min ?? '0', decimals)} đến ${formatNumber(target.max ?? '0', decimals)}`;
      return `${verb} ${qualified(target.qualifier, '')}${amount}${unit}`;
    }
  }
}

/** Returns a difference in the words its measure needs: "0,92 điểm phần trăm", "500 người", "5,2%". */
function measured(
  value: Dec,
  measure: Measure | undefined,
  indicator: Indicator,
  percent: PercentStyle,
  q: Qualifier,
): string {
  if (measure === 'points')
    return `${formatNumber(value, Math.max(indicator.decimals, 1), q)} điểm phần trăm`;
  if (measure === 'percent') return `${formatNumber(value, percent.decimals, q, true)}%`;
  return withUnit(formatNumber(value, indicator.decimals, q), indicator.unit);
}

/**
 * Returns the size of a signed figure with the qualifier that is true of the size: "trên −4%" (a fall of a
 * little less than 4%) is a fall of "dưới 4%". Used wherever a verb ("tăng", "giảm") carries the sign.
 */
function magnitude(value: Dec, q: Qualifier | undefined): { value: Dec; qualifier: Qualifier } {
  const qualifier = q ?? 'exact';
  return value.startsWith('-')
    ? { value: abs(value), qualifier: negateQualifier(qualifier) }
    : { value, qualifier };
}

const VERDICT: Partial<Record<Status, string>> = {
  exceeded: 'vượt kế hoạch',
  met: 'đạt kế hoạch',
  not_met: 'chưa đạt kế hoạch',
};

/** Returns the short status shown in the table: "Vượt kế hoạch", "Không có chỉ tiêu", ... */
export function statusLabel(status: Status): string {
  const labels: Record<Status, string> = {
    exceeded: 'Vượt kế hoạch',
    met: 'Đạt kế hoạch',
    not_met: 'Chưa đạt kế hoạch',
    no_data: 'Chưa có số liệu',
    no_target: 'Không có chỉ tiêu',
    not_comparable: 'Không so sánh được',
  };
  return labels[status];
}

/**
 * Returns the "% kế hoạch" figure: "trên 102,1%". A figure that would round onto 100% against its verdict
 * (99,95% not met shown as "100,0%") gets more decimals until it agrees with the verdict.
 */
export function percentOfPlanText(c: IndicatorComputation, percent: PercentStyle): string | null {
  const a = c.attainment;
  if (a.percentOfPlan === undefined) return null;
  const q = a.qualifier ?? 'exact';
  const mode = { halfExpand: Big.roundHalfUp, floor: Big.roundDown, ceil: Big.roundUp }[ROUNDING[q]];
  let decimals = percent.decimals;
  const agrees = (d: number) => {
    const shown = new Big(a.percentOfPlan as string).round(d, mode);
    if (a.status === 'exceeded') return shown.gt(100);
    if (a.status === 'not_met') return shown.lt(100);
    return true;
  };
  while (!agrees(decimals) && decimals < percent.decimals + 4) decimals += 1;
  if (!agrees(decimals)) decimals = percent.decimals; // e.g. "gần 100%": the qualifier already says it
  return qualified(q, `${formatNumber(a.percentOfPlan, decimals, q, true)}%`);
}

/**
 * Returns the clause setting the figure against its target, or null when there is no target or no figure:
 * "đạt trên 102,1% kế hoạch (kế hoạch 23.500 người), vượt kế hoạch".
 */
export function attainmentClause(c: IndicatorComputation, percent: PercentStyle): string | null {
  const { attainment: a, target, indicator } = c;
  const verdict = VERDICT[a.status];
  if (!target || !verdict) return null;
  const plan = targetText(target, indicator);
  const pct = percentOfPlanText(c, percent);
  if (pct) return `đạt ${pct} kế hoạch (kế hoạch ${plan}), ${verdict}`;
  if (target.type === 'change' && a.change !== undefined) {
    // The year-over-year clause states the change; repeat it here only when the target measures it otherwise.
    const natural = indicator.kind === 'rate' ? 'points' : 'percent';
    if (target.measure === natural && c.yoy.status === 'compared') return `${verdict} (kế hoạch ${plan})`;
    const moved = a.change.startsWith('-') ? 'giảm' : 'tăng';
    const size = magnitude(a.change, a.qualifier);
    const change = measured(size.value, a.changeMeasure, indicator, percent, size.qualifier);
    return `${moved} ${qualified(size.qualifier, change)} so với năm trước (kế hoạch ${plan}), ${verdict}`;
  }
  if (target.type !== 'range' && a.margin !== undefined && a.margin !== '0') {
    // The margin is positive on the good side: actual − target for a level (target − actual when lower is
    // better), ceiling − actual for a ceiling. Whether the figure is above the target follows from that.
    const marginIsTargetMinusActual = target.type === 'ceiling' || indicator.direction === 'lower';
    const above = a.margin.startsWith('-') === marginIsTargetMinusActual;
    const size = magnitude(a.margin, a.marginQualifier);
    const margin = measured(size.value, a.marginMeasure, indicator, percent, size.qualifier);
    return `${verdict} (kế hoạch ${plan}; ${above ? 'cao' : 'thấp'} hơn kế hoạch ${qualified(size.qualifier, margin)})`;
  }
  return `${verdict} (kế hoạch ${plan})`;
}

/**
 * Returns the clause setting the figure against last year's, or null when last year's figure is missing:
 * "tăng 9,1% so với năm 2017 (bằng 109,1%)", "tăng 2,3 điểm phần trăm so với năm 2017 (58,7%)".
 */
export function yearOverYearClause(
  c: IndicatorComputation,
  priorYear: number,
  percent: PercentStyle,
): string | null {
  const { yoy, indicator, prior } = c;
  if (yoy.status !== 'compared' || !prior) return null;
  const q = yoy.qualifier ?? 'exact';
  const priorText = actualText(prior, indicator);
  // Equal written figures with a qualifier on either side are close, not known to be equal.
  if (yoy.trend === 'same')
    return `${q === 'exact' ? 'bằng' : 'tương đương'} năm ${priorYear} (${priorText})`;
  const verb = yoy.trend === 'up' ? 'tăng' : 'giảm';
  if (yoy.changePoints !== undefined) {
    const size = magnitude(yoy.changePoints, q);
    const points = formatNumber(size.value, Math.max(indicator.decimals, 1), size.qualifier);
    return `${verb} ${qualified(size.qualifier, `${points} điểm phần trăm`)} so với năm ${priorYear} (${priorText})`;
  }
  if (yoy.changePercent !== undefined && yoy.ratioPercent !== undefined) {
    const size = magnitude(yoy.changePercent, q);
    const change = formatNumber(size.value, percent.decimals, size.qualifier, true);
    const ratio = formatNumber(yoy.ratioPercent, percent.decimals, q, true);
    return `${verb} ${qualified(size.qualifier, `${change}%`)} so với năm ${priorYear} (bằng ${qualified(q, `${ratio}%`)}; năm ${priorYear}: ${priorText})`;
  }
  const size = magnitude(yoy.difference ?? '0', q);
  const diff = formatQuantity(size.value, indicator, size.qualifier);
  return `${verb} ${qualified(size.qualifier, diff)} so với năm ${priorYear} (${priorText})`;
}

/** Returns the "so với năm trước" cell of the table: "+2,3 điểm %" or "109,1%". */
export function yearOverYearCell(c: IndicatorComputation, percent: PercentStyle): string | null {
  const { yoy, indicator } = c;
  if (yoy.status !== 'compared') return null;
  const q = yoy.qualifier ?? 'exact';
  if (yoy.changePoints !== undefined) {
    // The signed figure keeps its own qualifier: "trên −4,0" is true of −3,99.
    const number = formatNumber(yoy.changePoints, Math.max(indicator.decimals, 1), q).replace('-', '−');
    const sign = yoy.changePoints.startsWith('-') || yoy.changePoints === '0' ? '' : '+';
    return qualified(q, `${sign}${number} điểm %`);
  }
  if (yoy.ratioPercent !== undefined)
    return qualified(q, `${formatNumber(yoy.ratioPercent, percent.decimals, q, true)}%`);
  return null;
}
