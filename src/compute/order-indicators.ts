import type { Indicator } from '../model/types.js';

/** An indicator with its components, in catalogue order. */
export interface IndicatorNode {
  /** The catalogue entry. */
  indicator: Indicator;
  /** The indicators whose `parent` is this one, in catalogue order. */
  children: IndicatorNode[];
}

/**
 * Returns the indicators as a forest in catalogue order: each top-level indicator (no parent, or a parent not in
 * the list) with its components under it. Indicators caught in a parent cycle are not lost: each becomes a root
 * at its catalogue position.
 */
export function orderIndicators(indicators: readonly Indicator[]): IndicatorNode[] {
  const ids = new Set(indicators.map((i) => i.id));
  const childrenOf = new Map<string, Indicator[]>();
  for (const i of indicators) {
    if (i.parent === undefined || !ids.has(i.parent)) continue;
    const list = childrenOf.get(i.parent) ?? [];
    list.push(i);
    childrenOf.set(i.parent, list);
  }
  const placed = new Set<string>();
  const build = (indicator: Indicator): IndicatorNode => {
    placed.add(indicator.id);
    const children = (childrenOf.get(indicator.id) ?? []).filter((c) => !placed.has(c.id)).map(build);
    return { indicator, children };
  };
  const roots: IndicatorNode[] = [];
  for (const i of indicators) {
    if ((i.parent === undefined || !ids.has(i.parent)) && !placed.has(i.id)) roots.push(build(i));
  }
  for (const i of indicators) {
    if (!placed.has(i.id)) roots.push(build(i));
  }
  return roots;
}
