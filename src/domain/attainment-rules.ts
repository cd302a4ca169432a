/**
 * How a unit's attainment of an indicator becomes points: the attainment rules a scoring scheme names (issue 9).
 * Pure and exact: decimals in, decimals out (rounding is the scheme's, applied by compute/score-units.ts).
 *
 * With M the criterion's maximum, A the unit's result and T its target; for an indicator where lower is better
 * (a poverty rate) A and T change places in every ratio, and the excess is how far A is below T.
 * - proportional: M × A/T, capped at M (a target of 0 for a lower-is-better indicator is met only by 0).
 * - bloc: below target 0,5 × M × A/T; at target 0,5 × M; above it 0,5 × M + 0,5 × M × (the unit's excess / the
 *   block leader's excess), the leader (the largest excess) M. The excess is relative to the unit's own target
 *   ((A − T)/T): with one target for the whole block, as the source has it, that is (A − T)/(A_leader − T).
 * - a unit with no target, whatever the criterion's rule: M × A / the best result of its block.
 */
import type { AttainmentRule } from '../model/emulation.js';
import { type Decimal, dec, divide } from './decimal.js';

/** Where each attainment rule comes from, as the score sheet cites it. */
export const RULE_SOURCES: Record<AttainmentRule | 'best_of_block', string> = {
  proportional:
    'Tỷ lệ thực hiện so với chỉ tiêu nhân với điểm tối đa, không vượt điểm tối đa: cách tính thông dụng trong các quy chế thi đua theo cụm, khối.',
  bloc: 'Công thức tại Điều 6 quy chế chấm điểm thi đua của một cụm thi đua (quy chế tương ứng của tỉnh Hà Tĩnh chưa tìm được): dưới chỉ tiêu 0,5 × M × A/T; đạt 0,5 × M; vượt 0,5 × M + 0,5 × M × mức vượt / mức vượt của đơn vị dẫn đầu; đơn vị dẫn đầu M.',
  best_of_block:
    'Đơn vị không có chỉ tiêu được so với kết quả cao nhất của khối (cùng quy chế cụm, khối): M × A / kết quả tốt nhất.',
};

export type Better = 'higher' | 'lower';

const ZERO = dec('0');
const HALF = dec('0.5');

/** Returns the smaller of two decimals. */
function min(a: Decimal, b: Decimal): Decimal {
  return a.lt(b) ? a : b;
}

/** True when the result reaches the target: at or above it, or at or below it where lower is better. */
export function meetsTarget(actual: Decimal, target: Decimal, better: Better): boolean {
  return better === 'higher' ? actual.gte(target) : actual.lte(target);
}

/**
 * Returns A/T where higher is better and T/A where lower is better: how far the unit went towards its target (1 at
 * it). Undefined where the ratio has no meaning: a target of 0 where higher is better, a result of 0 where lower is.
 */
export function attainmentRatio(actual: Decimal, target: Decimal, better: Better): Decimal | undefined {
  if (better === 'higher') return target.eq(ZERO) ? undefined : divide(actual, target);
  return actual.eq(ZERO) ? undefined : divide(target, actual);
}

/**
 * Returns max × a / b with one division, last: dividing first and multiplying the rounded quotient could turn an
 * exact 14,375 into 14,37499… and round it down.
 */
function scaled(max: Decimal, a: Decimal, b: Decimal): Decimal {
  return divide(max.times(a), b);
}

/** proportional: M × A/T capped at M; a ratio without meaning (T = 0, or A = 0 lower-is-better) is the target met. */
export function proportionalPoints(actual: Decimal, target: Decimal, better: Better, max: Decimal): Decimal {
  if (attainmentRatio(actual, target, better) === undefined)
    return meetsTarget(actual, target, better) ? max : ZERO;
  return min(max, better === 'higher' ? scaled(max, actual, target) : scaled(max, target, actual));
}

/**
 * How far a result went past its target, as the two figures of the ratio (A − T)/T (T − A where lower is
 * better): compared and divided as fractions, so that no quotient is rounded before the points are.
 */
export interface Excess {
  over: Decimal;
  of: Decimal;
}

/** Returns a result's excess as a fraction; nothing (0 over) at or below its target, or for a target of 0. */
export function excessParts(actual: Decimal, target: Decimal, better: Better): Excess {
  if (target.eq(ZERO) || !meetsTarget(actual, target, better)) return { over: ZERO, of: dec('1') };
  return { over: better === 'higher' ? actual.minus(target) : target.minus(actual), of: target };
}

/** Compares two excesses exactly: a.over/a.of against b.over/b.of, by cross-multiplying (both `of` are above 0). */
export function compareExcess(a: Excess, b: Excess): number {
  return a.over.times(b.of).cmp(b.over.times(a.of));
}

/** How a bloc-rule score was reached. */
export type BlocCase = 'below' | 'at' | 'above' | 'leader';

/**
 * bloc: below target 0,5 × M × A/T; at target (or above it when no unit of the block went further) 0,5 × M; above
 * it 0,5 × M + 0,5 × M × excess/leaderExcess; the leader (excess equal to the block's largest, which is above 0) M.
 */
export function blocPoints(
  actual: Decimal,
  target: Decimal,
  better: Better,
  max: Decimal,
  leader: Excess,
): { points: Decimal; case: BlocCase; excess: Decimal } {
  const half = max.times(HALF);
  const own = excessParts(actual, target, better);
  const excess = divide(own.over, own.of);
  if (!meetsTarget(actual, target, better)) {
    // Below target the ratio has a meaning: A < T means T > 0, and A > T (lower is better) means A > 0.
    const points = better === 'higher' ? scaled(half, actual, target) : scaled(half, target, actual);
    return { points, case: 'below', excess };
  }
  if (own.over.eq(ZERO) || leader.over.lte(ZERO)) return { points: half, case: 'at', excess };
  if (compareExcess(own, leader) >= 0) return { points: max, case: 'leader', excess };
  // 0,5 × M + 0,5 × M × (over/of) / (leader.over/leader.of), with one division.
  return {
    points: half.plus(divide(half.times(own.over).times(leader.of), own.of.times(leader.over))),
    case: 'above',
    excess,
  };
}

/**
 * A unit with no target: M × A / best where higher is better, M × best / A where lower is; 0 when no unit of the
 * block did anything (best 0, higher is better), M for a result of 0 where lower is better.
 */
export function bestOfBlockPoints(actual: Decimal, best: Decimal, better: Better, max: Decimal): Decimal {
  if (better === 'higher') return best.eq(ZERO) ? ZERO : min(max, scaled(max, actual, best));
  return actual.eq(ZERO) ? max : min(max, scaled(max, best, actual));
}

/** Returns the best of the results: the highest, or the lowest where lower is better; undefined for none. */
export function bestOf(results: readonly Decimal[], better: Better): Decimal | undefined {
  return results.reduce<Decimal | undefined>(
    (best, r) => (best === undefined || (better === 'higher' ? r.gt(best) : r.lt(best)) ? r : best),
    undefined,
  );
}

/** Points per event times the events, capped. */
export function eventPoints(
  count: Decimal,
  perEvent: Decimal,
  cap: Decimal,
): { points: Decimal; capped: boolean } {
  const raw = count.times(perEvent);
  return raw.gt(cap) ? { points: cap, capped: true } : { points: raw, capped: false };
}

/** Rounds points half up to `decimals`. */
export function roundPoints(points: Decimal, decimals: number): Decimal {
  return points.round(decimals, 1);
}
