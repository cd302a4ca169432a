/**
 * The layout of the workbook a unit fills in for its year (export YEAR --format xlsx), which the import reads back:
 * the sheets' names, the columns, the heading row and where the rows start. Written once here, so the workbook
 * written and the workbook read cannot disagree.
 *
 * Each data sheet keeps in its hidden column A the key of each row (what the row is: `indicator:viec-lam`,
 * `own:gioi-thieu-viec-lam`, `criterion:cai-cach-hanh-chinh`, `member:total`), so that a row is found by its key,
 * not by its place; a hidden sheet keeps what the workbook is for (the kind, the year, the unit).
 */

import { QUALIFIER_WORDS } from '../domain/qualifier-words.js';
import type { Indicator, Qualifier } from '../model/types.js';

/** The sheets, as the unit sees them. */
export const SHEETS = {
  guide: 'Hướng dẫn',
  figures: 'Chỉ tiêu',
  members: 'Cán bộ',
  /** Hidden: what the workbook is for. */
  meta: 'hatinh-report',
} as const;

/** What the workbook is: written in the hidden sheet's first column, its values in the second. */
export const META_KEYS = {
  tool: 'tool',
  kind: 'kind',
  year: 'year',
  unit: 'unit',
  version: 'version',
} as const;
/** Identifies a workbook this tool wrote, and the layout's version (a later layout may read older ones). */
export const TOOL = 'hatinh-report';
export const LAYOUT_VERSION = 1;

/** The rows above the table (title, unit, block, made-up mark, blank), then the heading row. */
export const HEADING_ROW = 6;
export const FIRST_ROW = HEADING_ROW + 1;

/** The columns of the figures' sheet, by what they hold; A holds the row's key and is hidden. */
export const FIGURE_COLUMNS = {
  key: 1,
  number: 2,
  name: 3,
  unit: 4,
  direction: 5,
  last: 6,
  target: 7,
  qualifier: 8,
  result: 9,
  note: 10,
} as const;

/** The columns of the members' sheet. */
export const MEMBER_COLUMNS = { key: 1, number: 2, name: 3, count: 4 } as const;

/** The heading of each column of the figures' sheet (checked on import: a column inserted moves them). */
export function figureHeadings(year: number): Record<keyof typeof FIGURE_COLUMNS, string> {
  return {
    key: 'Mã',
    number: 'STT',
    name: 'Chỉ tiêu, tiêu chí',
    unit: 'Đơn vị tính',
    direction: 'Chiều đánh giá',
    last: `Kết quả năm ${year - 1}`,
    target: `Chỉ tiêu đăng ký năm ${year}`,
    qualifier: 'Mức của kết quả (trên, gần, …)',
    result: `Kết quả năm ${year}`,
    note: 'Ghi chú',
  };
}

export const MEMBER_HEADINGS: Record<keyof typeof MEMBER_COLUMNS, string> = {
  key: 'Mã',
  number: 'STT',
  name: 'Nội dung',
  count: 'Số người',
};

/** The members' counts, in the order of the sheet, with their words (the keys of units' `members`). */
export const MEMBER_ROWS = [
  ['total', 'Tổng số cán bộ, công chức, viên chức, người lao động của đơn vị'],
  ['excellent', 'Xếp loại hoàn thành xuất sắc nhiệm vụ'],
  ['good', 'Xếp loại hoàn thành tốt nhiệm vụ'],
  ['complete', 'Xếp loại hoàn thành nhiệm vụ'],
  ['incomplete', 'Xếp loại không hoàn thành nhiệm vụ'],
  ['advanced', 'Đạt danh hiệu Lao động tiên tiến'],
  ['emulation_fighters', 'Đạt danh hiệu Chiến sĩ thi đua cơ sở'],
  ['initiatives', 'Số người có sáng kiến, đề tài, đề án được cấp có thẩm quyền công nhận trong năm'],
  ['disciplined', 'Bị kỷ luật từ hình thức cảnh cáo trở lên trong năm'],
] as const;

export type MemberKey = (typeof MEMBER_ROWS)[number][0];

/** Blank rows offered under the unit's own targets, for targets it registers this year for the first time. */
export const NEW_OWN_ROWS = 5;

/** The words of the direction column: more is better, or less is. */
export const DIRECTION_WORDS = { higher: 'Càng cao càng tốt', lower: 'Càng thấp càng tốt' } as const;

/** The words of a yes/no criterion's cell. */
export const YES_NO_WORDS = { yes: 'Có', no: 'Không' } as const;

/** The qualifiers a result may have, as the list of the qualifier's cell offers them (exact: the cell left blank). */
export const QUALIFIER_CHOICES: readonly string[] = (Object.keys(QUALIFIER_WORDS) as Qualifier[])
  .map((q) => QUALIFIER_WORDS[q])
  .filter((w) => w !== '');

/** The keys of the rows: what each row of the figures' sheet is. */
export type RowKey =
  | { kind: 'indicator'; id: string }
  | { kind: 'own'; id: string }
  | { kind: 'criterion'; id: string };

export function rowKey(key: RowKey): string {
  return `${key.kind}:${key.id}`;
}

/** Returns the row's key written in column A, or undefined when the text is not one. */
export function parseRowKey(text: string): RowKey | undefined {
  const match = /^(indicator|own|criterion):([a-z0-9-]*)$/.exec(text.trim());
  if (!match) return undefined;
  return { kind: match[1] as RowKey['kind'], id: match[2] ?? '' };
}

/** The columns of the department's own year (the results file's figures). */
export const VALUE_COLUMNS = {
  key: 1,
  number: 2,
  name: 3,
  unit: 4,
  last: 5,
  plan: 6,
  qualifier: 7,
  result: 8,
  note: 9,
} as const;

export function valueHeadings(year: number): Record<keyof typeof VALUE_COLUMNS, string> {
  return {
    key: 'Mã',
    number: 'STT',
    name: 'Chỉ tiêu',
    unit: 'Đơn vị tính',
    last: `Thực hiện năm ${year - 1}`,
    plan: `Kế hoạch năm ${year}`,
    qualifier: 'Mức của số thực hiện (trên, gần, …)',
    result: `Thực hiện năm ${year}`,
    note: 'Ghi chú',
  };
}

/** What a figure's cell accepts, the same on export (Excel's validation) and on import: a rate within 0-100, a
 * figure the catalogue writes without decimals whole, any other at least 0. */
export interface FigureRule {
  whole: boolean;
  max?: number;
}

export function figureRule(
  unit: string,
  indicator: Pick<Indicator, 'kind' | 'decimals'> | undefined,
): FigureRule {
  const rate = indicator?.kind === 'rate' || unit === '%';
  return rate ? { whole: false, max: 100 } : { whole: indicator?.decimals === 0 };
}
