/**
 * The output of the compute step: every figure of a year set against its target and against last year.
 * All numbers are exact decimal strings in plain notation (never "1e-7", never "-0", never "NaN"),
 * unrounded: a later view step rounds them to `Indicator.decimals` and formats them in vi-VN.
 */

import type { ComponentSum } from '../domain/component-sums.js';
import type {
  Area,
  Dec,
  Indicator,
  Qualifier,
  Results,
  ResultValue,
  Target,
  Targets,
} from '../model/types.js';

/** The verdicts a figure can earn against its target. */
export type Verdict = 'exceeded' | 'met' | 'not_met';

/**
 * How a figure stands against its target.
 * - `exceeded`: better than the target (beyond it on the good side).
 * - `met`: exactly on the target, or inside what the target allows (a ceiling, a range) without going beyond;
 *   also a bound that proves the target reached and no more ("ít nhất 9.000" against 9.000).
 * - `not_met`: short of the target.
 * - `undetermined`: the figure is qualified, and its bound does not decide the verdict ("trên 23.000" against
 *   23.500 may fall short or go beyond).
 * - `provisional`: a figure of the first months of a year against the year's plan, which the rest of the year may
 *   still change (see computeYear): its share of the plan is known, its verdict is not yet.
 * - `no_data`: the target needs a figure that is missing (the actual, or last year's for a change target).
 * - `no_target`: there is no target for the year.
 * - `not_comparable`: there are figures, but they cannot be set against each other (units differ, or last
 *   year's figure is zero for a change in percent).
 */
export type Status = Attainment['status'];

/**
 * What unit a derived figure is in.
 * - `unit`: the indicator's own unit (người, tỷ đồng, ...). For a rate indicator this is never used: see `points`.
 * - `points`: percentage points, the difference of two percentages (a rate minus a rate, or a growth of 9,1%
 *   against a planned growth of 5%).
 * - `percent`: percent of a base (a change of last year's figure, in percent).
 */
export type Measure = 'unit' | 'points' | 'percent';

/** The figure set against its target: either no verdict and why, or the verdict and its figures. */
export type Attainment =
  | { status: 'no_target'; reason: 'no_target' }
  | { status: 'no_data'; reason: 'no_actual' | 'no_prior' }
  | { status: 'not_comparable'; reason: 'unit_mismatch' | 'prior_zero' }
  /** A change target, and the bounds of this year's and last year's figures pull apart: no change is proven. */
  | { status: 'undetermined'; reason: 'unbounded_change' }
  | Assessed;

/**
 * A verdict (or `undetermined`) with the derived figures, which are there whatever the verdict. `provisional`: a
 * figure of the first months set against the year's plan, which the rest of the year may still change: its share
 * of the plan is said, no verdict.
 */
interface Assessment {
  status: Verdict | 'undetermined' | 'provisional';
  reason?: undefined;
  /**
   * The qualifier travelling with the headline figure: `percentOfPlan` when there is one, `change` for a change
   * target, otherwise the actual's own qualifier. "trên 24.000" against 23.500 gives `over` (trên 102,1%).
   */
  qualifier: Qualifier;
  /**
   * How far the actual is on the good side of the target (positive) or short of it (negative), in `marginMeasure`:
   * - level, higher or neutral: actual − target; level, lower: target − actual;
   * - ceiling: ceiling − actual (6,92% against "dưới 6%" is −0.92 points);
   * - range: distance from the near end: actual − min (higher), max − actual (lower), for neutral the distance to
   *   the nearer end (negative outside the range);
   * - change: the actual change (increase, or decrease for a decrease target, in the target's measure) minus the
   *   target's `by` (or `min` for a range of changes).
   */
  margin: Dec;
  /** The qualifier of `margin`: the actual's, turned round where the actual enters with a minus sign. */
  marginQualifier: Qualifier;
  /** The unit of `margin`: `points` for a rate, or for a change target in percent; `unit` otherwise. */
  marginMeasure: Measure;
}

/** A level, ceiling or range target assessed; a level may have a percent of plan. */
export type Assessed =
  | (Assessment & {
      /**
       * actual / target × 100, for a level target on a higher-is-better or neutral indicator whose target is
       * positive; absent otherwise. Exact to at least 20 significant digits ("102.12765957446808510638").
       */
      percentOfPlan?: Dec;
      change?: undefined;
      changeMeasure?: undefined;
    })
  | (Assessment & {
      percentOfPlan?: undefined;
      /**
       * For a change target: the actual change from last year, signed (negative is a fall), in `changeMeasure`:
       * current − prior (measure `points` or `unit`), or (current − prior) / prior × 100 (measure `percent`).
       * 6,92% → 5,30% gives "-1.62". Its qualifier is `qualifier`.
       */
      change: Dec;
      changeMeasure: Measure;
    });

/** Which way the figure moved since last year. */
export type Trend = 'up' | 'down' | 'same';

/** The figure set against last year's: either no comparison and why, or the comparison. */
export type YearOverYear =
  /** There is no figure for the year. */
  | { status: 'no_data' }
  /** There is a figure for the year but none for last year. */
  | { status: 'no_prior' }
  /** The two figures are in different units (or not in the indicator's unit). */
  | { status: 'not_comparable' }
  /**
   * Both figures are there, but their qualifiers do not prove which way it moved: 44.010 against last year's
   * "trên 44.000" (last year may have been more). Nothing beyond the two figures may be said.
   */
  | { status: 'inconclusive' }
  | Compared;

/** Both figures there, comparable, and the direction proven. */
export type Compared = {
  status: 'compared';
  /** current − prior, in the indicator's unit (for a rate, in percentage points). */
  difference: Dec;
  /** Which way it moved, as every value the qualifiers allow agrees ("trên 100" against 100 is up). */
  trend: Trend;
  /**
   * True when it moved the good way (up for higher-is-better, down for lower-is-better); false when it moved the
   * bad way or stayed the same; undefined for neutral indicators.
   */
  better?: boolean;
  /** The qualifier of every figure of the comparison, combining the current and prior qualifiers. */
  qualifier: Qualifier;
} & (
  | {
      /** For rates: current − prior in percentage points (58,7% → 61% is "2.3"). Never a percent of a percent. */
      changePoints: Dec;
      ratioPercent?: undefined;
      changePercent?: undefined;
    }
  | {
      changePoints?: undefined;
      /** For counts, money and numbers when last year's figure is positive: current / prior × 100. */
      ratioPercent: Dec;
      /** (current − prior) / prior × 100, the relative change ("tăng 9,1%"). */
      changePercent: Dec;
    }
  | {
      /** Last year's figure is zero: only the difference means anything. */
      changePoints?: undefined;
      ratioPercent?: undefined;
      changePercent?: undefined;
    }
);

/** The statuses of a year-over-year comparison. */
export type YoyStatus = YearOverYear['status'];

/** One indicator of the year, with its figures and how they compare. */
export interface IndicatorComputation {
  /** The catalogue entry. */
  indicator: Indicator;
  /** 0 for a top-level indicator, 1 for a component of another ("trong đó"), 2 for a component of a component. */
  depth: number;
  /** The figure for the year, as written in the results file. */
  actual?: ResultValue;
  /** The year's target, as written in the targets file. */
  target?: Target;
  /** Last year's figure, as written in last year's results file. */
  prior?: ResultValue;
  /** The actual set against the target. */
  attainment: Attainment;
  /** The actual set against last year's figure. */
  yoy: YearOverYear;
  /** Next year's target, as written in next year's targets file. */
  nextTarget?: Target;
}

/** Everything the report says about one year, or about its first months. */
export interface YearComputation {
  /** The report's year. */
  year: number;
  /**
   * For a report on the first months of the year (a sơ kết), their number: its figures are those months', set
   * against the YEAR's plan and against the same months of the year before. Absent for the whole year.
   */
  months?: number | undefined;
  /** year − 1. */
  priorYear: number;
  /** year + 1. */
  nextYear: number;
  /** The year's results file (of its first months, for a period). */
  results?: Results;
  /** The year's targets file. */
  targets?: Targets;
  /** Last year's results file (of the same months, for a period). */
  priorResults?: Results;
  /** Next year's targets file. */
  nextTargets?: Targets;
  /**
   * Areas in catalogue order, each with its indicators in catalogue order, children right after their parent.
   * An indicator is listed when it has an actual, a target or a next-year target, or when one of its components
   * is listed (then it heads them even with nothing of its own). Areas with no indicator listed are left out.
   */
  areas: { area: Area; indicators: IndicatorComputation[] }[];
  /** For each parent of kind other than rate with at least one child having an actual, in catalogue order. */
  componentSums: ComponentSum[];
  /** The year's figures left blank (as `new` writes them), in catalogue order: those without a target are left out. */
  blank: Indicator[];
  /** Which of the files the report draws on are missing. */
  missing: {
    /** No results file for the year. */
    results: boolean;
    /** No targets file for the year. */
    targets: boolean;
    /** No results file for the year before. */
    priorYear: boolean;
    /** No targets file for the year after. */
    nextTargets: boolean;
  };
}
