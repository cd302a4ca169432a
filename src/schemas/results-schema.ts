import { COMMENDATION_KINDS } from '../model/types.js';
import {
  blankOr,
  decimal,
  id,
  isoDate,
  kindField,
  orBlank,
  qualifier,
  SCHEMA_BASE,
  sources,
  text,
  year,
} from './common.js';

const textList = { type: 'array', items: text } as const;

/**
 * JSON Schema of a results file: a year's (data/2018.yaml), its first months' (2019-9m.yaml, `period: 9m`), or a
 * span of years' (2016-2020.yaml, `from: 2016`: the words of the tổng kết giai đoạn, whose figures are its years').
 */
export const resultsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}results.schema.json`,
  title: 'hatinh-report yearly results',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'year', 'sources'],
  // A year's or a period's file holds its figures; a span's holds its words, its figures being its years' files'.
  if: { properties: { from: year }, required: ['from'] },
  // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a promise
  then: true,
  else: { properties: { values: { type: 'object' } }, required: ['values'] },
  properties: {
    kind: kindField('results'),
    year: { ...year, description: 'The year these results are for; the file is named after it (2018.yaml).' },
    period: {
      type: 'string',
      pattern: '^([1-9]|1[01])m$',
      description:
        'For results of the first months of the year only (a sơ kết): 6m, 9m, any 1m to 11m; the file is named after it (2019-9m.yaml). Absent for the whole year.',
    },
    from: {
      ...year,
      description:
        "For the report on a span of years (the tổng kết giai đoạn) only: its first year, `year:` being its last; the file is named after both (2016-2020.yaml) and holds the span's words (narrative), not figures.",
    },
    next_span: {
      type: 'string',
      pattern: '^\\d{4}-\\d{4}$',
      description:
        'In a span\'s file: the span its direction is for (2021-2025), as the office\'s plan names it; the direction is headed "giai đoạn tới" without it.',
    },
    sources,
    default_source: { ...id, description: 'The source of every figure that does not name its own.' },
    illustrative: {
      type: 'boolean',
      description: 'true for made-up figures (an example): every page of the report says "Số liệu minh họa".',
    },
    comparison_only: {
      type: 'boolean',
      description:
        'true for a year kept only for the next year to compare with: no report is built from it (build without years skips it).',
    },
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
      additionalProperties: blankOr({
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
      }),
    },
    narrative: {
      type: 'object',
      additionalProperties: false,
      description: 'The words of the report, as Markdown text.',
      properties: {
        situation: {
          ...orBlank(text),
          description: 'Đặc điểm tình hình: the situation of the year (section I).',
        },
        movements: {
          type: ['array', 'null'],
          description: 'Các phong trào thi đua: each movement by name, with what it achieved.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: { name: text, description: text },
          },
        },
        commendations: {
          type: ['array', 'null'],
          description: 'Công tác khen thưởng: the titles recognised and the forms of commendation given.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['form'],
            properties: {
              form: {
                ...text,
                description:
                  'The emulation title (Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động xuất sắc, Cờ thi đua) or the form of commendation (Bằng khen, Giấy khen, Huân chương, ...); "Khen thưởng" when the source names none.',
              },
              category: {
                enum: ['title', 'award'],
                description:
                  'title for an emulation title (danh hiệu thi đua), award for a form of commendation (hình thức khen thưởng); needed only when the form is not one the tool knows.',
              },
              by: { ...text, description: 'Who gave it, e.g. UBND tỉnh.' },
              recipient: { enum: ['agency', 'collective', 'individual', 'collectives_and_individuals'] },
              kind: {
                enum: COMMENDATION_KINDS,
                description:
                  'For the statistics: regular (thường xuyên), thematic (chuyên đề), sudden (đột xuất), foreign (đối ngoại), dedication (cống hiến), seniority (niên hạn).',
              },
              count: { type: 'integer', minimum: 1 },
              count_text: { ...text, description: 'When the source gives no exact count: "hàng chục".' },
              reason: text,
              source: id,
            },
          },
        },
        highlights: { ...orBlank(textList), description: 'Ưu điểm: the strengths of the year.' },
        shortcomings: {
          ...orBlank(textList),
          description: 'Tồn tại, hạn chế: the shortcomings of the year.',
        },
        causes: { ...orBlank(textList), description: 'Nguyên nhân: the causes of the shortcomings.' },
        lessons: { ...orBlank(textList), description: 'Bài học kinh nghiệm: the lessons learned.' },
        next_year_tasks: { ...orBlank(textList), description: "Nhiệm vụ trọng tâm: next year's main tasks." },
        rest_of_year_tasks: {
          ...orBlank(textList),
          description:
            "Nhiệm vụ trọng tâm những tháng cuối năm: the main tasks for the rest of the year, in a period's file (period: 9m).",
        },
        next_period_tasks: {
          ...orBlank(textList),
          description:
            "Phương hướng, nhiệm vụ giai đoạn tới: the direction and tasks of the next span, in a span's file (from: 2016).",
        },
        proposals: { ...orBlank(textList), description: 'Đề xuất, kiến nghị: proposals to higher levels.' },
      },
    },
  },
} as const;
