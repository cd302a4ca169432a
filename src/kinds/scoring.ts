import { toPointer } from '../diagnostics/pointer.js';
import type { Say } from '../diagnostics/say.js';
import { suggest } from '../diagnostics/suggest.js';
import { dec, plain, toDec } from '../domain/decimal.js';
import { type Criterion, isScored, type Scoring, type ScoringScheme } from '../model/emulation.js';
import type { Dec, DocumentData } from '../model/types.js';
import type { ScoringFile } from '../schemas/file-types.js';
import { scoringSchema } from '../schemas/scoring-schema.js';
import { decimalAt } from './figure-rules.js';
import type { DataKind, KindContext } from './kind.js';

/**
 * The scoring rules (scoring.yaml), one file per folder: for each emulation block, the criteria its units are
 * scored on, the classification bands and the order that breaks ties (issue 9).
 */
export const scoringKind: DataKind<'scoring', Scoring> = {
  name: 'scoring',
  schema: scoringSchema,
  fileName: { yearly: false, hint: /scoring|thang-diem|cham-diem/i },
  read: readScoring,
  check: checkScoring,
};

type CriterionFile = ScoringFile['schemes'][number]['criteria'][number];

/** Points are read as their exact decimal text, like every figure. */
function readScoring(document: DocumentData): Scoring {
  // It passed its schema (validate-schema.ts): it is what the schema describes.
  const raw = document.data as ScoringFile;
  const schemes = raw.schemes.map((s, i): ScoringScheme => {
    const at = (...path: (string | number)[]) =>
      decimalAt(document.decimals, toPointer(['schemes', i, ...path])) ?? toDec('0');
    return {
      id: s.id,
      name: s.name,
      source: s.source,
      blocks: s.blocks,
      max_total: at('max_total'),
      decimals: s.decimals ?? 2,
      indicators: s.indicators ?? [],
      tie_break: s.tie_break ?? [],
      criteria: s.criteria.map((c, j) => criterionOf(c, (field) => at('criteria', j, field))),
      bands: s.bands.map((b, j) => ({
        label: b.label,
        min: at('bands', j, 'min'),
        ...(b.rating ? { rating: b.rating } : {}),
      })),
    };
  });
  return { kind: 'scoring', ...(raw.illustrative === true ? { illustrative: true } : {}), schemes };
}

/** A criterion with its points as their exact decimal text. */
function criterionOf(c: CriterionFile, at: (field: string) => Dec): Criterion {
  const base = { id: c.id, name: c.name, group: c.group };
  switch (c.type) {
    case 'indicator':
      return { ...base, type: c.type, indicator: c.indicator, rule: c.rule, max: at('max') };
    case 'bonus':
    case 'penalty':
      return { ...base, type: c.type, per_event: at('per_event'), cap: at('cap') };
    default:
      return { ...base, type: c.type, max: at('max') };
  }
}

/**
 * Refuses ids used twice, a block with no scheme or in two, unknown blocks, indicators and tie-break criteria, an
 * indicator with no better direction, criteria whose maxima do not add up to the declared total, and bands out of
 * order.
 */
function checkScoring(scoring: Scoring, context: KindContext, say: Say): void {
  const schemeOf = new Map<string, string>();
  const schemeIds = new Set<string>();
  const blocks = context.units?.blocks.map((b) => b.id);
  scoring.schemes.forEach((scheme, i) => {
    if (schemeIds.has(scheme.id))
      say('DUPLICATE_ID', ['schemes', i, 'id'], { id: scheme.id, what: 'scheme' });
    schemeIds.add(scheme.id);
    scheme.blocks.forEach((block, j) => {
      const other = schemeOf.get(block);
      if (other !== undefined) say('BLOCK_IN_TWO_SCHEMES', ['schemes', i, 'blocks', j], { id: block, other });
      else schemeOf.set(block, scheme.id);
      if (blocks && !blocks.includes(block))
        say('UNKNOWN_BLOCK', ['schemes', i, 'blocks', j], { id: block, suggestion: suggest(block, blocks) });
    });
    checkScheme(scheme, ['schemes', i], context, say);
  });
  for (const block of blocks ?? []) {
    if (!schemeOf.has(block)) say('BLOCK_WITHOUT_SCHEME', ['schemes'], { id: block }, { at: 'key' });
  }
}

function checkScheme(scheme: ScoringScheme, at: (string | number)[], context: KindContext, say: Say): void {
  const own = new Map(scheme.indicators.map((i) => [i.id, i]));
  scheme.indicators.forEach((indicator, i) => {
    if (context.indicators.has(indicator.id))
      say('DUPLICATE_ID', [...at, 'indicators', i, 'id'], { id: indicator.id, what: 'indicator' });
  });
  const known = [...context.indicators.keys(), ...own.keys()];
  const ids = new Set<string>();
  let sum = dec('0');
  scheme.criteria.forEach((criterion, j) => {
    const path = [...at, 'criteria', j];
    if (ids.has(criterion.id)) say('DUPLICATE_ID', [...path, 'id'], { id: criterion.id, what: 'criterion' });
    ids.add(criterion.id);
    if (!isScored(criterion)) return;
    sum = sum.plus(criterion.max);
    if (criterion.type !== 'indicator') return;
    const indicator = context.indicators.get(criterion.indicator) ?? own.get(criterion.indicator);
    if (indicator === undefined) {
      say('UNKNOWN_INDICATOR', [...path, 'indicator'], {
        id: criterion.indicator,
        suggestion: suggest(criterion.indicator, known),
      });
    } else if (indicator.direction === 'neutral') {
      say('INDICATOR_NOT_SCORABLE', [...path, 'indicator'], { id: criterion.indicator });
    }
  });
  if (!sum.eq(scheme.max_total)) {
    say('MAX_TOTAL_MISMATCH', [...at, 'max_total'], {
      id: scheme.id,
      total: scheme.max_total,
      sum: plain(sum),
    });
  }
  scheme.bands.forEach((band, k) => {
    const previous = scheme.bands[k - 1];
    if (previous !== undefined && !dec(band.min).lt(dec(previous.min))) {
      say('BANDS_ORDER', [...at, 'bands', k, 'min'], {
        id: band.label,
        value: band.min,
        above: previous.min,
      });
    }
  });
  scheme.tie_break.forEach((id, k) => {
    if (!ids.has(id))
      say('UNKNOWN_CRITERION', [...at, 'tie_break', k], { id, suggestion: suggest(id, [...ids]) });
  });
}
