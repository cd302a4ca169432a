/**
 * The emulation part of the report (issue 9), worded in Vietnamese: the section on the blocks' scores and ranks,
 * and the appendices (the proposals, the statistics of titles and awards) as NĐ 30/2020 labels them.
 */
import type { YearEmulation } from '../compute/compute-emulation.js';
import {
  type ConditionCheck,
  isProposed,
  type TitleTotal,
  type UnitProposals,
  type YearProposals,
} from '../compute/propose-titles.js';
import type { BlockScore, YearScores } from '../compute/score-units.js';
import { dec, plain } from '../domain/decimal.js';
import { listed } from '../messages/facts.js';
import { messagesFor } from '../messages/messages.js';
import { isScored, RATING_IDS, type Rating, type TitleRule } from '../model/emulation.js';
import { COMMENDATION_KINDS, type Commendation, type Dec } from '../model/types.js';
import { dayMonthYear } from './format-document-date.js';
import { formatNumber, formatWhole } from './format-number.js';
import { buildRankingView } from './ranking-view.js';
import { roman } from './roman.js';
import { lowerFirst } from './text-case.js';
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
  return {
    intro: `Năm ${scores.year}, ${unitCount} đơn vị trong ${scores.blocks.length} khối thi đua được chấm điểm theo thang điểm của khối mình. Kết quả chấm điểm, xếp hạng của từng khối như sau:`,
    blocks: scores.blocks.map((block, i) => {
      const view = ranking.blocks[i];
      return {
        number: String(i + 1),
        title: block.block.name,
        sentences: [...blockSentences(block, proposals), ...(view?.notes ?? [])],
        table: {
          caption: `Bảng: Kết quả chấm điểm thi đua ${lowerFirst(block.block.name)} năm ${scores.year}`,
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
  const first = listed(
    leaders.map((u) => u.unit.name),
    'và',
  );
  const lead =
    leaders.length === 0
      ? []
      : [
          `${first} ${leaders.length > 1 ? 'cùng dẫn đầu' : 'dẫn đầu'} khối với ${points(leaders[0]?.total ?? ('0' as Dec))} điểm.`,
        ];
  const bands = block.scheme.bands
    .map((b) => ({ label: b.label, n: block.units.filter((u) => u.band === b.label).length }))
    .filter((b) => b.n > 0)
    .map((b) => `${b.n} đơn vị xếp loại ${lowerFirst(b.label)}`);
  // A total below every band is rated nothing: counted, so that the parts add up to the block.
  const unrated = block.units.filter((u) => u.band === undefined).length;
  if (unrated > 0) bands.push(`${unrated} đơn vị chưa xếp loại`);
  const oneBand = block.scheme.bands.find(
    (b) => block.units.length > 0 && block.units.every((u) => u.band === b.label),
  );
  const classified = oneBand
    ? [`Cả ${block.units.length} đơn vị của khối xếp loại ${lowerFirst(oneBand.label)}.`]
    : unrated > 0 && unrated === block.units.length
      ? [`Cả ${unrated} đơn vị của khối chưa xếp loại.`]
      : bands.length > 0
        ? [`Trong ${block.units.length} đơn vị của khối, ${bands.join(', ')}.`]
        : [];
  // The titles a block's leader is proposed for (the Cờ thi đua): those whose conditions ask for the lead.
  const flags = (proposals?.ruleSet.titles ?? [])
    .filter((t) => t.conditions?.block_leader)
    .flatMap((t) => {
      const units = (proposals?.units ?? []).filter(
        (u) => u.block === block.block.id && u.collective.some((v) => v.title.id === t.id && isProposed(v)),
      );
      return units.length > 0
        ? [`Đề nghị tặng ${t.name} cho ${units.map((u) => u.unit.name).join(', ')}.`]
        : [];
    });
  return [...lead, ...classified, ...flags];
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
      // A no-break space holds the year to its word wherever the title wraps (the Word copy does not balance lines).
      title: `DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU THI ĐUA VÀ KHEN THƯỞNG NĂM\u00a0${scores.year}`,
      attachedTo: attachedLine,
      landscape: true,
      tables: [collectiveTable(proposals, scores), individualTable(proposals)],
      notes: proposalNotes(proposals),
    },
    {
      label: 'Phụ lục II',
      title: `THỐNG KÊ DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG NĂM\u00a0${scores.year}`,
      attachedTo: attachedLine,
      landscape: false,
      tables: [statisticsTable(proposals), ...(commendations.length > 0 ? [kindsTable(commendations)] : [])],
      notes: [
        `Mục 1 theo danh sách đề nghị tại Phụ lục I (khen thưởng thường xuyên, tổng kết năm ${scores.year})${commendations.length > 0 ? '; mục 2 theo các hình thức khen thưởng đã nhận trong năm nêu tại phần công tác khen thưởng của Báo cáo' : ''}.`,
        ...paidAsNotes(proposals),
      ],
    },
  ];
}

/** A prize in đồng; "–" where none is paid or none is known (the notes and the drafter's notes say which). */
function money(amount: Dec | undefined): string {
  return amount === undefined ? '–' : formatNumber(amount, 0);
}

/** A total of prizes: "–" where no base salary is in force (no prize is figured, and a note says so). */
function total(amount: Dec, proposals: YearProposals): string {
  return money(proposals.baseSalary === undefined ? undefined : amount);
}

/** Why no prize is figured, where no base salary is in force on the day they are figured on. */
function noBaseSalaryNote(proposals: YearProposals): string[] {
  return proposals.baseSalary === undefined
    ? [`Chưa tính tiền thưởng: chưa có mức lương cơ sở áp dụng tại ngày ${dayMonthYear(proposals.day)}.`]
    : [];
}

/**
 * Phụ lục I, part 1: the collectives proposed, grouped by title, each with the conditions it met. `only` keeps the
 * titles and units of one deciding authority (the dossier's lists); its total is then theirs.
 */
export function collectiveTable(
  proposals: YearProposals,
  scores: YearScores,
  only?: (title: TitleRule, unit: UnitProposals) => boolean,
): AppendixTable {
  const rows: AppendixTable['rows'] = [];
  const collective = proposals.ruleSet.titles.filter((t) => t.recipient === 'collective');
  let group = 0;
  let sum = dec('0');
  for (const title of collective) {
    const units = proposals.units.filter(
      (u) =>
        u.collective.some((v) => v.title.id === title.id && isProposed(v)) &&
        (only === undefined || only(title, u)),
    );
    if (units.length === 0) continue;
    group += 1;
    rows.push({
      kind: 'group',
      cells: [roman(group), `${title.name} (${units.length} tập thể; căn cứ ${title.basis})`],
    });
    units.forEach((u, i) => {
      const v = u.collective.find((x) => x.title.id === title.id);
      if (v?.amount !== undefined) sum = sum.plus(dec(v.amount));
      const score = scores.blocks.flatMap((b) => b.units).find((s) => s.unit.id === u.unit.id);
      rows.push({
        kind: 'row',
        cells: [
          String(i + 1),
          u.unit.short_name ?? u.unit.name,
          (v?.checks ?? [])
            .map((c, k) => {
              const text = conditionText(
                c,
                score?.band,
                score?.total,
                blockName(scores, u.block),
                proposals,
                pointDecimals(scores, u.block),
              );
              return k === 0 ? text : lowerFirst(text);
            })
            .join('; ') || 'Theo tiêu chuẩn của danh hiệu, hình thức khen thưởng',
          money(v?.amount),
        ],
      });
    });
  }
  if (group > 0) {
    const amount = only === undefined ? proposals.collectiveAmount : plain(sum);
    rows.push({ kind: 'total', cells: ['', 'Cộng', '', total(amount, proposals)] });
  }
  return {
    caption: '1. Tập thể',
    headings: ['TT', 'Tên tập thể', 'Thành tích, tiêu chuẩn đạt được', 'Tiền thưởng (đồng)'],
    widths: [6, 30, 50, 14],
    align: ['center', 'left', 'left', 'right'],
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
  proposals: YearProposals,
  decimals: number,
): string {
  switch (c.condition) {
    case 'rating':
      return `Xếp loại ${lowerFirst(band ?? '')}${total ? ` (${formatNumber(total, decimals)} điểm)` : ''}`;
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
      return `Dẫn đầu ${lowerFirst(block)}`;
    case 'exceeded_all_targets':
      return c.targets === 1
        ? 'Vượt kế hoạch chỉ tiêu của đơn vị'
        : `Vượt kế hoạch cả ${c.targets} chỉ tiêu của đơn vị`;
    case 'consecutive':
      return c.years
        .map((y) => `năm ${y.year}: ${y.had.map((id) => titleWords(id, proposals)).join(', ')}`)
        .join('; ')
        .replace(/^n/, 'N');
    case 'ballot':
      return `Được ${c.yes ?? 0}/${c.members} thành viên Hội đồng Thi đua - Khen thưởng bỏ phiếu đồng ý (${formatNumber(c.share ?? ('0' as Dec), 2)}%)`;
  }
}

/** A title's or rating's id as words: the rule set's name of a title, the words of a rating. */
export function titleWords(id: string, proposals: YearProposals): string {
  const rating = Object.entries(RATING_IDS).find(([, v]) => v === id)?.[0] as Rating | undefined;
  if (rating !== undefined) return RATING_WORDS[rating];
  return proposals.ruleSet.titles.find((t) => t.id === id)?.name ?? id;
}

/** A completion rating in words, as titles and score sheets say it. */
export const RATING_WORDS: Record<Rating, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  complete: 'Hoàn thành nhiệm vụ',
  incomplete: 'Không hoàn thành nhiệm vụ',
};

/** The decimals a block's scheme gives points. */
function pointDecimals(scores: YearScores, block: string): number {
  return scores.blocks.find((b) => b.block.id === block)?.scheme.decimals ?? 2;
}

/** Phụ lục I, part 2: the members' titles each unit proposes, and their prizes. */
function individualTable(proposals: YearProposals): AppendixTable {
  const titles = proposals.titles.filter((t) => t.title.recipient === 'individual' && t.title.count);
  const units = proposals.units.filter((u) => u.individual.length > 0);
  const countOf = (u: UnitProposals, t: TitleTotal) =>
    u.individual.find((i) => i.title.id === t.title.id)?.count ?? 0;
  const rows: AppendixTable['rows'] = units.map((u, i) => ({
    kind: 'row' as const,
    cells: [
      String(i + 1),
      u.unit.short_name ?? u.unit.name,
      ...titles.map((t) => formatWhole(countOf(u, t))),
      money(u.individualAmount),
    ],
  }));
  return {
    caption: '2. Cá nhân',
    headings: ['TT', 'Đơn vị', ...titles.map((t) => `${t.title.name} (người)`), 'Tiền thưởng (đồng)'],
    widths: [6, 46, ...titles.map(() => Math.floor(32 / Math.max(1, titles.length))), 16],
    align: ['center', 'left', ...titles.map(() => 'right' as const), 'right'],
    // No unit proposes any: the table says so (its empty words), without a total of nothing.
    rows:
      rows.length === 0
        ? []
        : [
            ...rows,
            {
              kind: 'total',
              cells: [
                '',
                'Tổng cộng',
                ...titles.map((t) => formatWhole(t.individuals)),
                total(proposals.individualAmount, proposals),
              ],
            },
          ],
    empty: 'Không có cá nhân được đề nghị.',
  };
}

/** The rules, the total and the base salary it is figured on, one prize per achievement, what the council confirms. */
function proposalNotes(proposals: YearProposals): string[] {
  const base = proposals.baseSalary;
  const unpriced = proposals.unpriced.map((t) => t.name);
  return [
    `Căn cứ: ${proposals.ruleSet.name}.`,
    ...(base
      ? [
          `Tổng số tiền thưởng: ${formatNumber(proposals.amount, 0)} đồng (tập thể ${formatNumber(proposals.collectiveAmount, 0)} đồng, cá nhân ${formatNumber(proposals.individualAmount, 0)} đồng${unpriced.length > 0 ? `; chưa gồm tiền thưởng ${unpriced.join(', ')}` : ''}), ${baseSalaryWords(proposals, base)}`,
        ]
      : noBaseSalaryNote(proposals)),
    ...prizeAndConfirmNotes(
      proposals,
      proposals.titles.filter((t) => t.collectives > 0).map((t) => t.title),
    ),
  ];
}

/** "tính theo mức lương cơ sở ... áp dụng tại ngày ...; tiền thưởng được chi theo ...": how the prizes are figured. */
function baseSalaryWords(proposals: YearProposals, base: NonNullable<YearProposals['baseSalary']>): string {
  return `tính theo mức lương cơ sở ${formatNumber(base.amount, 0)} đồng (${base.basis}) áp dụng tại ngày ${dayMonthYear(proposals.day)}; tiền thưởng được chi theo mức lương cơ sở áp dụng tại thời điểm ban hành quyết định khen thưởng.`;
}

/** One prize per achievement (where the rules say so), and what the council confirms of `titles`. */
function prizeAndConfirmNotes(proposals: YearProposals, titles: readonly TitleRule[]): string[] {
  const confirm = titles
    .filter((t) => (t.confirm ?? []).length > 0)
    .map((t) => `${t.name}: ${(t.confirm ?? []).join('; ')}`);
  return [
    ...(proposals.ruleSet.highest_prize_only
      ? [
          `Tập thể, cá nhân đạt nhiều danh hiệu thi đua có cùng thời gian được tính chỉ nhận tiền thưởng của danh hiệu cao nhất (${proposals.ruleSet.highest_prize_only.basis}); danh hiệu không kèm tiền thưởng ghi “–” ở cột tiền thưởng.`,
        ]
      : []),
    ...(confirm.length > 0
      ? [`Các tiêu chuẩn Hội đồng Thi đua - Khen thưởng xem xét, xác nhận khi xét: ${confirm.join('; ')}.`]
      : []),
  ];
}

/**
 * The notes under a list of the dossier (the collectives and members of `titles`, one authority's): how its prizes
 * are figured and rounded, what its total leaves out, and why a title proposed shows no prize of its own.
 */
export function listNotes(proposals: YearProposals, titles: readonly TitleRule[]): string[] {
  const base = proposals.baseSalary;
  const unpriced = proposals.unpriced.filter((t) => titles.some((x) => x.id === t.id)).map((t) => t.name);
  const rounding = proposals.ruleSet.prize_rounding;
  return [
    ...(base
      ? [
          `Tiền thưởng ${baseSalaryWords(proposals, base)}${rounding ? ` Mỗi mức tiền thưởng được làm tròn lên ${rounding.up_to === 10000 ? 'hàng chục nghìn đồng' : `bội số của ${formatNumber(String(rounding.up_to) as Dec, 0)} đồng`} (${rounding.basis}).` : ''}${unpriced.length > 0 ? ` Cộng chưa gồm tiền thưởng ${unpriced.join(', ')}, chưa xác định được mức thưởng.` : ''}`,
        ]
      : noBaseSalaryNote(proposals)),
    ...(proposals.ruleSet.highest_prize_only
      ? [
          `Tập thể, cá nhân đạt nhiều danh hiệu thi đua trong cùng thời gian chỉ nhận tiền thưởng của danh hiệu cao nhất (${proposals.ruleSet.highest_prize_only.basis}): danh hiệu còn lại ghi “–” ở cột tiền thưởng.`,
        ]
      : []),
  ];
}

/** Phụ lục II: each title and award of the rules, by level, collective and individual, with the prize money. */
function statisticsTable(proposals: YearProposals): AppendixTable {
  const rows: AppendixTable['rows'] = [];
  for (const category of ['title', 'award'] as const) {
    const totals = proposals.titles.filter((t) => t.title.category === category);
    if (totals.length === 0) continue;
    rows.push({
      kind: 'group',
      cells: [
        roman(category === 'title' ? 1 : 2),
        category === 'title' ? 'Danh hiệu thi đua' : 'Hình thức khen thưởng',
      ],
    });
    totals.forEach((t, i) => {
      const collective = t.title.recipient === 'collective';
      rows.push({
        kind: 'row',
        cells: [
          String(i + 1),
          t.title.name,
          LEVEL_WORDS[t.title.level],
          collective ? formatWhole(t.collectives) : '–',
          collective ? '–' : formatWhole(t.individuals),
          t.paid === 0 ? '–' : money(t.amount),
        ],
      });
    });
  }
  rows.push({ kind: 'total', cells: ['', 'Tổng cộng', '', '', '', total(proposals.amount, proposals)] });
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
    widths: [7, 38, 14, 11, 11, 19],
    align: ['center', 'left', 'center', 'right', 'right', 'right'],
    rows,
    empty: '',
  };
}

/**
 * For each title some of whose holders are paid as a higher title of the same period: how many are paid its
 * prize and as what the others are paid; and the prizes the total leaves out: so that the column can be worked by
 * hand.
 */
function paidAsNotes(proposals: YearProposals): string[] {
  const nameOf = (id: string) => proposals.ruleSet.titles.find((t) => t.id === id)?.name ?? id;
  const paidAs = proposals.titles.flatMap((t) => {
    if (t.paidAs.length === 0) return [];
    const who = t.title.recipient === 'collective' ? 'tập thể' : 'người';
    const others = t.paidAs.map((p) => `${formatWhole(p.count)} ${who} nhận tiền thưởng ${nameOf(p.title)}`);
    // Every holder paid as a higher title: said without "tính cho 0 tập thể".
    return t.paid === 0
      ? [`${t.title.name}: ${others.join(', ')}, không nhận thêm tiền thưởng ${t.title.name}.`]
      : [`Tiền thưởng ${t.title.name} tính cho ${formatWhole(t.paid)} ${who}; ${others.join(', ')}.`];
  });
  const unpriced = proposals.unpriced.map((t) => t.name);
  return [
    ...paidAs,
    ...noBaseSalaryNote(proposals),
    ...(unpriced.length > 0 && proposals.baseSalary
      ? [`Tổng cộng chưa gồm tiền thưởng ${unpriced.join(', ')}.`]
      : []),
  ];
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
      return [...(known > 0 ? [formatWhole(known)] : []), ...words].join(' và ');
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
    widths: [7, 30, 27, 12, 12, 12],
    align: ['center', 'left', 'left', 'right', 'right', 'right'],
    rows,
    empty: '',
  };
}
