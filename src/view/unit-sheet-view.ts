/**
 * One unit's score sheet (build YEAR --unit ID), worded in Vietnamese: each criterion with its figures, the rule
 * that made them points and the points; the total, the rank in the block and the classification; each title and
 * award with the conditions met or the one that failed. What the department sends back to the unit.
 */
import type { YearEmulation } from '../compute/compute-emulation.js';
import { type CollectiveVerdict, type ConditionCheck, isProposed } from '../compute/propose-titles.js';
import type { BlockScore, CriterionScore, PointsReason, UnitScore } from '../compute/score-units.js';
import { dec, divide, plain } from '../domain/decimal.js';
import { documentSymbol } from '../domain/document-symbol.js';
import { RATING_IDS, type Rating, type TitleRule } from '../model/emulation.js';
import type { Dec, Qualifier } from '../model/types.js';
import {
  type Block,
  cell,
  column,
  type DocumentTree,
  ILLUSTRATIVE_MARK,
  ILLUSTRATIVE_NOTE,
  type TableRow,
} from './document.js';
import { RATING_WORDS } from './emulation-view.js';
import { formatNumber, formatWritten, qualified, withUnit, writtenDecimals } from './format-number.js';
import { groupHeading } from './ranking-view.js';
import { lowerFirst } from './text-case.js';
import type { ReportView } from './view-types.js';

/** What a unit's score sheet takes from the year's report: its properties, its header and its signer. */
export type SheetContext = Pick<ReportView, 'meta' | 'header' | 'signer'> & {
  /** The agency's document code (agency.yaml's document_code): the notice's symbol is made from it. */
  documentCode: string;
};

/** Returns the unit's score sheet as a document; undefined when the unit was not scored this year. */
export function unitSheetDocument(
  emulation: YearEmulation,
  unitId: string,
  report: SheetContext,
): DocumentTree | undefined {
  const block = emulation.scores.blocks.find((b) => b.units.some((u) => u.unit.id === unitId));
  const score = block?.units.find((u) => u.unit.id === unitId);
  if (block === undefined || score === undefined) return undefined;
  const decimals = block.scheme.decimals;
  const points = (v: Dec) => formatNumber(v, decimals);
  const year = emulation.scores.year;
  const rows: TableRow[] = [];
  let n = 0;
  for (const [k, group] of score.groups.entries()) {
    const heading = groupHeading(group.group, k);
    rows.push({
      kind: 'group',
      depth: 0,
      keepWithNext: true,
      cells: [
        cell(heading.short, { strong: true }),
        cell(heading.label, { strong: true }),
        cell(points(group.max), { strong: true }),
        cell(''),
        cell(points(group.points), { strong: true }),
      ],
    });
    for (const c of score.criteria.filter((x) => x.criterion.group === group.group)) {
      n += 1;
      rows.push({
        kind: 'row',
        depth: 0,
        keepWithNext: false,
        cells: [
          cell(String(n)),
          cell(c.criterion.name),
          // A penalty has no maximum to reach: its cap is said with its figures.
          cell(c.criterion.type === 'penalty' ? '–' : points(c.max)),
          cell(reasonWords(c, block.units, decimals)),
          cell(points(c.points)),
        ],
      });
    }
  }
  const maxTotal = points(block.scheme.max_total);
  rows.push({
    kind: 'total',
    depth: 0,
    keepWithNext: false,
    cells: [
      cell(''),
      cell('Tổng cộng', { strong: true }),
      cell(maxTotal, { strong: true }),
      cell(''),
      cell(points(score.total), { strong: true }),
    ],
  });
  const ranked = block.units.length;
  const notes = block.notes.filter((note) =>
    note.kind === 'qualified_band' ? note.unit === unitId : note.units.includes(unitId),
  );
  const proposals = emulation.proposals?.units.find((u) => u.unit.id === unitId);
  const nameOf = (id: string) => block.units.find((u) => u.unit.id === id)?.unit.name ?? id;
  const criterionName = (id: string) =>
    score.criteria.find((c) => c.criterion.id === id)?.criterion.name ??
    score.criteria
      .flatMap((c) => (c.reason.kind === 'own_targets' ? c.reason.items : []))
      .find((i) => i.id === id)?.name ??
    id;
  const body = (text: string): Block => ({ type: 'paragraph', role: 'body', text, markup: 'plain' });
  const standing = [
    // A total below every band is rated nothing, as the report's section counts it.
    `Tổng điểm: ${points(score.total)} điểm; xếp thứ ${score.rank}/${ranked} trong ${lowerFirst(block.block.name)}; ${score.band ? `xếp loại ${lowerFirst(score.band)}` : 'chưa xếp loại'}.`,
    ...notes.map((note) =>
      note.kind === 'qualified' || note.kind === 'qualified_band'
        ? `${note.kind === 'qualified' ? 'Thứ hạng so với đơn vị liền kề' : 'Xếp loại'} dựa trên số liệu ${note.figures.map((f) => `“${qualified(f.qualifier, withUnit(formatWritten(f.actual), f.measure))}” (${f.name}${f.unit === unitId ? '' : `, của ${nameOf(f.unit)}`})`).join(', ')}, được tính bằng đúng số đã ghi.`
        : note.kind === 'tie_broken'
          ? `Bằng điểm với đơn vị liền kề (${points(note.total)} điểm); thứ tự xét theo ${tieWords(block, note.by)}.`
          : `Đồng hạng ${note.rank} với ${note.units.length - 1} đơn vị khác (${points(note.total)} điểm).`,
    ),
  ];
  const titles = proposals
    ? [
        ...proposals.collective.map((v) =>
          verdictWords(v, {
            criterion: criterionName,
            title: (id) => emulation.proposals?.ruleSet.titles.find((t) => t.id === id)?.name ?? id,
          }),
        ),
        // A count of 0 written is no proposal: the sheet lists the titles the unit proposes.
        ...proposals.individual
          .filter((i) => i.count > 0)
          .map((i) => `${i.title.name}: ${i.count} người (theo đề nghị của đơn vị).`),
      ]
    : [`Không có quy định danh hiệu, khen thưởng có hiệu lực ngày 31/12/${year}.`];
  const subject = `Kết quả chấm điểm, xếp hạng thi đua năm ${year} của ${score.unit.name}`;
  const illustrative = emulation.scores.illustrative ? ILLUSTRATIVE_MARK : null;
  const blocks: Block[] = [
    body(`Khối thi đua: ${block.block.name}.`),
    body(
      `Thang điểm: ${block.scheme.name}, tối đa ${maxTotal} điểm (không kể điểm thưởng, điểm trừ); căn cứ: ${block.scheme.source}.`,
    ),
    {
      type: 'table',
      kind: 'sheet',
      caption: '',
      columns: [
        column('TT', 6, 'cell', 'center'),
        column('Tiêu chí', 30, 'cell', 'left'),
        column('Điểm tối đa', 10, 'cell', 'right'),
        column('Số liệu, cách tính', 44, 'cell', 'left'),
        column('Điểm', 10, 'cell', 'right'),
      ],
      rows,
      variant: { noPlan: false, noPrior: false },
      empty: '',
    },
    ...standing.map(body),
    { type: 'heading', level: 3, text: 'Danh hiệu thi đua, hình thức khen thưởng' },
    { type: 'list', items: titles.map((text) => ({ text, depth: 0 })), nested: false, markup: 'plain' },
    {
      type: 'signature',
      closing: `Đề nghị ${score.unit.name} kiểm tra, đối chiếu; nếu có ý kiến khác, gửi về Sở (qua Văn phòng) để Hội đồng Thi đua - Khen thưởng xem xét./.`,
      recipientsLabel: 'Nơi nhận:',
      recipients: [`- ${score.unit.name};`, '- Lưu: VT, VP.'],
      signer: report.signer,
    },
  ];
  return {
    header: {
      ...report.header,
      // A notice (thông báo), not a report: numbered by the office as a document of its own.
      number: `Số: ${'\u00a0'.repeat(6)}/${documentSymbol(report.documentCode, 'notice')}`,
    },
    title: { title: 'THÔNG BÁO', subject },
    meta: {
      ...report.meta,
      title: `Kết quả chấm điểm thi đua năm ${year} của ${score.unit.name}`,
      subject: `Kết quả chấm điểm, xếp hạng thi đua năm ${year}`,
    },
    illustrative,
    illustrativeNote: illustrative ? ILLUSTRATIVE_NOTE : null,
    sections: [{ kind: 'body', orientation: 'portrait', blocks }],
  };
}

/** A figure as written, with its qualifier and unit: "trên 980 người", "3,05%". */
function figure(value: Dec, q: Qualifier | undefined, measure: string): string {
  return qualified(q ?? 'exact', withUnit(formatWritten(value), measure));
}

/** How far apart two figures are, at the decimals they were written with: 3,2 and 2,95 → "0,25". */
function pointsApart(a: Dec, b: Dec): string {
  const d = dec(a).minus(dec(b)).abs();
  return formatNumber(plain(d), Math.max(writtenDecimals(a), writtenDecimals(b)));
}

function percent(a: Dec, b: Dec): string {
  return `${formatNumber(plain(divide(dec(a).times(dec('100')), dec(b))), 1)}%`;
}

/** The figures and the rule behind a criterion's points, in words. */
function reasonWords(c: CriterionScore, block: readonly UnitScore[], decimals: number): string {
  const r: PointsReason = c.reason;
  const max = formatNumber(c.max, decimals);
  const name = (id: string | undefined) => block.find((u) => u.unit.id === id)?.unit.name ?? id ?? '';
  switch (r.kind) {
    case 'missing':
      return 'Chưa có số liệu';
    case 'yes_no':
      return r.met ? 'Đạt' : 'Không đạt';
    case 'judged':
      return 'Do Hội đồng Thi đua - Khen thưởng chấm';
    case 'events': {
      // None happened: nothing to work out.
      if (dec(r.count).eq(dec('0'))) return 'Không';
      const times = `${formatNumber(r.count, 0)} lần × ${formatNumber(r.perEvent, decimals)} điểm`;
      const cap = formatNumber(r.cap, decimals);
      return c.criterion.type === 'penalty'
        ? `Trừ ${times}, trừ tối đa ${cap} điểm`
        : `${times}${r.capped ? `, tối đa ${cap} điểm` : ''}`;
    }
    case 'proportional': {
      const ratio = r.better === 'higher' ? percent(r.actual, r.target) : null;
      return `Kế hoạch ${figure(r.target, 'exact', r.measure)}, thực hiện ${figure(r.actual, r.qualifier, r.measure)}${ratio ? ` (${ratio})` : ''}; ${max} × thực hiện/kế hoạch${r.better === 'lower' ? ' (chỉ tiêu càng thấp càng tốt: kế hoạch/thực hiện)' : ''}${r.capped ? `, tối đa ${max}` : ''}`;
    }
    case 'bloc': {
      const base = `Kế hoạch ${figure(r.target, 'exact', r.measure)}, thực hiện ${figure(r.actual, r.qualifier, r.measure)}`;
      // Two decimals, so that the formula can be worked by hand to the points shown.
      const excess = (x: Dec) => `${formatNumber(plain(dec(x).times(dec('100'))), 2)}%`;
      // Past a ceiling (a poverty rate) the unit went below it: "thấp hơn kế hoạch".
      const past = r.better === 'higher' ? 'vượt kế hoạch' : 'thấp hơn kế hoạch';
      if (r.case === 'below')
        return `${base}: chưa đạt kế hoạch, 0,5 × ${max} × ${r.better === 'higher' ? 'thực hiện/kế hoạch' : 'kế hoạch/thực hiện'}`;
      if (r.case === 'at') return `${base}: đạt kế hoạch, 0,5 × ${max}`;
      // A rate's gap is in percentage points, as the report gives it; the rule's excess, relative to the target,
      // is said beside it ("7,81% so với kế hoạch"), since the formula works on it.
      const rate = r.measure === '%';
      const gap = rate
        ? `${past} ${pointsApart(r.actual, r.target)} điểm phần trăm (${excess(r.excess)} so với kế hoạch)`
        : `${past} ${excess(r.excess)}`;
      if (r.case === 'leader') return `${base}: ${gap}, dẫn đầu khối, ${max} điểm`;
      const leader = rate
        ? `mức của đơn vị dẫn đầu (${name(r.leader)}): ${excess(r.leaderExcess)} so với kế hoạch`
        : `đơn vị dẫn đầu (${name(r.leader)}) ${past} ${excess(r.leaderExcess)}`;
      return `${base}: ${gap}; ${leader}: 0,5 × ${max} + 0,5 × ${max} × ${excess(r.excess)} : ${excess(r.leaderExcess)}`;
    }
    case 'best_of_block':
      return `Không đăng ký kế hoạch; thực hiện ${figure(r.actual, r.qualifier, r.measure)} so với kết quả tốt nhất của khối (${figure(r.best, 'exact', r.measure)}, ${name(r.bestUnit)})`;
    case 'own_targets':
      return r.items
        .map((i) =>
          i.actual === undefined
            ? `${i.name}: kế hoạch ${figure(i.target, 'exact', i.unit)}, chưa có số liệu`
            : `${i.name}: kế hoạch ${figure(i.target, 'exact', i.unit)}, thực hiện ${figure(i.actual, i.qualifier, i.unit)} (${formatNumber(i.points ?? ('0' as Dec), decimals)}/${formatNumber(i.share, decimals)} điểm)`,
        )
        .join('; ');
  }
}

/** A collective title: proposed, with its basis; or not, with the conditions that failed and their figures. */
function verdictWords(v: CollectiveVerdict, names: Names): string {
  if (isProposed(v)) return `Đủ tiêu chuẩn đề nghị ${v.title.name} (${v.title.basis}).`;
  if (v.eligible) return `${v.title.name}: đủ tiêu chuẩn, không đề nghị vì đã đề nghị danh hiệu cao hơn.`;
  const failed = v.checks.filter((c) => c.met !== true).map((c) => failedWords(c, v.title, names));
  const open = v.checks.every((c) => c.met !== false);
  return `${open ? 'Chưa xét được' : 'Chưa đủ tiêu chuẩn'} ${v.title.name} (${v.title.basis}): ${failed.join('; ')}.`;
}

/** How a sheet names a criterion and a title from their ids. */
interface Names {
  criterion: (id: string) => string;
  title: (id: string) => string;
}

function failedWords(c: ConditionCheck, title: TitleRule, names: Names): string {
  const unknown = c.met === undefined ? ' (chưa có số liệu)' : '';
  switch (c.condition) {
    case 'rating': {
      // The top rating is reached or not; the others "from … up".
      const rating = RATING_WORDS[c.required].toLowerCase();
      const needed =
        c.required === 'excellent' ? `cần xếp loại ${rating}` : `cần xếp loại từ ${rating} trở lên`;
      return `${needed}${c.actual === undefined && c.met === false ? ' (đơn vị chưa được xếp loại)' : unknown}`;
    }
    case 'members_complete_percent':
      return c.actual === undefined
        ? `cần ${formatNumber(c.required, 1)}% cá nhân hoàn thành nhiệm vụ (chưa có số liệu về cá nhân của đơn vị)`
        : `cần ${formatNumber(c.required, 1)}% cá nhân hoàn thành nhiệm vụ, đơn vị có ${formatNumber(c.actual, 1)}%`;
    case 'advanced_percent':
      return c.actual === undefined
        ? `cần ít nhất ${formatNumber(c.required, 1)}% cá nhân đạt Lao động tiên tiến (chưa có số liệu về cá nhân của đơn vị)`
        : `cần ít nhất ${formatNumber(c.required, 1)}% cá nhân đạt Lao động tiên tiến, đơn vị có ${formatNumber(c.actual, 1)}%`;
    case 'emulation_fighters':
      return c.actual === undefined
        ? `cần ít nhất ${c.required} Chiến sĩ thi đua cơ sở (chưa có số liệu của đơn vị)`
        : `cần ít nhất ${c.required} Chiến sĩ thi đua cơ sở, đơn vị ${c.actual === 0 ? 'chưa có' : `có ${c.actual}`}`;
    case 'disciplined_max':
      return c.actual === undefined
        ? 'chưa có số liệu về cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên'
        : `có ${c.actual} cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên (${c.required === 0 ? 'tiêu chuẩn: không có cá nhân nào' : `tối đa ${c.required}`})`;
    case 'block_leader':
      return c.shared
        ? 'đồng hạng nhất trong khối, do Hội đồng Thi đua - Khen thưởng xem xét'
        : `không dẫn đầu khối (xếp thứ ${c.rank})`;
    case 'exceeded_all_targets':
      return c.targets === 0
        ? 'không có chỉ tiêu kế hoạch để vượt'
        : c.targets === 1
          ? `chỉ tiêu ${c.short.map(names.criterion).join(', ')} chưa vượt kế hoạch`
          : `${c.short.length} trong ${c.targets} chỉ tiêu chưa vượt kế hoạch (${c.short.map(names.criterion).join(', ')})`;
    case 'consecutive': {
      const failed = c.years.filter((y) => y.known && y.had.length === 0).map((y) => `năm ${y.year}`);
      const unknown = c.years.filter((y) => !y.known).map((y) => `năm ${y.year}`);
      return `cần ${c.years.length} năm liên tục ${ofWords(title.conditions?.consecutive?.of ?? [], names.title)}${failed.length > 0 ? `; ${failed.join(', ')} chưa đạt` : ''}${unknown.length > 0 ? `; chưa có số liệu ${unknown.join(', ')}` : ''}`;
    }
    // The article is the title's, cited with it; the vote's own (kept from an earlier decree for some periods) is
    // the drafter's to check, in the drafter's notes.
    case 'ballot':
      return c.yes === undefined
        ? 'chưa có kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng'
        : `cần tỷ lệ phiếu đồng ý từ ${formatWritten(c.required)}% trở lên tính trên tổng số thành viên Hội đồng, được ${c.yes}/${c.members} (${formatNumber(c.share ?? ('0' as Dec), 2)}%)`;
  }
}

/** What a title's consecutive years must each have had: "hoàn thành xuất sắc nhiệm vụ hoặc đạt danh hiệu …". */
function ofWords(ids: readonly string[], titleName: (id: string) => string): string {
  return ids
    .map((id) => {
      const rating = (Object.keys(RATING_IDS) as Rating[]).find((r) => RATING_IDS[r] === id);
      return rating ? RATING_WORDS[rating].toLowerCase() : `đạt danh hiệu ${titleName(id)}`;
    })
    .join(' hoặc ');
}

/** The tie-break criterion in words: more points on it, or fewer taken off for a penalty. */
function tieWords(block: BlockScore, criterion: string): string {
  const c = block.scheme.criteria.find((x) => x.id === criterion);
  if (c === undefined) return `tiêu chí “${criterion}”`;
  return c.type === 'penalty' ? `số điểm bị trừ ở tiêu chí “${c.name}”` : `điểm tiêu chí “${c.name}”`;
}
