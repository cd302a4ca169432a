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
import type { YearProposals } from '../compute/propose-titles.js';
import type { Council, CouncilMeeting } from '../model/emulation.js';
import type { DocumentTree } from './document.js';
import { achievementReport } from './dossier/achievements.js';
import { contents, notes } from './dossier/contents.js';
import { decision } from './dossier/decision.js';
import {
  certificateOf,
  Dossier,
  type DossierContext,
  type DossierDocument,
  memberEntry,
} from './dossier/dossier.js';
import { memberReport } from './dossier/member-report.js';
import { minutes } from './dossier/minutes.js';
import { submission } from './dossier/submission.js';

export {
  type Authority,
  authorityOf,
  type DossierContext,
  type DossierDocument,
  titlePhrase,
} from './dossier/dossier.js';

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
 * Returns the year's dossier in the order it is filed (DOSSIER_PARTS): the tờ trình to the provincial chairman
 * (when the province is asked for something), the reports of achievements whose words are in the data, the minutes
 * of the council's meeting, the director's draft decision (when the department gives something), the contents.
 */
export function dossierDocuments(
  emulation: YearEmulation & { proposals: YearProposals },
  council: Council,
  meeting: CouncilMeeting,
  context: DossierContext,
): { documents: DossierDocument[]; notes: string[] } {
  const d = new Dossier(emulation, council, meeting, context);
  const vote = new Set(d.dueMemberReports().map((n) => n.person.id));
  const parts: (Omit<DossierDocument, 'document' | 'baseName'> & {
    name: string;
    document: DocumentTree | undefined;
  })[] = [
    { part: 'submission', name: `to-trinh-ubnd-tinh-${d.year}`, document: submission(d) },
    ...d.reported().map((u) => ({
      part: 'unit-report' as const,
      name: `bao-cao-thanh-tich-${u.unit.id}-${d.year}`,
      document: achievementReport(d, u),
      entry: `Báo cáo thành tích của ${u.unit.name}`,
    })),
    ...d.reportedMembers().map((n) => ({
      part: 'member-report' as const,
      name: `bao-cao-thanh-tich-${n.person.id}-${d.year}`,
      document: memberReport(d, n),
      entry: memberEntry(n),
      ...(vote.has(n.person.id) ? { note: certificateOf(n, d.year) } : {}),
    })),
    { part: 'minutes', name: `bien-ban-hop-hoi-dong-${d.year}`, document: minutes(d) },
    { part: 'decision', name: `du-thao-quyet-dinh-${d.year}`, document: decision(d), note: 'Dự thảo' },
  ];
  const made = parts.flatMap(({ name, document, ...rest }) =>
    document ? [{ ...rest, baseName: `${DOSSIER_FOLDER}/${name}`, document }] : [],
  );
  return {
    documents: [
      ...made,
      {
        part: 'contents',
        baseName: `${DOSSIER_FOLDER}/danh-muc-ho-so-${d.year}`,
        document: contents(d, made),
      },
    ],
    notes: notes(d),
  };
}
