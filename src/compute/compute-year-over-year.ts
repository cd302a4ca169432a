import { type Decimal, dec, percentOf, plain } from '../domain/decimal.js';
import { divideQualifiers, regionsOf, subtractQualifiers } from '../domain/qualifier-algebra.js';
import { unitsMatch } from '../domain/units.js';
import type { Indicator, Qualifier, ResultValue } from '../model/types.js';
import type { Trend, YearOverYear } from './types.js';

/**
 * Returns the figure set against last year's: the difference, for a rate the change in percentage points,
 * otherwise the ratio and relative change in percent (when last year's figure is positive), the trend,
 * and whether that is better. Qualifiers combine by the rules of `qualifier-algebra.ts`
 * ("trên 24.000" against an exact 22.000 is `over` 109,09%); when they leave the direction open (44.010 against
 * "trên 44.000") the comparison is `inconclusive`.
 */
export function computeYearOverYear(
  indicator: Indicator,
  current?: ResultValue,
  prior?: ResultValue,
): YearOverYear {
  if (current === undefined) return { status: 'no_data' };
  if (prior === undefined) return { status: 'no_prior' };
  if (!unitsMatch(indicator, current, prior)) return { status: 'not_comparable' };

  const x = dec(current.value);
  const p = dec(prior.value);
  const difference = x.minus(p);
  const rate = indicator.kind === 'rate';
  const hasRatio = !rate && p.gt('0');
  // One qualifier for every figure: the ratio's rule is the stricter one (it needs x > 0 for a sound bound).
  const qualifier = hasRatio
    ? divideQualifiers(current.qualifier, prior.qualifier, x.gt('0'))
    : subtractQualifiers(current.qualifier, prior.qualifier);
  if (qualifier === undefined) return { status: 'inconclusive' };
  const trend = trendOf(difference, qualifier);
  if (trend === undefined) return { status: 'inconclusive' };

  const change = rate
    ? { changePoints: plain(difference) }
    : hasRatio
      ? { ratioPercent: plain(percentOf(x, p)), changePercent: plain(percentOf(difference, p)) }
      : {};
  const better =
    indicator.direction === 'neutral'
      ? {}
      : { better: trend === (indicator.direction === 'higher' ? 'up' : 'down') };
  return { status: 'compared', difference: plain(difference), trend, qualifier, ...change, ...better };
}

/** The trend every value the difference may take agrees on, or undefined when its bound leaves it open. */
function trendOf(difference: Decimal, qualifier: Qualifier): Trend | undefined {
  const r = regionsOf(difference, qualifier, dec('0'));
  if (r.above && !r.on && !r.below) return 'up';
  if (r.below && !r.on && !r.above) return 'down';
  if (r.on && !r.above && !r.below) return 'same';
  return undefined;
}
