/**
 * The dossier's contents (danh mục hồ sơ) in the order it is filed, and the officer's notes: what it lacks, what to
 * check before it goes.
 */
import { type UnitProposals, unballoted } from '../../compute/propose-titles.js';
import type { TitleRule } from '../../model/emulation.js';
import { type Block, cell, column, type DocumentTree, sheetTable, type TableRow } from '../document.js';
import { lowerFirst, upperFirst } from '../text-case.js';
import {
  authorityOf,
  certificateOf,
  DOSSIER_PARTS,
  type Dossier,
  type DossierDocument,
  howMany,
  memberEntry,
} from './dossier.js';

/**
 * What the officer should know before the dossier goes (not a document: the drafter's notes of the dossier):
 * the members the department's units count for an individual title but do not name, the reports of achievements
 * whose words are not in the data, and what of the documents could not be checked.
 */
export function notes(d: Dossier): string[] {
  const out: string[] = [];
  const ours = (unit: UnitProposals['unit'], title: TitleRule) => authorityOf(title, unit) === 'department';
  for (const { title } of d.proposals.titles) {
    if (title.recipient !== 'individual') continue;
    // The department's own units' members: a district office's are its district's to name and decide.
    const units = d.proposals.units
      .filter((u) => ours(u.unit, title))
      .map((u) => ({
        id: u.unit.id,
        counted: u.individual.find((i) => i.title.id === title.id)?.count ?? 0,
        named: d.proposals.named.filter(
          (n) => n.unit.id === u.unit.id && n.titles.some((t) => t.title.id === title.id && t.proposed),
        ).length,
      }))
      .filter((u) => u.named < u.counted);
    if (units.length > 0)
      out.push(
        `${title.name}: ${units.reduce((n, u) => n + u.counted - u.named, 0)} người các đơn vị thuộc Sở đề nghị chưa có họ tên (${units.map((u) => `${u.id}: đã ghi ${u.named}/${u.counted}`).join('; ')}); quyết định chỉ gồm những người đã ghi. Ghi họ tên vào individuals của đơn vị trong tệp ${d.year}-units.yaml.`,
      );
  }
  for (const t of unballoted(d.proposals))
    out.push(
      `${t.title.name}: ${t.units.map((u) => u.name).join(', ')} đủ tiêu chuẩn theo số liệu nhưng cuộc họp ngày ${d.meetingDay} chưa có kết quả bỏ phiếu, nên chưa được đề nghị (không có trong biên bản, tờ trình). Ghi kết quả bỏ phiếu vào ballots của cuộc họp trong council.yaml.`,
    );
  const beyond = d.proposed('beyond');
  if (beyond.length > 0)
    out.push(
      `${beyond.map((p) => `${p.title.name} (${howMany(p)})`).join(', ')}: cấp khen thưởng trên cấp tỉnh, không thuộc tờ trình và quyết định của hồ sơ này; lập hồ sơ riêng.`,
    );
  if (d.presiding() === undefined)
    out.push(
      'Cuộc họp không có Chủ tịch hoặc Phó Chủ tịch Hội đồng có mặt: biên bản chưa ghi người chủ trì, người ký.',
    );
  if (d.secretary() === undefined)
    out.push(
      'Thư ký Hội đồng không có mặt tại cuộc họp: biên bản chưa ghi người ghi biên bản, người ký bên thư ký.',
    );
  const reported = new Set(d.reported().map((u) => u.unit.id));
  const due = d.dueReports().filter((u) => !reported.has(u.id));
  if (due.length > 0)
    out.push(
      `Báo cáo thành tích của ${due.length} tập thể đề nghị cấp tỉnh khen thưởng chưa có lời văn trong số liệu (${due.map((u) => u.id).join(', ')}): đơn vị tự lập, hoặc ghi achievements của đơn vị trong tệp ${d.year}-units.yaml để công cụ lập cùng số liệu.`,
    );
  const unwritten = d.dueMemberReports().filter((n) => n.person.report === undefined);
  if (unwritten.length > 0)
    out.push(
      `Báo cáo thành tích của ${unwritten.length} cá nhân đề nghị danh hiệu cần bỏ phiếu chưa có lời văn trong số liệu (${unwritten.map((n) => n.person.id).join(', ')}): cá nhân tự lập, hoặc ghi report của người đó trong individuals của đơn vị trong tệp ${d.year}-units.yaml để công cụ lập cùng số liệu.`,
    );
  if (d.reportedMembers().length > 0)
    out.push(
      'Báo cáo thành tích của cá nhân gồm sơ lược lý lịch, thành tích đạt được và các hình thức đã được khen thưởng; chưa đối chiếu được với mẫu của Nghị định quy định chi tiết Luật Thi đua, khen thưởng đang áp dụng (từ 01/7/2025: Mẫu số 05 của Nghị định số 152/2025/NĐ-CP): kiểm tra trước khi trình.',
    );
  if (d.proposed('province').some((p) => p.units.some((u) => u.unit.unit.kind === 'district_office')))
    out.push(
      'Tờ trình gồm các phòng cấp huyện (thuộc Ủy ban nhân dân cấp huyện): quy định của tỉnh về cấp trình khen thưởng cho các phòng này chưa đối chiếu được; kiểm tra trước khi trình.',
    );
  if (d.proposed('department').length > 0)
    out.push(
      'Dự thảo quyết định căn cứ Luật và Nghị định đang áp dụng; bổ sung căn cứ quyết định quy định chức năng, nhiệm vụ của Sở và quy chế thi đua, khen thưởng của tỉnh (số liệu không có) khi hoàn thiện.',
    );
  return out;
}

/**
 * The dossier's contents, in the order it is filed: each document made, and the reports the collectives and the
 * members voted on file themselves (Luật 2022 Điều 84 khoản 1 điểm b, d).
 */
export function contents(d: Dossier, made: readonly DossierDocument[]): DocumentTree {
  const reported = new Set(d.reported().map((u) => u.unit.id));
  const entry = (m: DossierDocument) => ({
    text:
      m.entry ??
      `${upperFirst(m.document.title.title.toLocaleLowerCase('vi'))} ${lowerFirst(m.document.title.subject)}`,
    note: m.note ?? '',
  });
  // The reports not made here follow those made of their kind: the collectives' and the members' own.
  const due: Partial<Record<DossierDocument['part'], { text: string; note: string }[]>> = {
    'unit-report': d
      .dueReports()
      .filter((u) => !reported.has(u.id))
      .map((u) => ({ text: `Báo cáo thành tích của ${u.name}`, note: 'Do tập thể lập' })),
    'member-report': d
      .dueMemberReports()
      .filter((n) => n.person.report === undefined)
      .map((n) => ({
        text: memberEntry(n),
        note: `Do cá nhân lập; ${lowerFirst(certificateOf(n, d.year))}`,
      })),
  };
  const entries = DOSSIER_PARTS.flatMap((part) => [
    ...made.filter((m) => m.part === part).map(entry),
    ...(due[part] ?? []),
  ]);
  const rows: TableRow[] = entries.map((e, i) => ({
    kind: 'row',
    depth: 0,
    keepWithNext: false,
    cells: [cell(String(i + 1)), cell(e.text), cell(e.note)],
  }));
  const blocks: Block[] = [
    sheetTable(
      [
        column('TT', 8, 'cell', 'center'),
        column('Tên văn bản', 62, 'cell', 'left'),
        column('Ghi chú', 30, 'cell', 'left'),
      ],
      rows,
    ),
  ];
  return d.document(
    'contents',
    'DANH MỤC HỒ SƠ',
    `Đề nghị xét tặng danh hiệu thi đua, hình thức khen thưởng năm ${d.year}`,
    [{ kind: 'body', orientation: 'portrait', blocks }],
    d.context.documentDate,
  );
}
