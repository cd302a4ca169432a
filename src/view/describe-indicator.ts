import type { IndicatorComputation, Measure, Status } from '../compute/types.js';
import type { Dec, Indicator, Qualifier, ResultValue, Target } from '../model/types.js';
import { abs, formatNumber, formatQuantity, qualified, withUnit } from './format-number.js';

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

/** Returns the "% kế hoạch" cell: "trên 102,1%", or, where no percentage applies, the verdict. */
export function percentOfPlanText(c: IndicatorComputation, percent: PercentStyle): string | null {
  const a = c.attainment;
  if (a.percentOfPlan === undefined) return null;
  return qualified(
    a.qualifier,
    `${formatNumber(a.percentOfPlan, percent.decimals, a.qualifier ?? 'exact', true)}%`,
  );
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
    const change = measured(abs(a.change), a.changeMeasure, indicator, percent, a.qualifier ?? 'exact');
    return `${moved} ${qualified(a.qualifier, change)} so với năm trước (kế hoạch ${plan}), ${verdict}`;
  }
  if (target.type !== 'range' && a.margin !== undefined && a.margin !== '0') {
    // margin > 0 is the good side: above the target when higher is better, below it when lower is better.
    const above = a.margin.startsWith('-') === (indicator.direction === 'lower');
    const margin = measured(abs(a.margin), a.marginMeasure, indicator, percent, a.marginQualifier ?? 'exact');
    return `${verdict} (kế hoạch ${plan}; ${above ? 'cao' : 'thấp'} hơn kế hoạch ${qualified(a.marginQualifier, margin)})`;
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
  if (yoy.trend === 'same') return `bằng năm ${priorYear} (${priorText})`;
  const verb = yoy.trend === 'up' ? 'tăng' : 'giảm';
  if (yoy.changePoints !== undefined) {
    const points = formatNumber(abs(yoy.changePoints), Math.max(indicator.decimals, 1), q);
    return `${verb} ${qualified(q, `${points} điểm phần trăm`)} so với năm ${priorYear} (${priorText})`;
  }
  if (yoy.changePercent !== undefined && yoy.ratioPercent !== undefined) {
    const change = formatNumber(abs(yoy.changePercent), percent.decimals, q, true);
    const ratio = formatNumber(yoy.ratioPercent, percent.decimals, q, true);
    return `${verb} ${qualified(q, `${change}%`)} so với năm ${priorYear} (bằng ${qualified(q, `${ratio}%`)}; năm ${priorYear}: ${priorText})`;
  }
  const diff = formatQuantity(abs(yoy.difference ?? '0'), indicator, q);
  return `${verb} ${qualified(q, diff)} so với năm ${priorYear} (${priorText})`;
}

/** Returns the "so với năm trước" cell of the table: "+2,3 điểm %" or "109,1%". */
export function yearOverYearCell(c: IndicatorComputation, percent: PercentStyle): string | null {
  const { yoy, indicator } = c;
  if (yoy.status !== 'compared') return null;
  const q = yoy.qualifier ?? 'exact';
  if (yoy.changePoints !== undefined) {
    const sign = yoy.changePoints.startsWith('-') ? '−' : yoy.changePoints === '0' ? '' : '+';
    return qualified(
      q,
      `${sign}${formatNumber(abs(yoy.changePoints), Math.max(indicator.decimals, 1), q)} điểm %`,
    );
  }
  if (yoy.ratioPercent !== undefined)
    return qualified(q, `${formatNumber(yoy.ratioPercent, percent.decimals, q, true)}%`);
  return null;
}
