import type { ReportSettings } from '../model/types.js';
import type { NumberStyle } from './describe-indicator.js';

/** Which charts the report carries: none, the attainment chart, or every chart. */
export type ChartChoice = 'none' | 'attainment' | 'all';

/** How the report is written: its numbers, and the charts it carries. */
export interface ReportStyle extends NumberStyle {
  charts: ChartChoice;
}

/**
 * The defaults, for a document to be signed: the attainment chart only (one compact figure beside the table;
 * the year-over-year panels run to pages), percentages to one decimal rounded half away from zero, rates set
 * against their targets in percentage points.
 */
export const DEFAULT_STYLE: ReportStyle = {
  charts: 'attainment',
  percentDecimals: 1,
  rounding: 'round',
  ratePercentOfPlan: false,
};

/** Returns the style of a report: each setting from the command line, else the agency's `report`, else the default. */
export function resolveReportStyle(cli: Partial<ReportStyle>, settings: ReportSettings = {}): ReportStyle {
  return {
    charts: cli.charts ?? settings.charts ?? DEFAULT_STYLE.charts,
    percentDecimals: cli.percentDecimals ?? settings.percent_decimals ?? DEFAULT_STYLE.percentDecimals,
    rounding: cli.rounding ?? settings.rounding ?? DEFAULT_STYLE.rounding,
    ratePercentOfPlan:
      cli.ratePercentOfPlan ?? settings.rate_percent_of_plan ?? DEFAULT_STYLE.ratePercentOfPlan,
  };
}
