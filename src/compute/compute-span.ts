/**
 * The figures of a span of years (the tổng kết giai đoạn, 2016-2020): for each indicator, its figure of every year
 * of the span that has one, the span's own figure as the indicator's kind says (a count or an amount adds up over
 * the years; a rate, or any other level, is the last year's), and the average yearly change between the first and
 * the last year with a figure. A year of the span without a results file is missing, and stays so: nothing is
 * filled in for it, and the span's figure is of the years that have one.
 */
import { dec, divide, plain } from '../domain/decimal.js';
import { addQualifiers, subtractQualifiers } from '../domain/qualifier-algebra.js';
import { addsUpOverTheYear, periodLabel, type ReportPeriod, yearsOf } from '../domain/report-period.js';
import type {
  Area,
  DataSet,
  Dec,
  Indicator,
  Qualifier,
  Results,
  ResultValue,
  Target,
  Targets,
} from '../model/types.js';
import { computeAttainment } from './compute-attainment.js';
import { computeSpanEmulation, type SpanEmulation } from './compute-span-emulation.js';
import { beforeTheEnd } from './compute-year.js';
import { type IndicatorNode, orderIndicators } from './order-indicators.js';
import type { Attainment } from './types.js';

/** The span's own figure of an indicator: its total over the years with a figure, or the last of them. */
export type SpanFigure =
  /** A count or an amount: the sum of the years' figures; `qualifier` undefined when their bounds bound no sum. */
  | { kind: 'total'; value: Dec; qualifier: Qualifier | undefined; years: number[] }
  /** A rate or another level: the figure of the last year that has one. */
  | { kind: 'end'; value: Dec; qualifier: Qualifier; year: number };

/** The average change per year from the first year with a figure to the last, in the indicator's unit. */
export interface AverageChange {
  /** (last − first) / (years between); a rate's in percentage points. */
  perYear: Dec;
  /** What is true of it, from the two figures' qualifiers; undefined when they bound nothing. */
  qualifier: Qualifier | undefined;
  from: number;
  to: number;
}

/** One indicator over the span. */
export interface SpanIndicator {
  indicator: Indicator;
  /** 0 for a top-level indicator, 1 for a component of another, and so on. */
  depth: number;
  /** Its figure of each year of the span, in order; undefined where that year has none. */
  figures: (ResultValue | undefined)[];
  /** Absent when no year has a figure: the indicator is there for its target. */
  figure?: SpanFigure;
  /** Absent when fewer than two years have a figure. */
  change?: AverageChange;
  /** The span's target (2016-2020-targets.yaml), when its file gives one. */
  target?: Target;
  /**
   * The span's figure set against its target: a verdict only where the years missing cannot change it (see
   * spanAttainment); absent without a target.
   */
  attainment?: Attainment;
}

/** What a span report states. */
export interface SpanComputation {
  span: ReportPeriod & { from: number };
  /** Every year of the span, in order. */
  years: number[];
  /** The years of the span without a results file: said, never filled. */
  missing: number[];
  /** The results files of the years that have one. */
  results: Results[];
  /** The span's targets file (2016-2020-targets.yaml), when the data has one. */
  targets?: Targets;
  /** The emulation over the span, from the years whose units were scored; absent when none was. */
  emulation?: SpanEmulation;
  /** The span's own file (2016-2020.yaml): its words, sources and document number, when the data has one. */
  words?: Results;
  /**
   * The span the direction is for (the words' `next_span`), with the targets its file gives
   * (2021-2025-targets.yaml), each beside what this span did; absent when the words name no next span.
   */
  next?: { span: ReportPeriod & { from: number }; file?: Targets; targets?: NextTarget[] };
  /** Each area with the indicators that have a figure in some year of the span, in catalogue order. */
  areas: { area: Area; indicators: SpanIndicator[] }[];
}

/** A target of the span ahead, with this span's figure of the indicator when it has one. */
export interface NextTarget {
  indicator: Indicator;
  /** 0 for a top-level indicator, 1 for a component of another listed with it. */
  depth: number;
  target: Target;
  figure?: SpanFigure;
}

/** Returns the figures of the span `from`-`year` (see the module's comment). */
export function computeSpan(data: DataSet, span: ReportPeriod & { from: number }): SpanComputation {
  const years = yearsOf(span);
  const results = years.map((y) => data.results.get(y));
  const missing = years.filter((_, i) => results[i] === undefined);
  const targets = data.spanTargets?.get(periodLabel(span));
  const compute = (node: IndicatorNode, depth: number): SpanIndicator[] => {
    const { indicator } = node;
    const below = node.children.flatMap((child) => compute(child, depth + 1));
    const figures = results.map((r) =>
      r !== undefined && Object.hasOwn(r.values, indicator.id) ? r.values[indicator.id] : undefined,
    );
    const present = years.flatMap((y, i) => {
      const f = figures[i];
      return f === undefined ? [] : [{ year: y, figure: f }];
    });
    const first = present[0];
    const last = present.at(-1);
    const target =
      targets !== undefined && Object.hasOwn(targets.targets, indicator.id)
        ? targets.targets[indicator.id]
        : undefined;
    if (first === undefined || last === undefined)
      return target === undefined ? below : [{ indicator, depth, figures, target }, ...below];
    const figure: SpanFigure = addsUpOverTheYear(indicator)
      ? total(present)
      : { kind: 'end', value: last.figure.value, qualifier: last.figure.qualifier, year: last.year };
    const entry: SpanIndicator = {
      indicator,
      depth,
      figures,
      figure,
      ...(first.year < last.year ? { change: averageChange(first, last) } : {}),
      ...(target === undefined
        ? {}
        : // A year whose file lacks this figure is as missing as a year without a file.
          {
            target,
            attainment: spanAttainment(indicator, figure, target, span.year, present.length < years.length),
          }),
    };
    return [entry, ...below];
  };
  const roots = orderIndicators(data.catalogue.indicators);
  // The areas' indicators in the report's order: area by area, as the catalogue lists them.
  const byArea = data.catalogue.areas.flatMap((a) => roots.filter((r) => r.indicator.area === a.id));
  const areas: SpanComputation['areas'] = [];
  for (const area of data.catalogue.areas) {
    const indicators = roots.filter((r) => r.indicator.area === area.id).flatMap((r) => compute(r, 0));
    if (indicators.length > 0) areas.push({ area, indicators });
  }
  const emulation = computeSpanEmulation(data, years);
  const words = data.spans?.get(periodLabel(span));
  const next = words?.next_span;
  const nextTargets = next === undefined ? undefined : data.spanTargets?.get(periodLabel(next));
  return {
    span,
    years,
    missing,
    results: results.filter((r): r is Results => r !== undefined),
    ...(targets === undefined ? {} : { targets }),
    ...(emulation === undefined ? {} : { emulation }),
    ...(words === undefined ? {} : { words }),
    ...(next === undefined
      ? {}
      : {
          next: {
            span: next,
            ...(nextTargets === undefined
              ? {}
              : { file: nextTargets, targets: targetsAhead(byArea, nextTargets, areas) }),
          },
        }),
    areas,
  };
}

/**
 * Returns the targets of the span ahead in the catalogue's order, each with this span's figure of it; a component
 * is a level below its parent when its parent is listed too.
 */
function targetsAhead(
  roots: readonly IndicatorNode[],
  targets: Targets,
  areas: SpanComputation['areas'],
): NextTarget[] {
  const figures = new Map(areas.flatMap((a) => a.indicators).map((s) => [s.indicator.id, s.figure]));
  const walk = (node: IndicatorNode, depth: number): NextTarget[] => {
    const { indicator } = node;
    const target = Object.hasOwn(targets.targets, indicator.id) ? targets.targets[indicator.id] : undefined;
    const below = node.children.flatMap((child) => walk(child, target === undefined ? depth : depth + 1));
    if (target === undefined) return below;
    const figure = figures.get(indicator.id);
    return [{ indicator, depth, target, ...(figure === undefined ? {} : { figure }) }, ...below];
  };
  return roots.flatMap((r) => walk(r, 0));
}

/**
 * Returns the span's figure against its target. A change target is from the year before the span, which a span
 * report does not read: no verdict. A total over a span with years missing, or a last year's figure that is not the
 * span's last year's, may still change: provisional, unless already final (beforeTheEnd); a total whose bounds bound
 * no sum has none.
 */
function spanAttainment(
  indicator: Indicator,
  figure: SpanFigure,
  target: Target,
  lastYear: number,
  yearsMissing: boolean,
): Attainment | undefined {
  if (target.type === 'change' || figure.qualifier === undefined) return undefined;
  const attainment = computeAttainment(
    indicator,
    { value: figure.value, qualifier: figure.qualifier },
    target,
  );
  const whole = figure.kind === 'total' ? !yearsMissing : figure.year === lastYear;
  return whole ? attainment : beforeTheEnd(indicator, target, attainment);
}

interface YearFigure {
  year: number;
  figure: ResultValue;
}

/** The sum of the years' figures, with what their qualifiers make true of it ("trên" + exact: "trên"). */
function total(present: readonly YearFigure[]): SpanFigure {
  let sum = dec('0');
  let qualifier: Qualifier | undefined = 'exact';
  for (const { figure } of present) {
    sum = sum.plus(figure.value);
    qualifier = qualifier === undefined ? undefined : addQualifiers(qualifier, figure.qualifier);
  }
  return { kind: 'total', value: plain(sum), qualifier, years: present.map((p) => p.year) };
}

/** The change per year from the first figure to the last; dividing by the years between keeps the bound. */
function averageChange(first: YearFigure, last: YearFigure): AverageChange {
  const between = last.year - first.year;
  const perYear = divide(dec(last.figure.value).minus(first.figure.value), dec(String(between)));
  return {
    perYear: plain(perYear),
    qualifier: subtractQualifiers(last.figure.qualifier, first.figure.qualifier),
    from: first.year,
    to: last.year,
  };
}
