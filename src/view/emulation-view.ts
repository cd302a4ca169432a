/**
 * The emulation part of the report (issue 9), worded in Vietnamese: the section on the blocks' scores and ranks,
 * and the appendices (the proposals, the statistics of titles and awards) as NĐ 30/2020 labels them.
 */
import type { YearEmulation } from '../compute/compute-emulation.js';
import type { ConditionCheck, UnitProposals, YearProposals } from '../compute/propose-titles.js';
import type { BlockScore, YearScores } from '../compute/score-units.js';
import { dec, plain } from '../domain/decimal.js';
import { messagesFor } from '../messages/messages.js';
import { isScored, RATING_IDS, type TitleRule } from '../model/emulation.js';
import { COMMENDATION_KINDS, type Commendation, type Dec } from '../model/types.js';
import { formatNumber } from './format-number.js';
import { buildRankingView } from './ranking-view.js';
import { roman } from './roman.js';
import type { AppendixTable, AppendixView, EmulationView } from './view-types.js';

const WORDS = messagesFor('vi').cli.score;

/** How the report names a level of authority in the statistics. */
const LEVEL_WORDS: Record<TitleRule['level'], string> = {
  base: 'Cơ sở',
  province: 'Tỉnh',
  ministry: 'Bộ, ngành',
  state: 'Nhà nước',
};

/** What the document is, for the appendices' "(Kèm theo ...)": "Báo cáo số 05/BC-SLĐTBXH ngày 05/01/2025 của ...". */
export interface AttachedTo {
  number: string;
  /** "ngày 05 tháng 01 năm 2025", blanks where the office has yet to date it. */
  date: string;
  agency: string;
}

/** Returns the section on the year's scores and ranks, and its sentences. */
export function emulationSection(emulation: YearEmulation): Omit<EmulationView, 'number' | 'title'> {
  const { scores, proposals } = emulation;
  const ranking = buildRankingView(scores, WORDS, proposals);
  const unitCount = scores.blocks.reduce((n, b) => n + b.units.length, 0);
  const schemes = [...new Set(scores.blocks.map((b) => b.scheme.name))];
  return {
    intro: `Năm ${scores.year}, ${unitCount} đơn vị trong ${scores.blocks.length} khối thi đua được chấm điểm theo ${schemes.map((s) => lowerFirstWord(s)).join('; ')}. Kết quả chấm điểm, xếp hạng của từng khối như sau:`,
    blocks: scores.blocks.map((block, i) => {
      const view = ranking.blocks[i];
      return {
        number: String(i + 1),
        title: block.block.name,
        sentences: [...blockSentences(block, proposals), ...(view?.notes ?? [])],
        table: {
          caption: `Bảng: Kết quả chấm điểm thi đua ${lowerFirstWord(block.block.name)} năm ${scores.year}`,
          groups: (view?.groups ?? []).map((g, k) => ({
            ...g,
            max: maxOf(block, groupLabels(block)[k] ?? ''),
          })),
          rows: view?.rows ?? [],
        },
      };
    }),
    outro: proposals
      ? 'Danh sách tập thể, cá nhân đề nghị công nhận danh hiệu thi đua và khen thưởng tại Phụ lục I; thống kê danh hiệu thi đua, hình thức khen thưởng tại Phụ lục II kèm theo Báo cáo này.'
      : null,
  };
}

function lowerFirstWord(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** The scheme's groups of criteria, in order, as it labels them. */
function groupLabels(block: BlockScore): string[] {
  return [...new Set(block.scheme.criteria.map((c) => c.group))];
}

/** The most points a group of criteria can give (bonus at its cap, penalty nothing). */
function maxOf(block: BlockScore, label: string): string {
  const max = block.scheme.criteria
    .filter((c) => c.group === label)
    .reduce((sum, c) => sum.plus(dec(isScored(c) ? c.max : c.type === 'bonus' ? c.cap : '0')), dec('0'));
  return formatNumber(plain(max), block.scheme.decimals);
}

/** Who leads the block, how its units were classified, who is proposed for the Cờ thi đua. */
function blockSentences(block: BlockScore, proposals: YearProposals | undefined): string[] {
  const points = (v: Dec) => formatNumber(v, block.scheme.decimals);
  const leaders = block.units.filter((u) => u.rank === 1);
  const first = leaders.map((u) => u.unit.name).join(', ');
  const lead =
    leaders.length === 0
      ? []
      : [
          `${first} ${leaders.length > 1 ? 'cùng dẫn đầu' : 'dẫn đầu'} khối với ${points(leaders[0]?.total ?? ('0' as Dec))} điểm.`,
        ];
  const bands = block.scheme.bands
    .map((b) => ({ label: b.label, n: block.units.filter((u) => u.band === b.label).length }))
    .filter((b) => b.n > 0)
    .map((b) => `${b.n} đơn vị xếp loại ${lowerFirstWord(b.label)}`);
  const classified =
    bands.length > 0 ? [`Trong ${block.units.length} đơn vị của khối, ${bands.join(', ')}.`] : [];
  const flags = (proposals?.units ?? []).filter(
    (u) =>
      u.block === block.block.id &&
      u.collective.some((v) => v.title.id === 'co-thi-dua-cap-tinh' && proposed(v)),
  );
  const flag = proposals?.ruleSet.titles.find((t) => t.id === 'co-thi-dua-cap-tinh');
  const flagSentence =
    flag && flags.length > 0
      ? [`Đề nghị tặng ${flag.name} cho ${flags.map((u) => u.unit.name).join(', ')}.`]
      : [];
  return [...lead, ...classified, ...flagSentence];
}

function proposed(v: UnitProposals['collective'][number]): boolean {
  return v.eligible && v.supersededBy === undefined;
}

/** Returns the appendices of the year's proposals: Phụ lục I, the list; Phụ lục II, the statistics. */
export function emulationAppendices(
  emulation: YearEmulation,
  attached: AttachedTo,
  commendations: readonly Commendation[] = [],
): AppendixView[] {
  const { scores, proposals } = emulation;
  if (proposals === undefined) return [];
  const attachedLine = `(Kèm theo Báo cáo ${attached.number} ${attached.date} của ${attached.agency})`;
  return [
    {
      label: 'Phụ lục I',
      title: `DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU THI ĐUA VÀ KHEN THƯỞNG NĂM ${scores.year}`,
      attachedTo: attachedLine,
      landscape: true,
      tables: [collectiveTable(proposals, scores), individualTable(proposals)],
      notes: proposalNotes(proposals),
    },
    {
      label: 'Phụ lục II',
      title: `THỐNG KÊ DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG ĐỀ NGHỊ NĂM ${scores.year}`,
      attachedTo: attachedLine,
      landscape: false,
      tables: [statisticsTable(proposals), ...(commendations.length > 0 ? [kindsTable(commendations)] : [])],
      notes: [
        `Mục 1 theo danh sách đề nghị tại Phụ lục I (khen thưởng thường xuyên, tổng kết năm ${scores.year})${commendations.length > 0 ? '; mục 2 theo các hình thức khen thưởng đã nhận trong năm nêu tại phần công tác khen thưởng của Báo cáo' : ''}.`,
      ],
    },
  ];
}

function money(amount: Dec | undefined): string {
  return amount === undefined ? 'Chưa xác định' : formatNumber(amount, 0);
}

/** Phụ lục I, part 1: the collectives proposed, grouped by title, each with the conditions it met. */
function collectiveTable(proposals: YearProposals, scores: YearScores): AppendixTable {
  const rows: AppendixTable['rows'] = [];
  const collective = proposals.ruleSet.titles.filter((t) => t.recipient === 'collective');
  let group = 0;
  for (const title of collective) {
    const units = proposals.units.filter((u) =>
      u.collective.some((v) => v.title.id === title.id && proposed(v)),
    );
    if (units.length === 0) continue;
    group += 1;
    rows.push({ kind: 'group', cells: [roman(group), `${title.name} (${units.length} tập thể)`] });
    units.forEach((u, i) => {
      const v = u.collective.find((x) => x.title.id === title.id);
      const score = scores.blocks.flatMap((b) => b.units).find((s) => s.unit.id === u.unit.id);
      rows.push({
        kind: 'row',
        cells: [
          String(i + 1),
          u.unit.name,
          (v?.checks ?? [])
            .map((c, k) => {
              const text = conditionText(c, score?.band, score?.total, blockName(scores, u.block));
              return k === 0 ? text : lowerFirstWord(text);
            })
            .join('; ') || 'Theo tiêu chuẩn của danh hiệu, hình thức khen thưởng',
          title.basis,
          money(v?.amount),
        ],
      });
    });
  }
  return {
    caption: '1. Tập thể',
    headings: ['TT', 'Tên tập thể', 'Thành tích, tiêu chuẩn đạt được', 'Căn cứ', 'Tiền thưởng (đồng)'],
    widths: ['6%', '26%', '40%', '16%', '12%'],
    align: ['center', 'left', 'left', 'left', 'right'],
    rows,
    empty: 'Không có tập thể đủ tiêu chuẩn.',
  };
}

function blockName(scores: YearScores, block: string): string {
  return scores.blocks.find((b) => b.block.id === block)?.block.name ?? block;
}

/** The words of a condition the unit met, with its figures. */
function conditionText(
  c: ConditionCheck,
  band: string | undefined,
  total: Dec | undefined,
  block: string,
): string {
  switch (c.condition) {
    case 'rating':
      return `Xếp loại ${lowerFirstWord(band ?? '')}${total ? ` (${formatNumber(total, 2)} điểm)` : ''}`;
    case 'members_complete_percent':
      return `${formatNumber(c.actual ?? ('0' as Dec), 1)}% cá nhân hoàn thành nhiệm vụ (${c.count ?? 0}/${c.of})`;
    case 'advanced_percent':
      return `${formatNumber(c.actual ?? ('0' as Dec), 1)}% cá nhân đạt danh hiệu Lao động tiên tiến (${c.count ?? 0}/${c.of})`;
    case 'emulation_fighters':
      return `${c.actual ?? 0} cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở`;
    case 'disciplined_max':
      return c.required === 0
        ? 'Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên'
        : `${c.actual ?? 0} cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên (tối đa ${c.required})`;
    case 'block_leader':
      return `Dẫn đầu ${lowerFirstWord(block)}`;
    case 'exceeded_all_targets':
      return `Vượt tất cả ${c.targets} chỉ tiêu được giao`;
    case 'consecutive':
      return c.years
        .map((y) => `năm ${y.year}: ${y.had.map(titleWords).join(', ')}`)
        .join('; ')
        .replace(/^n/, 'N');
  }
}

/** A title's or rating's id as words: tap-the-lao-dong-xuat-sac → Tập thể lao động xuất sắc. */
function titleWords(id: string): string {
  const rating = Object.entries(RATING_IDS).find(([, v]) => v === id)?.[0];
  if (rating === 'excellent') return 'Hoàn thành xuất sắc nhiệm vụ';
  if (rating === 'good') return 'Hoàn thành tốt nhiệm vụ';
  const known: Record<string, string> = {
    'tap-the-lao-dong-xuat-sac': 'Tập thể lao động xuất sắc',
    'tap-the-lao-dong-tien-tien': 'Tập thể lao động tiên tiến',
    'co-thi-dua-cap-tinh': 'Cờ thi đua của Ủy ban nhân dân tỉnh',
  };
  return known[id] ?? id;
}

/** Phụ lục I, part 2: the members' titles each unit proposes, and their prizes. */
function individualTable(proposals: YearProposals): AppendixTable {
  const titles = proposals.ruleSet.titles.filter(
    (t) => t.recipient === 'individual' && t.count !== undefined,
  );
  const units = proposals.units.filter((u) => u.individual.length > 0);
  const countOf = (u: UnitProposals, t: TitleRule) => u.individual.find((i) => i.title.id === t.id);
  const rows: AppendixTable['rows'] = units.map((u, i) => ({
    kind: 'row' as const,
    cells: [
      String(i + 1),
      u.unit.name,
      ...titles.map((t) => formatNumber(String(countOf(u, t)?.count ?? 0) as Dec, 0)),
      money(sumOf(u.individual.map((x) => x.amount))),
    ],
  }));
  const totals = titles.map((t) => units.reduce((n, u) => n + (countOf(u, t)?.count ?? 0), 0));
  return {
    caption: '2. Cá nhân',
    headings: ['TT', 'Đơn vị', ...titles.map((t) => `${t.name} (người)`), 'Tiền thưởng (đồng)'],
    widths: ['6%', '46%', ...titles.map(() => `${Math.floor(32 / Math.max(1, titles.length))}%`), '16%'],
    align: ['center', 'left', ...titles.map(() => 'right' as const), 'right'],
    rows: [
      ...rows,
      {
        kind: 'total',
        cells: [
          '',
          'Tổng cộng',
          ...totals.map((n) => formatNumber(String(n) as Dec, 0)),
          money(sumOf(units.flatMap((u) => u.individual.map((x) => x.amount)))),
        ],
      },
    ],
    empty: 'Không có cá nhân được đề nghị.',
  };
}

function sumOf(amounts: readonly (Dec | undefined)[]): Dec | undefined {
  if (amounts.some((a) => a === undefined)) return undefined;
  return plain(amounts.reduce((s, a) => s.plus(dec(a as Dec)), dec('0')));
}

/** The total, the base salary it is figured on, and the conditions the council confirms. */
function proposalNotes(proposals: YearProposals): string[] {
  const ranking = buildRankingView(
    { year: proposals.year, illustrative: false, blocks: [] },
    WORDS,
    proposals,
  );
  const confirm = proposals.ruleSet.titles
    .filter(
      (t) =>
        (t.confirm ?? []).length > 0 &&
        proposals.units.some((u) => u.collective.some((v) => v.title.id === t.id && proposed(v))),
    )
    .map((t) => `${t.name}: ${(t.confirm ?? []).join(' ')}`);
  return [
    `Căn cứ: ${proposals.ruleSet.name}.`,
    ...ranking.money,
    ...confirm.map((c) => `Tiêu chuẩn do Hội đồng thi đua xác nhận khi xét: ${c}`),
  ];
}

/** Phụ lục II: each title and award proposed, by level, collective and individual, with the prize money. */
function statisticsTable(proposals: YearProposals): AppendixTable {
  const rows: AppendixTable['rows'] = [];
  let n = 0;
  for (const category of ['title', 'award'] as const) {
    const titles = proposals.ruleSet.titles.filter((t) => t.category === category);
    if (titles.length === 0) continue;
    rows.push({
      kind: 'group',
      cells: [
        roman(category === 'title' ? 1 : 2),
        category === 'title' ? 'Danh hiệu thi đua' : 'Hình thức khen thưởng',
      ],
    });
    for (const t of titles) {
      n += 1;
      const collective = proposals.units.filter((u) =>
        u.collective.some((v) => v.title.id === t.id && proposed(v)),
      );
      const individual = proposals.units.reduce(
        (s, u) => s + (u.individual.find((i) => i.title.id === t.id)?.count ?? 0),
        0,
      );
      const amounts = [
        ...collective.map((u) => u.collective.find((v) => v.title.id === t.id)?.amount),
        ...proposals.units.flatMap((u) =>
          u.individual.filter((i) => i.title.id === t.id).map((i) => i.amount),
        ),
      ];
      rows.push({
        kind: 'row',
        cells: [
          String(n),
          t.name,
          LEVEL_WORDS[t.level],
          t.recipient === 'collective' ? String(collective.length) : '–',
          t.recipient === 'individual' ? formatNumber(String(individual) as Dec, 0) : '–',
          amounts.length === 0 ? '–' : money(sumOf(amounts)),
        ],
      });
    }
  }
  return {
    caption: '1. Danh hiệu thi đua, hình thức khen thưởng đề nghị (khen thưởng thường xuyên)',
    headings: [
      'TT',
      'Danh hiệu thi đua, hình thức khen thưởng',
      'Cấp khen thưởng',
      'Tập thể',
      'Cá nhân',
      'Tiền thưởng (đồng)',
    ],
    widths: ['7%', '38%', '14%', '11%', '11%', '19%'],
    align: ['center', 'left', 'center', 'right', 'right', 'right'],
    rows,
    empty: '',
  };
}

/** How the statistics name each kind of commendation, in the order of the Ministry's forms. */
const KIND_WORDS: Record<(typeof COMMENDATION_KINDS)[number], string> = {
  regular: 'Khen thưởng thường xuyên',
  thematic: 'Khen thưởng theo chuyên đề',
  sudden: 'Khen thưởng đột xuất',
  foreign: 'Khen thưởng đối ngoại',
  dedication: 'Khen thưởng quá trình cống hiến',
  seniority: 'Khen thưởng theo niên hạn',
};

/**
 * Phụ lục II, part 2: the commendations received in the year (the report's narrative), by kind: the forms and
 * how many, collectives and individuals apart where the data says which. One not given a kind is counted apart.
 */
function kindsTable(commendations: readonly Commendation[]): AppendixTable {
  const kinds = [...COMMENDATION_KINDS, undefined] as const;
  const rows: AppendixTable['rows'] = [];
  let n = 0;
  for (const kind of kinds) {
    const of = commendations.filter((c) => c.kind === kind);
    if (of.length === 0) continue;
    n += 1;
    const count = (recipients: readonly string[]) => {
      const listed = of.filter((c) => recipients.includes(c.recipient ?? ''));
      if (listed.length === 0) return '–';
      const known = listed.reduce((s, c) => s + (c.count ?? 0), 0);
      const words = listed
        .filter((c) => c.count === undefined)
        .map((c) => c.count_text ?? 'chưa rõ số lượng');
      return [...(known > 0 ? [formatNumber(String(known) as Dec, 0)] : []), ...words].join(' và ');
    };
    rows.push({
      kind: 'row',
      cells: [
        String(n),
        kind === undefined ? 'Chưa phân loại' : KIND_WORDS[kind],
        [...new Set(of.map((c) => c.form))].join('; '),
        count(['collective', 'agency']),
        count(['individual']),
        count(['collectives_and_individuals']),
      ],
    });
  }
  return {
    caption: '2. Khen thưởng đã nhận trong năm, theo loại khen thưởng',
    headings: ['TT', 'Loại khen thưởng', 'Hình thức', 'Tập thể', 'Cá nhân', 'Tập thể và cá nhân'],
    widths: ['7%', '30%', '27%', '12%', '12%', '12%'],
    align: ['center', 'left', 'left', 'right', 'right', 'right'],
    rows,
    empty: '',
  };
}
