/**
 * The award dossier of a year (issue 22; hatinh-report dossier YEAR), worded in Vietnamese: the council's minutes
 * with its ballots, the tờ trình to the provincial chairman for the titles and awards the province gives, the
 * director's decision (a draft) for those the department gives, each with its list, and the dossier's contents.
 * Each is a document of its own (document.ts), drawn by every renderer as the report is.
 *
 * Who decides what (Luật Thi đua, khen thưởng 2022, read in the official gazette, Công báo số 571+572/2022): the
 * head of a provincial department the base-level titles of its own units (Điều 80 khoản 1); the district's
 * chairman those of a district office (Điều 80 khoản 2), so these are not in the department's dossier; the
 * province's titles and awards (a title's `level`) go to the provincial chairman by tờ trình.
 */
import type { YearEmulation } from '../compute/compute-emulation.js';
import {
  type CollectiveVerdict,
  type ConditionCheck,
  isProposed,
  type NamedProposal,
  type NamedTitle,
  type UnitProposals,
  unballoted,
  type YearProposals,
} from '../compute/propose-titles.js';
import { citation } from '../domain/citation.js';
import { membersOn } from '../domain/council.js';
import { dec, percentOf, plain } from '../domain/decimal.js';
import { documentSymbol } from '../domain/document-symbol.js';
import { listed } from '../messages/facts.js';
import {
  type Council,
  type CouncilMeeting,
  type CouncilMember,
  RATING_IDS,
  type Rating,
  type TitleRule,
  type UnitYear,
} from '../model/emulation.js';
import type { Agency, Dec } from '../model/types.js';
import { nameLines, oneLine } from './build-view-model.js';
import {
  type Block,
  cell,
  column,
  type DocumentTree,
  ILLUSTRATIVE_MARK,
  ILLUSTRATIVE_NOTE,
  type PageSection,
  type Signer,
  type TableRow,
} from './document.js';
import { collectiveTable, listNotes, RATING_WORDS } from './emulation-view.js';
import { dayMonthYear, formatDocumentDate } from './format-document-date.js';
import { formatNumber, formatWhole, formatWritten, qualified } from './format-number.js';
import { appendixSection } from './report-document.js';
import { roman } from './roman.js';
import { lowerFirst, upperFirst } from './text-case.js';
import type { AppendixTable, ReportView } from './view-types.js';

/** Who decides a collective's title or award, as the dossier splits them. */
export type Authority = 'province' | 'department' | 'district' | 'beyond';

/** The article of the Law that gives a base-level title to its decider (Công báo số 571+572/2022, page 57). */
export const AUTHORITY_BASIS = {
  department: 'Luật Thi đua, khen thưởng 2022, Điều 80 khoản 1',
  district: 'Luật Thi đua, khen thưởng 2022, Điều 80 khoản 2',
} as const;

/** Who decides `title` for `unit`: a district office's base-level titles are its district chairman's. */
export function authorityOf(title: TitleRule, unit: UnitProposals['unit']): Authority {
  if (title.level === 'province') return 'province';
  if (title.level === 'base') return unit.kind === 'district_office' ? 'district' : 'department';
  return 'beyond';
}

/** What the dossier takes from the year's report: its properties, header and signer, and the agency. */
export interface DossierContext {
  report: Pick<ReportView, 'meta' | 'header' | 'signer'>;
  agency: Agency;
  /** The units' year (YYYY-units.yaml), by unit: their reports of achievements and titles of earlier years. */
  figures: ReadonlyMap<string, UnitYear>;
  /** The documents' date (build's --date), or none: the office dates them by hand. */
  documentDate: string | undefined;
}

/** One document of the dossier: its files' name (in ho-so/) and the document. */
export interface DossierDocument {
  /** ho-so/bien-ban-hop-hoi-dong-2024: the folder and the name before the extension. */
  baseName: string;
  document: DocumentTree;
  /** How the contents name it, where its title and subject do not say whose it is (a report of achievements). */
  entry?: string;
}

/** The dossier's folder within a year's outputs. */
export const DOSSIER_FOLDER = 'ho-so';

/** The dossier's notes for the officer (not a document of it): ho-so/ghi-chu-ho-so-2024.md. */
export function dossierNotesName(year: number): string {
  return `${DOSSIER_FOLDER}/ghi-chu-ho-so-${year}.md`;
}

/** The dossier's notes as Markdown: what it lacks and what to check before it goes. */
export function dossierNotes(year: number, notes: readonly string[]): string {
  return [
    `# Ghi chú hồ sơ khen thưởng năm ${year}`,
    '',
    'Ghi chú cho người lập hồ sơ, không thuộc hồ sơ: những phần còn thiếu, những điều cần kiểm tra trước khi trình.',
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

/**
 * Returns the year's dossier: the minutes of the council's meeting, the tờ trình to the provincial chairman (when
 * the province is asked for something), the director's decision (when the department gives something), and the
 * contents, in the order the dossier is filed.
 */
export function dossierDocuments(
  emulation: YearEmulation & { proposals: YearProposals },
  council: Council,
  meeting: CouncilMeeting,
  context: DossierContext,
): { documents: DossierDocument[]; notes: string[] } {
  const d = new Dossier(emulation, council, meeting, context);
  const parts: { name: string; document: DocumentTree | undefined; entry?: string }[] = [
    { name: `bien-ban-hop-hoi-dong-${d.year}`, document: d.minutes() },
    { name: `to-trinh-ubnd-tinh-${d.year}`, document: d.submission() },
    ...d.reported().map((u) => ({
      name: `bao-cao-thanh-tich-${u.unit.id}-${d.year}`,
      document: d.achievementReport(u),
      entry: `Báo cáo thành tích của ${u.unit.name}`,
    })),
    { name: `du-thao-quyet-dinh-${d.year}`, document: d.decision() },
  ];
  const made = parts.flatMap((p) =>
    p.document
      ? [
          {
            baseName: `${DOSSIER_FOLDER}/${p.name}`,
            document: p.document,
            ...(p.entry === undefined ? {} : { entry: p.entry }),
          },
        ]
      : [],
  );
  return {
    documents: [
      ...made,
      { baseName: `${DOSSIER_FOLDER}/danh-muc-ho-so-${d.year}`, document: d.contents(made) },
    ],
    notes: d.notes(),
  };
}

/** A title as a document names it: a flag or a certificate by its name, a title as "danh hiệu “...”". */
export function titlePhrase(title: TitleRule): string {
  return title.category === 'award' || /^Cờ\s/u.test(title.name) ? title.name : `danh hiệu “${title.name}”`;
}

/** The collectives, or the members named, proposed for a title, by who decides it. */
interface Proposed {
  title: TitleRule;
  units: { unit: UnitProposals; verdict: CollectiveVerdict }[];
  people: { named: NamedProposal; verdict: NamedTitle }[];
}

/** "11 tập thể", "6 cá nhân": how many collectives and people the proposals name, each once. */
function counted(all: readonly Proposed[]): string[] {
  const units = new Set(all.flatMap((p) => p.units.map((u) => u.unit.unit.id)));
  const people = new Set(all.flatMap((p) => p.people.map((x) => x.named.person.id)));
  return [
    ...(units.size > 0 ? [`${units.size} tập thể`] : []),
    ...(people.size > 0 ? [`${people.size} cá nhân`] : []),
  ];
}

/** "2 tập thể", "3 cá nhân". */
function howMany(p: Proposed): string {
  return p.title.recipient === 'collective' ? `${p.units.length} tập thể` : `${p.people.length} cá nhân`;
}

/** Who is proposed, as a list in running text: units by their short name, people with their unit. */
function whoWords(p: Proposed): string {
  return [
    ...p.units.map((u) => u.unit.unit.name),
    ...p.people.map((x) => `${x.named.person.name}, ${x.named.unit.name}`),
  ].join('; ');
}

class Dossier {
  readonly year: number;
  private readonly proposals: YearProposals;
  private readonly members: CouncilMember[];
  private readonly agencyName: string;
  private readonly meetingDay: string;
  private readonly illustrative: boolean;
  private readonly issueYear: number;

  constructor(
    private readonly emulation: YearEmulation & { proposals: YearProposals },
    private readonly council: Council,
    private readonly meeting: CouncilMeeting,
    private readonly context: DossierContext,
  ) {
    this.year = emulation.scores.year;
    this.proposals = emulation.proposals;
    // The members on the day: the base of every share, as the ballots counted them.
    this.members = membersOn(council, meeting.date);
    // A document undated yet is dated no earlier than the meeting it follows (held in January of the next year).
    this.issueYear = Math.max(this.year, Number(meeting.date.slice(0, 4)));
    this.agencyName = context.agency.short_name ?? oneLine(context.agency.name);
    this.meetingDay = dayMonthYear(meeting.date);
    this.illustrative = emulation.scores.illustrative || council.illustrative === true;
  }

  /**
   * The collectives and the members named proposed, title by title in the rules' order (the collectives' first),
   * of one deciding authority.
   */
  proposed(authority: Authority): Proposed[] {
    const order = [
      ...this.proposals.ruleSet.titles.filter((t) => t.recipient === 'collective'),
      ...this.proposals.ruleSet.titles.filter((t) => t.recipient === 'individual'),
    ];
    return order
      .map((title) => ({
        title,
        units: this.proposals.units.flatMap((unit) => {
          const verdict = unit.collective.find((v) => v.title.id === title.id);
          return verdict && isProposed(verdict) && authorityOf(title, unit.unit) === authority
            ? [{ unit, verdict }]
            : [];
        }),
        people: this.proposals.named.flatMap((named) => {
          const verdict = named.titles.find((t) => t.title.id === title.id);
          return verdict?.proposed && authorityOf(title, named.unit) === authority
            ? [{ named, verdict }]
            : [];
        }),
      }))
      .filter((p) => p.units.length + p.people.length > 0);
  }

  /** A document of the dossier: the report's header with its own number and date, its title, its pages. */
  private document(
    kind: 'minutes' | 'submission' | 'decision' | 'contents' | 'achievements',
    title: string,
    subject: string,
    sections: PageSection[],
    date: string | undefined,
  ): DocumentTree {
    const { report, agency } = this.context;
    // The contents are not numbered; a unit's report of achievements is numbered by the unit, whose code is not known.
    const symbol =
      kind === 'contents' || kind === 'achievements' ? null : documentSymbol(agency.document_code, kind);
    const mark = this.illustrative ? ILLUSTRATIVE_MARK : null;
    return {
      meta: {
        ...report.meta,
        title: `${title.charAt(0)}${title.slice(1).toLocaleLowerCase('vi')}: ${subject}`,
        subject,
        keywords: ['hồ sơ', 'thi đua', 'khen thưởng', String(this.year)],
        ...(date === undefined ? {} : { date }),
      },
      header: {
        ...report.header,
        // Numbered by the office when it is issued (NĐ 30/2020, Điều 15): the number left blank.
        number: symbol === null ? '' : `Số: ${'\u00a0'.repeat(6)}/${symbol}`,
        dateLine: formatDocumentDate(agency.place, date, this.issueYear),
      },
      title: { title, subject },
      illustrative: mark,
      illustrativeNote: mark ? ILLUSTRATIVE_NOTE : null,
      sections,
    };
  }

  /** "Nguyễn Văn An, Giám đốc Sở". */
  private who(m: CouncilMember): string {
    return `${m.name}, ${m.position}`;
  }

  /** Whether the members present reach the council's own quorum, where its data sets one, with its basis. */
  private quorumWords(present: number): Block[] {
    const quorum = this.council.quorum;
    if (quorum === undefined) return [];
    const members = dec(String(this.members.length));
    const reached = dec(String(present))
      .times(dec('100'))
      .gte(dec(String(quorum.percent)).times(members));
    const share = formatNumber(plain(percentOf(dec(String(present)), members)), 2);
    return [
      para(
        `Số thành viên có mặt ${present}/${this.members.length} (${share}%), ${reached ? 'đạt' : 'chưa đạt'} tỷ lệ tối thiểu ${formatNumber(String(quorum.percent) as Dec, 2)}% tổng số thành viên Hội đồng (${citation(quorum.basis)}).`,
      ),
    ];
  }

  /** The council's secretary, when present: who keeps and signs the minutes. */
  private secretary(): CouncilMember | undefined {
    return this.members.find((m) => m.role === 'secretary' && this.meeting.present.includes(m.id));
  }

  /** The member who chairs the meeting: the chair if present, else the first vice chair present. */
  private presiding(): CouncilMember | undefined {
    const present = this.members.filter((m) => this.meeting.present.includes(m.id));
    return present.find((m) => m.role === 'chair') ?? present.find((m) => m.role === 'vice_chair');
  }

  /** Biên bản họp Hội đồng Thi đua - Khen thưởng: who met, what it considered, its ballots, what it concluded. */
  minutes(): DocumentTree {
    const present = this.members.filter((m) => this.meeting.present.includes(m.id));
    const written = this.members.filter((m) => this.meeting.written.includes(m.id));
    const away = this.members.filter(
      (m) => !this.meeting.present.includes(m.id) && !this.meeting.written.includes(m.id),
    );
    const chair = this.presiding();
    const secretary = this.secretary();
    const blocks: Block[] = [
      para(
        `**Thời gian:** ${formatDocumentDate('', this.meeting.date, this.year).replace(/^,\s*/u, '')}.`,
        'markdown',
      ),
      para(`**Địa điểm:** ${this.meeting.place}.`, 'markdown'),
      ...(chair ? [para(`**Chủ trì:** ${this.who(chair)}, ${roleWords(chair)}.`, 'markdown')] : []),
      ...(secretary ? [para(`**Thư ký:** ${this.who(secretary)}.`, 'markdown')] : []),
      para(
        `**Thành phần:** ${this.council.name} có ${this.members.length} thành viên; có mặt ${present.length}/${this.members.length} thành viên${written.length > 0 ? `; vắng mặt có ý kiến bằng văn bản ${written.length} thành viên` : ''}${away.length > 0 ? `; vắng mặt không có ý kiến ${away.length} thành viên` : ''}.`,
        'markdown',
      ),
      ...this.quorumWords(present.length),
      {
        type: 'list',
        items: [
          ...present.map((m) => ({ text: `${this.who(m)}: có mặt;`, depth: 0 })),
          ...written.map((m) => ({ text: `${this.who(m)}: vắng mặt, có ý kiến bằng văn bản;`, depth: 0 })),
          ...away.map((m) => ({ text: `${this.who(m)}: vắng mặt;`, depth: 0 })),
        ].map((item, i, all) =>
          i === all.length - 1 ? { ...item, text: item.text.replace(/;$/, '.') } : item,
        ),
        nested: false,
        markup: 'plain',
      },
      { type: 'heading', level: 2, text: 'I. NỘI DUNG' },
      para(
        `Hội đồng xem xét kết quả chấm điểm, xếp hạng thi đua năm ${this.year} của ${this.unitCount()} đơn vị trong ${this.emulation.scores.blocks.length} khối thi đua và đề xuất danh hiệu thi đua, hình thức khen thưởng theo ${this.proposals.ruleSet.name}.`,
      ),
      ...this.ballotBlocks(),
      { type: 'heading', level: 2, text: 'II. KẾT LUẬN' },
      para('Hội đồng thống nhất:'),
      {
        type: 'list',
        items: this.conclusions(),
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
    return this.document(
      'minutes',
      'BIÊN BẢN',
      `Họp ${this.council.name} xét danh hiệu thi đua, hình thức khen thưởng năm ${this.year}`,
      [{ kind: 'body', orientation: 'portrait', blocks }],
      this.meeting.date,
    );
  }

  private unitCount(): number {
    return this.emulation.scores.blocks.reduce((n, b) => n + b.units.length, 0);
  }

  /** The ballots held, each against the share of all the members its title needs (kết quả kiểm phiếu). */
  private ballotBlocks(): Block[] {
    const held = this.ballots();
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
        `Hội đồng bỏ phiếu đối với các danh hiệu phải bỏ phiếu; tỷ lệ phiếu đồng ý tính trên tổng số ${this.members.length} thành viên Hội đồng, trong đó ý kiến bằng văn bản của thành viên vắng mặt được tính vào kết quả (căn cứ ${listed(bases.map(citation), 'và')}). Kết quả kiểm phiếu:`,
      ),
      {
        type: 'table',
        kind: 'sheet',
        caption: '',
        columns: [
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
        variant: { noPlan: false, noPrior: false },
        empty: '',
      },
    ];
  }

  /** Each ballot recorded, with the check the proposals made of it (share, threshold, met), and who it is on. */
  private ballots(): {
    title: TitleRule;
    who: string;
    check: Extract<ConditionCheck, { condition: 'ballot' }>;
  }[] {
    return this.meeting.ballots.flatMap((b) => {
      if (b.person !== undefined) {
        const named = this.proposals.named.find((n) => n.person.id === b.person);
        const verdict = named?.titles.find((t) => t.title.id === b.title);
        const who = named && `${named.person.name} (${named.unit.name})`;
        return who && verdict?.ballot ? [{ title: verdict.title, who, check: verdict.ballot }] : [];
      }
      const unit = this.proposals.units.find((u) => u.unit.id === b.unit);
      const verdict = unit?.collective.find((v) => v.title.id === b.title);
      const check = verdict?.checks.find(
        (c): c is Extract<ConditionCheck, { condition: 'ballot' }> => c.condition === 'ballot',
      );
      return unit && verdict && check ? [{ title: verdict.title, who: unit.unit.name, check }] : [];
    });
  }

  /** What the council agreed: each authority's proposals title by title, and the ballots short of their threshold. */
  private conclusions(): { text: string; depth: number }[] {
    const lines = (all: Proposed[]) =>
      all.map((p, i) => ({
        text: `${upperFirst(titlePhrase(p.title))}: ${howMany(p)} (${whoWords(p)})${i === all.length - 1 ? '.' : ';'}`,
        depth: 1,
      }));
    const province = this.proposed('province');
    const department = this.proposed('department');
    const district = this.proposed('district');
    const out: { text: string; depth: number }[] = [];
    if (province.length > 0)
      out.push(
        { text: `Đề nghị Chủ tịch ${this.provincialCommittee()} tặng:`, depth: 0 },
        ...lines(province),
      );
    if (department.length > 0)
      out.push({ text: `Đề nghị ${this.headOfAgency()} tặng:`, depth: 0 }, ...lines(department));
    if (district.length > 0)
      out.push({
        text: `Đối với ${district.map((p) => `${titlePhrase(p.title)} của ${howMany(p)} đủ tiêu chuẩn (${whoWords(p)})`).join('; ')}: đề nghị Chủ tịch Ủy ban nhân dân cấp huyện xem xét, quyết định theo thẩm quyền (${citation(AUTHORITY_BASIS.district)}).`,
        depth: 0,
      });
    for (const b of this.ballots().filter((x) => x.check.met === false))
      out.push({
        text: `Không đề nghị ${titlePhrase(b.title)} cho ${b.who}: tỷ lệ phiếu đồng ý ${formatNumber(b.check.share ?? ('0' as Dec), 2)}%, dưới mức ${formatNumber(b.check.required, 0)}% tổng số thành viên Hội đồng.`,
        depth: 0,
      });
    if (out.length === 0)
      out.push({ text: `Không có tập thể đủ tiêu chuẩn đề nghị khen thưởng năm ${this.year}.`, depth: 0 });
    return out;
  }

  /** "Ủy ban nhân dân tỉnh Hà Tĩnh", from the agency's parent ("UBND TỈNH HÀ TĨNH"). */
  provincialCommittee(): string {
    const parent = oneLine(this.context.agency.parent);
    const province = /TỈNH\s+(.+)$/iu.exec(parent)?.[1];
    return province === undefined
      ? parent
      : `Ủy ban nhân dân tỉnh ${province
          .toLocaleLowerCase('vi')
          .split(/\s+/u)
          .map((w) => upperFirst(w))
          .join(' ')}`;
  }

  /** The head's title: "GIÁM ĐỐC" (the title a signer on the head's behalf signs for). */
  private headTitle(): string {
    const signer = this.context.agency.signer;
    return (signer.on_behalf ?? signer.title).replace(/^(KT|TL|TM|TUQ)\.\s*/u, '').toLocaleUpperCase('vi');
  }

  /** The head of the department, who decides its titles: "Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh". */
  private headOfAgency(): string {
    return `${upperFirst(this.headTitle().toLocaleLowerCase('vi'))} ${this.agencyName}`;
  }

  /** The opening of a tờ trình or a decision: the Law and decree in force, the scores, the council's meeting. */
  private grounds(): string[] {
    return [
      `Căn cứ ${this.proposals.ruleSet.name};`,
      `Căn cứ kết quả chấm điểm, xếp hạng thi đua năm ${this.year} của các khối thi đua thuộc ${this.agencyName};`,
      `Căn cứ kết quả họp ${this.council.name} ngày ${this.meetingDay},`,
    ];
  }

  /**
   * The list attached to a document: the collectives, then the members named, of one authority, each with what
   * they achieved and their prize, and the notes on the prizes.
   */
  private list(authority: Authority, label: string, title: string, attachedTo: string): PageSection {
    const proposed = this.proposed(authority);
    const collective = proposed.some((p) => p.units.length > 0);
    const people = proposed.filter((p) => p.people.length > 0);
    const table = collectiveTable(
      this.proposals,
      this.emulation.scores,
      (t, u) => authorityOf(t, u.unit) === authority,
    );
    return appendixSection({
      label,
      title,
      attachedTo,
      landscape: true,
      tables: [
        ...(collective ? [{ ...table, caption: people.length > 0 ? table.caption : '' }] : []),
        ...(people.length > 0 ? [this.peopleTable(people, collective ? '2. Cá nhân' : '')] : []),
      ],
      notes: listNotes(
        this.proposals,
        proposed.map((p) => p.title),
      ),
    });
  }

  /** The members named, title by title: their post and unit, what qualifies them, the ballot, the prize. */
  private peopleTable(proposed: readonly Proposed[], caption: string): AppendixTable {
    const rows: AppendixTable['rows'] = [];
    let sum = dec('0');
    proposed.forEach((p, g) => {
      rows.push({
        kind: 'group',
        cells: [roman(g + 1), `${p.title.name} (${howMany(p)}; căn cứ ${p.title.basis})`],
      });
      p.people.forEach(({ named, verdict }, i) => {
        if (verdict.amount !== undefined) sum = sum.plus(dec(verdict.amount));
        // The votes are the minutes'; the list says what the member achieved.
        const grounds = [
          RATING_WORDS[named.person.rating],
          ...(named.person.initiative ? [lowerFirst(named.person.initiative)] : []),
        ];
        rows.push({
          kind: 'row',
          cells: [
            String(i + 1),
            named.person.name,
            named.person.position,
            named.unit.name,
            grounds.join('; '),
            verdict.amount === undefined ? '–' : formatNumber(verdict.amount, 0),
          ],
        });
      });
    });
    rows.push({
      kind: 'total',
      cells: ['', 'Cộng', '', '', '', this.proposals.baseSalary ? formatNumber(plain(sum), 0) : '–'],
    });
    return {
      caption,
      headings: [
        'TT',
        'Họ và tên',
        'Chức vụ',
        'Đơn vị',
        'Thành tích, tiêu chuẩn đạt được',
        'Tiền thưởng (đồng)',
      ],
      widths: [6, 16, 16, 24, 24, 14],
      align: ['center', 'left', 'left', 'left', 'left', 'right'],
      rows,
      empty: 'Không có cá nhân được đề nghị.',
    };
  }

  /** "số      /TTr-SLĐTBXH ngày      tháng      năm 2024": the document a list is attached to. */
  private attached(kind: 'submission' | 'decision', date: string | undefined): string {
    const number = `số ${'\u00a0'.repeat(6)}/${documentSymbol(this.context.agency.document_code, kind)}`;
    const day = formatDocumentDate(this.context.agency.place, date, this.issueYear).replace(
      /^[^,]*,\s*/u,
      '',
    );
    return `${number} ${day}`;
  }

  /** The tờ trình to the provincial chairman, for the titles and awards the province gives; undefined for none. */
  submission(): DocumentTree | undefined {
    const province = this.proposed('province');
    if (province.length === 0) return undefined;
    const date = this.context.documentDate;
    const committee = this.provincialCommittee();
    const what = listed(
      province.map((p) => titlePhrase(p.title)),
      'và',
    );
    const subject = `Về việc đề nghị tặng ${what} năm ${this.year}`;
    const count = listed(counted(province), 'và');
    const blocks: Block[] = [
      { type: 'paragraph', role: 'centred', text: `Kính gửi: Chủ tịch ${committee}.`, markup: 'plain' },
      ...this.grounds().map((line) => para(line)),
      para(`${this.agencyName} kính đề nghị Chủ tịch ${committee} xem xét, tặng:`),
      {
        type: 'list',
        items: province.map((p, i) => ({
          text: `${upperFirst(titlePhrase(p.title))} cho ${howMany(p)}${i === province.length - 1 ? '.' : ';'}`,
          depth: 0,
        })),
        nested: false,
        markup: 'plain',
      },
      para(`(Có danh sách ${count} và hồ sơ kèm theo.)`),
      {
        type: 'signature',
        closing: `Kính trình Chủ tịch ${committee} xem xét, quyết định./.`,
        recipientsLabel: 'Nơi nhận:',
        recipients: ['- Như trên;', `- Lưu: ${this.context.agency.archive}.`],
        signer: this.signer(),
      },
    ];
    return this.document(
      'submission',
      'TỜ TRÌNH',
      subject,
      [
        { kind: 'body', orientation: 'portrait', blocks },
        this.list(
          'province',
          'DANH SÁCH',
          `${province.some((p) => p.people.length > 0) ? 'Tập thể, cá nhân' : 'Tập thể'} đề nghị tặng ${what} năm\u00a0${this.year}`,
          `(Kèm theo Tờ trình ${this.attached('submission', date)} của ${this.agencyName})`,
        ),
      ],
      date,
    );
  }

  /** The director's decision on the base-level titles of the department's own units: a draft; undefined for none. */
  decision(): DocumentTree | undefined {
    const department = this.proposed('department');
    if (department.length === 0) return undefined;
    const date = this.context.documentDate;
    const what = listed(
      department.map((p) => titlePhrase(p.title)),
      'và',
    );
    const subject = `Về việc tặng ${what} năm ${this.year}`;
    const amounts = department.flatMap((p) => [
      ...p.units.map((u) => u.verdict.amount),
      ...p.people.map((x) => x.verdict.amount),
    ]);
    const sum = amounts.reduce<Dec>((s, a) => plain(dec(s).plus(dec(a ?? '0'))), '0' as Dec);
    const prizes = [...new Set(department.map((p) => p.title.prize_basis).filter((b) => b !== undefined))];
    const whom = department.some((p) => p.units.length > 0)
      ? department.some((p) => p.people.length > 0)
        ? 'các tập thể, cá nhân'
        : 'các tập thể'
      : 'các cá nhân';
    const money =
      this.proposals.baseSalary === undefined || amounts.every((a) => a === undefined)
        ? `Tiền thưởng kèm theo danh hiệu thực hiện theo quy định${this.proposals.baseSalary === undefined ? ` (chưa có mức lương cơ sở áp dụng tại ngày ${dayMonthYear(this.proposals.day)})` : ''}.`
        : `${upperFirst(whom)} có tên tại Điều 1 được thưởng${prizes.length > 0 ? ` theo quy định tại ${listed(prizes.map(citation), 'và')}` : ''}, mức thưởng của từng ${whom.replace(/^các /u, '')} theo danh sách kèm theo; tổng số tiền thưởng: ${formatNumber(sum, 0)} đồng.`;
    const head = this.headOfAgency();
    const blocks: Block[] = [
      { type: 'paragraph', role: 'centred', text: '*(Dự thảo)*', markup: 'markdown' },
      {
        type: 'paragraph',
        role: 'centred',
        // The authority as decisions head it: the head's title and the agency's name, as the header writes it.
        text: `**${this.headTitle()} ${oneLine(this.context.agency.name).toLocaleUpperCase('vi')}**`,
        markup: 'markdown',
      },
      // A decision's grounds in italics (NĐ 30/2020), the last one ending it with a full stop.
      // The scores are no legal ground: the council's proposal is.
      para(`*Căn cứ ${this.proposals.ruleSet.name};*`, 'markdown'),
      para(`*Xét đề nghị của ${this.council.name} tại cuộc họp ngày ${this.meetingDay}.*`, 'markdown'),
      { type: 'paragraph', role: 'centred', text: '**QUYẾT ĐỊNH:**', markup: 'markdown' },
      para(
        `**Điều 1.** Tặng ${department.map((p) => `${titlePhrase(p.title)} năm ${this.year} cho ${howMany(p)}`).join('; ')} (có danh sách kèm theo).`,
        'markdown',
      ),
      para(`**Điều 2.** ${money}`, 'markdown'),
      para(
        `**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các phòng, đơn vị thuộc Sở và ${whom} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
        'markdown',
      ),
      {
        type: 'signature',
        closing: '',
        recipientsLabel: 'Nơi nhận:',
        recipients: ['- Như Điều 3;', `- Lưu: ${this.context.agency.archive}.`],
        signer: this.signer(),
      },
    ];
    return this.document(
      'decision',
      'QUYẾT ĐỊNH',
      subject,
      [
        { kind: 'body', orientation: 'portrait', blocks },
        this.list(
          'department',
          'DANH SÁCH',
          `${upperFirst(whom.replace(/^các /u, ''))} được tặng ${what} năm\u00a0${this.year}`,
          `(Kèm theo Quyết định ${this.attached('decision', date)} của ${head})`,
        ),
      ],
      date,
    );
  }

  /** The collectives the province is asked to reward whose units' year gives their report of achievements in words. */
  reported(): UnitProposals[] {
    const asked = new Set(this.proposed('province').flatMap((p) => p.units.map((u) => u.unit.unit.id)));
    return this.proposals.units.filter(
      (u) => asked.has(u.unit.id) && this.context.figures.get(u.unit.id)?.achievements !== undefined,
    );
  }

  /**
   * A collective's report of achievements (báo cáo thành tích; Luật 2022 Điều 84 khoản 1 điểm b), as the unit
   * signs it and the department confirms it: its words from the units' year, its figures, score, rank, members'
   * titles and titles of earlier years from the data.
   */
  achievementReport(u: UnitProposals): DocumentTree {
    const year = this.context.figures.get(u.unit.id) as UnitYear;
    const words = year.achievements as NonNullable<UnitYear['achievements']>;
    const block = this.emulation.scores.blocks.find((b) => b.block.id === u.block);
    const score = block?.units.find((x) => x.unit.id === u.unit.id);
    const asked = this.proposed('province').filter((p) => p.units.some((x) => x.unit.unit.id === u.unit.id));
    const what = listed(
      asked.map((p) => titlePhrase(p.title)),
      'và',
    );
    const points = (v: Dec) => formatNumber(v, block?.scheme.decimals ?? 2);
    const rows: TableRow[] = [];
    for (const c of score?.criteria ?? []) {
      const r = c.reason;
      const items =
        r.kind === 'own_targets'
          ? r.items.map((i) => ({
              name: i.name,
              unit: i.unit,
              target: i.target as Dec | undefined,
              actual: i.actual,
              qualifier: i.qualifier,
            }))
          : r.kind === 'proportional' || r.kind === 'bloc'
            ? [
                {
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
    const nameOf = (id: string) => {
      const rating = (Object.keys(RATING_IDS) as Rating[]).find((r) => RATING_IDS[r] === id);
      if (rating !== undefined) return RATING_WORDS[rating];
      return this.proposals.ruleSet.titles.find((t) => t.id === id)?.name ?? id;
    };
    const blocks: Block[] = [
      para(`**Tên tập thể:** ${u.unit.name}.`, 'markdown'),
      ...(block ? [para(`**Khối thi đua:** ${block.block.name}.`, 'markdown')] : []),
      ...(members === undefined
        ? []
        : [
            para(`**Tổng số cán bộ, viên chức, người lao động:** ${formatWhole(members)} người.`, 'markdown'),
          ]),
      { type: 'heading', level: 2, text: 'I. ĐẶC ĐIỂM, TÌNH HÌNH' },
      { type: 'markdown', text: words.characteristics },
      { type: 'heading', level: 2, text: 'II. THÀNH TÍCH ĐẠT ĐƯỢC' },
      { type: 'markdown', text: words.narrative },
      { type: 'heading', level: 3, text: `1. Kết quả thực hiện các chỉ tiêu năm ${this.year}` },
      {
        type: 'table',
        kind: 'sheet',
        caption: '',
        columns: [
          column('TT', 7, 'cell', 'center'),
          column('Chỉ tiêu', 45, 'cell', 'left'),
          column('Đơn vị tính', 14, 'cell', 'center'),
          column('Kế hoạch', 17, 'cell', 'right'),
          column('Thực hiện', 17, 'cell', 'right'),
        ],
        rows,
        variant: { noPlan: false, noPrior: false },
        empty: 'Không có chỉ tiêu được chấm điểm.',
      },
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
              `Năm ${this.year}, ${individual.map((i) => `${formatWhole(i.count)}${members === undefined ? '' : `/${formatWhole(members)}`} cá nhân được đề nghị công nhận danh hiệu “${i.title.name}”`).join('; ')}.`,
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
      { type: 'heading', level: 2, text: 'III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN' },
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
        : para(
            `Số liệu các đơn vị không ghi danh hiệu, hình thức khen thưởng của các năm trước năm ${this.year}.`,
          ),
      {
        type: 'signature',
        closing: '',
        recipientsLabel: '',
        recipients: [],
        // The department, which submits the dossier, confirms it (cấp trình khen thưởng).
        cosigner: {
          onBehalf: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG',
          title: this.context.report.signer.title,
          name: this.context.report.signer.name,
        },
        signer: { onBehalf: null, title: words.signer.title, name: words.signer.name ?? null },
      },
    ];
    const document = this.document(
      'achievements',
      'BÁO CÁO THÀNH TÍCH',
      `Đề nghị tặng ${what} năm ${this.year}`,
      [{ kind: 'body', orientation: 'portrait', blocks }],
      this.context.documentDate,
    );
    // The unit's own document: its name under the department's in the header.
    return {
      ...document,
      header: {
        ...document.header,
        parentAgencyLines: nameLines(this.context.agency.name),
        agencyLines: [u.unit.name.toLocaleUpperCase('vi')],
      },
    };
  }

  private signer(): Signer {
    return this.context.report.signer;
  }

  /**
   * What the officer should know before the dossier goes (not a document: the drafter's notes of the dossier):
   * the members the department's units count for an individual title but do not name, the reports of achievements
   * whose words are not in the data, and what of the documents could not be checked.
   */
  notes(): string[] {
    const out: string[] = [];
    const ours = (unit: UnitProposals['unit'], title: TitleRule) => authorityOf(title, unit) === 'department';
    for (const { title } of this.proposals.titles) {
      if (title.recipient !== 'individual') continue;
      // The department's own units' members: a district office's are its district's to name and decide.
      const units = this.proposals.units
        .filter((u) => ours(u.unit, title))
        .map((u) => ({
          id: u.unit.id,
          counted: u.individual.find((i) => i.title.id === title.id)?.count ?? 0,
          named: this.proposals.named.filter(
            (n) => n.unit.id === u.unit.id && n.titles.some((t) => t.title.id === title.id && t.proposed),
          ).length,
        }))
        .filter((u) => u.named < u.counted);
      if (units.length > 0)
        out.push(
          `${title.name}: ${units.reduce((n, u) => n + u.counted - u.named, 0)} người các đơn vị thuộc Sở đề nghị chưa có họ tên (${units.map((u) => `${u.id}: đã ghi ${u.named}/${u.counted}`).join('; ')}); quyết định chỉ gồm những người đã ghi. Ghi họ tên vào individuals của đơn vị trong tệp ${this.year}-units.yaml.`,
        );
    }
    for (const t of unballoted(this.proposals))
      out.push(
        `${t.title.name}: ${t.units.map((u) => u.name).join(', ')} đủ tiêu chuẩn theo số liệu nhưng cuộc họp ngày ${this.meetingDay} chưa có kết quả bỏ phiếu, nên chưa được đề nghị (không có trong biên bản, tờ trình). Ghi kết quả bỏ phiếu vào ballots của cuộc họp trong council.yaml.`,
      );
    const beyond = this.proposed('beyond');
    if (beyond.length > 0)
      out.push(
        `${beyond.map((p) => `${p.title.name} (${howMany(p)})`).join(', ')}: cấp khen thưởng trên cấp tỉnh, không thuộc tờ trình và quyết định của hồ sơ này; lập hồ sơ riêng.`,
      );
    if (this.presiding() === undefined)
      out.push(
        'Cuộc họp không có Chủ tịch hoặc Phó Chủ tịch Hội đồng có mặt: biên bản chưa ghi người chủ trì, người ký.',
      );
    if (this.secretary() === undefined)
      out.push(
        'Thư ký Hội đồng không có mặt tại cuộc họp: biên bản chưa ghi người ghi biên bản, người ký bên thư ký.',
      );
    const reported = new Set(this.reported().map((u) => u.unit.id));
    const due = this.dueReports().filter((u) => !reported.has(u.id));
    if (due.length > 0)
      out.push(
        `Báo cáo thành tích của ${due.length} tập thể đề nghị cấp tỉnh khen thưởng chưa có lời văn trong số liệu (${due.map((u) => u.id).join(', ')}): đơn vị tự lập, hoặc ghi achievements của đơn vị trong tệp ${this.year}-units.yaml để công cụ lập cùng số liệu.`,
      );
    if (this.proposed('province').some((p) => p.units.some((u) => u.unit.unit.kind === 'district_office')))
      out.push(
        'Tờ trình gồm các phòng cấp huyện (thuộc Ủy ban nhân dân cấp huyện): quy định của tỉnh về cấp trình khen thưởng cho các phòng này chưa đối chiếu được; kiểm tra trước khi trình.',
      );
    if (this.proposed('department').length > 0)
      out.push(
        'Dự thảo quyết định căn cứ Luật và Nghị định đang áp dụng; bổ sung căn cứ quyết định quy định chức năng, nhiệm vụ của Sở và quy chế thi đua, khen thưởng của tỉnh (số liệu không có) khi hoàn thiện.',
      );
    return out;
  }

  /** The collectives the province is asked to reward: each files its report of achievements. */
  private dueReports(): UnitProposals['unit'][] {
    const asked = new Set(this.proposed('province').flatMap((p) => p.units.map((u) => u.unit.unit.id)));
    return this.proposals.units.filter((u) => asked.has(u.unit.id)).map((u) => u.unit);
  }

  /**
   * The dossier's contents, in the order it is filed: each document made, and the reports the collectives and the
   * members voted on file themselves (Luật 2022 Điều 84 khoản 1 điểm b, d).
   */
  contents(made: readonly DossierDocument[]): DocumentTree {
    const reported = new Set(this.reported().map((u) => u.unit.id));
    const entries: { text: string; note: string }[] = made.map((m) => ({
      text:
        m.entry ??
        `${upperFirst(m.document.title.title.toLocaleLowerCase('vi'))} ${lowerFirst(m.document.title.subject)}`,
      note: m.baseName.includes('du-thao-') ? 'Dự thảo' : '',
    }));
    // The reports not made here, after those made, before the decision.
    const due = [
      ...this.dueReports()
        .filter((u) => !reported.has(u.id))
        .map((u) => ({ text: `Báo cáo thành tích của ${u.name}`, note: 'Do tập thể lập' })),
      ...this.proposed('department')
        .flatMap((p) => (p.title.vote ? p.people : []))
        .map((x) => ({
          text: `Báo cáo thành tích của ${x.named.person.name}, ${x.named.person.position}, ${x.named.unit.name}`,
          note: 'Do cá nhân lập, kèm chứng nhận sáng kiến hoặc hoàn thành xuất sắc nhiệm vụ',
        })),
    ];
    const decision = made.findIndex((m) => m.baseName.includes('du-thao-'));
    entries.splice(decision >= 0 ? decision : entries.length, 0, ...due);
    const rows: TableRow[] = entries.map((e, i) => ({
      kind: 'row',
      depth: 0,
      keepWithNext: false,
      cells: [cell(String(i + 1)), cell(e.text), cell(e.note)],
    }));
    const blocks: Block[] = [
      {
        type: 'table',
        kind: 'sheet',
        caption: '',
        columns: [
          column('TT', 8, 'cell', 'center'),
          column('Tên văn bản', 62, 'cell', 'left'),
          column('Ghi chú', 30, 'cell', 'left'),
        ],
        rows,
        variant: { noPlan: false, noPrior: false },
        empty: '',
      },
    ];
    return this.document(
      'contents',
      'DANH MỤC HỒ SƠ',
      `Đề nghị xét tặng danh hiệu thi đua, hình thức khen thưởng năm ${this.year}`,
      [{ kind: 'body', orientation: 'portrait', blocks }],
      this.context.documentDate,
    );
  }
}

/** A body paragraph. */
function para(text: string, markup: 'plain' | 'markdown' = 'plain'): Block {
  return { type: 'paragraph', role: 'body', text, markup };
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
