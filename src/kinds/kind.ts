import type { Say } from '../diagnostics/say.js';
import type { ReportPeriod } from '../domain/report-period.js';
import type { Scoring, Titles, UnitResults } from '../model/emulation.js';
import type { Agency, DocumentData, Indicator, Results, Units } from '../model/types.js';

/** What a kind's rules know besides the file itself. */
export interface KindContext {
  /** The catalogue's indicators by id (empty when no catalogue passed its schema). */
  indicators: ReadonlyMap<string, Indicator>;
  /** The pointers of the file's figures written wrongly ("24.000"): reported as that, read by no other rule. */
  flagged: ReadonlySet<string>;
  /** The agency, when its file passed its schema: a report's date must fall in one of its periods. */
  agency?: Agency | undefined;
  /** The units and blocks (units.yaml), and the scoring rules (scoring.yaml), when they passed their schemas. */
  units?: Units | undefined;
  scoring?: Scoring | undefined;
  /** The titles and awards: the folder's titles.yaml when sound, else the national rules the tool ships. */
  titles?: Titles | undefined;
  /**
   * The department's results of a whole year, when its file was accepted (the units' parts, and the figures of its
   * first months, are set against them).
   */
  resultsOf?: (year: number) => Results | undefined;
  /** The units' year, when its file was accepted: the council's ballots name the members it proposes. */
  unitResultsOf?: (year: number) => UnitResults | undefined;
}

/**
 * One kind of data file, in one place: its JSON Schema, how a file of it is recognised, how it becomes the model,
 * and the rules that read it with the rest of the data. The list of kinds is `KINDS` in kinds/index.ts: a new
 * kind (units, unit results, scoring rules) is a new entry there.
 */
export interface DataKind<Name extends string = string, Model = unknown> {
  /** The value of the file's `kind:` line. */
  name: Name;
  /** The JSON Schema a file of this kind must pass (written to data/schemas/ for editors). */
  schema: { $id: string };
  /**
   * How the file is named: a yearly kind holds one year and is named after it (`pattern` captures the year, and
   * the months of a part of it where the kind has parts: 2019-9m.yaml, or, in groups named `year` and `from`, the
   * span of years where the kind has spans: 2016-2020-targets.yaml; `of` names the file of a year, of its first
   * months, or of a span); any other kind is one file of a folder, whose name may hint at its kind.
   */
  fileName:
    | { yearly: true; pattern: RegExp; of: (year: number, months?: number, from?: number) => string }
    | { yearly: false; hint: RegExp };
  /**
   * Returns the model of a file that passed the schema (the indicators give defaults that depend on them).
   * What the schema cannot forbid and the model cannot hold (a change target with only a `min`) is reported
   * through `say` and left out of the model: the model holds only what the types allow.
   */
  read(document: DocumentData, context: KindContext, say: Say): Model;
  /** For a yearly kind, the year a model is for. */
  yearOf?(model: Model): number;
  /** For a yearly kind whose files may cover the first months of a year only, those months (absent: the year). */
  monthsOf?(model: Model): number | undefined;
  /** For a yearly kind whose files may cover a span of years, its first year (absent: one year). */
  fromOf?(model: Model): number | undefined;
  /** The rules that need the rest of the data: unknown ids, units, sources, ... */
  check(model: Model, context: KindContext, say: Say): void;
  /** The rules that still apply to a file whose schema failed, as far as its shape allows. */
  checkBroken?(data: unknown, context: KindContext, say: Say): void;
}

/**
 * Returns what a yearly file's name says it covers (2019.yaml: 2019; 2019-9m.yaml: its first nine months;
 * 2016-2020-targets.yaml: the span), or undefined for a name its kind's pattern does not match.
 */
export function coverNamed(pattern: RegExp, name: string): ReportPeriod | undefined {
  const m = pattern.exec(name);
  if (m === null) return undefined;
  const named = m.groups;
  // A pattern with named groups names them all; one without captures the year, then the months.
  const year = named?.year ?? m[1];
  const months = named === undefined ? m[2] : named.months;
  const from = named?.from;
  return {
    year: Number(year),
    ...(months === undefined ? {} : { months: Number(months) }),
    ...(from === undefined ? {} : { from: Number(from) }),
  };
}
