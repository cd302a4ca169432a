import { decimal, id, isoDate, kindField, qualifier, SCHEMA_BASE, sources, text, year } from './common.js';

const textList = { type: 'array', items: text } as const;

/** JSON Schema of a yearly results file (data/2018.yaml). */
export const resultsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}results.schema.json`,
  title: 'hatinh-report yearly results',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'year', 'sources', 'values'],
  properties: {
    kind: kindField('results'),
    year: { ...year, description: 'The year these results are for; the file is named after it (2018.yaml).' },
    sources,
    default_source: { ...id, description: 'The source of every figure that does not name its own.' },
    document: {
      type: 'object',
      additionalProperties: false,
      description: 'The report document: its number and date once the office has assigned them.',
      properties: {
        number: { ...text, description: 'The number before the slash in "Số: 05/BC-SLĐTBXH", e.g. "05".' },
        date: { ...isoDate, description: 'The date of the document, YYYY-MM-DD.' },
      },
    },
    values: {
      type: 'object',
      description: 'The figures of the year, one entry per indicator id of the catalogue.',
      propertyNames: id,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['value'],
        properties: {
          value: decimal,
          qualifier: { ...qualifier, default: 'exact' },
          unit: { ...text, description: 'Only to state the unit explicitly; it must match the catalogue.' },
          note: text,
          source: { ...id, description: 'The id of one of the sources above.' },
        },
      },
    },
    narrative: {
      type: 'object',
      additionalProperties: false,
      description: 'The words of the report, as Markdown text.',
      properties: {
        situation: text,
        movements: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: { name: text, description: text },
          },
        },
        commendations: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['form'],
            properties: {
              form: { ...text, description: 'Bằng khen, Giấy khen, Cờ thi đua, Chiến sĩ thi đua cơ sở, ...' },
              by: { ...text, description: 'Who gave it, e.g. UBND tỉnh.' },
              recipient: { enum: ['agency', 'collective', 'individual', 'collectives_and_individuals'] },
              count: { type: 'integer', minimum: 1 },
              count_text: { ...text, description: 'When the source gives no exact count: "hàng chục".' },
              reason: text,
              source: id,
            },
          },
        },
        highlights: textList,
        shortcomings: textList,
        lessons: textList,
        next_year_tasks: textList,
        proposals: textList,
      },
    },
  },
} as const;
