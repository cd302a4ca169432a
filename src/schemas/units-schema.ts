import { UNIT_KINDS } from '../model/types.js';
import { id, isoDate, kindField, SCHEMA_BASE, text } from './common.js';

/** JSON Schema of the units file (units.yaml): the units that are scored, and the emulation blocks they are in. */
export const unitsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}units.schema.json`,
  title: 'hatinh-report units',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'blocks', 'units'],
  properties: {
    kind: kindField('units'),
    blocks: {
      type: 'array',
      minItems: 1,
      description: "The emulation blocks (khối thi đua) units are ranked in, e.g. the department's offices.",
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: {
          id,
          name: { ...text, description: 'As the report names it, e.g. "Khối các phòng, đơn vị thuộc Sở".' },
        },
      },
    },
    units: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'kind', 'block'],
        properties: {
          id,
          name: { ...text, description: 'The unit\'s full name, e.g. "Trung tâm Dịch vụ việc làm Hà Tĩnh".' },
          short_name: {
            ...text,
            description:
              'A shorter name for the tables, e.g. "Phòng LĐ-TBXH huyện Đức Thọ"; sentences say the full name.',
          },
          kind: {
            enum: UNIT_KINDS,
            description:
              'office (phòng, văn phòng, thanh tra), centre (trung tâm), school (trường), establishment (cơ sở bảo trợ, cai nghiện), fund (quỹ), district_office (phòng LĐ-TBXH cấp huyện).',
          },
          block: { ...id, description: 'The id of its emulation block, one of "blocks".' },
          headcount: {
            type: 'integer',
            minimum: 0,
            description: 'Its members (cán bộ, viên chức, người lao động), for the titles that count them.',
          },
          from: { ...isoDate, description: 'The day the unit began (leave out: before any report).' },
          until: {
            ...isoDate,
            description: 'Its last day, e.g. the day before a merger (leave out: still).',
          },
        },
      },
    },
  },
} as const;
