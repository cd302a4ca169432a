import { isoDate, kindField, SCHEMA_BASE, text } from './common.js';

/** The names, code, signer and recipients: what changes when the agency is merged or renamed. */
const identity = {
  parent: {
    ...text,
    description:
      'The parent agency, e.g. UBND TỈNH HÀ TĨNH. A line break in it is where the header breaks the line.',
  },
  name: {
    ...text,
    description:
      'The issuing agency as the header prints it, with a line break where the line breaks and nowhere else, e.g. "SỞ LAO ĐỘNG - THƯƠNG BINH\\nVÀ XÃ HỘI" (in YAML: name: |- and the two lines below it).',
  },
  short_name: text,
  document_code: {
    ...text,
    description: 'What follows the number in "Số: 05/BC-SLĐTBXH", e.g. BC-SLĐTBXH.',
  },
  signer: {
    type: 'object',
    additionalProperties: false,
    required: ['title'],
    properties: {
      on_behalf: {
        ...text,
        description: 'KT. GIÁM ĐỐC when a deputy signs; leave out when the director signs.',
      },
      title: { ...text, description: 'GIÁM ĐỐC or PHÓ GIÁM ĐỐC.' },
      name: { ...text, description: "The signer's full name; leave out to sign by hand." },
    },
  },
  recipients: {
    type: 'array',
    minItems: 1,
    description: 'The "Nơi nhận" list, without the leading dash or the closing semicolon.',
    items: text,
  },
  archive: { ...text, description: 'The filing note of the last line, e.g. "VT, VP" for "- Lưu: VT, VP."' },
} as const;

/** JSON Schema of the agency file (data/agency.yaml): the document header and signature block. */
export const agencySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}agency.schema.json`,
  title: 'hatinh-report agency',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'parent', 'name', 'document_code', 'place', 'signer', 'recipients', 'archive'],
  properties: {
    kind: kindField('agency'),
    ...identity,
    place: { ...text, description: 'The place in the date line, e.g. Hà Tĩnh.' },
    from: { ...isoDate, description: 'The first day the agency bore the names above (leave out: always).' },
    until: {
      ...isoDate,
      description: 'The last day it bore them, e.g. the day before a merger (leave out: still).',
    },
    periods: {
      type: 'array',
      description:
        'The agency under other names, each for the dates it was in force (a merger, a renaming): a report takes the names in force on its date.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'parent', 'name', 'document_code', 'signer', 'recipients', 'archive'],
        properties: {
          from: { ...isoDate, description: 'The first day of this period.' },
          until: { ...isoDate, description: 'The last day of this period (leave out: still in force).' },
          ...identity,
        },
      },
    },
    report: {
      type: 'object',
      additionalProperties: false,
      description: 'How the office writes its reports; the command line can override each setting.',
      properties: {
        charts: {
          enum: ['none', 'attainment', 'all'],
          description: 'The charts the report carries: none, the attainment chart (default), or all.',
        },
        rounding: {
          enum: ['round', 'truncate'],
          description:
            'How exact percentages are cut to their decimals: round, half away from zero (default), or truncate.',
        },
        percent_decimals: {
          type: 'integer',
          minimum: 0,
          maximum: 4,
          description: 'Decimals of percentages of plan and of changes (default 1).',
        },
        rate_percent_of_plan: {
          type: 'boolean',
          description:
            'Also give a rate as a percent of its target ("đạt 98,5% kế hoạch"); by default the gap in percentage points.',
        },
      },
    },
  },
} as const;
