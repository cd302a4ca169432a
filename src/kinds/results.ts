import { Big } from 'big.js';
import { toPointer } from '../diagnostics/pointer.js';
import type { Say } from '../diagnostics/say.js';
import { agencyDateOf, agencyOn } from '../domain/agency-periods.js';
import { commendationCategory } from '../domain/commendation-forms.js';
import { computeComponentSums } from '../domain/component-sums.js';
import { dec } from '../domain/decimal.js';
import { regionsOf, subtractQualifiers } from '../domain/qualifier-algebra.js';
import { reportDateProblem } from '../domain/report-date.js';
import {
  addsUpOverTheYear,
  MAX_SPAN_YEARS,
  MONTHS_TEXT,
  monthsOf,
  parsePeriodLabel,
  periodLabel,
} from '../domain/report-period.js';
import { missingSections, sectionsOf } from '../domain/report-sections.js';
import type { Indicator, Narrative, Results } from '../model/types.js';
import type { ResultsFile } from '../schemas/file-types.js';
import { resultsSchema } from '../schemas/results-schema.js';
import {
  checkFigure,
  checkIdsOfBrokenFile,
  checkSources,
  checkUnit,
  decimalAt,
  filledSources,
  knownIndicator,
  type SourceUse,
} from './figure-rules.js';
import type { DataKind, KindContext } from './kind.js';

/**
 * A year's results (data/2018.yaml), or its first months' (2019-9m.yaml, `period: 9m`): its figures, their sources,
 * and the report's words; or the words of a span of years' report (2016-2020.yaml, `from: 2016`), whose figures are
 * its years' files'.
 */
export const resultsKind: DataKind<'results', Results> = {
  name: 'results',
  schema: resultsSchema,
  fileName: {
    yearly: true,
    pattern: new RegExp(
      `^(?:(?<from>\\d{4})-)?(?<year>\\d{4})(?:-(?<months>${MONTHS_TEXT.slice(1, -2)})m)?\\.ya?ml$`,
    ),
    of: (year, months, from) => `${periodLabel({ year, months, from })}.yaml`,
  },
  read(document, _context, say) {
    // It passed its schema (validate-schema.ts): it is what the schema describes.
    const raw = document.data as ResultsFile;
    const values: Results['values'] = {};
    const blank: string[] = [];
    // A span's file holds no figures (spanFileRules says so of any written there); a year's or a period's must.
    for (const [id, v] of Object.entries(raw.from === undefined ? (raw.values ?? {}) : {})) {
      if (v === null) {
        blank.push(id);
        // Left blank (as "hatinh-report new" writes it): the report says "Chưa có số liệu"; check says so too.
        say('FIGURE_BLANK', ['values', id], { id, year: raw.year }, { at: 'key', severity: 'warning' });
        continue;
      }
      const value = decimalAt(document.decimals, toPointer(['values', id, 'value']));
      // A figure that is no decimal was reported as an error when the file was read.
      if (value === undefined) continue;
      values[id] = { ...v, value, qualifier: v.qualifier ?? 'exact' };
    }
    const { sources, narrative, values: _values, period, next_span, ...rest } = raw;
    // The schema's pattern admits only 1m to 11m.
    const months = period === undefined ? undefined : monthsOf(period);
    if (raw.from !== undefined) spanFileRules(raw, say);
    // The pattern admits only two years; spanFileRules said whether they make a span.
    const next = next_span === undefined ? undefined : parsePeriodLabel(next_span);
    return {
      ...rest,
      ...(months === undefined || raw.from !== undefined ? {} : { months }),
      ...(next?.from === undefined ? {} : { next_span: { from: next.from, year: next.year } }),
      ...(blank.length > 0 ? { blank } : {}),
      sources: filledSources(sources, say),
      values,
      ...(narrative === undefined ? {} : { narrative: filledNarrative(narrative) }),
    };
  },
  yearOf: (results) => results.year,
  monthsOf: (results) => results.months,
  fromOf: (results) => results.from,
  check: checkResults,
  checkBroken: (data, context, say) => checkIdsOfBrokenFile('values', data, context.indicators, say),
};

function checkResults(
  results: Results,
  { indicators, flagged, agency, resultsOf }: KindContext,
  say: Say,
): void {
  const date = results.document?.date;
  const period = { year: results.year, months: results.months, from: results.from };
  // The span and its months, as a message names them: "năm 2019", "9 tháng đầu năm 2019", "giai đoạn 2016 - 2020".
  const cover = {
    ...(results.months === undefined ? {} : { months: results.months }),
    ...(results.from === undefined ? {} : { from: results.from }),
  };
  // The report's header and signature are the agency's names in force on its date.
  if (agency !== undefined && results.comparison_only !== true) {
    const on = agencyDateOf(period, date);
    if (agencyOn(agency, on) === undefined) {
      say(
        'AGENCY_NOT_IN_FORCE',
        date === undefined ? ['year'] : ['document', 'date'],
        { year: results.year, date: on, dated: date !== undefined },
        { severity: 'error' },
      );
    }
  }
  const problem = date === undefined ? undefined : reportDateProblem(date, period);
  if (date !== undefined && problem !== undefined) {
    say(
      'DOCUMENT_DATE',
      ['document', 'date'],
      {
        year: results.year,
        date,
        problem,
        ...cover,
      },
      { severity: 'warning' },
    );
  }
  const used: SourceUse[] = [];
  for (const [id, v] of Object.entries(results.values)) {
    used.push([['values', id, 'source'], v.source]);
    const indicator = knownIndicator(id, 'values', indicators, say);
    if (indicator === undefined) continue;
    checkUnit(indicator, v.unit, ['values', id], say);
    if (!flagged.has(toPointer(['values', id, 'value'])))
      checkFigure(indicator, v.value, ['values', id, 'value'], say, true);
  }
  (results.narrative?.commendations ?? []).forEach((c, i) => {
    used.push([['narrative', 'commendations', i, 'source'], c.source]);
    if (commendationCategory(c) === undefined) {
      say(
        'COMMENDATION_CATEGORY',
        ['narrative', 'commendations', i, 'form'],
        { form: c.form },
        { severity: 'warning' },
      );
    }
  });
  // A file with a narrative is a report's: it must have the parts of an official summing-up.
  if (results.narrative !== undefined && results.comparison_only !== true) {
    for (const section of missingSections(results.narrative, results)) {
      const name = sectionsOf(results).find((r) => r.key === section)?.name ?? section;
      say(
        'REPORT_SECTION_MISSING',
        // At the part's own key when it is there but blank (as "new" writes it), else at narrative.
        ['narrative', section],
        {
          year: results.year,
          section,
          name,
          ...cover,
        },
        { at: 'key', severity: 'warning' },
      );
    }
  }
  checkSources(results.sources, results.default_source, used, say);
  checkComponents(results, indicators, say, flagged);
  const year = results.months === undefined ? undefined : resultsOf?.(results.year);
  if (year !== undefined) checkAgainstYear(results, year, indicators, say, flagged);
}

/**
 * The rules of a span's file (2016-2020.yaml) its schema cannot say: its years make a span the report can cover;
 * it holds no figures (the span's are its years', each in its own file) and no months; the span its direction is
 * for begins in its last year at the earliest.
 */
function spanFileRules(raw: ResultsFile & { from: number }, say: Say): void {
  const { from, year } = raw;
  if (!(from < year && year - from < MAX_SPAN_YEARS))
    say('SPAN_YEARS', ['from'], { from, year, most: MAX_SPAN_YEARS });
  const figures = Object.keys(raw.values ?? {});
  if (figures.length > 0)
    say('SPAN_FIGURES', ['values'], { from, year, ids: figures, first: figures[0] as string }, { at: 'key' });
  if (raw.period !== undefined)
    say('SPAN_FIGURES', ['period'], { from, year, ids: [], period: raw.period }, { at: 'key' });
  if (raw.next_span !== undefined) {
    const next = parsePeriodLabel(raw.next_span);
    // The span ahead may begin in this one's last year, as Hà Tĩnh's 2025-2030 followed its 2020-2025.
    if (next?.from === undefined || next.from < year)
      say('NEXT_SPAN', ['next_span'], { from, year, next: raw.next_span, most: MAX_SPAN_YEARS });
  }
}

/**
 * Warns of a figure of the first months larger than the whole year's, where the indicator adds up over the year
 * (a count, an amount of money): what the first months did cannot exceed what the year did. Only a difference the
 * qualifiers prove is said ("gần 9.000" for the year against 8.950 for nine months proves nothing).
 */
function checkAgainstYear(
  part: Results,
  year: Results,
  indicators: ReadonlyMap<string, Indicator>,
  say: Say,
  flagged: ReadonlySet<string>,
): void {
  for (const [id, v] of Object.entries(part.values)) {
    const indicator = indicators.get(id);
    const whole = Object.hasOwn(year.values, id) ? year.values[id] : undefined;
    if (indicator === undefined || whole === undefined || !addsUpOverTheYear(indicator)) continue;
    if (flagged.has(toPointer(['values', id, 'value']))) continue;
    const q = subtractQualifiers(v.qualifier, whole.qualifier);
    if (q === undefined) continue;
    const r = regionsOf(dec(v.value).minus(dec(whole.value)), q, dec('0'));
    if (r.above && !r.on && !r.below) {
      say(
        'PERIOD_EXCEEDS_YEAR',
        ['values', id, 'value'],
        { id, value: v.value, total: whole.value, year: part.year, months: part.months ?? 12 },
        { severity: 'warning' },
      );
    }
  }
}

/** Warns where parts add up to more than their total, or (parts_complete) to other than it. */
function checkComponents(
  results: Results,
  indicators: ReadonlyMap<string, Indicator>,
  say: Say,
  flagged: ReadonlySet<string>,
): void {
  // Figures written wrongly are reported as such; summing their misread values would only add noise.
  const readable = Object.fromEntries(
    Object.entries(results.values).filter(([id]) => !flagged.has(toPointer(['values', id, 'value']))),
  );
  for (const sum of computeComponentSums([...indicators.values()], readable)) {
    if (sum.parentActual === undefined || sum.difference === undefined) continue;
    const args = { id: sum.parentId, total: sum.parentActual.value, sum: sum.sum, parts: sum.summed };
    const path = ['values', sum.parentId, 'value'];
    if (new Big(sum.difference).gt(0)) {
      say('COMPONENTS_EXCEED_TOTAL', path, args, { severity: 'warning' });
    } else if (sum.partsComplete && !new Big(sum.difference).eq(0)) {
      say('COMPONENTS_DONT_ADD_UP', path, args, { severity: 'warning' });
    }
  }
}

type NarrativeFile = NonNullable<ResultsFile['narrative']>;

/** The report's words without the parts left blank: the report leaves them out, and check names them as missing. */
function filledNarrative(narrative: NarrativeFile): Narrative {
  const filled: { [Part in keyof NarrativeFile]?: Exclude<NarrativeFile[Part], null> } = {};
  for (const [part, words] of Object.entries(narrative))
    if (words !== null) Object.assign(filled, { [part]: words });
  return filled;
}
