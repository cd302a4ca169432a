/**
 * A collective's report of achievements (báo cáo thành tích; Luật 2022 Điều 84 khoản 1 điểm b), under its own
 * name: its words from the units' year, its figures, score, rank and titles from the data.
 */
import type { UnitProposals } from '../../compute/propose-titles.js';
import { listed } from '../../messages/facts.js';
import type { UnitYear } from '../../model/emulation.js';
import type { Dec, Qualifier } from '../../model/types.js';
import { type Block, cell, column, type DocumentTree, sheetTable, type TableRow } from '../document.js';
import { titleWords } from '../emulation-view.js';
import { formatNumber, formatWhole, formatWritten, qualified } from '../format-number.js';
import { lowerFirst } from '../text-case.js';
import { type Dossier, para, titlePhrase } from './dossier.js';

/**
 * A collective's report of achievements (báo cáo thành tích; Luật 2022 Điều 84 khoản 1 điểm b), as the unit
 * signs it and the department confirms it: its words from the units' year, its figures, score, rank, members'
 * titles and titles of earlier years from the data.
 */
export function achievementReport(d: Dossier, u: UnitProposals): DocumentTree {
  const year = d.context.figures.get(u.unit.id) as UnitYear;
  const words = year.achievements as NonNullable<UnitYear['achievements']>;
  const block = d.emulation.scores.blocks.find((b) => b.block.id === u.block);
  const score = block?.units.find((x) => x.unit.id === u.unit.id);
  const asked = d.proposed('province').filter((p) => p.units.some((x) => x.unit.unit.id === u.unit.id));
  const what = listed(
    asked.map((p) => titlePhrase(p.title)),
    'và',
  );
  const points = (v: Dec) => formatNumber(v, block?.scheme.decimals ?? 2);
  const rows: TableRow[] = [];
  // Last year's result, where the units' file of last year has it: its own target of the same id, the indicator.
  const prior = d.context.priorFigures.get(u.unit.id);
  const before = (figure: { result?: Dec; qualifier: Qualifier } | undefined) =>
    figure?.result === undefined ? '–' : qualified(figure.qualifier, formatWritten(figure.result));
  for (const c of score?.criteria ?? []) {
    const r = c.reason;
    const indicator = c.criterion.type === 'indicator' ? c.criterion.indicator : undefined;
    const items =
      r.kind === 'own_targets'
        ? r.items.map((i) => ({
            last: before(prior?.own_indicators[i.id]),
            name: i.name,
            unit: i.unit,
            target: i.target as Dec | undefined,
            actual: i.actual,
            qualifier: i.qualifier,
          }))
        : r.kind === 'proportional' || r.kind === 'bloc'
          ? [
              {
                last: before(indicator === undefined ? undefined : prior?.indicators[indicator]),
                name: r.name,
                unit: r.measure,
                target: r.target as Dec | undefined,
                actual: r.actual,
                qualifier: r.qualifier,
              },
            ]
          : r.kind === 'best_of_block'
            ? [
                {
                  last: before(indicator === undefined ? undefined : prior?.indicators[indicator]),
                  name: r.name,
                  unit: r.measure,
                  target: undefined,
                  actual: r.actual,
                  qualifier: r.qualifier,
                },
              ]
            : [];
    for (const item of items)
      rows.push({
        kind: 'row',
        depth: 0,
        keepWithNext: false,
        cells: [
          cell(String(rows.length + 1)),
          cell(item.name),
          cell(item.unit),
          // Last year's column only where the data has the unit's last year.
          ...(prior === undefined ? [] : [cell(item.last)]),
          cell(item.target === undefined ? 'Không có chỉ tiêu' : formatWritten(item.target)),
          cell(
            item.actual === undefined
              ? 'Chưa có số liệu'
              : qualified(item.qualifier, formatWritten(item.actual)),
          ),
        ],
      });
  }
  const individual = u.individual.filter((i) => i.count > 0);
  const members = year.members?.total;
  const earlier = Object.entries(year.earlier ?? {}).sort(([a], [b]) => a.localeCompare(b));
  // A title by its name; a rating ("hoan-thanh-xuat-sac-nhiem-vu") in its words.
  const nameOf = (id: string) => titleWords(id, d.proposals);
  const blocks: Block[] = [
    para(`**Tên tập thể:** ${u.unit.name}.`, 'markdown'),
    ...(block ? [para(`**Khối thi đua:** ${block.block.name}.`, 'markdown')] : []),
    ...(members === undefined
      ? []
      : [para(`**Tổng số cán bộ, viên chức, người lao động:** ${formatWhole(members)} người.`, 'markdown')]),
    { type: 'heading', level: 2, text: 'I. ĐẶC ĐIỂM, TÌNH HÌNH' },
    { type: 'markdown', text: words.characteristics },
    { type: 'heading', level: 2, text: 'II. THÀNH TÍCH ĐẠT ĐƯỢC' },
    { type: 'markdown', text: words.narrative },
    { type: 'heading', level: 3, text: `1. Kết quả thực hiện các chỉ tiêu năm ${d.year}` },
    sheetTable(
      [
        column('TT', 6, 'cell', 'center'),
        column('Chỉ tiêu', prior === undefined ? 44 : 37, 'cell', 'left'),
        column('Đơn vị tính', 12, 'cell', 'center'),
        ...(prior === undefined ? [] : [column(`Thực hiện năm ${d.year - 1}`, 15, 'cell', 'right')]),
        column(`Kế hoạch năm ${d.year}`, prior === undefined ? 19 : 15, 'cell', 'right'),
        column(`Thực hiện năm ${d.year}`, prior === undefined ? 19 : 15, 'cell', 'right'),
      ],
      rows,
      'Không có chỉ tiêu được chấm điểm.',
    ),
    ...(score && block
      ? [
          para(
            `Kết quả chấm điểm thi đua: ${points(score.total)}/${points(block.scheme.max_total)} điểm; xếp thứ ${score.rank}/${block.units.length} trong ${lowerFirst(block.block.name)}${score.band ? `; xếp loại ${lowerFirst(score.band)}` : ''}.`,
          ),
        ]
      : []),
    ...(individual.length > 0
      ? [
          { type: 'heading', level: 3, text: '2. Danh hiệu thi đua của cá nhân' } as Block,
          para(
            `Năm ${d.year}, ${individual.map((i) => `${formatWhole(i.count)}${members === undefined ? '' : `/${formatWhole(members)}`} cá nhân được đề nghị công nhận danh hiệu “${i.title.name}”`).join('; ')}.`,
          ),
        ]
      : []),
    ...(words.movements
      ? [
          {
            type: 'heading',
            level: 3,
            text: `${individual.length > 0 ? 3 : 2}. Thực hiện các phong trào thi đua`,
          } as Block,
          { type: 'markdown', text: words.movements } as Block,
        ]
      : []),
    { type: 'heading', level: 2, text: 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG' },
    earlier.length > 0
      ? {
          type: 'list',
          items: earlier.map(([y, ids]) => ({
            text: `Năm ${y}: ${ids.map(nameOf).join(', ')}.`,
            depth: 0,
          })),
          nested: false,
          markup: 'plain',
        }
      : // None, as written (`earlier: {}`; check asks it of a unit whose report is made).
        para('Không.'),
    {
      type: 'signature',
      closing: '',
      recipientsLabel: '',
      recipients: [],
      // The department, which submits the dossier, confirms it (cấp trình khen thưởng).
      // Signed as the department signs: a deputy "KT. GIÁM ĐỐC" above his own title.
      cosigner: { heading: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', ...d.signer() },
      signer: { onBehalf: null, title: words.signer.title, name: words.signer.name ?? null },
    },
  ];
  return d.report(u.unit, `Đề nghị tặng ${what} năm ${d.year}`, blocks);
}
