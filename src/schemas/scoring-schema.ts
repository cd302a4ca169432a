import { ATTAINMENT_RULES, CRITERION_TYPES, RATINGS } from '../model/emulation.js';
import { id, kindField, SCHEMA_BASE, text } from './common.js';

const points = {
  type: 'number',
  minimum: 0,
  description: 'Points, written with a dot for decimals: 20, 7.5.',
} as const;

const criterionBase = {
  id,
  name: { ...text, description: 'As the score sheet names it, e.g. "Giải quyết việc làm".' },
  group: {
    ...text,
    description: 'The group the ranking table adds it up under, e.g. "I. Thực hiện chỉ tiêu chuyên môn".',
  },
} as const;

const required = ['id', 'name', 'group', 'type'] as const;

/** JSON Schema of the scoring rules (scoring.yaml): how the units of each emulation block are scored and ranked. */
export const scoringSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}scoring.schema.json`,
  title: 'hatinh-report scoring rules',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'schemes'],
  properties: {
    kind: kindField('scoring'),
    illustrative: {
      type: 'boolean',
      description: 'true for made-up rules or figures (an example): every output says "Số liệu minh họa".',
    },
    schemes: {
      type: 'array',
      minItems: 1,
      description: 'The scoring schemes (thang điểm), each for one or more emulation blocks.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'source', 'blocks', 'max_total', 'criteria', 'bands'],
        properties: {
          id,
          name: { ...text, description: 'e.g. "Thang điểm thi đua khối các đơn vị sự nghiệp".' },
          source: {
            ...text,
            description:
              'The regulation the scheme comes from, with its article, e.g. "Quy chế ..., Điều 6".',
          },
          blocks: {
            type: 'array',
            minItems: 1,
            items: { ...id, description: 'The id of a block in units.yaml.' },
            description: 'The emulation blocks scored by this scheme.',
          },
          max_total: {
            ...points,
            description:
              "The total of the criteria's maximum points as the regulation states it (bonus and penalty aside), e.g. 100.",
          },
          decimals: {
            type: 'integer',
            minimum: 0,
            maximum: 4,
            default: 2,
            description:
              "Decimals each criterion's points are rounded to (half up); the total adds the rounded points.",
          },
          indicators: {
            type: 'array',
            description:
              "Indicators of the block's own that the catalogue does not have (a school's graduates).",
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'name', 'unit', 'direction'],
              properties: {
                id,
                name: text,
                unit: { ...text, description: 'e.g. người, %, lượt.' },
                direction: {
                  enum: ['higher', 'lower'],
                  description: 'higher: more is better; lower: less is.',
                },
              },
            },
          },
          criteria: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['type'],
              properties: { type: { enum: CRITERION_TYPES } },
              discriminator: { propertyName: 'type' },
              oneOf: [
                {
                  description: "Scored from the unit's target and result for an indicator.",
                  type: 'object',
                  additionalProperties: false,
                  required: [...required, 'indicator', 'rule', 'max'],
                  properties: {
                    ...criterionBase,
                    type: { const: 'indicator' },
                    indicator: {
                      ...id,
                      description: 'A catalogue indicator, or one of the scheme\'s "indicators".',
                    },
                    rule: {
                      enum: ATTAINMENT_RULES,
                      description:
                        "proportional: max × result/target, at most max. bloc: below target half of max × result/target; at target half of max; above it half of max plus half of max × its excess / the block leader's; the leader max. A unit with no target is scored against the best result of its block.",
                    },
                    max: points,
                  },
                },
                {
                  description:
                    'Scored on the targets each unit registered for itself (its own_indicators): max shared equally among them, each result/target at most 1.',
                  type: 'object',
                  additionalProperties: false,
                  required: [...required, 'max'],
                  properties: { ...criterionBase, type: { const: 'own_targets' }, max: points },
                },
                {
                  description: 'Met (max points) or not (0).',
                  type: 'object',
                  additionalProperties: false,
                  required: [...required, 'max'],
                  properties: { ...criterionBase, type: { const: 'yes_no' }, max: points },
                },
                {
                  description: 'Marked by the council from 0 to max: the units file gives the points.',
                  type: 'object',
                  additionalProperties: false,
                  required: [...required, 'max'],
                  properties: { ...criterionBase, type: { const: 'judged' }, max: points },
                },
                {
                  description: 'Points added per event (a commendation), up to the cap.',
                  type: 'object',
                  additionalProperties: false,
                  required: [...required, 'per_event', 'cap'],
                  properties: { ...criterionBase, type: { const: 'bonus' }, per_event: points, cap: points },
                },
                {
                  description: 'Points taken away per event (a breach, a late report), up to the cap.',
                  type: 'object',
                  additionalProperties: false,
                  required: [...required, 'per_event', 'cap'],
                  properties: {
                    ...criterionBase,
                    type: { const: 'penalty' },
                    per_event: points,
                    cap: points,
                  },
                },
              ],
            },
          },
          bands: {
            type: 'array',
            minItems: 1,
            description:
              'Classification by total, from the highest minimum down; the last usually has min 0.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['min', 'label'],
              properties: {
                min: points,
                label: { ...text, description: 'e.g. "Hoàn thành xuất sắc nhiệm vụ".' },
                rating: {
                  enum: RATINGS,
                  description:
                    'The completion rating the band is, which titles ask for: excellent (hoàn thành xuất sắc), good (tốt), complete (hoàn thành), incomplete (không hoàn thành nhiệm vụ).',
                },
              },
            },
          },
          tie_break: {
            type: 'array',
            items: { ...id, description: 'The id of one of the criteria above.' },
            description:
              "Equal totals are ordered by these criteria's points, in this order; still equal, the units share the rank.",
          },
        },
      },
    },
  },
} as const;
