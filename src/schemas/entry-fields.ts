import { resultsSchema } from './results-schema.js';
import { targetsSchema } from './targets-schema.js';

type Branch = { readonly properties?: Readonly<Record<string, unknown>>; readonly oneOf?: readonly Branch[] };

function fieldsOf(entry: Branch): string[] {
  const own = Object.keys(entry.properties ?? {});
  const branches = (entry.oneOf ?? []).flatMap(fieldsOf);
  return [...new Set([...own, ...branches])];
}

/**
 * The fields of one indicator's entry ("value", "qualifier", "type", ...), by the section that holds the entries:
 * read from the schemas, so that a field written at an indicator's depth can be told from a wrong indicator id.
 */
export const ENTRY_FIELDS: Readonly<Record<'values' | 'targets', readonly string[]>> = {
  values: fieldsOf(resultsSchema.properties.values.additionalProperties.else),
  targets: fieldsOf(targetsSchema.properties.targets.additionalProperties.else),
};
