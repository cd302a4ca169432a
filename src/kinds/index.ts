/**
 * The kinds of data file: the one list. Everything that depends on the kinds of data (recognising a file, its
 * schema, its model, its rules, the schemas written for editors) reads it from here; a new kind is a new entry.
 */
import { agencyKind } from './agency.js';
import { catalogueKind } from './catalogue.js';
import type { DataKind } from './kind.js';
import { resultsKind } from './results.js';
import { scoringKind } from './scoring.js';
import { targetsKind } from './targets.js';
import { titlesKind } from './titles.js';
import { unitResultsKind } from './unit-results.js';
import { unitsKind } from './units.js';

export const KINDS = [
  catalogueKind,
  agencyKind,
  resultsKind,
  targetsKind,
  unitsKind,
  scoringKind,
  titlesKind,
  unitResultsKind,
] as const;

/** The name of a kind of data file, as its `kind:` line writes it. */
export type FileKind = (typeof KINDS)[number]['name'];

export const FILE_KINDS: FileKind[] = KINDS.map((k) => k.name);

/** Returns the kind of a name, or undefined for a name that is no kind. */
export function kindNamed(name: string): DataKind | undefined {
  return (KINDS as readonly DataKind[]).find((k) => k.name === name);
}

/** Returns the kind a file's name suggests (2018.yaml: results), for the fix of a missing `kind:` line. */
export function guessKind(file: string): FileKind | undefined {
  const base = file.split(/[\\/]/).at(-1) ?? '';
  const yearly = KINDS.find((k) => k.fileName.yearly && k.fileName.pattern.test(base));
  if (yearly) return yearly.name;
  return KINDS.find((k) => !k.fileName.yearly && k.fileName.hint.test(base))?.name;
}

/** The file name an editor finds a kind's schema under: results.schema.json. */
export function schemaFileName(kind: FileKind): string {
  return `${kind}.schema.json`;
}
