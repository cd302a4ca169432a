import type { Indicator, Qualifier, ResultValue } from '../model/types.js';
import { dec, percentOf, plain, sign } from './decimal.js';
import { divideQualifiers, possibleLeans, subtractQualifiers } from './qualifier-algebra.js';
import type { Trend, YearOverYear } from './types.js';
import { unitsMatch } from './units-match.js';

/**
 * Returns the figure set against last year's: the difference, for a rate the change in percentage points,
 * otherwise the ratio and relative change in percent (when last year's figure is positive), the trend,
 * and whether that is better. Qualifiers combine by the rules of `qualifier-algebra.ts`
 * ("trên 24.000" against an exact 22.000 is `over` 109,09%).
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

  const trend = trendOf(sign(difference), qualifier);
  const result: YearOverYear = { status: 'compared', difference: plain(difference), trend, qualifier };
  if (rate) {
    result.changePoints = plain(difference);
  } else if (hasRatio) {
    result.ratioPercent = plain(percentOf(x, p));
    result.changePercent = plain(percentOf(difference, p));
  }
  if (indicator.direction !== 'neutral') {
    result.better = trend === (indicator.direction === 'higher' ? 'up' : 'down');
  }
  return result;
}

/** The trend of a difference of sign `s`: by the values, or when they are equal by the qualifier's side. */
function trendOf(s: -1 | 0 | 1, qualifier: Qualifier): Trend {
  if (s > 0) return 'up';
  if (s < 0) return 'down';
  const leans = possibleLeans(qualifier);
  if (leans.length === 1 && leans[0] === 1) return 'up';
  if (leans.length === 1 && leans[0] === -1) return 'down';
  return 'same';
}
