import { Big } from 'big.js';
import { toPointer } from '../diagnostics/pointer.js';
import type { Say } from '../diagnostics/say.js';
import type { DocumentData, Indicator, Source, Target, Targets } from '../model/types.js';
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

type Raw = Record<string, unknown>;

/** A year's targets (data/2019-targets.yaml): per indicator a level, ceiling, range or change. */
export const targetsKind: DataKind<'targets', Targets> = {
  name: 'targets',
  schema: targetsSchema,
  fileName: { yearly: true, pattern: /^(\d{4})-targets\.ya?ml$/, of: (year) => `${year}-targets.yaml` },
  read: readTargets,
  yearOf: (targets) => targets.year,
  check: checkTargets,
  checkBroken: (data, context, say) => checkIdsOfBrokenFile('targets', data, context.indicators, say),
};

/**
 * Returns the targets of a file, every figure as its exact decimal text; a change's measure defaults to points
 * for a rate and percent otherwise. A change target must give `by`, or both `min` and `max`; a range's (and a
 * change's) min must not exceed its max: a target that does not is reported and left out.
 */
function readTargets(document: DocumentData, { indicators, flagged }: KindContext, say: Say): Targets {
  const raw = document.data as Raw;
  const targets: Targets['targets'] = {};
  for (const [id, t] of Object.entries(raw.targets as Record<string, Raw | null>)) {
    const path = ['targets', id];
    if (t === null) {
      say('TARGET_BLANK', path, { id, year: raw.year as number }, { at: 'key', severity: 'warning' });
      continue;
    }
    const out: Raw = { ...t };
    // A figure that is no decimal was reported as an error when the file was read: the target is left out.
    const fields = ['value', 'min', 'max', 'by'].filter((f) => t[f] !== undefined);
    const figures = fields.map((f) => decimalAt(document.decimals, toPointer([...path, f])));
    if (figures.includes(undefined)) continue;
    fields.forEach((f, i) => {
      out[f] = figures[i];
    });
    if (t.type === 'level' || t.type === 'change') out.qualifier = t.qualifier ?? 'exact';
    if (t.type === 'change' && t.measure === undefined) {
      out.measure = indicators.get(id)?.kind === 'rate' ? 'points' : 'percent';
    }
    // A figure written wrongly is reported as that; its shape cannot be judged.
    const wrong = ['value', 'min', 'max', 'by'].some((f) => flagged.has(toPointer([...path, f])));
    if (!wrong && !shapeFits(out, id, path, say)) continue;
    targets[id] = out as unknown as Target;
  }
  return { ...(raw as unknown as Targets), sources: filledSources(raw.sources as Source[], say), targets };
}

/** Reports a change target without one amount, or a min above its max; returns whether the target fits its type. */
function shapeFits(t: Raw, id: string, path: string[], say: Say): boolean {
  const hasBy = t.by !== undefined;
  const hasMin = t.min !== undefined;
  const hasMax = t.max !== undefined;
  if (t.type === 'change' && (hasBy ? hasMin || hasMax : !(hasMin && hasMax))) {
    say('TARGET_SHAPE', [...path, 'type'], { id, problem: 'change_amount' });
    return false;
  }
  if (hasMin && hasMax && new Big(t.min as string).gt(t.max as string)) {
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
