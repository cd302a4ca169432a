import { suggest } from '../diagnostics/suggest.js';
import type { Catalogue, Indicator } from '../model/types.js';
import { catalogueSchema } from '../schemas/catalogue-schema.js';
import type { CatalogueFile } from '../schemas/file-types.js';
import type { DataKind } from './kind.js';

/** The indicator catalogue (data/indicators.yaml): areas and indicators, one file per folder. */
export const catalogueKind: DataKind<'catalogue', Catalogue> = {
  name: 'catalogue',
  schema: catalogueSchema,
  fileName: { yearly: false, hint: /indicator|catalog|chi-tieu/i },
  read(document) {
    // It passed its schema (validate-schema.ts): it is what the schema describes.
    const raw = document.data as CatalogueFile;
    return {
      kind: 'catalogue',
      areas: raw.areas,
      indicators: raw.indicators.map((i): Indicator => ({ ...i, decimals: i.decimals ?? 0 })),
    };
  },
  check(catalogue, _context, say) {
    const areaIds = new Set<string>();
    catalogue.areas.forEach((area, i) => {
      if (areaIds.has(area.id)) say('DUPLICATE_ID', ['areas', i, 'id'], { id: area.id, what: 'area' });
      areaIds.add(area.id);
    });
    const ids = new Map<string, Indicator>();
    catalogue.indicators.forEach((indicator, i) => {
      if (ids.has(indicator.id))
        say('DUPLICATE_ID', ['indicators', i, 'id'], { id: indicator.id, what: 'indicator' });
      ids.set(indicator.id, indicator);
      if (!areaIds.has(indicator.area)) {
        say('UNKNOWN_AREA', ['indicators', i, 'area'], {
          id: indicator.area,
          suggestion: suggest(indicator.area, [...areaIds]),
        });
      }
    });
    catalogue.indicators.forEach((indicator, i) => {
      if (indicator.parent === undefined) return;
      if (!ids.has(indicator.parent)) {
        say('UNKNOWN_PARENT', ['indicators', i, 'parent'], {
          id: indicator.parent,
          suggestion: suggest(indicator.parent, [...ids.keys()]),
        });
        return;
      }
      const seen = new Set([indicator.id]);
      for (let p = ids.get(indicator.parent); p; p = p.parent ? ids.get(p.parent) : undefined) {
        if (seen.has(p.id)) {
          say('PARENT_CYCLE', ['indicators', i, 'parent'], { id: indicator.id, chain: [...seen, p.id] });
          break;
        }
        seen.add(p.id);
      }
    });
  },
};
