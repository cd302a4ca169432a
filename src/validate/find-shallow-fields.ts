import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.js';
import { appendPointer } from '../diagnostics/pointer.js';
import { isRecord } from '../kinds/figure-rules.js';
import type { ParsedFile } from '../load/parse-yaml-file.js';
import { locate } from '../load/yaml-position.js';
import { ENTRY_FIELDS } from '../schemas/entry-fields.js';

/** What the search found: one diagnostic per misplaced field, and the places whose schema errors it explains. */
export interface ShallowFields {
  diagnostics: Diagnostic[];
  /** Pointers (and everything under them) that the schema would report again in its own, misleading words. */
  explained: Set<string>;
}

/**
 * Finds a field of an indicator's entry written at the indicators' depth:
 *
 *     values:
 *       viec-lam:
 *       value: 24000        ← two spaces too few: YAML reads an indicator "value"
 *
 * One diagnostic, at the field, naming the indicator it belongs under; not an unknown indicator "value", a
 * "viec-lam" that is empty and a "value" that is not a group, which is what the schema alone would say.
 */
export function findShallowFields(parsed: ParsedFile): ShallowFields {
  const found: ShallowFields = { diagnostics: [], explained: new Set() };
  const { doc, data } = parsed;
  if (!doc || !isRecord(data)) return found;
  for (const section of ['values', 'targets'] as const) {
    const entries = data[section];
    if (!isRecord(entries)) continue;
    let indicator: string | undefined;
    for (const [key, entry] of Object.entries(entries)) {
      if (!ENTRY_FIELDS[section].includes(key) || isRecord(entry)) {
        indicator = key;
        continue;
      }
      const pointer = appendPointer(`/${section}`, key);
      found.explained.add(pointer);
      if (indicator !== undefined && (entries[indicator] === null || entries[indicator] === undefined))
        found.explained.add(appendPointer(`/${section}`, indicator));
      found.diagnostics.push(
        diagnostic(
          'YAML_SYNTAX',
          { problem: 'field_too_shallow', misplaced: key, indicator },
          { severity: 'error', file: parsed.file, ...locate(doc, parsed.lines, pointer, 'key'), pointer },
        ),
      );
    }
  }
  return found;
}

/** True when a pointer is one of the explained places or lies under one. */
export function isExplained(pointer: string, explained: ReadonlySet<string>): boolean {
  for (const p of explained) if (pointer === p || pointer.startsWith(`${p}/`)) return true;
  return false;
}
