import { HOLDER_GROUNDS, RATINGS, TITLE_LEVELS } from '../model/emulation.js';
import { id, isoDate, kindField, SCHEMA_BASE, text } from './common.js';

const percent = { type: 'number', minimum: 0, maximum: 100 } as const;
const count = { type: 'integer', minimum: 0 } as const;

/**
 * JSON Schema of the titles and awards file (titles.yaml): the rule sets of the law by period, each title's
 * conditions, legal basis and prize, and the base salary by period. Without one, the tool uses the national rules
 * it ships (src/domain/title-rules.ts).
 */
export const titlesSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}titles.schema.json`,
  title: 'hatinh-report titles and awards',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'rule_sets', 'base_salaries'],
  properties: {
    kind: kindField('titles'),
    rule_sets: {
      type: 'array',
      minItems: 1,
      description: 'The rules of each period of the law; a year takes the set in force on its last day.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'from', 'titles'],
        properties: {
          id,
          name: {
            ...text,
            description: 'e.g. "Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP".',
          },
          grounds: {
            type: 'array',
            minItems: 1,
            items: text,
            description:
              'The texts as a decision cites them in its "Căn cứ" lines, each with its date, e.g. "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022" (leave out: the name is cited).',
          },
          from: { ...isoDate, description: 'The first day the rules are in force.' },
          until: { ...isoDate, description: 'Their last day (leave out: still in force).' },
          prize_rounding: {
            type: 'object',
            additionalProperties: false,
            required: ['up_to', 'basis'],
            description:
              'Each prize rounded up to this many đồng (10000: "làm tròn số lên hàng chục nghìn đồng").',
            properties: { up_to: { type: 'integer', minimum: 1 }, basis: text },
          },
          caveat: {
            ...text,
            description:
              "What of these rules could not be checked against the official text: listed in the drafter's notes.",
          },
          highest_prize_only: {
            type: 'object',
            additionalProperties: false,
            required: ['basis'],
            description:
              'A recipient proposed for several titles of the same year (a Cờ thi đua and Tập thể lao động xuất sắc; Chiến sĩ thi đua cơ sở and Lao động tiên tiến) is paid the highest prize only; awards are paid besides.',
            properties: { basis: text },
          },
          titles: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'name', 'category', 'recipient', 'level', 'basis'],
              properties: {
                id,
                name: { ...text, description: 'e.g. "Tập thể lao động xuất sắc".' },
                category: {
                  enum: ['title', 'award'],
                  description: 'title: danh hiệu thi đua; award: hình thức khen thưởng.',
                },
                recipient: { enum: ['individual', 'collective'] },
                level: {
                  enum: TITLE_LEVELS,
                  description:
                    'Who gives it: base (cơ sở), province (tỉnh), ministry (bộ, ngành), state (nhà nước).',
                },
                basis: {
                  ...text,
                  description:
                    'The article that sets its conditions, e.g. "Luật Thi đua, khen thưởng 2022, Điều 27".',
                },
                prize: {
                  type: 'number',
                  minimum: 0,
                  description: 'The prize as a multiple of the base salary, e.g. 1.5.',
                },
                prize_basis: { ...text, description: 'The article that sets the prize.' },
                count: {
                  enum: ['advanced', 'emulation_fighters'],
                  description: "An individual title: the members' count in the units' figures that holds it.",
                },
                cap: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['percent', 'of', 'basis'],
                  description: 'At most this percent of the Lao động tiên tiến, where a rule sets a cap.',
                  properties: { percent, of: { enum: ['advanced'] }, basis: text },
                },
                vote: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['percent', 'basis'],
                  description:
                    "The council's ballot the title needs: yes votes of at least this percent of ALL its members (an absent member's written opinion counted), e.g. 80 for Chiến sĩ thi đua cơ sở and the Cờ thi đua (Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7).",
                  properties: {
                    percent: { ...percent, exclusiveMinimum: 0 },
                    basis: text,
                    caveat: {
                      ...text,
                      description: "What of the rule could not be checked: listed in the drafter's notes.",
                    },
                  },
                },
                holders: {
                  type: 'object',
                  additionalProperties: false,
                  description:
                    "An individual title: what each holder must also be, which the units' counts must allow (Chiến sĩ thi đua cơ sở: within the Lao động tiên tiến, and rated excellent or with a recognised initiative).",
                  properties: {
                    within: { enum: ['advanced'], description: 'Every holder also holds this title.' },
                    rating: {
                      enum: RATINGS,
                      description:
                        'Every holder named is rated at least this (Lao động tiên tiến: good, hoàn thành tốt nhiệm vụ trở lên).',
                    },
                    one_of: {
                      type: 'array',
                      minItems: 1,
                      uniqueItems: true,
                      items: { enum: HOLDER_GROUNDS },
                      description:
                        'Every holder is one of these: excellent (rated hoàn thành xuất sắc nhiệm vụ), initiatives (a recognised initiative, research topic or project).',
                    },
                  },
                },
                conditions: {
                  type: 'object',
                  additionalProperties: false,
                  description: "A collective's conditions, each computed from the year's figures.",
                  properties: {
                    rating: { enum: RATINGS, description: "The unit's classification reaches this rating." },
                    members_complete_percent: {
                      ...percent,
                      description: 'Percent of members who completed their duties.',
                    },
                    advanced_percent: {
                      ...percent,
                      description: 'Percent of members who are Lao động tiên tiến.',
                    },
                    emulation_fighters: {
                      ...count,
                      description: 'At least this many Chiến sĩ thi đua cơ sở.',
                    },
                    disciplined_max: {
                      ...count,
                      description: 'At most this many members disciplined at cảnh cáo or above.',
                    },
                    block_leader: { const: true, description: 'First in its emulation block.' },
                    exceeded_all_targets: {
                      const: true,
                      description: 'Beyond every target it was scored on.',
                    },
                    consecutive: {
                      type: 'object',
                      additionalProperties: false,
                      required: ['years', 'of'],
                      properties: {
                        years: { type: 'integer', minimum: 2, maximum: 10 },
                        of: {
                          type: 'array',
                          minItems: 1,
                          items: id,
                          description: 'Title ids, or rating ids such as hoan-thanh-xuat-sac-nhiem-vu.',
                        },
                      },
                    },
                  },
                },
                confirm: {
                  type: 'array',
                  items: text,
                  description:
                    "Conditions the figures cannot show, for the council to confirm (the article's words).",
                },
                supersedes: {
                  type: 'array',
                  items: id,
                  description: 'Titles a unit proposed for this one is not also proposed for.',
                },
                caveat: {
                  ...text,
                  description:
                    "What of this rule could not be checked against the official text: listed in the drafter's notes, never in the report.",
                },
              },
            },
          },
        },
      },
    },
    base_salaries: {
      type: 'array',
      minItems: 1,
      description: 'The base salary (mức lương cơ sở) by the day it took effect.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'amount', 'basis'],
        properties: {
          from: isoDate,
          amount: { type: 'integer', minimum: 1, description: 'In đồng, e.g. 2340000.' },
          basis: { ...text, description: 'The decree that sets it.' },
        },
      },
    },
  },
} as const;
