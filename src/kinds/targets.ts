import { Big } from 'big.js';
import { toPointer } from '../diagnostics/pointer.js';
import type { Say } from '../diagnostics/say.js';
import { toDec } from '../domain/decimal.js';
import { MAX_SPAN_YEARS } from '../domain/report-period.js';
import type { Dec, DocumentData, Indicator, Target, Targets } from '../model/types.js';
import type { TargetsFile } from '../schemas/file-types.js';
import { targetsSchema } from '../schemas/targets-schema.js';
import {
  checkFigure,
  checkIdsOfBrokenFile,
  checkSources,
  checkUnit,
  decimalAt,
  filledSources,
  knownIndicator,
  type SourceUse,
} from './figure-rules.js';
import type { DataKind, KindContext } from './kind.js';

/**
 * A year's targets (data/2019-targets.yaml), or a span of years' (2016-2020-targets.yaml, `from: 2016` beside
 * `year: 2020`): per indicator a level, ceiling, range or change.
 */
export const targetsKind: DataKind<'targets', Targets> = {
  name: 'targets',
  schema: targetsSchema,
  fileName: {
    yearly: true,
    pattern: /^(?:(?<from>\d{4})-)?(?<year>\d{4})-targets\.ya?ml$/,
    of: (year, _months, from) => `${from === undefined ? '' : `${from}-`}${year}-targets.yaml`,
  },
  read: readTargets,
  yearOf: (targets) => targets.year,
  fromOf: (targets) => targets.from,
  check: checkTargets,
  checkBroken: (data, context, say) => checkIdsOfBrokenFile('targets', data, context.indicators, say),
};

/**
 * Returns the targets of a file, every figure as its exact decimal text; a change's measure defaults to points
 * for a rate and percent otherwise. A change target must give `by`, or both `min` and `max`; a range's (and a
 * change's) min must not exceed its max: a target that does not is reported and left out.
 */
function readTargets(document: DocumentData, { indicators, flagged }: KindContext, say: Say): Targets {
  // It passed its schema (validate-schema.ts): it is what the schema describes.
  const raw = document.data as TargetsFile;
  const targets: Targets['targets'] = {};
  for (const [id, t] of Object.entries(raw.targets)) {
    const path = ['targets', id];
    if (t === null) {
      say('TARGET_BLANK', path, { id, year: raw.year }, { at: 'key', severity: 'warning' });
      continue;
    }
    // A figure that is no decimal was reported as an error when the file was read: the target is left out.
    const figures = new Map<FigureField, Dec | undefined>();
    for (const f of FIGURE_FIELDS)
      if (Object.hasOwn(t, f)) figures.set(f, decimalAt(document.decimals, toPointer([...path, f])));
    if ([...figures.values()].includes(undefined)) continue;
    // A figure written wrongly is reported as that; its shape cannot be judged.
    const wrong = FIGURE_FIELDS.some((f) => flagged.has(toPointer([...path, f])));
    if (!wrong && !shapeFits(t.type, figures, id, path, say)) continue;
    const figure = (f: FigureField) => figures.get(f) ?? toDec('0');
    const measure = indicators.get(id)?.kind === 'rate' ? 'points' : 'percent';
    targets[id] = targetOf(t, figure, measure);
  }
  const { kind, year, from, default_source } = raw;
  // A span's first year must come before its last, and the span be one the reports cover.
  if (from !== undefined && !(from < year && year - from < MAX_SPAN_YEARS))
    say('SPAN_YEARS', ['from'], { from, year, most: MAX_SPAN_YEARS });
  return {
    kind,
    year,
    ...(from === undefined ? {} : { from }),
    ...(default_source === undefined ? {} : { default_source }),
    sources: filledSources(raw.sources, say),
    targets,
  };
}

const FIGURE_FIELDS = ['value', 'min', 'max', 'by'] as const;
type FigureField = (typeof FIGURE_FIELDS)[number];

/**
 * A target with its figures as their exact decimal text; a level's or a change's qualifier defaults to exact, a
 * change's measure to points for a rate and percent otherwise (`measure`).
 */
function targetOf(
  t: NonNullable<TargetsFile['targets'][string]>,
  figure: (f: FigureField) => Dec,
  measure: 'points' | 'percent',
): Target {
  switch (t.type) {
    case 'level':
      return { ...t, value: figure('value'), qualifier: t.qualifier ?? 'exact' };
    case 'ceiling':
      return { ...t, value: figure('value') };
    case 'range':
      return { ...t, min: figure('min'), max: figure('max') };
    case 'change': {
      const { by, min, max, ...rest } = t;
      const change = { ...rest, measure: t.measure ?? measure, qualifier: t.qualifier ?? 'exact' };
      return by === undefined
        ? { ...change, min: figure('min'), max: figure('max') }
        : { ...change, by: figure('by') };
    }
  }
}

/** Reports a change target without one amount, or a min above its max; returns whether the target fits its type. */
function shapeFits(
  type: Target['type'],
  figures: ReadonlyMap<FigureField, Dec | undefined>,
  id: string,
  path: string[],
  say: Say,
): boolean {
  const hasBy = figures.has('by');
  const min = figures.get('min');
  const max = figures.get('max');
  if (
    type === 'change' &&
    (hasBy ? min !== undefined || max !== undefined : min === undefined || max === undefined)
  ) {
    say('TARGET_SHAPE', [...path, 'type'], { id, problem: 'change_amount' });
    return false;
  }
  if (min !== undefined && max !== undefined && new Big(min).gt(max)) {
    say('TARGET_SHAPE', [...path, 'max'], { id, problem: 'range_order' });
    return false;
  }
  return true;
}

/** Which target types make sense for which direction. */
function fitsDirection(target: Target, indicator: Indicator): boolean {
  if (indicator.direction === 'neutral') return true;
  if (target.type === 'ceiling') return indicator.direction === 'lower';
  if (target.type === 'change') return (target.change === 'decrease') === (indicator.direction === 'lower');
  return true;
}

function checkTargets(targets: Targets, { indicators, flagged }: KindContext, say: Say): void {
  const used: SourceUse[] = [];
  for (const [id, t] of Object.entries(targets.targets)) {
    used.push([['targets', id, 'source'], t.source]);
    const indicator = knownIndicator(id, 'targets', indicators, say);
    if (indicator === undefined) continue;
    const path = ['targets', id];
    checkUnit(indicator, t.unit, path, say);
    if (!fitsDirection(t, indicator)) {
      say('TARGET_DIRECTION', [...path, 'type'], {
        id,
        type: t.type === 'change' ? `${t.type} (${t.change})` : t.type,
        direction: indicator.direction,
      });
    }
    // A figure written wrongly is reported as that; the rules below would only misread it.
    if (['value', 'min', 'max', 'by'].some((f) => flagged.has(toPointer([...path, f])))) continue;
    if (t.type === 'level' || t.type === 'ceiling')
      checkFigure(indicator, t.value, [...path, 'value'], say, false);
    if (t.type === 'range') {
      checkFigure(indicator, t.min, [...path, 'min'], say, false);
      checkFigure(indicator, t.max, [...path, 'max'], say, false);
    }
    if (t.type === 'change' && t.measure === 'points' && indicator.kind !== 'rate') {
      say('TARGET_SHAPE', [...path, 'measure'], { id, problem: 'points_not_rate', kind: indicator.kind });
    }
  }
  checkSources(targets.sources, targets.default_source, used, say);
}
