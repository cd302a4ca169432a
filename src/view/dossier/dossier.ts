/**
 * What every document of the award dossier shares (issue 22): who decides what, the collectives and members proposed
 * by authority, each document's header and number, the grounds, the lists attached, the signer. The documents are
 * each in a file of this folder; dossier-documents.ts puts them together.
 *
 * Who decides what (Luật Thi đua, khen thưởng 2022, read in the official gazette, Công báo số 571+572/2022): the
 * head of a provincial department the base-level titles of its own units (Điều 80 khoản 1); the district's
 * chairman those of a district office (Điều 80 khoản 2), so these are not in the department's dossier; the
 * province's titles and awards (a title's `level`) go to the provincial chairman by tờ trình.
 */
import type { YearEmulation } from '../../compute/compute-emulation.js';
import {
  type CollectiveVerdict,
  isProposed,
  type NamedProposal,
  type NamedTitle,
  type UnitProposals,
  type YearProposals,
} from '../../compute/propose-titles.js';
import { membersOn } from '../../domain/council.js';
import { dec, plain } from '../../domain/decimal.js';
import { documentSymbol } from '../../domain/document-symbol.js';
import type { Council, CouncilMeeting, CouncilMember, TitleRule, UnitYear } from '../../model/emulation.js';
import type { Agency } from '../../model/types.js';
import { headerLines, nameLines, oneLine } from '../build-view-model.js';
import {
  type Block,
  type DocumentTree,
  ILLUSTRATIVE_MARK,
  ILLUSTRATIVE_NOTE,
  type PageSection,
  type Signer,
} from '../document.js';
import { collectiveTable, listNotes, RATING_WORDS } from '../emulation-view.js';
import { dayMonthYear, formatDocumentDate } from '../format-document-date.js';
import { formatNumber } from '../format-number.js';
import { appendixSection } from '../report-document.js';
import { roman } from '../roman.js';
import { lowerFirst, upperFirst } from '../text-case.js';
import type { AppendixTable, ReportView } from '../view-types.js';

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
  /** Last year's (YYYY-1-units.yaml), by unit, where the data has it: the results a report of achievements compares. */
  priorFigures: ReadonlyMap<string, UnitYear>;
  /** The documents' date (build's --date), or none: the office dates them by hand. */
  documentDate: string | undefined;
}

/**
 * The parts of a dossier in the order the Law lists them (Luật 2022 Điều 84 khoản 1: tờ trình, báo cáo thành tích,
 * biên bản), then the director's draft decision and the contents.
 */
export const DOSSIER_PARTS = [
  'submission',
  'unit-report',
  'member-report',
  'minutes',
  'decision',
  'contents',
] as const;

/** One document of the dossier: its files' name (in ho-so/) and the document. */
export interface DossierDocument {
  /** ho-so/bien-ban-hop-hoi-dong-2024: the folder and the name before the extension. */
  baseName: string;
  part: (typeof DOSSIER_PARTS)[number];
  document: DocumentTree;
  /** How the contents name it, where its title and subject do not say whose it is (a report of achievements). */
  entry?: string;
  /** What the contents say of it: "Dự thảo", what goes with it. */
  note?: string;
}

/** A title as a document names it: a flag or a certificate by its name, a title as "danh hiệu “...”". */
export function titlePhrase(title: TitleRule): string {
  return title.category === 'award' || /^Cờ\s/u.test(title.name) ? title.name : `danh hiệu “${title.name}”`;
}

/** The collectives, or the members named, proposed for a title, by who decides it. */
export interface Proposed {
  title: TitleRule;
  units: { unit: UnitProposals; verdict: CollectiveVerdict }[];
  people: { named: NamedProposal; verdict: NamedTitle }[];
}

/** "11 tập thể", "6 cá nhân": how many collectives and people the proposals name, each once. */
export function counted(all: readonly Proposed[]): string[] {
  const units = new Set(all.flatMap((p) => p.units.map((u) => u.unit.unit.id)));
  const people = new Set(all.flatMap((p) => p.people.map((x) => x.named.person.id)));
  return [
    ...(units.size > 0 ? [`${units.size} tập thể`] : []),
    ...(people.size > 0 ? [`${people.size} cá nhân`] : []),
  ];
}

/** "2 tập thể", "3 cá nhân". */
export function howMany(p: Proposed): string {
  return p.title.recipient === 'collective' ? `${p.units.length} tập thể` : `${p.people.length} cá nhân`;
}

/** Who is proposed, as a list in running text: units by their short name, people with their unit. */
export function whoWords(p: Proposed): string {
  return [
    ...p.units.map((u) => u.unit.unit.name),
    ...p.people.map((x) => `${x.named.person.name}, ${x.named.unit.name}`),
  ].join('; ');
}

/** How the contents name a member's report of achievements. */
export function memberEntry(named: NamedProposal): string {
  return `Báo cáo thành tích của ${named.person.name}, ${named.person.position}, ${named.unit.name}`;
}

/**
 * What goes with a member's report for Chiến sĩ thi đua cơ sở (Luật 2022 Điều 84 khoản 1 điểm d; NĐ 98/2023 Điều 34
 * khoản 2 điểm d): the recognition of their initiative, or of their excellent completion of duties.
 */
export function certificateOf(named: NamedProposal, year: number): string {
  return named.person.initiative
    ? 'Kèm quyết định công nhận sáng kiến, đề tài'
    : `Kèm kết quả đánh giá, xếp loại hoàn thành xuất sắc nhiệm vụ năm ${year}`;
}

/**
 * The header's parent agency of a district office: "UBND HUYỆN HƯƠNG SƠN" for "Phòng Lao động - Thương binh và Xã
 * hội huyện Hương Sơn"; none where its name does not say its district.
 */
export function districtCommittee(name: string): string[] {
  const district = /\b(huyện|thị xã|thành phố|quận)\s+(.+)$/iu.exec(oneLine(name));
  return district ? [`UBND ${district[1]} ${district[2]}`.toLocaleUpperCase('vi')] : [];
}

/** A body paragraph. */
export function para(text: string, markup: 'plain' | 'markdown' = 'plain'): Block {
  return { type: 'paragraph', role: 'body', text, markup };
}

/** The year's dossier as its documents read it. */
export class Dossier {
  readonly year: number;
  readonly proposals: YearProposals;
  readonly members: CouncilMember[];
  readonly agencyName: string;
  readonly meetingDay: string;
  readonly illustrative: boolean;
  readonly issueYear: number;

  constructor(
    readonly emulation: YearEmulation & { proposals: YearProposals },
    readonly council: Council,
    readonly meeting: CouncilMeeting,
    readonly context: DossierContext,
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
  document(
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

  /**
   * A report of achievements (a collective's or a member's), filed through its unit: under the unit's name in the
   * header, the department's above it, or for a district office its district's People's Committee's.
   */
  report(unit: UnitProposals['unit'], subject: string, blocks: Block[]): DocumentTree {
    const document = this.document(
      'achievements',
      'BÁO CÁO THÀNH TÍCH',
      subject,
      [{ kind: 'body', orientation: 'portrait', blocks }],
      this.context.documentDate,
    );
    return {
      ...document,
      header: {
        ...document.header,
        parentAgencyLines:
          unit.kind === 'district_office'
            ? districtCommittee(unit.name)
            : nameLines(this.context.agency.name),
        agencyLines: headerLines(unit.name.toLocaleUpperCase('vi')),
      },
    };
  }

  /** "Nguyễn Văn An, Giám đốc Sở". */
  who(m: CouncilMember): string {
    return `${m.name}, ${m.position}`;
  }

  /** The council's secretary, when present: who keeps and signs the minutes. */
  secretary(): CouncilMember | undefined {
    return this.members.find((m) => m.role === 'secretary' && this.meeting.present.includes(m.id));
  }

  /** The member who chairs the meeting: the chair if present, else the first vice chair present. */
  presiding(): CouncilMember | undefined {
    const present = this.members.filter((m) => this.meeting.present.includes(m.id));
    return present.find((m) => m.role === 'chair') ?? present.find((m) => m.role === 'vice_chair');
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
  headTitle(): string {
    const signer = this.context.agency.signer;
    return (signer.on_behalf ?? signer.title).replace(/^(KT|TL|TM|TUQ)\.\s*/u, '').toLocaleUpperCase('vi');
  }

  /** The head of the department, who decides its titles: "Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh". */
  headOfAgency(): string {
    return `${upperFirst(this.headTitle().toLocaleLowerCase('vi'))} ${this.agencyName}`;
  }

  /** The Law and decree in force as a document cites them: with their dates where the rules give them. */
  legalGrounds(): string[] {
    const set = this.proposals.ruleSet;
    return set.grounds ?? [set.name];
  }

  /** The opening of a tờ trình: the Law and decree in force, the scores, the council's meeting. */
  grounds(): string[] {
    return [
      ...this.legalGrounds().map((g) => `Căn cứ ${g};`),
      `Căn cứ kết quả chấm điểm, xếp hạng thi đua năm ${this.year} của các khối thi đua thuộc ${this.agencyName};`,
      `Căn cứ kết quả họp ${this.council.name} ngày ${this.meetingDay},`,
    ];
  }

  /**
   * The list attached to a document: the collectives, then the members named, of one authority, each with what
   * they achieved and their prize, and the notes on the prizes.
   */
  list(authority: Authority, label: string, title: string, attachedTo: string): PageSection {
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
  peopleTable(proposed: readonly Proposed[], caption: string): AppendixTable {
    const rows: AppendixTable['rows'] = [];
    let sum = dec('0');
    let known = false;
    proposed.forEach((p, g) => {
      rows.push({
        kind: 'group',
        cells: [roman(g + 1), `${p.title.name} (${howMany(p)}; căn cứ ${p.title.basis})`],
      });
      p.people.forEach(({ named, verdict }, i) => {
        if (verdict.amount !== undefined) {
          sum = sum.plus(dec(verdict.amount));
          known = true;
        }
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
      // No prize known (no base salary, or titles without a prize): no sum, rather than 0.
      cells: ['', 'Cộng', '', '', '', known ? formatNumber(plain(sum), 0) : '–'],
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
  attached(kind: 'submission' | 'decision', date: string | undefined): string {
    const number = `số ${'\u00a0'.repeat(6)}/${documentSymbol(this.context.agency.document_code, kind)}`;
    const day = formatDocumentDate(this.context.agency.place, date, this.issueYear).replace(
      /^[^,]*,\s*/u,
      '',
    );
    return `${number} ${day}`;
  }

  /** The collectives the province is asked to reward whose units' year gives their report of achievements in words. */
  reported(): UnitProposals[] {
    const asked = new Set(this.proposed('province').flatMap((p) => p.units.map((u) => u.unit.unit.id)));
    return this.proposals.units.filter(
      (u) => asked.has(u.unit.id) && this.context.figures.get(u.unit.id)?.achievements !== undefined,
    );
  }

  /** The members named the department decides on whose data gives their report of achievements in words. */
  reportedMembers(): NamedProposal[] {
    const found = new Map<string, NamedProposal>();
    for (const p of this.proposed('department'))
      for (const x of p.people) if (x.named.person.report) found.set(x.named.person.id, x.named);
    return [...found.values()];
  }

  /** The members named for a title the council votes on (Chiến sĩ thi đua cơ sở): each files a report of achievements. */
  dueMemberReports(): NamedProposal[] {
    const found = new Map<string, NamedProposal>();
    for (const p of this.proposed('department'))
      if (p.title.vote) for (const x of p.people) found.set(x.named.person.id, x.named);
    return [...found.values()];
  }

  signer(): Signer {
    return this.context.report.signer;
  }

  /** The collectives the province is asked to reward: each files its report of achievements. */
  dueReports(): UnitProposals['unit'][] {
    const asked = new Set(this.proposed('province').flatMap((p) => p.units.map((u) => u.unit.unit.id)));
    return this.proposals.units.filter((u) => asked.has(u.unit.id)).map((u) => u.unit);
  }
}
