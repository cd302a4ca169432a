import type { Indicator } from '../model/types.js';

/** An indicator with its components, in catalogue order. */
export interface IndicatorNode {
  /** The catalogue entry. */
  indicator: Indicator;
  /** The indicators whose `parent` is this one, in catalogue order. */
  children: IndicatorNode[];
}

/**
 * Returns the indicators as a forest in catalogue order: each top-level indicator with its components under it.
 * The catalogue has passed validation: every parent exists and no parent chain loops (UNKNOWN_PARENT and
 * PARENT_CYCLE are errors, and data with errors is never computed).
 */
export function orderIndicators(indicators: readonly Indicator[]): IndicatorNode[] {
  const build = (indicator: Indicator): IndicatorNode => ({
    indicator,
    children: indicators.filter((i) => i.parent === indicator.id).map(build),
  });
  return indicators.filter((i) => i.parent === undefined).map(build);
}
