import { type Diagnostic, diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { Say } from '../diagnostics/say.js';
import { periodLabel, type ReportPeriod } from '../domain/report-period.js';
import { NATIONAL_TITLES } from '../domain/title-rules.js';
import { agencyKind } from '../kinds/agency.js';
import { catalogueKind } from '../kinds/catalogue.js';
import { guessKind, KINDS } from '../kinds/index.js';
import { coverNamed, type DataKind, type KindContext } from '../kinds/kind.js';
import { resultsKind } from '../kinds/results.js';
import { scoringKind } from '../kinds/scoring.js';
import { titlesKind } from '../kinds/titles.js';
import { unitResultsKind } from '../kinds/unit-results.js';
import { unitsKind } from '../kinds/units.js';
import type { ParsedFile } from '../load/parse-yaml-file.js';
import type { UnitResults } from '../model/emulation.js';
import type { FileKind, Indicator, Results } from '../model/types.js';
import { checkKind } from './check-kind.js';
import { explainNumbers } from './explain-numbers.js';
import { reporter } from './reporter.js';
import { matchesSchema, validateSchema } from './validate-schema.js';

/** A file fit to build from, with its kind and the model its kind read from it (once, here). */
export interface AcceptedFile {
  file: ParsedFile;
  kind: DataKind;
  model: unknown;
}

/** What validation found: every problem, and the files fit to build from. */
export interface Validation {
  /** Every problem of every file (reading, schema, cross-file rules), sorted by file and position. */
  diagnostics: Diagnostic[];
  /**
   * The files that passed their schema and the folder's rules (the first of each kind, and of each year for a
   * yearly kind; a year that agrees with the file's name), in the order of `KINDS`. Empty without a catalogue.
   */
  accepted: AcceptedFile[];
}

/**
 * Returns the problems of a folder's files read together: each file's own (reading, kind, schema); the rules of
 * each kind, which read the catalogue (unknown ids, units, sources, parts against their total); and the folder's
 * (one file of each kind, a year that matches the file's name). Changes nothing: the files are only read.
 * A file whose schema failed gets the rules its kind keeps for it (unknown ids and sources), as far as its shape
 * allows; a figure written wrongly (24.000) is read by no rule but the one that reports it.
 */
export function validateData(files: readonly ParsedFile[], folder: string): Validation {
  const out: Diagnostic[] = [];
  const valid = new Set<ParsedFile>();
  const own = new Map<ParsedFile, Diagnostic[]>();
  for (const file of files) {
    const schemaProblems = validateSchema(file);
    own.set(file, [...file.diagnostics, ...checkKind(file), ...schemaProblems]);
    // A figure reported as written wrongly ("2.018") hides the schema's own complaint about it, not the failure.
    if (schemaProblems.length === 0 && matchesSchema(file)) valid.add(file);
  }
  const brokenKinds = new Set(files.filter((f) => !valid.has(f)).map((f) => f.kind ?? guessKind(f.file)));
  const wholeFolder = (code: 'NO_CATALOGUE' | 'NO_AGENCY'): Diagnostic =>
    diagnostic(code, { folder }, { severity: 'error', file: folder, line: 1, column: 1, pointer: '' });

  // The catalogue first: every other rule reads its indicators.
  const catalogueFile = files.find((f) => valid.has(f) && f.kind === 'catalogue');
  const catalogue =
    catalogueFile &&
    catalogueKind.read(catalogueFile, { indicators: new Map(), flagged: new Set() }, () => {});
  const indicators: ReadonlyMap<string, Indicator> = new Map(catalogue?.indicators.map((i) => [i.id, i]));
  const flaggedOf = new Map<ParsedFile, ReadonlySet<string>>();
  for (const file of files) {
    const numbers = explainNumbers(file, own.get(file) ?? [], indicators);
    out.push(...numbers);
    flaggedOf.set(file, new Set(numbers.filter((d) => d.code.startsWith('NUMBER_')).map((d) => d.pointer)));
  }
  if (catalogueFile === undefined) {
    // A catalogue that is there but broken has said what is wrong with it.
    if (!brokenKinds.has('catalogue')) out.push(wholeFolder('NO_CATALOGUE'));
    return { diagnostics: sortDiagnostics(out), accepted: [] };
  }
  // The agency too: a report's date must fall in one of its periods.
  const agencyFile = files.find((f) => valid.has(f) && f.kind === 'agency');
  const agency = agencyFile && agencyKind.read(agencyFile, { indicators, flagged: new Set() }, () => {});
  // The units and the scoring rules too, when sound (their own rules found no error): the units' years are checked
  // against them, and against broken ones would only repeat their errors.
  const soundModel = <M>(kind: DataKind<string, M>, context: KindContext): M | undefined => {
    const found = files.find((f) => valid.has(f) && f.kind === kind.name);
    if (found === undefined) return undefined;
    let errors = 0;
    const count: Say = (_code, _path, _args, options) => {
      if (options?.severity !== 'warning') errors++;
    };
    const model = kind.read(found, context, count);
    kind.check(model, context, count);
    return errors === 0 ? model : undefined;
  };
  const units = soundModel(unitsKind, { indicators, flagged: new Set() });
  const scoring = soundModel(scoringKind, { indicators, flagged: new Set(), units });
  const titlesFile = files.some((f) => f.kind === 'titles');
  const titles = titlesFile ? soundModel(titlesKind, { indicators, flagged: new Set() }) : NATIONAL_TITLES;
  const results = new Map<number, Results>();
  // The units' years are checked before the council (KINDS' order): its ballots name their members.
  const unitYears = new Map<number, UnitResults>();
  const context = (file: ParsedFile): KindContext => ({
    indicators,
    flagged: flaggedOf.get(file) ?? new Set(),
    agency,
    units,
    scoring,
    titles,
    resultsOf: (year) => results.get(year),
    unitResultsOf: (year) => unitYears.get(year),
  });

  const accepted: AcceptedFile[] = [];
  for (const kind of KINDS as readonly DataKind<FileKind>[]) {
    const first = new Map<string | undefined, ParsedFile>();
    // A year's files before those of its first months (2019.yaml before 2019-9m.yaml): these are set against it.
    const ofKind = files.filter((f) => f.kind === kind.name);
    const partOfYear = (f: ParsedFile) =>
      kind.fileName.yearly && coverNamed(kind.fileName.pattern, baseName(f.file))?.months !== undefined
        ? 1
        : 0;
    for (const file of [...ofKind].sort((a, b) => partOfYear(a) - partOfYear(b))) {
      const say = reporter(file, out);
      if (!valid.has(file)) {
        kind.checkBroken?.(file.data, context(file), say);
        continue;
      }
      const model = kind.read(file, context(file), say);
      const year = kind.yearOf?.(model);
      const months = kind.monthsOf?.(model);
      const from = kind.fromOf?.(model);
      if (
        kind.fileName.yearly &&
        !fileNameFits(file, kind.name, kind.fileName, { year: year as number, months, from }, say)
      )
        continue;
      const key = year === undefined ? undefined : periodLabel({ year, months, from });
      const earlier = first.get(key);
      if (earlier) {
        const where = year === undefined ? ['kind'] : ['year'];
        say('DUPLICATE_FILE', where, { kind: kind.name, other: earlier.file, ...(year ? { year } : {}) });
        continue;
      }
      first.set(key, file);
      kind.check(model, context(file), say);
      accepted.push({ file, kind, model });
      if (kind === resultsKind && months === undefined && from === undefined)
        results.set(year as number, model as Results);
      if (kind === unitResultsKind) unitYears.set(year as number, model as UnitResults);
    }
  }
  if (!accepted.some((a) => a.kind.name === 'agency') && !brokenKinds.has('agency'))
    out.push(wholeFolder('NO_AGENCY'));
  return { diagnostics: sortDiagnostics(out), accepted };
}

function baseName(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? '';
}

/**
 * Reports a yearly file whose year and name disagree, or whose months and name do (2019-9m.yaml saying
 * `period: 6m`, or none), and returns false (the file is left out: what it covers is in doubt); warns of one not
 * named after its year.
 */
function fileNameFits(
  file: ParsedFile,
  kind: string,
  name: { pattern: RegExp; of: (year: number, months?: number, from?: number) => string },
  cover: ReportPeriod,
  say: Say,
): boolean {
  const { year, months, from } = cover;
  const base = baseName(file.file);
  const match = coverNamed(name.pattern, base);
  const named = match?.year ?? /(\d{4})/.exec(base)?.[1];
  if (named !== undefined && Number(named) !== year) {
    say('YEAR_MISMATCH', ['year'], { year, named: Number(named), name: base });
    return false;
  }
  // A span's file (2016-2020-targets.yaml) and its `from:` must agree: the span it covers is otherwise in doubt.
  if (match && match.from !== from) {
    const args = {
      year,
      from: from ?? year,
      named: match.from ?? year,
      name: base,
      expected: name.of(year, months, from),
      kind: kind === 'targets' ? ('targets' as const) : ('results' as const),
    };
    say('SPAN_MISMATCH', from === undefined ? ['year'] : ['from'], args);
    return false;
  }
  const namedMonths = match?.months;
  if (match && namedMonths !== months) {
    const args = {
      year,
      months: months ?? 12,
      named: namedMonths ?? 12,
      name: base,
      expected: name.of(year, months),
    };
    say('PERIOD_MISMATCH', months === undefined ? ['year'] : ['period'], args);
    return false;
  }
  if (!match)
    say(
      'FILE_NAME',
      ['kind'],
      { name: base, expected: name.of(year, months, from) },
      { severity: 'warning' },
    );
  return true;
}
