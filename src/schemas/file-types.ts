/**
 * The shape of each kind's file as its JSON Schema describes it, derived from the schema by the compiler
 * (json-schema-to-ts): a file that passed its schema is this, and a kind's `read` builds its model from it
 * field by field, so that a schema and the model read from it cannot drift apart unnoticed. Types only: nothing
 * of it is in the bundle.
 */
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { agencySchema } from './agency-schema.js';
import type { catalogueSchema } from './catalogue-schema.js';
import type { councilSchema } from './council-schema.js';
import type { resultsSchema } from './results-schema.js';
import type { scoringSchema } from './scoring-schema.js';
import type { targetsSchema } from './targets-schema.js';
import type { titlesSchema } from './titles-schema.js';
import type { unitResultsSchema } from './unit-results-schema.js';
import type { unitsSchema } from './units-schema.js';

/** A field with a default is optional: the validators fill in no defaults, the models do. */
type FileOf<S extends JSONSchema> = FromSchema<
  S,
  { keepDefaultedPropertiesOptional: true; parseIfThenElseKeywords: true }
>;

export type AgencyFile = FileOf<typeof agencySchema>;
export type CatalogueFile = FileOf<typeof catalogueSchema>;
export type CouncilFile = FileOf<typeof councilSchema>;
export type ResultsFile = FileOf<typeof resultsSchema>;
export type ScoringFile = FileOf<typeof scoringSchema>;
export type TargetsFile = FileOf<typeof targetsSchema>;
export type TitlesFile = FileOf<typeof titlesSchema>;
export type UnitResultsFile = FileOf<typeof unitResultsSchema>;
export type UnitsFile = FileOf<typeof unitsSchema>;
