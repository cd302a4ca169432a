import { toPointer } from '../diagnostics/pointer.js';
import type { Agency, Catalogue, Indicator, Qualifier, Results, Target, Targets } from '../model/types.js';
import type { ParsedFile } from './parse-yaml-file.js';

/** The exact text of the number at `path`, falling back to the parsed value. */
function dec(file: ParsedFile, path: (string | number)[], value: unknown): string {
  return file.decimals.get(toPointer(path)) ?? String(value);
}

type Raw = Record<string, unknown>;

/** Returns the catalogue of a schema-valid catalogue file, with defaults filled in. */
export function toCatalogue(file: ParsedFile): Catalogue {
  const raw = file.data as Catalogue;
  return {
    kind: 'catalogue',
    areas: raw.areas,
    indicators: raw.indicators.map((i): Indicator => ({ ...i, decimals: i.decimals ?? 0 })),
  };
}

/** Returns the agency of a schema-valid agency file. */
export function toAgency(file: ParsedFile): Agency {
  return file.data as Agency;
}

/** Returns the results of a schema-valid results file, every figure as its exact decimal text. */
export function toResults(file: ParsedFile): Results {
  const raw = file.data as Raw;
  const values: Results['values'] = {};
  for (const [id, v] of Object.entries(raw.values as Record<string, Raw>)) {
    values[id] = {
      ...(v as object),
      value: dec(file, ['values', id, 'value'], v.value),
      qualifier: (v.qualifier as Qualifier | undefined) ?? 'exact',
    } as Results['values'][string];
  }
  return { ...(raw as unknown as Results), values };
}

/**
 * Returns the targets of a schema-valid targets file, every figure as its exact decimal text.
 * A change target's measure defaults to percentage points for a rate and percent otherwise.
 */
export function toTargets(file: ParsedFile, indicators: ReadonlyMap<string, Indicator>): Targets {
  const raw = file.data as Raw;
  const targets: Targets['targets'] = {};
  for (const [id, t] of Object.entries(raw.targets as Record<string, Raw>)) {
    const out: Raw = { ...t };
    for (const field of ['value', 'min', 'max', 'by']) {
      if (t[field] !== undefined) out[field] = dec(file, ['targets', id, field], t[field]);
    }
    if (t.type === 'level' || t.type === 'change') out.qualifier = t.qualifier ?? 'exact';
    if (t.type === 'change' && t.measure === undefined) {
      out.measure = indicators.get(id)?.kind === 'rate' ? 'points' : 'percent';
    }
    targets[id] = out as unknown as Target;
  }
  return { ...(raw as unknown as Targets), targets };
}
