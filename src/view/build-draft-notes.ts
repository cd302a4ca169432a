import type { YearEmulation } from '../compute/compute-emulation.js';
import type { SpanComputation } from '../compute/compute-span.js';
import { unballoted } from '../compute/propose-titles.js';
import type { IndicatorComputation, YearComputation } from '../compute/types.js';
import { dec } from '../domain/decimal.js';
import { reportDateProblem } from '../domain/report-date.js';
import { missingSections } from '../domain/report-sections.js';
import type { Agency, Dec } from '../model/types.js';
import { periodWords, spanWords } from './period-words.js';
import { sourcesOf } from './sources-of.js';
import { citedSources } from './span-document.js';
import type { DraftNote, DraftNotes, NoteIndicator } from './view-types.js';

function noted(list: readonly { indicator: { id: string; name: string } }[]): NoteIndicator[] {
  return list.map((r) => ({ id: r.indicator.id, name: r.indicator.name }));
}

/**
 * Returns what the drafter should know about a year's report before it is signed: the files and figures the
 * data lacks, the verdicts and changes its qualifiers leave open, the sections missing, and the blanks left for
 * the office. The document itself never says any of it.
 */
export function buildDraftNotes(
  c: YearComputation,
  agency: Agency,
  /** The document date given on the command line (--date), if any; the year's emulation, if the data has one. */
  options: { documentDate: string | undefined; emulation?: YearEmulation | undefined },
): DraftNotes {
  const notes: DraftNote[] = [];
  const all = c.areas.flatMap((a) => a.indicators);
  const add = (note: DraftNote, when: boolean) => {
    if (when) notes.push(note);
  };
  const some = (list: readonly IndicatorComputation[]) => noted(list);

  add({ code: 'NO_TARGETS', year: c.year }, c.missing.targets);
  // For part of the year, the notes name its files and words (2018-9m.yaml, "9 tháng đầu năm 2018").
  const m = c.months === undefined ? {} : { months: c.months };
  add({ code: 'NO_PRIOR_RESULTS', year: c.priorYear, ...m }, c.missing.priorYear);
  add({ code: 'NO_NEXT_TARGETS', year: c.nextYear }, c.missing.nextTargets);
  const withoutPrior = all.filter((r) => r.actual && r.yoy.status === 'no_prior');
  add(
    { code: 'PRIOR_FIGURES_MISSING', year: c.priorYear, ...m, indicators: some(withoutPrior) },
    !c.missing.priorYear && withoutPrior.length > 0,
  );
  const withoutActual = all.filter((r) => r.target && !r.actual);
  add(
    { code: 'RESULTS_MISSING', year: c.year, ...m, indicators: some(withoutActual) },
    withoutActual.length > 0,
  );
  // Blank with a target, it is in RESULTS_MISSING; blank without one, the report says nothing of it at all.
  const leftOut = c.blank.filter((i) => !withoutActual.some((r) => r.indicator.id === i.id));
  add(
    {
      code: 'FIGURES_LEFT_OUT',
      year: c.year,
      ...m,
      indicators: leftOut.map((i) => ({ id: i.id, name: i.name })),
    },
    leftOut.length > 0,
  );
  const open = all.filter((r) => r.attainment.status === 'undetermined');
  add({ code: 'VERDICT_UNDETERMINED', indicators: some(open) }, open.length > 0);
  const unclear = all.filter((r) => r.yoy.status === 'inconclusive');
  add(
    { code: 'CHANGE_INCONCLUSIVE', year: c.priorYear, ...m, indicators: some(unclear) },
    unclear.length > 0,
  );
  const sections = missingSections(c.results?.narrative, { months: c.months });
  add({ code: 'SECTIONS_MISSING', year: c.year, ...m, sections }, sections.length > 0);
  add({ code: 'DOCUMENT_NUMBER_BLANK', year: c.year, ...m }, c.results?.document?.number === undefined);
  add(
    { code: 'DOCUMENT_DATE_BLANK', year: c.year, ...m },
    (options.documentDate ?? c.results?.document?.date) === undefined,
  );
  add({ code: 'SIGNER_NAME_BLANK' }, agency.signer.name === undefined);
  const date = options.documentDate;
  if (date !== undefined && reportDateProblem(date, { year: c.year, months: c.months }) !== undefined) {
    notes.push({ code: 'DATE_OUTSIDE_YEAR', year: c.year, ...m, date });
  }
  const remarks = sourcesOf(c).flatMap((s) => (s.note ? [{ title: s.title, note: s.note }] : []));
  add({ code: 'SOURCE_REMARKS', sources: remarks }, remarks.length > 0);
  const proposals = options.emulation?.proposals;
  if (proposals) {
    const proposed = proposals.titles
      .filter((t) => t.collectives > 0 || t.individuals > 0)
      .map((t) => t.title);
    const items = [
      ...(proposals.ruleSet.caveat
        ? [{ title: proposals.ruleSet.name, caveat: proposals.ruleSet.caveat }]
        : []),
      ...proposed.flatMap((t) => (t.caveat ? [{ title: t.name, caveat: t.caveat }] : [])),
      ...proposed.flatMap((t) => (t.vote?.caveat ? [{ title: t.name, caveat: t.vote.caveat }] : [])),
    ];
    add({ code: 'TITLE_RULES_TO_CHECK', ruleSet: proposals.ruleSet.name, items }, items.length > 0);
    const ballots: { titles: string[]; percent: Dec; basis: string }[] = [];
    for (const t of proposed) {
      if (t.vote === undefined) continue;
      const { percent, basis } = t.vote;
      const same = ballots.find((b) => b.basis === basis && dec(b.percent).eq(dec(percent)));
      if (same) same.titles.push(t.name);
      else ballots.push({ titles: [t.name], percent, basis });
    }
    // Before the council meets, what it must ballot on; after, the units it left without a ballot.
    add({ code: 'BALLOT_NEEDED', ballots }, proposals.council === undefined && ballots.length > 0);
    const left = unballoted(proposals).map((t) => ({
      title: t.title.name,
      units: t.units.map((u) => u.name),
    }));
    add({ code: 'BALLOT_MISSING', year: c.year, items: left }, left.length > 0);
    const unpriced = proposals.unpriced.map((t) => t.name);
    add({ code: 'BASE_SALARY_UNKNOWN', day: proposals.day }, proposals.baseSalary === undefined);
    add(
      { code: 'PRIZE_UNKNOWN', titles: unpriced },
      proposals.baseSalary !== undefined && unpriced.length > 0,
    );
  }
  return { year: c.year, ...m, span: periodWords(c.year, c.months).span, notes };
}

/**
 * Returns what the drafter should know about the report on a span of years before it is signed: the years and
 * files the data lacks (the document says which years it has, not which file to write), the span's words' missing
 * parts, the verdicts the qualifiers leave open, and the blanks left for the office.
 */
export function buildSpanDraftNotes(
  c: SpanComputation,
  agency: Agency,
  options: { documentDate: string | undefined },
): DraftNotes {
  const { from, year } = c.span;
  const span = { year, from };
  const notes: DraftNote[] = [];
  const add = (note: DraftNote, when: boolean) => {
    if (when) notes.push(note);
  };
  add({ code: 'YEARS_MISSING', ...span, years: c.missing }, c.missing.length > 0);
  add({ code: 'NO_TARGETS', ...span }, c.targets === undefined);
  const next = c.next?.span;
  add({ code: 'NO_NEXT_TARGETS', ...(next ?? span) }, next !== undefined && c.next?.file === undefined);
  const all = c.areas.flatMap((a) => a.indicators);
  const open = all.filter((s) => s.attainment?.status === 'undetermined');
  add({ code: 'VERDICT_UNDETERMINED', indicators: noted(open) }, open.length > 0);
  const sections = missingSections(c.words?.narrative, span);
  add({ code: 'SECTIONS_MISSING', ...span, sections }, sections.length > 0);
  add({ code: 'DOCUMENT_NUMBER_BLANK', ...span }, c.words?.document?.number === undefined);
  const date = options.documentDate ?? c.words?.document?.date;
  add({ code: 'DOCUMENT_DATE_BLANK', ...span }, date === undefined);
  add({ code: 'SIGNER_NAME_BLANK' }, agency.signer.name === undefined);
  if (options.documentDate !== undefined && reportDateProblem(options.documentDate, span) !== undefined)
    notes.push({ code: 'DATE_OUTSIDE_YEAR', ...span, date: options.documentDate });
  const remarks = citedSources(c).flatMap((s) => (s.note ? [{ title: s.title, note: s.note }] : []));
  add({ code: 'SOURCE_REMARKS', sources: remarks }, remarks.length > 0);
  return { ...span, span: spanWords(from, year).span, notes };
}
