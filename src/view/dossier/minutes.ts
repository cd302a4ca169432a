/**
 * Biên bản họp Hội đồng Thi đua - Khen thưởng: who met, the ballots counted against the share of all the members
 * (kết quả kiểm phiếu), what the council concluded by who decides, signed by its secretary beside its chair.
 */
import type { ConditionCheck } from '../../compute/propose-titles.js';
import { citation } from '../../domain/citation.js';
import { dec, percentOf, plain } from '../../domain/decimal.js';
import { listed } from '../../messages/facts.js';
import type { CouncilMember, TitleRule } from '../../model/emulation.js';
import type { Dec } from '../../model/types.js';
import { type Block, cell, column, type DocumentTree, sheetTable, type TableRow } from '../document.js';
import { formatDocumentDate } from '../format-document-date.js';
import { formatNumber } from '../format-number.js';
import { upperFirst } from '../text-case.js';
import {
  AUTHORITY_BASIS,
  type Dossier,
  howMany,
  type Proposed,
  para,
  titlePhrase,
  whoWords,
} from './dossier.js';

/** Biên bản họp Hội đồng Thi đua - Khen thưởng: who met, what it considered, its ballots, what it concluded. */
export function minutes(d: Dossier): DocumentTree {
  const present = d.members.filter((m) => d.meeting.present.includes(m.id));
  const written = d.members.filter((m) => d.meeting.written.includes(m.id));
  const away = d.members.filter(
    (m) => !d.meeting.present.includes(m.id) && !d.meeting.written.includes(m.id),
  );
  const chair = d.presiding();
  const secretary = d.secretary();
  const blocks: Block[] = [
    para(
      `**Thời gian:** ${formatDocumentDate('', d.meeting.date, d.year).replace(/^,\s*/u, '')}.`,
      'markdown',
    ),
    para(`**Địa điểm:** ${d.meeting.place}.`, 'markdown'),
    ...(chair ? [para(`**Chủ trì:** ${d.who(chair)}, ${roleWords(chair)}.`, 'markdown')] : []),
    ...(secretary ? [para(`**Thư ký:** ${d.who(secretary)}.`, 'markdown')] : []),
    para(
      `**Thành phần:** ${d.council.name} có ${d.members.length} thành viên; có mặt ${present.length}/${d.members.length} thành viên${written.length > 0 ? `; vắng mặt có ý kiến bằng văn bản ${written.length} thành viên` : ''}${away.length > 0 ? `; vắng mặt không có ý kiến ${away.length} thành viên` : ''}.`,
      'markdown',
    ),
    ...quorumWords(d, present.length),
    {
      type: 'list',
      items: [
        ...present.map((m) => ({ text: `${d.who(m)}: có mặt;`, depth: 0 })),
        ...written.map((m) => ({ text: `${d.who(m)}: vắng mặt, có ý kiến bằng văn bản;`, depth: 0 })),
        ...away.map((m) => ({ text: `${d.who(m)}: vắng mặt;`, depth: 0 })),
      ].map((item, i, all) =>
        i === all.length - 1 ? { ...item, text: item.text.replace(/;$/, '.') } : item,
      ),
      nested: false,
      markup: 'plain',
    },
    { type: 'heading', level: 2, text: 'I. NỘI DUNG' },
    para(
      `Hội đồng xem xét kết quả chấm điểm, xếp hạng thi đua năm ${d.year} của ${unitCount(d)} đơn vị trong ${d.emulation.scores.blocks.length} khối thi đua và đề xuất danh hiệu thi đua, hình thức khen thưởng theo ${d.proposals.ruleSet.name}.`,
    ),
    ...ballotBlocks(d),
    { type: 'heading', level: 2, text: 'II. KẾT LUẬN' },
    para('Hội đồng thống nhất:'),
    {
      type: 'list',
      items: conclusions(d),
      nested: true,
      markup: 'plain',
    },
    {
      type: 'signature',
      closing: '',
      recipientsLabel: '',
      recipients: [],
      cosigner: { onBehalf: null, title: 'THƯ KÝ', name: secretary?.name ?? null },
      signer: { onBehalf: null, title: 'CHỦ TỌA', name: chair?.name ?? null },
    },
  ];
  return d.document(
    'minutes',
    'BIÊN BẢN',
    `Họp ${d.council.name} xét danh hiệu thi đua, hình thức khen thưởng năm ${d.year}`,
    [{ kind: 'body', orientation: 'portrait', blocks }],
    d.meeting.date,
  );
}

/** How many units were scored in the year, every block together. */
function unitCount(d: Dossier): number {
  return d.emulation.scores.blocks.reduce((n, b) => n + b.units.length, 0);
}

/** Whether the members present reach the council's own quorum, where its data sets one, with its basis. */
function quorumWords(d: Dossier, present: number): Block[] {
  const quorum = d.council.quorum;
  if (quorum === undefined) return [];
  const members = dec(String(d.members.length));
  const reached = dec(String(present))
    .times(dec('100'))
    .gte(dec(String(quorum.percent)).times(members));
  const share = formatNumber(plain(percentOf(dec(String(present)), members)), 2);
  return [
    para(
      `Số thành viên có mặt ${present}/${d.members.length} (${share}%), ${reached ? 'đạt' : 'chưa đạt'} tỷ lệ tối thiểu ${formatNumber(String(quorum.percent) as Dec, 2)}% tổng số thành viên Hội đồng (${citation(quorum.basis)}).`,
    ),
  ];
}

/** The ballots held, each against the share of all the members its title needs (kết quả kiểm phiếu). */
function ballotBlocks(d: Dossier): Block[] {
  const held = ballots(d);
  if (held.length === 0) return [];
  const rows: TableRow[] = held.map((b, i) => ({
    kind: 'row',
    depth: 0,
    keepWithNext: false,
    cells: [
      cell(String(i + 1)),
      cell(b.who),
      cell(b.title.name),
      cell(String(b.check.yes ?? 0)),
      cell(String(b.check.no ?? 0)),
      cell(`${formatNumber(b.check.share ?? ('0' as Dec), 2)}%`),
      cell(`${formatNumber(b.check.required, 0)}%`),
      cell(b.check.met ? 'Đạt' : 'Không đạt', { strong: true }),
    ],
  }));
  const bases = [...new Set(held.map((b) => b.check.basis))];
  return [
    para(
      `Hội đồng bỏ phiếu đối với các danh hiệu phải bỏ phiếu; tỷ lệ phiếu đồng ý tính trên tổng số ${d.members.length} thành viên Hội đồng, trong đó ý kiến bằng văn bản của thành viên vắng mặt được tính vào kết quả (căn cứ ${listed(bases.map(citation), 'và')}). Kết quả kiểm phiếu:`,
    ),
    sheetTable(
      [
        column('TT', 6, 'cell', 'center'),
        column('Tập thể, cá nhân', 26, 'cell', 'left'),
        column('Danh hiệu', 20, 'cell', 'left'),
        column('Đồng ý', 9, 'cell', 'right'),
        column('Không đồng ý', 9, 'cell', 'right'),
        column('Tỷ lệ đồng ý', 11, 'cell', 'right'),
        column('Tỷ lệ tối thiểu', 9, 'cell', 'right'),
        column('Kết quả', 10, 'cell', 'center'),
      ],
      rows,
    ),
  ];
}

/** Each ballot recorded, with the check the proposals made of it (share, threshold, met), and who it is on. */
function ballots(d: Dossier): {
  title: TitleRule;
  who: string;
  check: Extract<ConditionCheck, { condition: 'ballot' }>;
}[] {
  return d.meeting.ballots.flatMap((b) => {
    if (b.person !== undefined) {
      const named = d.proposals.named.find((n) => n.person.id === b.person);
      const verdict = named?.titles.find((t) => t.title.id === b.title);
      const who = named && `${named.person.name} (${named.unit.name})`;
      return who && verdict?.ballot ? [{ title: verdict.title, who, check: verdict.ballot }] : [];
    }
    const unit = d.proposals.units.find((u) => u.unit.id === b.unit);
    const verdict = unit?.collective.find((v) => v.title.id === b.title);
    const check = verdict?.checks.find(
      (c): c is Extract<ConditionCheck, { condition: 'ballot' }> => c.condition === 'ballot',
    );
    return unit && verdict && check ? [{ title: verdict.title, who: unit.unit.name, check }] : [];
  });
}

/** What the council agreed: each authority's proposals title by title, and the ballots short of their threshold. */
function conclusions(d: Dossier): { text: string; depth: number }[] {
  const lines = (all: Proposed[]) =>
    all.map((p, i) => ({
      text: `${upperFirst(titlePhrase(p.title))}: ${howMany(p)} (${whoWords(p)})${i === all.length - 1 ? '.' : ';'}`,
      depth: 1,
    }));
  const province = d.proposed('province');
  const department = d.proposed('department');
  const district = d.proposed('district');
  const out: { text: string; depth: number }[] = [];
  if (province.length > 0)
    out.push({ text: `Đề nghị Chủ tịch ${d.provincialCommittee()} tặng:`, depth: 0 }, ...lines(province));
  if (department.length > 0)
    out.push({ text: `Đề nghị ${d.headOfAgency()} tặng:`, depth: 0 }, ...lines(department));
  if (district.length > 0)
    out.push({
      text: `Đối với ${district.map((p) => `${titlePhrase(p.title)} của ${howMany(p)} đủ tiêu chuẩn (${whoWords(p)})`).join('; ')}: đề nghị Chủ tịch Ủy ban nhân dân cấp huyện xem xét, quyết định theo thẩm quyền (${citation(AUTHORITY_BASIS.district)}).`,
      depth: 0,
    });
  for (const b of ballots(d).filter((x) => x.check.met === false))
    out.push({
      text: `Không đề nghị ${titlePhrase(b.title)} cho ${b.who}: tỷ lệ phiếu đồng ý ${formatNumber(b.check.share ?? ('0' as Dec), 2)}%, dưới mức ${formatNumber(b.check.required, 0)}% tổng số thành viên Hội đồng.`,
      depth: 0,
    });
  if (out.length === 0)
    out.push({ text: `Không có tập thể đủ tiêu chuẩn đề nghị khen thưởng năm ${d.year}.`, depth: 0 });
  return out;
}

/** The member's part on the council, as the minutes name it. */
function roleWords(m: CouncilMember): string {
  return m.role === 'chair'
    ? 'Chủ tịch Hội đồng'
    : m.role === 'vice_chair'
      ? 'Phó Chủ tịch Hội đồng'
      : m.role === 'secretary'
        ? 'Thư ký Hội đồng'
        : 'Ủy viên';
}
