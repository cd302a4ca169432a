import type { Say } from '../diagnostics/say.js';
import { suggest } from '../diagnostics/suggest.js';
import type { Units } from '../model/types.js';
import type { UnitsFile } from '../schemas/file-types.js';
import { unitsSchema } from '../schemas/units-schema.js';
import type { DataKind } from './kind.js';

/**
 * The units and their emulation blocks (units.yaml), one file per folder: what the emulation work of the year's
 * end (issue 9) scores, ranks within its block and proposes for titles.
 */
export const unitsKind: DataKind<'units', Units> = {
  name: 'units',
  schema: unitsSchema,
  fileName: { yearly: false, hint: /units|don-vi/i },
  // It passed its schema (validate-schema.ts): the file is the model, field for field.
  read: (document): Units => document.data as UnitsFile,
  check: (units, _context, say) => checkUnits(units, say),
};

/**
 * Refuses ids used twice, a unit in a block that is not listed, and a unit's period that ends before it begins;
 * warns of a block with no unit (a block is ranked, and a block of none has no ranking).
 */
function checkUnits(units: Units, say: Say): void {
  const blocks = new Set<string>();
  units.blocks.forEach((block, i) => {
    if (blocks.has(block.id)) say('DUPLICATE_ID', ['blocks', i, 'id'], { id: block.id, what: 'block' });
    blocks.add(block.id);
  });
  const ids = new Set<string>();
  const used = new Set<string>();
  units.units.forEach((unit, i) => {
    if (ids.has(unit.id)) say('DUPLICATE_ID', ['units', i, 'id'], { id: unit.id, what: 'unit' });
    ids.add(unit.id);
    used.add(unit.block);
    if (!blocks.has(unit.block)) {
      say('UNKNOWN_BLOCK', ['units', i, 'block'], {
        id: unit.block,
        suggestion: suggest(unit.block, [...blocks]),
      });
    }
    if (unit.from !== undefined && unit.until !== undefined && unit.until < unit.from) {
      say('UNIT_PERIOD_BACKWARDS', ['units', i, 'until'], {
        id: unit.id,
        from: unit.from,
        until: unit.until,
      });
    }
  });
  units.blocks.forEach((block, i) => {
    if (!used.has(block.id))
      say('BLOCK_WITHOUT_UNITS', ['blocks', i, 'id'], { id: block.id }, { severity: 'warning' });
  });
}
