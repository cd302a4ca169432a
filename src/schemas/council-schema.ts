import { COUNCIL_ROLES } from '../model/emulation.js';
import { id, isoDate, kindField, SCHEMA_BASE, text, year } from './common.js';

const count = { type: 'integer', minimum: 0 } as const;
const memberIds = (description: string) =>
  ({
    type: 'array',
    uniqueItems: true,
    items: { ...id, description: 'The id of a member.' },
    description,
  }) as const;

/**
 * JSON Schema of the council file (council.yaml): the emulation council's members by period, and each year's
 * meeting with who attended, who gave a written opinion, and its ballots.
 */
export const councilSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}council.schema.json`,
  title: 'hatinh-report emulation council',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'name', 'members', 'meetings'],
  properties: {
    kind: kindField('council'),
    illustrative: {
      type: 'boolean',
      description: 'true for made-up members and votes (an example): every output says "Số liệu minh họa".',
    },
    name: {
      ...text,
      description: 'e.g. "Hội đồng Thi đua - Khen thưởng Sở Lao động - Thương binh và Xã hội".',
    },
    members: {
      type: 'array',
      minItems: 1,
      description: "The council's members, each with the period they sat on it.",
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'position', 'role'],
        properties: {
          id,
          name: { ...text, description: 'e.g. "Nguyễn Văn An".' },
          position: { ...text, description: 'Their post, e.g. "Giám đốc Sở", "Chánh Văn phòng Sở".' },
          role: {
            enum: COUNCIL_ROLES,
            description:
              'chair (Chủ tịch Hội đồng), vice_chair (Phó Chủ tịch), secretary (Ủy viên, Thư ký: keeps the minutes), member (Ủy viên).',
          },
          from: { ...isoDate, description: 'The first day on the council (leave out: before any meeting).' },
          until: { ...isoDate, description: 'The last day on the council (leave out: still on it).' },
        },
      },
    },
    quorum: {
      type: 'object',
      additionalProperties: false,
      required: ['percent', 'basis'],
      description:
        "The least share of the council's members present for a meeting to decide, as the province's or the department's own regulation sets it (no national rule was found): a meeting under it is warned of.",
      properties: {
        percent: {
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 100,
          description: 'e.g. 80, or 66.67 for two thirds.',
        },
        basis: {
          ...text,
          description: 'Where it is written, e.g. "Quy chế hoạt động của Hội đồng, Điều 5".',
        },
      },
    },
    meetings: {
      type: 'array',
      description: "The council's meetings on a year's emulation, one per year.",
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['year', 'date', 'place', 'present'],
        properties: {
          year: { ...year, description: 'The year whose emulation the meeting considered.' },
          date: { ...isoDate, description: 'The day of the meeting.' },
          place: { ...text, description: 'e.g. "Hội trường Sở Lao động - Thương binh và Xã hội".' },
          present: memberIds('The members present.'),
          written: memberIds(
            'The members absent who gave their opinion in writing: their votes are counted with the others’.',
          ),
          ballots: {
            type: 'array',
            description:
              'The ballots on proposals for a title that needs one (the Cờ thi đua, Chiến sĩ thi đua cơ sở), each of a unit or of a person: yes and no of the members who voted.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['title', 'yes', 'no'],
              properties: {
                title: {
                  ...id,
                  description: 'The id of a title of the rules in force, e.g. co-thi-dua-cap-tinh.',
                },
                unit: { ...id, description: 'A collective: the id of a unit of units.yaml.' },
                person: {
                  ...id,
                  description: "A member proposed by name: the id of an individual of the year's units file.",
                },
                yes: { ...count, description: 'Votes for (đồng ý).' },
                no: { ...count, description: 'Votes against (không đồng ý).' },
              },
            },
          },
        },
      },
    },
  },
} as const;
