import type { Say } from '../diagnostics/say.js';
import { suggest } from '../diagnostics/suggest.js';
import { inOffice, membersOn } from '../domain/council.js';
import { dec } from '../domain/decimal.js';
import { ruleSetOn } from '../domain/title-periods.js';
import type { Council, CouncilMeeting, Individual, UnitResults } from '../model/emulation.js';
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
    const duplicate = years.has(meeting.year);
    if (duplicate) say('DUPLICATE_MEETING', at('year'), { year: meeting.year });
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
    // Under the council's own quorum (its regulation's, cited): a warning, the council's to weigh.
    const quorum = council.quorum;
    const onDay = membersOn(council, meeting.date);
    const present = onDay.filter((m) => meeting.present.includes(m.id)).length;
    if (
      quorum &&
      dec(String(present))
        .times(dec('100'))
        .lt(dec(String(quorum.percent)).times(dec(String(onDay.length))))
    )
      say(
        'MEETING_UNDER_QUORUM',
        at('present'),
        {
          year: meeting.year,
          present,
          members: onDay.length,
          percent: String(quorum.percent),
          basis: quorum.basis,
        },
        { at: 'key', severity: 'warning' },
      );
    // A second meeting on a year is reported as that: the ballots it lacks are the first one's to hold.
    checkBallots(meeting, context, at, say, !duplicate);
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
          unit: b.unit ?? b.person ?? '',
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

/**
 * Each ballot is on a title of the rules in force that needs one, once: a collective's title for a unit known, or
 * an individual's for a member the units' year names and proposes for it. Every member so proposed has a ballot.
 */
function checkBallots(
  meeting: CouncilMeeting,
  { titles, units, unitResultsOf }: KindContext,
  at: (...path: (string | number)[]) => (string | number)[],
  say: Say,
  askMissing: boolean,
): void {
  const ruleSet = titles && ruleSetOn(titles, `${meeting.year}-12-31`);
  const people = namedIn(unitResultsOf?.(meeting.year));
  const seen = new Set<string>();
  meeting.ballots.forEach((b, j) => {
    const who = b.unit ?? b.person;
    if (who === undefined || (b.unit !== undefined && b.person !== undefined)) {
      say('BALLOT_WHO', at('ballots', j), { title: b.title, both: who !== undefined });
      return;
    }
    const title = ruleSet?.titles.find((t) => t.id === b.title);
    const recipient = b.unit === undefined ? 'individual' : 'collective';
    if (ruleSet && title === undefined)
      say('UNKNOWN_TITLE', at('ballots', j, 'title'), {
        id: b.title,
        suggestion: suggest(
          b.title,
          ruleSet.titles.filter((t) => t.recipient === recipient).map((t) => t.id),
        ),
      });
    else if (title !== undefined && title.recipient !== recipient)
      say(
        recipient === 'collective' ? 'BALLOT_TITLE_NOT_COLLECTIVE' : 'BALLOT_TITLE_NOT_INDIVIDUAL',
        at('ballots', j, 'title'),
        { id: title.id, name: title.name },
      );
    else if (title !== undefined && title.vote === undefined)
      say(
        'BALLOT_NOT_NEEDED',
        at('ballots', j, 'title'),
        { id: title.id, name: title.name },
        { severity: 'warning' },
      );
    if (b.unit !== undefined) {
      const unitIds = units?.units.map((u) => u.id);
      if (unitIds && !unitIds.includes(b.unit))
        say('UNKNOWN_UNIT', at('ballots', j, 'unit'), { id: b.unit, suggestion: suggest(b.unit, unitIds) });
    } else if (b.person !== undefined && people !== undefined) {
      const person = people.get(b.person);
      if (person === undefined)
        say('UNKNOWN_PERSON', at('ballots', j, 'person'), {
          id: b.person,
          year: meeting.year,
          suggestion: suggest(b.person, [...people.keys()]),
        });
      else if (title?.recipient === 'individual' && !person.titles.includes(b.title))
        say('BALLOT_NOT_PROPOSED', at('ballots', j, 'title'), {
          id: b.person,
          title: b.title,
          proposed: person.titles,
        });
    }
    const key = `${b.title}/${b.unit === undefined ? 'person' : 'unit'}/${who}`;
    if (seen.has(key)) say('DUPLICATE_BALLOT', at('ballots', j), { title: b.title, unit: who });
    seen.add(key);
  });
  // A member proposed for a title that needs a ballot has one; a district office's members are voted on by
  // their district's council (Luật 2022 Điều 80 khoản 2), not this one.
  const district = new Set(units?.units.filter((u) => u.kind === 'district_office').map((u) => u.id));
  for (const [id, person] of askMissing ? (people ?? []) : []) {
    if (district.has(person.unit)) continue;
    for (const titleId of person.titles) {
      const title = ruleSet?.titles.find((t) => t.id === titleId && t.recipient === 'individual');
      if (title?.vote && !meeting.ballots.some((b) => b.person === id && b.title === titleId))
        say(
          'PERSON_BALLOT_MISSING',
          meeting.ballots.length > 0 ? at('ballots') : at('year'),
          { id, title: title.id, unit: person.unit, basis: title.vote.basis },
          { at: 'key' },
        );
    }
  }
}

/** The members the units' year names, by id, with their unit. */
function namedIn(year: UnitResults | undefined): Map<string, Individual & { unit: string }> | undefined {
  if (year === undefined) return undefined;
  // An id used twice is reported in the units' file; the ballots are checked against its first holder.
  const named = new Map<string, Individual & { unit: string }>();
  for (const [unit, u] of Object.entries(year.units))
    for (const i of u.individuals ?? []) if (!named.has(i.id)) named.set(i.id, { ...i, unit });
  return named;
}

/** The article a meeting's ballots rest on (the first rule of the year's titles that sets one), for the warnings. */
function voteBasis(meeting: CouncilMeeting, { titles }: KindContext): string {
  const ruleSet = titles && ruleSetOn(titles, `${meeting.year}-12-31`);
  const voted = ruleSet?.titles.find((t) => meeting.ballots.some((b) => b.title === t.id) && t.vote);
  return voted?.vote?.basis ?? '';
}
