import { TARGET_TYPES } from '../model/types.js';
import { blankOr, decimal, id, kindField, qualifier, SCHEMA_BASE, sources, text, year } from './common.js';

const common = {
  note: text,
  source: { ...id, description: 'The id of one of the sources above.' },
  unit: { ...text, description: 'Only to state the unit explicitly; it must match the catalogue.' },
} as const;

/** JSON Schema of a yearly targets file (data/2019-targets.yaml). */
export const targetsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}targets.schema.json`,
  title: 'hatinh-report yearly targets',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'year', 'sources', 'targets'],
  properties: {
    kind: kindField('targets'),
    year: {
      ...year,
      description:
        "The year these targets are for, or the last year of a span's; the file is named after it (2019-targets.yaml, 2016-2020-targets.yaml).",
    },
    from: {
      ...year,
      description:
        'The first year of a span of years these targets are for (a five-year plan: from: 2016 beside year: 2020, in 2016-2020-targets.yaml); absent for one year.',
    },
    sources: {
      ...sources,
      description: 'The documents that set these targets (a resolution, a plan) or that report them.',
    },
    default_source: { ...id, description: 'The source of every target that does not name its own.' },
    targets: {
      type: 'object',
      description: 'One target per indicator id of the catalogue.',
      propertyNames: id,
      additionalProperties: blankOr({
        type: 'object',
        required: ['type'],
        properties: { type: { enum: TARGET_TYPES } },
        discriminator: { propertyName: 'type' },
        oneOf: [
          {
            description: 'A level to reach: "23.500 người", "khoảng 12.000".',
            type: 'object',
            additionalProperties: false,
            required: ['type', 'value'],
            properties: { type: { const: 'level' }, value: decimal, qualifier, ...common },
          },
          {
            description: 'A ceiling to stay under: "dưới 6%".',
            type: 'object',
            additionalProperties: false,
            required: ['type', 'value'],
            properties: {
              type: { const: 'ceiling' },
              value: decimal,
              inclusive: {
                type: 'boolean',
                description: 'true for "không quá" (at most); false for "dưới".',
              },
              ...common,
            },
          },
          {
            description: 'A range: "từ 60 - 65%".',
            type: 'object',
            additionalProperties: false,
            required: ['type', 'min', 'max'],
            properties: { type: { const: 'range' }, min: decimal, max: decimal, ...common },
          },
          {
            description:
              'A change from last year: "giảm tỷ lệ hộ nghèo 1,5%" (by: 1.5), or "giảm từ 0,6 - 1,0%" (min: 0.6, max: 1.0).',
            type: 'object',
            additionalProperties: false,
            required: ['type', 'change'],
            properties: {
              type: { const: 'change' },
              change: { enum: ['increase', 'decrease'] },
              measure: {
                enum: ['points', 'percent'],
                description:
                  'points: percentage points (the default for rates); percent: percent of last year (the default otherwise).',
              },
              by: { ...decimal, minimum: 0 },
              min: { ...decimal, minimum: 0 },
              max: { ...decimal, minimum: 0 },
              qualifier,
              ...common,
            },
          },
        ],
      }),
    },
  },
} as const;
