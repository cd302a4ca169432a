/**
 * The catalogues (src/messages/en.ts, vi.ts): every message exists in both languages, and the Vietnamese one is a
 * translation that keeps the facts. The facts below are typed per code, so a new diagnostic code does not compile
 * here until it has facts to try both catalogues on; each branch of a message has a case of its own.
 */
import { describe, expect, it } from 'vitest';
import type { DiagnosticArgsOf, DiagnosticCode } from '../../src/diagnostics/diagnostic.js';
import type { ToolErrorArgsOf, ToolErrorCode } from '../../src/errors.js';
import type { Catalogue } from '../../src/messages/catalogue.js';
import { CATALOGUES } from '../../src/messages/messages.js';

const schema = { field: 'value', path: 'values.viec-lam.value', kind: 'results' };

const FACTS: { [C in DiagnosticCode]: DiagnosticArgsOf[C][] } = {
  FILE_NOT_UTF8: [
    { encoding: 'utf16-le' },
    { encoding: 'utf16-be' },
    { encoding: 'utf16-or-binary' },
    { encoding: 'legacy' },
  ],
  FILE_TOO_LARGE: [{ size: 3_000_000, limit: 2_000_000 }],
  FILE_EMPTY: [
    { content: 'comments', guess: 'results' },
    { content: 'nothing', guess: undefined },
  ],
  YAML_SYNTAX: [
    { problem: 'unclosed_quote', quote: '"' },
    { problem: 'unclosed_bracket', bracket: '[' },
    { problem: 'unclosed_bracket', bracket: '{' },
    {
      problem: 'indentation',
      line: 'qualifier: over',
      indent: 3,
      wanted: 4,
      above: 'value: 24000',
      aboveHow: 'like',
      or: 2,
      orAbove: 'viec-lam:',
      orAboveHow: 'like',
    },
    { problem: 'indentation', line: 'value: 5', indent: 1, wanted: 2, above: 'values:', aboveHow: 'under' },
    { problem: 'indentation' },
    { problem: 'colon_in_value', value: 'Ghi chú: tạm tính' },
    { problem: 'list_item_in_map' },
    { problem: 'missing_colon', line: 'value 119', suggestion: 'value: 119' },
    { problem: 'missing_colon', line: 'năm 2018' },
    { problem: 'text_after_quote', value: '"Lao động tiên tiến" năm 2018' },
    { problem: 'text_after_quote', value: "'A' và B" },
    { problem: 'field_too_shallow', misplaced: 'qualifier', indicator: 'viec-lam' },
    { problem: 'field_too_shallow', misplaced: 'qualifier', indicator: undefined },
    { problem: 'reserved_start', char: '@' },
    { problem: 'bad_escape' },
    { problem: 'unknown_alias' },
    { problem: 'other', detail: 'Nested mappings are not allowed in compact mappings' },
  ],
  YAML_TAB_INDENT: [{ detail: 'Tabs are not allowed', yamlCode: 'TAB_AS_INDENT' }],
  YAML_DUPLICATE_KEY: [
    { detail: 'Map keys must be unique', yamlCode: 'DUPLICATE_KEY' },
    { detail: 'Map keys must be unique', yamlCode: 'DUPLICATE_KEY', key: 'qualifier', firstLine: 6 },
    { detail: 'Map keys must be unique', yamlCode: 'DUPLICATE_KEY', key: 'viec-lam' },
  ],
  YAML_ALIAS_LIMIT: [{ limit: 100 }],
  YAML_TOO_DEEP: [
    { depth: 40, limit: 32 },
    { depth: 'very deep', limit: 32 },
  ],
  YAML_CUSTOM_TAG: [{ tag: '!!binary', detail: 'Unresolved tag', yamlCode: 'TAG_RESOLVE_FAILED' }],
  YAML_MULTIPLE_DOCUMENTS: [
    { count: 2, marker: '---' },
    { count: 2, marker: '...' },
  ],
  TOP_LEVEL_NOT_MAP: [
    { actual: 'list', guess: 'results' },
    { actual: 'text', guess: undefined },
  ],
  KIND_MISSING: [{ guess: 'targets' }, { guess: undefined }],
  KIND_UNKNOWN: [{ actual: 'result', allowed: ['results', 'targets'], suggestion: 'results' }],
  SCHEMA_TYPE: [
    { ...schema, expected: 'number', found: 'text', shown: '24000 người' },
    {
      ...schema,
      field: 'number',
      path: 'document.number',
      expected: 'string',
      found: 'number',
      shown: '05',
      asText: '"05"',
    },
    { ...schema, field: 'id', path: 'sources.0.id', expected: 'string', found: 'nothing', blank: true },
    { ...schema, expected: 'array', found: 'group' },
    { ...schema, expected: 'object', found: 'list' },
    { ...schema, expected: 'string', found: 'boolean', shown: 'true' },
  ],
  SCHEMA_REQUIRED: [
    { ...schema, missing: 'year', where: '' },
    { ...schema, missing: 'value', where: 'values.viec-lam' },
  ],
  SCHEMA_UNKNOWN_FIELD: [
    { ...schema, field: 'qualifer', allowed: ['value', 'qualifier'], suggestion: 'qualifier' },
    { ...schema, field: 'ghi-chu', allowed: ['value', 'qualifier'], suggestion: undefined },
  ],
  SCHEMA_ENUM: [
    { ...schema, field: 'qualifier', actual: 'trên', allowed: ['over', 'about'], suggestion: 'over' },
  ],
  SCHEMA_CONST: [{ ...schema, field: 'kind', actual: 'targets', expected: 'results' }],
  SCHEMA_RANGE: [
    { ...schema, actual: '-5', comparison: '>=', limit: 0 },
    { ...schema, path: 'year', actual: '1890', comparison: '>', limit: 1900 },
  ],
  SCHEMA_PATTERN: [{ ...schema, path: 'indicators.0.id', actual: 'Việc làm' }],
  SCHEMA_FORMAT: [
    { ...schema, path: 'document.date', format: 'date', actual: '2019-02-30' },
    { ...schema, path: 'sources.0.url', format: 'uri', actual: 'www.example' },
  ],
  SCHEMA_SIZE: [
    { ...schema, path: 'narrative.lessons', keyword: 'minItems' },
    { ...schema, path: 'narrative.situation', keyword: 'minLength' },
  ],
  SCHEMA_OTHER: [{ ...schema, detail: 'must match "then" schema' }],
  NUMBER_THOUSANDS_DOT: [
    { source: '24.000', read: '24', meant: '24000', indicator: 'viec-lam' },
    {
      source: '6.920',
      read: '6.92',
      asThousands: '6920',
      asDecimal: '6.92',
      likely: 'decimal',
      indicator: 'ho-ngheo',
    },
    { source: '1.103', read: '1.103', asThousands: '1103', asDecimal: '1.103' },
  ],
  NUMBER_DECIMAL_COMMA: [{ source: '6,92', meant: '6.92' }],
  NUMBER_AMBIGUOUS_COMMA: [
    { source: '1,103', asThousands: '1103', asDecimal: '1.103', likely: 'thousands', indicator: 'viec-lam' },
    { source: '6,920', asThousands: '6920', asDecimal: '6.92', likely: 'decimal', indicator: 'ho-ngheo' },
    { source: '1,103', asThousands: '1103', asDecimal: '1.103', likely: undefined },
  ],
  NUMBER_NOTATION: [
    { source: '"24000"', form: 'quoted', meant: '24000' },
    { source: '6,92%', form: 'percent', meant: '6.92' },
    { source: 'khoảng 7%', form: 'percent' },
    { source: '24,000', form: 'thousands_comma', meant: '24000' },
    { source: '24 000', form: 'thousands_space' },
    { source: '.inf', form: 'notation', read: 'not-finite' },
    { source: '1e3', form: 'notation', read: '1000' },
    { source: '24k', form: 'other' },
  ],
  NO_CATALOGUE: [{ folder: 'data' }],
  NO_AGENCY: [{ folder: 'data' }],
  DUPLICATE_FILE: [
    { kind: 'results', other: 'data/2018-ban-sao.yaml', year: 2018 },
    { kind: 'catalogue', other: 'data/chi-tieu.yaml' },
  ],
  DUPLICATE_ID: [
    { id: 'viec-lam', what: 'indicator' },
    { id: 'lao-dong', what: 'area' },
    { id: 'bao-cao', what: 'source' },
    { id: 'trung-tam-dvvl', what: 'unit' },
    { id: 'su-nghiep', what: 'block' },
    { id: 'cap-huyen', what: 'scheme' },
    { id: 'viec-lam', what: 'criterion' },
    { id: 'luat-2022-nd-98-2023', what: 'rule_set' },
    { id: 'lao-dong-tien-tien', what: 'title' },
    { id: 'thu-ky', what: 'member' },
  ],
  UNKNOWN_AREA: [{ id: 'lao-dongg', suggestion: 'lao-dong' }],
  UNKNOWN_PARENT: [{ id: 'viec-lamm', suggestion: undefined }],
  PARENT_CYCLE: [{ id: 'a', chain: ['a', 'b', 'a'] }],
  UNKNOWN_INDICATOR: [
    { id: 'viec-lamm', suggestion: 'viec-lam' },
    { id: 'xyz', suggestion: undefined },
  ],
  UNKNOWN_SOURCE: [{ id: 'bao-cao-x', suggestion: 'bao-cao' }],
  YEAR_MISMATCH: [{ year: 2018, named: 2019, name: '2019.yaml' }],
  PERIOD_MISMATCH: [
    { year: 2019, months: 6, named: 9, name: '2019-9m.yaml', expected: '2019-6m.yaml' },
    { year: 2019, months: 12, named: 9, name: '2019-9m.yaml', expected: '2019.yaml' },
    { year: 2019, months: 9, named: 12, name: '2019.yaml', expected: '2019-9m.yaml' },
  ],
  SPAN_MISMATCH: [
    {
      year: 2020,
      from: 2017,
      named: 2016,
      name: '2016-2020-targets.yaml',
      expected: '2017-2020-targets.yaml',
      kind: 'targets',
    },
    {
      year: 2020,
      from: 2020,
      named: 2016,
      name: '2016-2020-targets.yaml',
      expected: '2020-targets.yaml',
      kind: 'targets',
    },
    {
      year: 2020,
      from: 2016,
      named: 2020,
      name: '2020-targets.yaml',
      expected: '2016-2020-targets.yaml',
      kind: 'targets',
    },
    {
      year: 2020,
      from: 2017,
      named: 2016,
      name: '2016-2020.yaml',
      expected: '2017-2020.yaml',
      kind: 'results',
    },
  ],
  SPAN_YEARS: [{ from: 2020, year: 2016, most: 10 }],
  SPAN_FIGURES: [
    { from: 2016, year: 2020, ids: ['viec-lam', 'dao-tao-nghe'], first: 'viec-lam' },
    { from: 2016, year: 2020, ids: [], period: '9m' },
  ],
  NEXT_SPAN: [{ from: 2016, year: 2020, next: '2019-2025', most: 10 }],
  FILE_NAME: [{ name: 'ket-qua.yaml', expected: '2018.yaml' }],
  UNIT_MISMATCH: [{ id: 'xuat-khau-lao-dong', unit: 'lượt', expected: 'người' }],
  TARGET_DIRECTION: [
    { id: 'ho-ngheo', type: 'range', direction: 'lower' },
    { id: 'viec-lam', type: 'ceiling', direction: 'higher' },
    { id: 'x', type: 'ceiling', direction: 'none' },
  ],
  TARGET_SHAPE: [
    { id: 'dao-tao', problem: 'range_order' },
    { id: 'ho-ngheo', problem: 'change_amount' },
    { id: 'viec-lam', problem: 'points_not_rate', kind: 'count' },
  ],
  NOT_INTEGER: [
    { id: 'viec-lam', unit: 'người', value: '24.5' },
    { id: 'viec-lam', unit: 'người', value: '24.000' },
  ],
  NEGATIVE: [{ id: 'viec-lam', value: '-5' }],
  RATE_OVER_100: [{ id: 'dao-tao', value: '692' }],
  TOO_MANY_DECIMALS: [{ id: 'ho-ngheo', value: '6.925', decimals: 2 }],
  DOCUMENT_DATE: [
    { year: 2018, date: '2018-06-01', problem: 'early' },
    { year: 2018, date: '2020-03-01', problem: 'late' },
    { year: 2019, date: '2019-08-01', problem: 'early', months: 9 },
    { year: 2019, date: '2020-01-05', problem: 'late', months: 9 },
    { year: 2020, date: '2019-12-30', problem: 'early', from: 2016 },
    { year: 2020, date: '2022-01-05', problem: 'late', from: 2016 },
    { year: 2019, date: '2018-12-28', problem: 'early', months: 1 },
  ],
  PERIOD_EXCEEDS_YEAR: [
    { id: 'viec-lam', value: '25000', total: '24000', year: 2019, months: 9 },
    { id: 'viec-lam', value: '25000', total: '24000', year: 2019, months: 1 },
  ],
  COMPONENTS_EXCEED_TOTAL: [
    { id: 'viec-lam', total: '24000', sum: '25000', parts: ['trong-tinh', 'xuat-khau'] },
  ],
  COMPONENTS_DONT_ADD_UP: [
    { id: 'viec-lam', total: '24000', sum: '23000', parts: ['trong-tinh', 'xuat-khau'] },
  ],
  REPORT_SECTION_MISSING: [
    { year: 2018, section: 'situation', name: 'Đặc điểm tình hình' },
    {
      year: 2020,
      from: 2016,
      section: 'next_period_tasks',
      name: 'Phương hướng, nhiệm vụ giai đoạn tới',
    },
    { year: 2018, section: 'lessons', name: 'Bài học kinh nghiệm' },
    {
      year: 2019,
      section: 'rest_of_year_tasks',
      name: 'Nhiệm vụ trọng tâm những tháng cuối năm',
      months: 9,
    },
  ],
  FIGURE_BLANK: [{ id: 'viec-lam', year: 2019 }],
  SOURCE_BLANK: [{ field: 'id' }, { field: 'title' }],
  AGENCY_NOT_IN_FORCE: [
    { year: 2026, date: '2026-12-20', dated: true },
    { year: 2026, date: '2026-12-31', dated: false },
  ],
  AGENCY_PERIOD_BACKWARDS: [{ from: '2025-03-01', until: '2025-01-01' }],
  UNIT_PERIOD_BACKWARDS: [{ id: 'phong-loc-ha', from: '2025-01-01', until: '2024-12-31' }],
  BLOCK_WITHOUT_UNITS: [{ id: 'van-phong' }],
  UNKNOWN_BLOCK: [
    { id: 'cap-huyn', suggestion: 'cap-huyen' },
    { id: 'khac', suggestion: undefined },
  ],
  BLOCK_IN_TWO_SCHEMES: [{ id: 'cap-huyen', other: 'su-nghiep' }],
  BLOCK_WITHOUT_SCHEME: [{ id: 'cap-huyen' }],
  INDICATOR_NOT_SCORABLE: [{ id: 'nghi-quyet-hdnd' }],
  MAX_TOTAL_MISMATCH: [{ id: 'cap-huyen', total: '100', sum: '95' }],
  BANDS_ORDER: [{ id: 'Hoàn thành tốt nhiệm vụ', value: '90', above: '90' }],
  NEEDS_FILE: [{ kind: 'units' }, { kind: 'scoring' }],
  UNKNOWN_UNIT: [
    { id: 'phong-thach-ah', suggestion: 'phong-thach-ha' },
    { id: 'khac', suggestion: undefined },
  ],
  UNIT_OUTSIDE_PERIOD: [
    { id: 'phong-loc-ha', year: 2026, from: '', until: '2025-06-30' },
    { id: 'phong-moi', year: 2024, from: '2025-07-01', until: '' },
  ],
  UNIT_NOT_SCORED: [
    { id: 'phong-loc-ha', year: 2024, entry: false },
    { id: 'phong-loc-ha', year: 2024, entry: true },
  ],
  UNSCORED_INDICATOR: [
    { id: 'viec-lm', scheme: 'cap-huyen', suggestion: 'viec-lam' },
    { id: 'khac', scheme: 'cap-huyen', suggestion: undefined },
  ],
  TARGET_ZERO: [{ id: 'viec-lam', unit: 'phong-loc-ha' }],
  UNKNOWN_CRITERION: [
    { id: 'cai-cach', suggestion: 'cai-cach-hanh-chinh' },
    { id: 'khac', suggestion: undefined },
  ],
  CRITERION_VALUE: [
    { id: 'viec-lam', unit: 'phong-loc-ha', expected: 'figures' },
    { id: 'cai-cach-hanh-chinh', unit: 'phong-loc-ha', expected: 'yes_no' },
    { id: 'nguoi-co-cong', unit: 'phong-loc-ha', expected: 'points' },
    { id: 'cham-bao-cao', unit: 'phong-loc-ha', expected: 'events' },
  ],
  POINTS_OVER_MAX: [{ id: 'nguoi-co-cong', value: '16', max: '15' }],
  CRITERION_MISSING: [{ id: 'phong-loc-ha', criterion: 'viec-lam' }],
  MEMBER_COUNTS: [
    { id: 'phong-loc-ha', field: 'advanced', count: 12, limit: 9, of: 'total' },
    { id: 'phong-loc-ha', field: 'emulation_fighters', count: 9, limit: 8, of: 'advanced' },
    { id: 'phong-loc-ha', field: 'ratings', count: 10, limit: 9, of: 'total' },
  ],
  EARLIER_YEAR: [{ id: 'truong-viet-duc', year: 2024, earlier: 2024 }],
  UNITS_EXCEED_TOTAL: [
    { id: 'viec-lam', total: '24000', sum: '25000', parts: ['phong-loc-ha', 'phong-thach-ha'], year: 2024 },
  ],
  UNKNOWN_TITLE: [
    { id: 'tap-the-lao-dong-xuat-sac-', suggestion: 'tap-the-lao-dong-xuat-sac' },
    { id: 'huan-chuong', suggestion: undefined },
  ],
  MEMBER_PERIOD_BACKWARDS: [{ id: 'thu-ky', from: '2025-01-01', until: '2024-12-31' }],
  DUPLICATE_MEETING: [{ year: 2024 }],
  MEETING_DATE_OUTSIDE: [{ year: 2024, date: '2026-01-10' }],
  UNKNOWN_MEMBER: [
    { id: 'thu-k', suggestion: 'thu-ky' },
    { id: 'giam-doc', suggestion: undefined },
  ],
  MEMBER_NOT_IN_OFFICE: [
    { id: 'thu-ky', date: '2024-12-06', from: '', until: '2024-06-30' },
    { id: 'chu-tich', date: '2024-12-06', from: '2025-01-01', until: '' },
  ],
  MEMBER_PRESENT_AND_WRITTEN: [{ id: 'thu-ky' }],
  BALLOT_TITLE_NOT_COLLECTIVE: [{ id: 'chien-si-thi-dua-co-so', name: 'Chiến sĩ thi đua cơ sở' }],
  BALLOT_NOT_NEEDED: [{ id: 'tap-the-lao-dong-xuat-sac', name: 'Tập thể lao động xuất sắc' }],
  DUPLICATE_BALLOT: [{ title: 'co-thi-dua-cap-tinh', unit: 'truong-viet-duc' }],
  BALLOT_OVER_VOTERS: [{ title: 'co-thi-dua-cap-tinh', unit: 'truong-viet-duc', votes: 10, voters: 9 }],
  MEETING_UNDER_QUORUM: [
    { year: 2024, present: 5, members: 9, percent: '80', basis: 'Quy chế hoạt động của Hội đồng, Điều 5' },
  ],
  BALLOT_WHO: [
    { title: 'chien-si-thi-dua-co-so', both: true },
    { title: 'co-thi-dua-cap-tinh', both: false },
  ],
  BALLOT_TITLE_NOT_INDIVIDUAL: [{ id: 'co-thi-dua-cap-tinh', name: 'Cờ thi đua của Ủy ban nhân dân tỉnh' }],
  UNKNOWN_PERSON: [
    { id: 'nguyen-thi-lann', year: 2024, suggestion: 'nguyen-thi-lan' },
    { id: 'ai-do', year: 2024, suggestion: undefined },
  ],
  BALLOT_NOT_PROPOSED: [
    { id: 'nguyen-thi-lan', title: 'chien-si-thi-dua-co-so', proposed: ['lao-dong-tien-tien'] },
    { id: 'nguyen-thi-lan', title: 'chien-si-thi-dua-co-so', proposed: [] },
  ],
  PERSON_BALLOT_MISSING: [
    {
      id: 'nguyen-thi-lan',
      title: 'chien-si-thi-dua-co-so',
      unit: 'trung-tam-dvvl',
      basis: 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7',
    },
    { id: 'nguyen-thi-lan', title: 'chien-si-thi-dua-co-so', unit: 'trung-tam-dvvl', basis: '' },
  ],
  INDIVIDUAL_NOT_WITHIN: [
    {
      id: 'nguyen-thi-lan',
      title: 'Chiến sĩ thi đua cơ sở',
      within: 'Lao động tiên tiến',
      basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 23',
    },
  ],
  REPORT_EARLIER: [{ id: 'nguyen-thi-lan' }],
  INDIVIDUAL_RATING: [
    {
      id: 'nguyen-thi-lan',
      title: 'Lao động tiên tiến',
      rating: 'complete',
      required: 'good',
      basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 24 khoản 1',
    },
  ],
  INDIVIDUAL_NO_GROUNDS: [
    {
      id: 'nguyen-thi-lan',
      title: 'Chiến sĩ thi đua cơ sở',
      rating: 'good',
      basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 23',
    },
  ],
  HOLDERS_RATED: [
    {
      id: 'phong-duc-tho',
      title: 'Lao động tiên tiến',
      count: 11,
      limit: 10,
      rating: 'good',
      basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 24 khoản 1',
    },
  ],
  INDIVIDUALS_OVER_COUNT: [
    {
      id: 'trung-tam-dvvl',
      title: 'Chiến sĩ thi đua cơ sở',
      named: 5,
      count: 4,
      field: 'emulation_fighters',
    },
    {
      id: 'trung-tam-dvvl',
      title: 'Chiến sĩ thi đua cơ sở',
      named: 1,
      count: undefined,
      field: 'emulation_fighters',
    },
  ],
  ABSENT_WITHOUT_OPINION: [
    { id: 'thu-ky', basis: 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7' },
    { id: 'thu-ky', basis: '' },
  ],
  RULE_SETS_OVERLAP: [{ first: 'luat-2022-nd-98-2023', second: 'luat-2022-nd-152-2025' }],
  NO_RULE_SET: [{ year: 2023, day: '2023-12-31' }],
  TITLE_CAP: [
    {
      id: 'truong-viet-duc',
      title: 'Chiến sĩ thi đua cơ sở',
      count: 20,
      limit: 14,
      percent: '15',
      basis: 'Quy chế thi đua, khen thưởng của tỉnh, Điều 9',
    },
  ],
  TITLE_HOLDERS: [
    {
      id: 'phong-loc-ha',
      title: 'Chiến sĩ thi đua cơ sở',
      count: 4,
      limit: 3,
      written: ['excellent', 'initiatives'],
      unwritten: [],
      basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 23',
    },
    {
      id: 'phong-loc-ha',
      title: 'Chiến sĩ thi đua cơ sở',
      count: 4,
      limit: 2,
      written: ['excellent'],
      unwritten: ['initiatives'],
      basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 23',
    },
    {
      id: 'phong-loc-ha',
      title: 'Chiến sĩ thi đua cơ sở',
      count: 4,
      limit: 0,
      written: [],
      unwritten: ['excellent', 'initiatives'],
      basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 23',
    },
  ],
  AGENCY_PERIODS_OVERLAP: [{ first: '2019-01-01 – 2025-03-01', second: '2025-02-01 –' }],
  TARGET_BLANK: [{ id: 'viec-lam', year: 2020 }],
  COMMENDATION_CATEGORY: [{ form: 'Kỷ niệm chương' }],
  HEADER_LINE_TOO_LONG: [
    { line: 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HÀ TĨNH', field: 'name', limit: 34 },
  ],
  WORKBOOK_UNREADABLE: [
    { problem: 'xls' },
    { problem: 'encrypted' },
    { problem: 'ods' },
    { problem: 'not_xlsx' },
    { problem: 'corrupt', detail: 'End of data reached' },
    { problem: 'corrupt' },
    { problem: 'missing' },
  ],
  WORKBOOK_NOT_EXPORTED: [{ sheets: ['Sheet1', 'Sheet2'] }, { sheets: [] }],
  WORKBOOK_YEAR: [{ year: 2023, expected: 2024 }],
  WORKBOOK_UNIT_TWICE: [{ id: 'phong-duc-tho', other: 'phong-duc-tho (1).xlsx' }],
  SHEET_MISSING: [
    { sheet: 'Cán bộ', found: ['Hướng dẫn', 'Chỉ tiêu', 'Can bo'], suggestion: 'Can bo' },
    { sheet: 'Cán bộ', found: ['Hướng dẫn', 'Chỉ tiêu'], suggestion: undefined },
  ],
  CELL_MOVED: [{ expected: 'Chiều đánh giá', found: '' }],
  ROW_MISSING: [{ row: 'Giải quyết việc làm' }],
  ROW_KEY: [
    { key: 'criterion:cai-cach', problem: 'unknown' },
    { key: 'indicator:viec-lam', problem: 'twice' },
  ],
  CELL_MERGED: [{ range: 'G9:I9' }],
  CELL_NOT_NUMBER: [
    { text: 'trên 24000', found: 'qualified', qualifier: 'trên', figure: '24000' },
    { text: '06/09/2024', found: 'date' },
    { text: 'TRUE', found: 'boolean' },
    { text: 'chưa có', found: 'text' },
  ],
  CELL_TEXT_NUMBER: [
    { text: '24.000', form: 'thousands_dot', meant: '24000' },
    { text: '6,92', form: 'decimal_comma', meant: '6.92' },
    { text: '24,000', form: 'ambiguous_comma', meant: '24000', other: '24' },
    { text: '24.000', form: 'thousands_dot', meant: '24000', other: '24' },
    { text: '24 000', form: 'other', meant: '24000' },
  ],
  CELL_NUMBER_AS_TEXT: [{ text: '24000' }],
  CELL_NOT_WHOLE: [{ value: '24.5' }],
  CELL_CHOICE: [{ text: 'Đạt', allowed: ['Có', 'Không'] }],
  CELL_FORMULA: [{ problem: 'no_value' }, { problem: 'error', error: '#DIV/0!' }],
  ROW_INCOMPLETE: [
    { missing: 'name' },
    { missing: 'unit' },
    { missing: 'direction' },
    { missing: 'target' },
    { missing: 'value' },
  ],
  RESULTS_FILE_MISSING: [{ year: 2025 }],
};

/** Facts of every failure that stops a command, each branch a case. */
const FAILURES: { [C in ToolErrorCode]: ToolErrorArgsOf[C][] } = {
  DATA_FOLDER_NOT_FOUND: [{ folder: 'du-lieu' }],
  DATA_FOLDER_NOT_A_FOLDER: [{ folder: 'data/2018.yaml' }],
  DATA_FOLDER_UNREADABLE: [{ folder: 'data', reason: 'EACCES' }],
  FILE_NOT_FOUND: [{ file: 'data/2019.yaml' }],
  FILE_UNREADABLE: [
    { file: 'data/2018.yaml', denied: true },
    { file: 'data/2018.yaml', denied: false, detail: 'EIO: i/o error, read' },
  ],
  NOT_A_FILE: [{ file: 'data/cu' }],
  CONFIG_INVALID: [
    {
      path: 'hatinh-report.config.json',
      problem: 'json',
      detail: 'Unexpected token } in JSON at position 20',
    },
    { path: 'hatinh-report.config.json', problem: 'not_object' },
    { path: 'hatinh-report.config.json', problem: 'browser' },
    { path: 'hatinh-report.config.json', problem: 'lang' },
    { path: 'hatinh-report.config.json', problem: 'unknown', key: 'brower', likely: 'browser' },
    { path: 'hatinh-report.config.json', problem: 'unknown', key: 'theme' },
  ],
  OUTPUT_NOT_WRITABLE: [
    { path: 'reports/2018/bao-cao-2018.pdf', problem: 'folder_in_way' },
    {
      path: 'reports/2018',
      problem: 'write',
      target: 'reports/2018/bao-cao-2018.pdf',
      reason: 'EBUSY',
      detail: 'resource busy',
      for: 'out',
    },
    {
      path: 'reports/2018',
      problem: 'write',
      target: 'reports/2018/bao-cao-2018.pdf',
      reason: 'EROFS',
      detail: 'read-only',
      for: 'out',
    },
    {
      path: 'data',
      problem: 'write',
      target: 'data/2019.yaml',
      reason: 'ENOSPC',
      detail: 'no space left',
      for: 'data',
    },
    {
      path: 'data',
      problem: 'write',
      target: 'data/2019.yaml',
      reason: 'EWEIRD',
      detail: 'something odd',
      for: 'data',
    },
  ],
  NO_RESULTS_FOR_YEAR: [
    { year: 2016, folder: 'data', file: 'data/2016.yaml', have: [2017, 2018] },
    { year: 2016, folder: 'data', file: 'data/2016.yaml', have: [] },
    { year: 2019, folder: 'data', file: 'data/2019-9m.yaml', have: ['2018-9m'], months: 9 },
    { year: 2014, folder: 'data', file: 'data/2010.yaml', have: [2017, 2018], from: 2010 },
  ],
  NOT_A_REPORT_YEAR: [{ year: 2017, file: 'data/2017.yaml' }],
  NO_REPORT_YEARS: [{ folder: 'data', pattern: 'data/YYYY.yaml' }],
  NEW_FILES_EXIST: [
    { year: 2019, paths: ['data/2019.yaml', 'data/2020-targets.yaml'] },
    { year: 2020, paths: ['data/2016-2020.yaml'], report: '2016-2020' },
  ],
  AGENCY_NOT_IN_FORCE: [
    { file: 'data/agency.yaml', date: '2026-12-20', year: 2026, dated: true },
    { file: 'data/agency.yaml', date: '2026-12-31', year: 2026, dated: false },
  ],
  NO_SCORES: [
    { year: 2024, lacks: 'units', data: 'data' },
    { year: 2024, lacks: 'scoring', data: 'data' },
    { year: 2025, lacks: 'figures', data: 'examples/thi-dua' },
  ],
  DOSSIER_NO_PROPOSALS: [{ year: 2024, folder: 'data' }],
  DOSSIER_NO_MEETING: [
    { year: 2024, file: 'data/council.yaml', council: true },
    { year: 2024, file: 'data/council.yaml', council: false },
  ],
  WHOLE_YEAR_ONLY: [
    { report: '2019-9m', year: 2019, what: 'unit' },
    { report: '2019-9m', year: 2019, what: 'dossier' },
  ],
  UNIT_NOT_IN_SCORES: [
    {
      unit: 'phong-tp-ha-tnh',
      year: 2024,
      scored: ['phong-tp-ha-tinh', 'phong-hong-linh'],
      suggestion: 'phong-tp-ha-tinh',
    },
    { unit: 'phong-khac', year: 2024, scored: ['phong-tp-ha-tinh'], suggestion: undefined },
    { unit: 'phong-tp-ha-tinh', year: 2018, scored: [], suggestion: undefined },
  ],
  UNKNOWN_KIND: [{ kind: 'result', allowed: ['catalogue', 'agency', 'results', 'targets'] }],
  SCHEMA_NEEDS_KIND: [{ allowed: ['catalogue', 'agency', 'results', 'targets'] }],
  TEMPLATE_NOT_FOUND: [
    {
      problem: 'unknown_file',
      path: 'mau/report.html.hbs',
      shipped: '/opt/hatinh-report/templates',
      files: ['document.md.hbs', 'document.html.hbs'],
    },
    { problem: 'unreadable', path: 'mau/document.html.hbs', reason: 'EACCES' },
    { problem: 'shipped_missing', path: 'templates/report.css' },
    { problem: 'folder_missing', folder: 'mau', shipped: 'templates' },
    {
      problem: 'folder_empty',
      folder: 'mau',
      shipped: 'templates',
      files: ['document.md.hbs', 'document.html.hbs'],
    },
  ],
  TEMPLATE_SYNTAX: [{ path: 'mau/document.html.hbs', line: 12, detail: "Expecting 'ID', got 'EOF'" }],
  TEMPLATE_MISSING_VARIABLE: [{ path: 'mau/document.html.hbs', line: 12, column: 5, name: 'tieuDe' }],
  TEMPLATE_MISSING_PARTIAL: [{ path: 'mau/document.html.hbs', name: 'bang-chi-tieu' }],
  TEMPLATE_ERROR: [{ path: 'mau/document.html.hbs', detail: 'Missing helper: "dinhDang"' }],
  BROWSER_NOT_FOUND: [
    { looked: ['/usr/bin/chromium', '/usr/bin/google-chrome'], platform: 'linux' },
    { looked: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], platform: 'win32' },
    { looked: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], platform: 'darwin' },
  ],
  BROWSER_PATH_NOT_FOUND: [
    { origin: 'option', given: '/opt/chrome' },
    { origin: 'config', given: '/opt/chrome' },
    { origin: 'env', variable: 'CHROME_PATH', given: '/opt/chrome' },
  ],
  BROWSER_FAILED: [
    { problem: 'start', browser: '/usr/bin/chromium', detail: 'Failed to launch the browser process' },
    { problem: 'crashed', browser: '/usr/bin/chromium', task: 'print' },
    { problem: 'task', task: 'fonts', detail: 'Protocol error (Page.printToPDF)' },
  ],
  BROWSER_CLOSED: [{ task: 'version' }],
  BROWSER_TIMEOUT: [
    { problem: 'start', browser: '/usr/bin/chromium', seconds: 60 },
    { problem: 'task', task: 'print', seconds: 1.5 },
  ],
  PDF_NAVIGATION_BLOCKED: [{ navigation: 'https://example.com/' }],
  PREVIEW_PORT_UNAVAILABLE: [
    { port: 8080, reason: 'EADDRINUSE' },
    { port: 80, reason: 'EACCES' },
  ],
  NODE_TOO_OLD: [{ version: 'v18.19.0', minimum: 20 }],
  FONT_NO_VIETNAMESE_SERIF: [
    { used: ['DejaVu Serif'], platform: 'linux' },
    { used: [], platform: 'win32' },
  ],
};

/** The letters only Vietnamese writes: a message with none of them was not translated. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** The facts a reader needs whatever the language: ids, figures, file names, values written in the data. */
function factsIn(args: object): string[] {
  const keep = (v: unknown): v is string | number =>
    (typeof v === 'string' && v.length > 1 && !/^[a-z_]+$/.test(v)) || typeof v === 'number';
  return Object.entries(args)
    .filter(
      ([key]) =>
        !['detail', 'yamlCode', 'kind', 'field', 'expected', 'allowed', 'comparison', 'seconds'].includes(
          key,
        ),
    )
    .flatMap(([, v]) => (Array.isArray(v) ? v : [v]))
    .filter(keep)
    .map(String);
}

const cases = [
  ...(Object.keys(FACTS) as DiagnosticCode[]).flatMap((code) =>
    (FACTS[code] as object[]).map((args, i) => ({ section: 'diagnostics' as const, code, i, args })),
  ),
  ...(Object.keys(FAILURES) as ToolErrorCode[]).flatMap((code) =>
    (FAILURES[code] as object[]).map((args, i) => ({ section: 'errors' as const, code, i, args })),
  ),
];

describe('the message catalogues', () => {
  it('have the same messages in Vietnamese and in English, section by section', () => {
    const { vi, en } = CATALOGUES;
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const section of Object.keys(en) as (keyof typeof en)[])
      expect(Object.keys(vi[section]).sort(), section).toEqual(Object.keys(en[section]).sort());
  });

  it('have words for every diagnostic and failure code, and the facts here try every one', () => {
    expect(Object.keys(FACTS).sort()).toEqual(Object.keys(CATALOGUES.en.diagnostics).sort());
    expect(Object.keys(FAILURES).sort()).toEqual(Object.keys(CATALOGUES.en.errors).sort());
  });

  it.each(cases)(
    '$section $code (case $i): both languages say it in full, the Vietnamese with the same facts',
    ({ section, code, args }) => {
      const words = (lang: 'vi' | 'en') => CATALOGUES[lang][section] as Record<string, unknown>;
      const say = (lang: 'vi' | 'en') =>
        (words(lang)[code] as (a: object) => { message: string; fix: string })(args);
      const en = say('en');
      const vi = say('vi');
      for (const text of [en.message, en.fix, vi.message, vi.fix]) {
        expect(text.trim().length).toBeGreaterThan(10);
        expect(text).not.toMatch(/undefined|null|\[object|NaN/);
      }
      // Translated, not copied: Vietnamese letters, and other words than the English.
      expect(vi.message).toMatch(VIETNAMESE);
      expect(vi.fix).toMatch(VIETNAMESE);
      expect(vi.message).not.toBe(en.message);
      expect(vi.fix).not.toBe(en.fix);
      // A fact the English message or fix gives, the Vietnamese gives too.
      const enText = `${en.message} ${en.fix}`;
      const viText = `${vi.message} ${vi.fix}`;
      for (const fact of factsIn(args).filter((f) => enText.includes(f))) expect(viText).toContain(fact);
    },
  );

  it('the tally after check, in both languages', () => {
    expect(CATALOGUES.en.problems.summary(1, 0, 0)).toBe('1 file checked, no problems.');
    expect(CATALOGUES.en.problems.summary(6, 1, 3)).toBe('6 files checked: 1 error, 3 warnings.');
    expect(CATALOGUES.vi.problems.summary(1, 0, 0)).toBe('Đã kiểm tra 1 tệp, không có vấn đề nào.');
    expect(CATALOGUES.vi.problems.summary(6, 1, 3)).toBe('Đã kiểm tra 6 tệp: 1 lỗi, 3 cảnh báo.');
  });
});

/**
 * Every other message (the command line's help and progress, the doctor's report), with facts to try it on. The
 * keys are the catalogue's paths: a message added to the catalogue and not here fails the test below.
 */
const WORDS: Record<string, (c: Catalogue) => string | readonly string[]> = {
  'problems.error': (c) => c.problems.error,
  'problems.warning': (c) => c.problems.warning,
  'problems.fix': (c) => c.problems.fix,
  'problems.summary': (c) => c.problems.summary(6, 1, 3),
  'failures.bug': (c) => c.failures.bug,
  'failures.usage': (c) => c.failures.usage,
  browserInstallHint: (c) =>
    ['linux', 'darwin', 'win32'].map((p) => c.browserInstallHint(p as NodeJS.Platform)),
  'doctor.title': (c) => c.doctor.title,
  'doctor.node': (c) => [c.doctor.node('v20.20.2', true, 20), c.doctor.node('v18.0.0', false, 20)],
  'doctor.browser': (c) => [
    ...(['option', 'config', 'env', 'default'] as const).map((f) =>
      c.doctor.browser('/usr/bin/chromium', f, 'browser', null),
    ),
    c.doctor.browser('/usr/lib/chromium/chromium-headless-shell', 'default', 'headless-shell', 'Chrome/156'),
  ],
  'doctor.shellNote': (c) => [...c.doctor.shellNote('linux'), ...c.doctor.shellNote('win32')],
  'doctor.browserNotFound': (c) => c.doctor.browserNotFound,
  'doctor.font': (c) => [
    c.doctor.font(null),
    c.doctor.font({ ok: true, families: ['Liberation Serif'] }),
    c.doctor.font({ ok: false, families: [] }),
  ],
  'doctor.endOfLife': (c) => c.doctor.endOfLife('20', '2026-04-30'),
  'doctor.allGood': (c) => c.doctor.allGood,
  'doctor.problemCount': (c) => c.doctor.problemCount(2),
  'cli.commanderError': (c) => [
    c.cli.commanderError("error: unknown option '--x'"),
    c.cli.commanderError("error: unknown command 'chek'\n(Did you mean check?)"),
    c.cli.commanderError("error: missing required argument 'year'"),
    c.cli.commanderError("error: option '--out <dir>' argument missing"),
    c.cli.commanderError(
      "error: option '--lang <language>' argument 'fr' is invalid. Allowed choices are vi, en.",
    ),
    c.cli.commanderError(
      "error: command-argument value '18' is invalid for argument 'years'. Cần ghi một năm.",
    ),
    c.cli.commanderError("error: too many arguments for 'years'. Expected 0 arguments but got 1."),
    c.cli.commanderError("error: too many arguments for 'new'. Expected 1 argument but got 2."),
    c.cli.commanderError('error: too many arguments. Expected 0 arguments but got 1.'),
  ],
  'cli.helpExtras': (c) => [
    c.cli.helpExtras('the output format (choices: "human", "json", "github", default: "human")'),
    c.cli.helpExtras('the data folder (default: "data")'),
  ],
  'cli.usage': (c) => [
    c.cli.usage('hatinh-report build [options] [years...]'),
    c.cli.usage('hatinh-report [options] [command]'),
  ],
  'cli.term': (c) => [c.cli.term('--data <dir>'), c.cli.term('[years...]'), c.cli.term('years')],
  'cli.program': (c) => c.cli.program,
  'cli.exitCodes': (c) => c.cli.exitCodes,
  'cli.help': (c) => c.cli.help,
  'cli.helpCommand': (c) => c.cli.helpCommand,
  'cli.version': (c) => c.cli.version,
  'cli.lang': (c) => c.cli.lang('hatinh-report.config.json'),
  'cli.check': (c) => Object.values(c.cli.check),
  'cli.build': (c) => Object.values({ ...c.cli.build, format: c.cli.build.format(['md', 'html', 'pdf']) }),
  'cli.new': (c) => Object.values(c.cli.new),
  'cli.dossier': (c) => Object.values(c.cli.dossier),
  'cli.export': (c) => {
    const { wrote, ...words } = c.cli.export;
    return [...Object.values(words), wrote(1, 'reports/2024/don-vi'), wrote(18, 'reports/2024/don-vi')];
  },
  'cli.import': (c) => {
    const { merged, ...words } = c.cli.import;
    return [
      ...Object.values(words),
      merged('data/2024-units.yaml', ['phong-duc-tho'], 17),
      merged('data/2024-units.yaml', ['phong-duc-tho', 'phong-can-loc'], 0),
      merged('data/2024-units.yaml', [], 18),
    ];
  },
  'cli.years': (c) => Object.values(c.cli.years),
  'cli.schema': (c) => [c.cli.schema.description, c.cli.schema.out],
  'cli.doctor': (c) => Object.values(c.cli.doctor),
  'cli.preview': (c) => {
    const p = c.cli.preview;
    return [
      p.description,
      p.year,
      p.port,
      p.pdf,
      p.out,
      p.serving('http://127.0.0.1:5173/', 2018, ['data', 'my-templates']),
      p.updated('10:32:05', 48.4),
      p.dataErrors('10:32:05', 1),
      p.dataErrors('10:32:05', 3),
      p.failed('10:32:05'),
      p.pdfWritten('reports/2018/bao-cao-2018.pdf'),
      p.stopped,
      p.watchFailed('ENOSPC'),
      p.watchFailed('EPERM'),
      p.page.title(2018),
      p.page.lead(1),
      p.page.lead(2),
      p.page.waiting(2018),
    ];
  },
  'cli.score': (c) => {
    const w = c.cli.score;
    return [
      w.description,
      w.year,
      w.data,
      w.format,
      w.out,
      w.strict,
      w.title(2024),
      w.illustrative,
      w.scheme('Thang điểm khối cấp huyện', '100', 'Quy chế thi đua, Điều 6'),
      ...Object.values(w.columns),
      w.tieBroken('Phòng A', 'Phòng B', '96', 'Giải quyết việc làm', false),
      w.tieBroken('Phòng A', 'Phòng B', '96', 'Chậm báo cáo', true),
      w.tieShared(['Phòng A', 'Phòng B'], '90,5', 3, true),
      w.tieShared(['Phòng A', 'Phòng B', 'Phòng C'], '90,5', 3, false),
      w.qualified(
        [{ unit: 'Phòng B', figure: 'trên 980 người', name: 'Xuất khẩu lao động' }],
        ['1 và 2'],
        [],
      ),
      w.qualified(
        [
          { unit: 'Phòng B', figure: 'trên 980 người', name: 'Xuất khẩu lao động' },
          { unit: 'Phòng C', figure: 'gần 2.000 người', name: 'Giải quyết việc làm' },
        ],
        ['1 và 2', '4 và 5'],
        ['Phòng D'],
      ),
      w.qualified(
        [{ unit: 'Phòng B', figure: 'gần 2.000 người', name: 'Giải quyết việc làm' }],
        [],
        ['Phòng B'],
      ),
      w.unscored(['Phòng C']),
      w.proposals,
      w.proposal(
        'Tập thể lao động xuất sắc',
        'Luật Thi đua, khen thưởng 2022, Điều 27',
        ['Phòng A', 'Phòng B'],
        0,
      ),
      w.proposal('Tập thể lao động tiên tiến', 'Luật Thi đua, khen thưởng 2022, Điều 28', ['Phòng C'], 2),
      w.proposal('Tập thể lao động tiên tiến', 'Luật Thi đua, khen thưởng 2022, Điều 28', [], 1),
      w.proposal('Cờ thi đua', 'Luật Thi đua, khen thưởng 2022, Điều 26', [], 0),
      w.individual('Lao động tiên tiến', 124),
      w.money('456.710.000', '2.340.000', 'Nghị định 73/2024/NĐ-CP', '31/12/2024'),
      w.noPrize(['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh']),
      w.noBaseSalary('31/12/2024'),
      w.noRuleSet(2023, '31/12/2023'),
      w.dataErrors,
    ];
  },
  'cli.invalid': (c) => [
    c.cli.invalid.year,
    c.cli.invalid.formats(['odt'], ['md', 'html', 'pdf', 'docx']),
    c.cli.invalid.date,
    c.cli.invalid.notADay('2019-02-30'),
    c.cli.invalid.range(0, 4),
  ],
  'cli.wrote': (c) => c.cli.wrote('reports/2018/bao-cao-2018.pdf'),
  'cli.kept': (c) => c.cli.kept('data/2019.yaml'),
  'cli.fillIn': (c) => c.cli.fillIn('node bin/hatinh-report.js check'),
  'cli.nothingBuilt': (c) => [c.cli.nothingBuilt(false), c.cli.nothingBuilt(true)],
  'cli.nothingWritten': (c) => c.cli.nothingWritten,
  'cli.noYearListed': (c) => c.cli.noYearListed('data'),
  'cli.pdfPrinted': (c) => c.cli.pdfPrinted(2018),
  'cli.rendering': (c) => c.cli.rendering(1, 2, 2018),
  'cli.interrupted': (c) => [c.cli.interrupted('SIGINT'), c.cli.interrupted('SIGTERM')],
};

/** The paths of a catalogue's messages other than diagnostics and failures, down to commands' words. */
function paths(c: Catalogue): string[] {
  const { diagnostics: _d, errors: _e, cli, ...rest } = c;
  const { titles: _t, ...commands } = cli;
  const of = (prefix: string, o: object) => Object.keys(o).map((k) => `${prefix}${k}`);
  return [
    ...Object.entries(rest).flatMap(([k, v]) => (typeof v === 'object' ? of(`${k}.`, v) : [k])),
    ...of('cli.', commands),
  ];
}

describe('the rest of the catalogues: the command line and the doctor', () => {
  it('every message of the catalogue is tried here', () => {
    expect(Object.keys(WORDS).sort()).toEqual(paths(CATALOGUES.en).sort());
  });

  it.each(Object.keys(WORDS))('%s: in Vietnamese, other words than the English', (path) => {
    const say = WORDS[path] as (c: Catalogue) => string | readonly string[];
    const [vi, en] = [say(CATALOGUES.vi), say(CATALOGUES.en)].map((w) =>
      typeof w === 'string' ? [w] : [...w],
    );
    expect(vi).toHaveLength(en?.length ?? 0);
    (vi ?? []).forEach((text, i) => {
      expect(text).not.toMatch(/undefined|\[object|NaN/);
      // A few words are the same in both: "Node.js v20.20.2" is no translation to miss.
      if (!/^\s*Node\.js/.test(text)) expect(text).not.toBe(en?.[i]);
      expect(text).toMatch(VIETNAMESE);
    });
  });

  it('commander’s headings have Vietnamese words', () => {
    expect(CATALOGUES.vi.cli.titles).toMatchObject({
      'Usage:': 'Cách dùng:',
      'Options:': 'Tùy chọn:',
      'Commands:': 'Lệnh:',
      'Arguments:': 'Đối số:',
    });
    expect(CATALOGUES.en.cli.titles).toEqual({});
  });
});
