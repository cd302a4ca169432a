/**
 * The kinds of data file: the one list. Everything that depends on the kinds of data (recognising a file, its
 * schema, its model, its rules, the schemas written for editors) reads it from here; a new kind is a new entry.
 */

import { FILE_KINDS, type FileKind } from '../model/types.js';
import { agencyKind } from './agency.js';
import { catalogueKind } from './catalogue.js';
import { councilKind } from './council.js';
import type { DataKind } from './kind.js';
import { resultsKind } from './results.js';
import { scoringKind } from './scoring.js';
import { targetsKind } from './targets.js';
import { titlesKind } from './titles.js';
import { unitResultsKind } from './unit-results.js';
import { unitsKind } from './units.js';

export { FILE_KINDS, type FileKind };

/** Each kind of FILE_KINDS, in its order: a kind left out, or one with a name of its own, does not compile. */
export const KINDS = [
  catalogueKind,
  agencyKind,
  resultsKind,
  targetsKind,
  unitsKind,
  scoringKind,
  titlesKind,
  unitResultsKind,
  councilKind,
] as const satisfies readonly DataKind<FileKind>[] & { length: typeof FILE_KINDS.length };

/** Every name of FILE_KINDS has its kind here. */
type Unlisted = Exclude<FileKind, (typeof KINDS)[number]['name']>;
const complete: [Unlisted] extends [never] ? true : Unlisted = true;
void complete;

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
