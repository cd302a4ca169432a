import type { Say } from '../diagnostics/say.js';
import { suggest } from '../diagnostics/suggest.js';
import { inOffice, membersOn } from '../domain/council.js';
import { ruleSetOn } from '../domain/title-periods.js';
import type { Council, CouncilMeeting } from '../model/emulation.js';
import { councilSchema } from '../schemas/council-schema.js';
import type { CouncilFile } from '../schemas/file-types.js';
import type { DataKind, KindContext } from './kind.js';

/**
 * The emulation council (council.yaml), one file per folder: its members by period, and each year's meeting with
 * who attended, who gave a written opinion and the ballots on the collectives' proposals (issue 22).
 */
export const councilKind: DataKind<'council', Council> = {
  name: 'council',
  schema: councilSchema,
  fileName: { yearly: false, hint: /council|hoi-dong/i },
  read: readCouncil,
  check: checkCouncil,
};

/** A meeting's lists and ballots default to none. */
function readCouncil(document: { data: unknown }): Council {
  // It passed its schema (validate-schema.ts): it is what the schema describes.
  const raw = document.data as CouncilFile;
  return {
    ...raw,
    meetings: raw.meetings.map(
      (m): CouncilMeeting => ({ ...m, written: m.written ?? [], ballots: m.ballots ?? [] }),
    ),
  };
}

/**
 * Refuses member ids used twice, a period that ends before it begins, two meetings on one year, a member unknown,
 * out of office on the day or both present and writing, a ballot on a title or unit unknown, on a title for
 * individuals, twice, or with more votes than members voted; warns of a meeting outside its year or the next, a
 * ballot on a title that needs none, and a member absent with no written opinion where ballots were held.
 */
function checkCouncil(council: Council, context: KindContext, say: Say): void {
  const ids = new Set<string>();
  council.members.forEach((member, i) => {
    if (ids.has(member.id)) say('DUPLICATE_ID', ['members', i, 'id'], { id: member.id, what: 'member' });
    ids.add(member.id);
    if (member.from !== undefined && member.until !== undefined && member.until < member.from)
      say('MEMBER_PERIOD_BACKWARDS', ['members', i, 'until'], {
        id: member.id,
        from: member.from,
        until: member.until,
      });
  });
  const years = new Set<number>();
  council.meetings.forEach((meeting, i) => {
    const at = (...path: (string | number)[]) => ['meetings', i, ...path];
    if (years.has(meeting.year)) say('DUPLICATE_MEETING', at('year'), { year: meeting.year });
    years.add(meeting.year);
    const held = Number(meeting.date.slice(0, 4));
    if (held !== meeting.year && held !== meeting.year + 1)
      say(
        'MEETING_DATE_OUTSIDE',
        at('date'),
        { year: meeting.year, date: meeting.date },
        { severity: 'warning' },
      );
    checkAttendance(council, meeting, at, say);
    checkBallots(meeting, context, at, say);
    // Who could vote: the members present or writing, each once.
    const memberIds = new Set(council.members.map((m) => m.id));
    const voters = new Set([...meeting.present, ...meeting.written].filter((id) => memberIds.has(id))).size;
    if (meeting.ballots.length > 0) {
      const basis = voteBasis(meeting, context);
      for (const member of membersOn(council, meeting.date))
        if (!meeting.present.includes(member.id) && !meeting.written.includes(member.id))
          say(
            'ABSENT_WITHOUT_OPINION',
            at('present'),
            { id: member.id, basis },
            { at: 'key', severity: 'warning' },
          );
    }
    meeting.ballots.forEach((b, j) => {
      if (b.yes + b.no > voters)
        say('BALLOT_OVER_VOTERS', at('ballots', j, 'yes'), {
          title: b.title,
          unit: b.unit,
          votes: b.yes + b.no,
          voters,
        });
    });
  });
}

/** Each member present or writing is a member, in office on the day, and not both. */
function checkAttendance(
  council: Council,
  meeting: CouncilMeeting,
  at: (...path: (string | number)[]) => (string | number)[],
  say: Say,
): void {
  const ids = council.members.map((m) => m.id);
  for (const list of ['present', 'written'] as const)
    meeting[list].forEach((id, j) => {
      const member = council.members.find((m) => m.id === id);
      if (member === undefined) {
        say('UNKNOWN_MEMBER', at(list, j), { id, suggestion: suggest(id, ids) });
        return;
      }
      // A period that ends before it begins is reported as that, not again at every meeting.
      const backwards = member.from !== undefined && member.until !== undefined && member.until < member.from;
      if (!backwards && !inOffice(member, meeting.date))
        say('MEMBER_NOT_IN_OFFICE', at(list, j), {
          id,
          date: meeting.date,
          from: member.from ?? '',
          until: member.until ?? '',
        });
      if (list === 'written' && meeting.present.includes(id))
        say('MEMBER_PRESENT_AND_WRITTEN', at(list, j), { id });
    });
}

/** Each ballot is on a collective title of the rules in force that needs one, for a unit known, once. */
function checkBallots(
  meeting: CouncilMeeting,
  { titles, units }: KindContext,
  at: (...path: (string | number)[]) => (string | number)[],
  say: Say,
): void {
  const ruleSet = titles && ruleSetOn(titles, `${meeting.year}-12-31`);
  const seen = new Set<string>();
  meeting.ballots.forEach((b, j) => {
    const title = ruleSet?.titles.find((t) => t.id === b.title);
    if (ruleSet && title === undefined)
      say('UNKNOWN_TITLE', at('ballots', j, 'title'), {
        id: b.title,
        suggestion: suggest(
          b.title,
          ruleSet.titles.filter((t) => t.recipient === 'collective').map((t) => t.id),
        ),
      });
    else if (title?.recipient === 'individual')
      say('BALLOT_TITLE_NOT_COLLECTIVE', at('ballots', j, 'title'), { id: title.id, name: title.name });
    else if (title !== undefined && title.vote === undefined)
      say(
        'BALLOT_NOT_NEEDED',
        at('ballots', j, 'title'),
        { id: title.id, name: title.name },
        { severity: 'warning' },
      );
    const unitIds = units?.units.map((u) => u.id);
    if (unitIds && !unitIds.includes(b.unit))
      say('UNKNOWN_UNIT', at('ballots', j, 'unit'), { id: b.unit, suggestion: suggest(b.unit, unitIds) });
    const key = `${b.title}/${b.unit}`;
    if (seen.has(key)) say('DUPLICATE_BALLOT', at('ballots', j), { title: b.title, unit: b.unit });
    seen.add(key);
  });
}

/** The article a meeting's ballots rest on (the first rule of the year's titles that sets one), for the warnings. */
function voteBasis(meeting: CouncilMeeting, { titles }: KindContext): string {
  const ruleSet = titles && ruleSetOn(titles, `${meeting.year}-12-31`);
  const voted = ruleSet?.titles.find((t) => meeting.ballots.some((b) => b.title === t.id) && t.vote);
  return voted?.vote?.basis ?? '';
}
