/**
 * Writes made-up data folders for layout tests: a catalogue of up to 200 indicators (short or long names), and
 * report years of chosen sizes, with or without targets, last year's figures and notes, each with a full
 * narrative. The figures are invented and only ever written to a temporary folder, never to data/.
 */
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA } from './run-cli.js';

export interface YearSpec {
  year: number;
  /** How many indicators (the first N of the catalogue) have a figure this year. */
  indicators: number;
  targets: boolean;
  /** Whether last year has figures for them too. */
  prior: boolean;
  notes: boolean;
  /** How many proposals the narrative ends with (2 by default): moves the closing paragraph down the page. */
  proposals?: number;
}

const AREAS = 8;
const LONG =
  'được tổng hợp từ báo cáo của các phòng, đơn vị thuộc Sở và các địa phương trên địa bàn tỉnh theo quy định hiện hành';

type Kind = 'count' | 'rate' | 'money';
const KINDS: { kind: Kind; unit: string; direction: 'higher' | 'lower'; decimals: number }[] = [
  { kind: 'count', unit: 'người', direction: 'higher', decimals: 0 },
  { kind: 'rate', unit: '%', direction: 'higher', decimals: 1 },
  { kind: 'money', unit: 'tỷ đồng', direction: 'higher', decimals: 1 },
  { kind: 'rate', unit: '%', direction: 'lower', decimals: 2 },
  { kind: 'count', unit: 'hồ sơ', direction: 'higher', decimals: 0 },
];

const id = (i: number) => `chi-tieu-${String(i + 1).padStart(3, '0')}`;
const spec = (i: number) => KINDS[i % KINDS.length] as (typeof KINDS)[number];

function figure(i: number, year: number): string {
  const s = spec(i);
  const t = year % 100;
  if (s.kind === 'rate')
    return ((10 + ((i * 37 + t * 3) % 800) / 10) * (s.direction === 'lower' ? 0.1 : 1)).toFixed(s.decimals);
  if (s.kind === 'money') return (10 + ((i * 7919 + t * 131) % 9000) / 10).toFixed(1);
  return String(1000 + ((i * 7919 + t * 250) % 90000));
}

function catalogue(count: number, longNames: boolean): string {
  const lines = ['kind: catalogue', 'areas:'];
  for (let a = 0; a < AREAS; a++)
    lines.push(`  - id: linh-vuc-${a + 1}`, `    name: Lĩnh vực thử nghiệm ${a + 1}`);
  lines.push('indicators:');
  for (let i = 0; i < count; i++) {
    const s = spec(i);
    const name = `Chỉ tiêu thử nghiệm số ${i + 1} về ${s.unit === '%' ? 'tỷ lệ' : s.unit}${longNames && i % 2 === 0 ? `, ${LONG}` : ''}`;
    lines.push(
      `  - id: ${id(i)}`,
      `    name: "${name}"`,
      `    area: linh-vuc-${Math.floor((i * AREAS) / count) + 1}`,
      `    unit: "${s.unit}"`,
      `    kind: ${s.kind}`,
      `    direction: ${s.direction}`,
      `    decimals: ${s.decimals}`,
    );
    // Every fifth indicator is a part of the one before it, when that one counts the same thing.
    if (i % 5 === 4 && spec(i - 1).unit === s.unit) lines.push(`    parent: ${id(i - 1)}`);
  }
  return `${lines.join('\n')}\n`;
}

const SOURCE = [
  'sources:',
  '  - id: thu-nghiem',
  '    title: Số liệu thử nghiệm (không phải số liệu thật)',
  'default_source: thu-nghiem',
];

function results(y: YearSpec, count: number, withNarrative: boolean): string {
  const lines = ['kind: results', `year: ${y.year}`, ...SOURCE, 'values:'];
  for (let i = 0; i < count; i++) {
    lines.push(`  ${id(i)}:`, `    value: ${figure(i, y.year)}`);
    if (i % 7 === 3) lines.push('    qualifier: over');
    if (y.notes && i % 3 === 0)
      lines.push(
        `    note: Ghi chú thử nghiệm cho chỉ tiêu số ${i + 1}, nêu nguồn và cách tính của số liệu.`,
      );
  }
  if (withNarrative) lines.push(...narrative(y.year, y.proposals ?? 2));
  return `${lines.join('\n')}\n`;
}

function narrative(year: number, proposals: number): string[] {
  const list = (key: string, n: number, what: string) => [
    `  ${key}:`,
    ...Array.from(
      { length: n },
      (_, k) =>
        `    - ${what} thứ ${k + 1} của năm ${year}, viết đủ dài để chiếm hơn một dòng của văn bản in.`,
    ),
  ];
  return [
    'narrative:',
    `  situation: Tình hình năm ${year} được nêu trong đoạn thử nghiệm này, viết đủ dài để chiếm vài dòng của văn bản in ra giấy khổ A4.`,
    '  movements:',
    ...Array.from({ length: 3 }, (_, k) => [
      `    - name: Phong trào thi đua thử nghiệm số ${k + 1}`,
      '      description: Nội dung phong trào thi đua thử nghiệm, kết quả đạt được trong năm.',
    ]).flat(),
    '  commendations:',
    '    - { form: Cờ thi đua, by: UBND tỉnh, recipient: agency, count: 1 }',
    '    - { form: Chiến sĩ thi đua cơ sở, by: Giám đốc Sở, recipient: individual, count: 12 }',
    '    - { form: Bằng khen, by: Chủ tịch UBND tỉnh, recipient: collective, count: 3 }',
    ...list('highlights', 3, 'Ưu điểm'),
    ...list('shortcomings', 2, 'Tồn tại, hạn chế'),
    ...list('causes', 2, 'Nguyên nhân'),
    ...list('lessons', 2, 'Bài học'),
    ...list('next_year_tasks', 4, 'Nhiệm vụ'),
    ...(proposals > 0 ? list('proposals', proposals, 'Kiến nghị') : []),
  ];
}

function targets(year: number, count: number): string {
  const lines = ['kind: targets', `year: ${year}`, ...SOURCE, 'targets:'];
  for (let i = 0; i < count; i++) {
    const s = spec(i);
    const value = figure(i, year + 3);
    lines.push(`  ${id(i)}: { type: ${s.direction === 'lower' ? 'ceiling' : 'level'}, value: ${value} }`);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes a data folder with the shipped agency and schemas, a catalogue of `catalogueSize` and the years given. */
export async function generateReportData(
  years: readonly YearSpec[],
  options: { catalogueSize: number; longNames: boolean },
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hatinh-layout-'));
  await cp(join(DATA, 'schemas'), join(dir, 'schemas'), { recursive: true });
  await cp(join(DATA, 'agency.yaml'), join(dir, 'agency.yaml'));
  await writeFile(join(dir, 'indicators.yaml'), catalogue(options.catalogueSize, options.longNames));
  for (const y of years) {
    await writeFile(join(dir, `${y.year}.yaml`), results(y, y.indicators, true));
    if (y.prior)
      await writeFile(
        join(dir, `${y.year - 1}.yaml`),
        results({ ...y, year: y.year - 1 }, y.indicators, false),
      );
    if (y.targets) await writeFile(join(dir, `${y.year}-targets.yaml`), targets(y.year, y.indicators));
  }
  return dir;
}
