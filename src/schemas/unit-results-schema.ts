import { RATINGS } from '../model/emulation.js';
import { decimal, id, isoDate, kindField, qualifier, SCHEMA_BASE, text, year } from './common.js';

const count = { type: 'integer', minimum: 0 } as const;

/** Titles and awards of earlier years, by year, of a unit or a member named. */
const earlier = {
  type: 'object',
  description: 'Titles and awards of earlier years, by year: "2023: [tap-the-lao-dong-xuat-sac]".',
  propertyNames: { type: 'string', pattern: '^\\d{4}$' },
  additionalProperties: { type: 'array', items: id },
} as const;

/** A target and a result, as a unit registers and reports them. */
const figure = {
  target: {
    ...decimal,
    minimum: 0,
    description:
      'The target the unit registered; leave out when it had none (scored against the best of its block).',
  },
  result: { ...decimal, minimum: 0, description: 'What the unit achieved; leave out while not known.' },
  qualifier: { ...qualifier, default: 'exact' },
  note: text,
} as const;

/** JSON Schema of the units' year (2024-units.yaml): each unit's targets and results, criteria and members. */
export const unitResultsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}unit-results.schema.json`,
  title: 'hatinh-report units of a year',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'year', 'units'],
  properties: {
    kind: kindField('unit-results'),
    year: { ...year, description: 'The year scored; the file is named after it (2024-units.yaml).' },
    illustrative: {
      type: 'boolean',
      description: 'true for made-up figures (an example): every output says "Số liệu minh họa".',
    },
    units: {
      type: 'object',
      description: 'One entry per unit id of units.yaml.',
      propertyNames: id,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          indicators: {
            type: 'object',
            description: "The unit's target and result for each indicator its scheme scores.",
            propertyNames: id,
            additionalProperties: { type: 'object', additionalProperties: false, properties: figure },
          },
          own_indicators: {
            type: 'object',
            description:
              "The targets the unit registered for itself, scored by the scheme's own_targets criterion.",
            propertyNames: id,
            additionalProperties: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'unit', 'direction', 'target'],
              properties: {
                name: { ...text, description: 'e.g. "Tuyển sinh đào tạo nghề".' },
                unit: { ...text, description: 'e.g. người, lượt, %.' },
                direction: {
                  enum: ['higher', 'lower'],
                  description: 'higher: more is better; lower: less is.',
                },
                ...figure,
              },
            },
          },
          criteria: {
            type: 'object',
            description:
              'Per criterion of the scheme: yes or no (yes/no criteria), the points (judged), the number of events (bonus, penalty).',
            propertyNames: id,
            additionalProperties: { type: ['boolean', 'number'], minimum: 0 },
          },
          members: {
            type: 'object',
            additionalProperties: false,
            required: ['total'],
            description:
              'The members (cán bộ, công chức, viên chức, người lao động) and their ratings and titles.',
            properties: {
              total: { ...count, minimum: 1, description: 'All members.' },
              excellent: { ...count, description: 'Rated hoàn thành xuất sắc nhiệm vụ.' },
              good: { ...count, description: 'Rated hoàn thành tốt nhiệm vụ.' },
              complete: { ...count, description: 'Rated hoàn thành nhiệm vụ.' },
              incomplete: { ...count, description: 'Rated không hoàn thành nhiệm vụ.' },
              advanced: { ...count, description: 'Recognised Lao động tiên tiến.' },
              emulation_fighters: { ...count, description: 'Recognised Chiến sĩ thi đua cơ sở.' },
              initiatives: {
                ...count,
                description:
                  'With an initiative (sáng kiến), research topic or project recognised in the year: with a rating of hoàn thành xuất sắc nhiệm vụ, what a Chiến sĩ thi đua cơ sở may qualify by.',
              },
              disciplined: { ...count, description: 'Disciplined at cảnh cáo or above in the year.' },
            },
          },
          individuals: {
            type: 'array',
            description:
              "Members proposed by name for the year's individual titles (the decision names them): at most the members' count of each title.",
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'name', 'position', 'rating', 'titles'],
              properties: {
                id: { ...id, description: "Unique in the file: the council's ballots name it (person)." },
                name: { ...text, description: 'e.g. "Nguyễn Thị Lan".' },
                position: { ...text, description: 'Their post, e.g. "Phó Giám đốc Trung tâm".' },
                rating: {
                  enum: RATINGS,
                  description: 'Their completion rating: excellent, good, complete, incomplete.',
                },
                titles: {
                  type: 'array',
                  minItems: 1,
                  uniqueItems: true,
                  items: id,
                  description:
                    'The individual titles proposed, e.g. [lao-dong-tien-tien, chien-si-thi-dua-co-so].',
                },
                initiative: {
                  ...text,
                  description:
                    'The initiative, research topic or project recognised in the year, with its recognition, e.g. "Sáng kiến ... (Quyết định số 15/QĐ-HĐSK ngày 20/11/2024)".',
                },
                earlier,
                report: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['born', 'sex', 'hometown', 'qualification', 'duties', 'narrative', 'confirmer'],
                  description:
                    "The member's own report of achievements (báo cáo thành tích; Luật Thi đua, khen thưởng 2022, Điều 84 khoản 1 điểm b), for a title the council votes on (Chiến sĩ thi đua cơ sở): the parts about them the data has not; their post, unit, rating, initiative and titles come from the data. Personal data: kept in the data folder and the outputs.",
                  properties: {
                    born: { ...isoDate, description: 'Their date of birth (sinh ngày, tháng, năm).' },
                    sex: { enum: ['male', 'female'], description: 'Giới tính: male (nam) or female (nữ).' },
                    hometown: {
                      ...text,
                      description: 'Quê quán, e.g. "xã Thạch Đài, huyện Thạch Hà, tỉnh Hà Tĩnh".',
                    },
                    qualification: {
                      ...text,
                      description: 'Trình độ chuyên môn, nghiệp vụ, e.g. "Thạc sĩ Công tác xã hội".',
                    },
                    duties: {
                      ...text,
                      description: "Quyền hạn, nhiệm vụ được giao: their post's tasks in words (Markdown).",
                    },
                    narrative: {
                      ...text,
                      description: 'Their achievements of the year in words (Markdown).',
                    },
                    confirmer: {
                      type: 'object',
                      additionalProperties: false,
                      required: ['title'],
                      description: "The unit's head, who confirms the report and proposes them.",
                      properties: {
                        title: { ...text, description: 'The head\'s title, e.g. "GIÁM ĐỐC".' },
                        name: { ...text, description: "The head's name." },
                      },
                    },
                  },
                },
              },
            },
          },
          achievements: {
            type: 'object',
            additionalProperties: false,
            required: ['characteristics', 'narrative', 'signer'],
            description:
              "The unit's report of achievements (báo cáo thành tích) in words, for a title the province gives (Luật Thi đua, khen thưởng 2022, Điều 84 khoản 1 điểm b): its figures, score, rank and titles come from the data.",
            properties: {
              characteristics: {
                ...text,
                description: 'Đặc điểm, tình hình: its tasks, its organisation (Markdown).',
              },
              narrative: { ...text, description: 'Its achievements of the year in words (Markdown).' },
              movements: { ...text, description: 'The movements of emulation it led or joined (Markdown).' },
              signer: {
                type: 'object',
                additionalProperties: false,
                required: ['title'],
                properties: {
                  title: { ...text, description: 'The head\'s title, e.g. "HIỆU TRƯỞNG", "GIÁM ĐỐC".' },
                  name: { ...text, description: "The head's name." },
                },
              },
            },
          },
          earlier,
          note: text,
        },
      },
    },
  },
} as const;
