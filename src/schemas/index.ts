import { agencySchema } from './agency-schema.js';
import { catalogueSchema } from './catalogue-schema.js';
import { resultsSchema } from './results-schema.js';
import { targetsSchema } from './targets-schema.js';

/** The kinds of data file, each with its JSON Schema. */
export const SCHEMAS = {
  catalogue: catalogueSchema,
  agency: agencySchema,
  results: resultsSchema,
  targets: targetsSchema,
} as const;

export type FileKind = keyof typeof SCHEMAS;

export const FILE_KINDS = Object.keys(SCHEMAS) as FileKind[];

/** The file name an editor finds a kind's schema under: results.schema.json. */
export function schemaFileName(kind: FileKind): string {
  return `${kind}.schema.json`;
}
