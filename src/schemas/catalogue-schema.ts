import { id, kindField, SCHEMA_BASE, text } from './common.js';

/** JSON Schema of the indicator catalogue (data/indicators.yaml). */
export const catalogueSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}catalogue.schema.json`,
  title: 'hatinh-report indicator catalogue',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'areas', 'indicators'],
  properties: {
    kind: kindField('catalogue'),
    areas: {
      type: 'array',
      minItems: 1,
      description: 'The areas (lĩnh vực) of the report, in the order the report lists them.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: { id, name: text, name_en: text },
      },
    },
    indicators: {
      type: 'array',
      minItems: 1,
      description: 'The indicators, in the order the report lists them within each area.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'area', 'unit', 'kind', 'direction'],
        properties: {
          id,
          name: { ...text, description: 'Vietnamese name as the report writes it.' },
          name_en: text,
          area: { ...id, description: 'The id of one of the areas above.' },
          unit: { ...text, description: 'người, %, tỷ đồng, triệu đồng, xã, ...' },
          kind: {
            enum: ['count', 'rate', 'money', 'number'],
            description:
              'count: whole things (people, communes); rate: a percentage; money: an amount in the unit; number: any other figure.',
          },
          over_the_year: {
            enum: ['sum', 'level'],
            description:
              "How the figure of part of a year stands to the year's: sum, it adds up over the year (people given jobs, money paid: the default of a count or an amount); level, it is a level at a time (people on a regular allowance: the default of a rate or a number).",
          },
          direction: {
            enum: ['higher', 'lower', 'neutral'],
            description: 'higher: more is better; lower: less is better (poverty rate); neutral: neither.',
          },
          decimals: {
            type: 'integer',
            minimum: 0,
            maximum: 4,
            default: 0,
            description: 'How many decimals the report shows for this indicator.',
          },
          parent: { ...id, description: 'The id of the indicator this one is a part of ("trong đó").' },
          parts_complete: {
            type: 'boolean',
            description: 'True when the parts of this indicator should add up to it exactly.',
          },
        },
      },
    },
  },
} as const;
