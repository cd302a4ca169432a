/**
 * The shape of a language's catalogue: every message the tool prints, by what it is about. Each language's file
 * (en.ts, vi.ts) is one object of this type, so the compiler refuses a catalogue that lacks a message, and the
 * words of a message are built from the same typed facts in both.
 */
import type { DiagnosticArgsOf, DiagnosticCode } from '../diagnostics/diagnostic.js';
import type { ToolErrorArgsOf, ToolErrorCode } from '../errors.js';

/** The words of a problem: what is wrong, and how to fix it. */
export interface Description {
  message: string;
  fix: string;
}

/** The words of each diagnostic, by code, built from its facts. */
export type DiagnosticWords = { [C in DiagnosticCode]: (a: DiagnosticArgsOf[C]) => Description };

/** The words around a list of diagnostics: its labels and the tally after it. */
export interface ProblemListWords {
  error: string;
  warning: string;
  /** The label of the line that says how to fix a problem. */
  fix: string;
  /** The tally after `check`: "3 files checked, no problems.", "3 files checked: 1 error, 2 warnings." */
  summary: (files: number, errors: number, warnings: number) => string;
}

/** The words of each failure that stops a command (a missing folder, no browser), by code, built from its facts. */
export type ToolErrorWords = { [C in ToolErrorCode]: (a: ToolErrorArgsOf[C]) => Description };

/** The words of what stops a command without a code of its own. */
export interface FailureWords {
  /** Before the trace of a bug: "internal error: hatinh-report hit a bug ...". */
  bug: string;
  /** After commander's words on a mistyped command: where the right words are. */
  usage: string;
}

/** Where the browser that prints PDFs was named, or found. */
export type BrowserFrom = 'option' | 'config' | 'env' | 'default';

/** The words of `doctor`'s report, line by line (each line with its label, as the language aligns them). */
export interface DoctorWords {
  title: string;
  node: (version: string, ok: boolean, minimum: number) => string;
  browser: (
    path: string,
    from: BrowserFrom,
    kind: 'headless-shell' | 'browser',
    version: string | null,
  ) => string;
  /** Two lines, when a full browser prints: a headless shell prints faster, and how to install one. */
  shellNote: (platform: NodeJS.Platform) => [string, string];
  browserNotFound: string;
  /** The fonts Vietnamese text was drawn with; null when no browser could be started to check. */
  font: (font: { ok: boolean; families: readonly string[] } | null) => string;
  /** Two lines: the Node.js line's end of life (major, YYYY-MM-DD), and what to do. */
  endOfLife: (major: string, date: string) => [string, string];
  allGood: string;
  problemCount: (n: number) => string;
}

/** The words of the command line: what each command and option is for, and what the commands print as they go. */
export interface CliWords {
  /** Commander's headings ("Usage:", "Options:", "Commands:", "Arguments:"), by their English words. */
  titles: Readonly<Record<string, string>>;
  /** Commander's notes after an option's words ("(choices: ...)", "(default: ...)"), put in this language. */
  helpExtras: (english: string) => string;
  /** Commander's usage line ("hatinh-report build [options] [years...]"), put in this language. */
  usage: (english: string) => string;
  /** An option's or argument's term in the help ("--data <dir>", "[years...]"), its placeholders in this language. */
  term: (english: string) => string;
  /** Commander's own error lines ("error: unknown option '--x'"), put in this language. */
  commanderError: (english: string) => string;
  program: string;
  exitCodes: string;
  help: string;
  helpCommand: string;
  version: string;
  lang: (configFile: string) => string;
  check: { description: string; files: string; data: string; format: string; strict: string };
  build: {
    description: string;
    years: string;
    format: (formats: readonly string[]) => string;
    data: string;
    out: string;
    templates: string;
    date: string;
    percentDecimals: string;
    rounding: string;
    charts: string;
    ratePercentOfPlan: string;
    strict: string;
    messages: string;
    browser: string;
    timeout: string;
    unit: string;
    period: string;
  };
  dossier: { description: string; year: string; out: string; date: string };
  new: { description: string; year: string; data: string; period: string };
  export: {
    description: string;
    year: string;
    data: string;
    out: string;
    format: string;
    unit: string;
    wrote: (count: number, folder: string) => string;
    dataErrors: string;
  };
  import: {
    description: string;
    files: string;
    data: string;
    year: string;
    /** After a clean import: per file, the entries (units, indicators) changed, and how many were left as they were. */
    merged: (path: string, changed: readonly string[], unchanged: number) => string;
    nothingWritten: string;
    dataErrors: string;
  };
  years: { description: string; data: string; json: string };
  schema: { description: string; kind: (kinds: readonly string[]) => string; out: string };
  doctor: { description: string; browser: string; json: string };
  preview: PreviewWords;
  score: ScoreWords;
  /** What a value given on the command line must be. */
  invalid: {
    year: string;
    /** A year or a year's first months ("2019-9m") was expected. */
    report: string;
    period: string;
    formats: (wrong: readonly string[], all: readonly string[]) => string;
    date: string;
    notADay: (value: string) => string;
    range: (min: number, max: number) => string;
  };
  /** What the commands print as they go. */
  wrote: (path: string) => string;
  kept: (path: string) => string;
  fillIn: (command: string) => string;
  nothingBuilt: (strict: boolean) => string;
  nothingWritten: string;
  noYearListed: (folder: string) => string;
  pdfPrinted: (year: number) => string;
  /** `year`: the year, or the name of its first months ("2019-9m"). */
  rendering: (index: number, total: number, year: number | string) => string;
  interrupted: (signal: NodeJS.Signals) => string;
}

/** The words of `score`: its options, and the ranking it prints (the notes also go in the report). */
export interface ScoreWords {
  description: string;
  year: string;
  data: string;
  format: string;
  out: string;
  strict: string;
  title: (year: number) => string;
  /** Said on every output of made-up figures. */
  illustrative: string;
  scheme: (name: string, maxTotal: string, source: string) => string;
  columns: { rank: string; unit: string; total: string; band: string };
  /** `criterion`: the name of the tie-break criterion that put `upper` first. */
  /** `penalty`: the criterion takes points off (fewer taken off ranks first). */
  tieBroken: (upper: string, lower: string, total: string, criterion: string, penalty: boolean) => string;
  /** `ruled`: the scale names criteria to compare on a tie (all were equal); none, when it names none. */
  tieShared: (units: readonly string[], total: string, rank: number, ruled: boolean) => string;
  /**
   * What a block's order and classification rest on: the qualified results (as written, with their units), the
   * neighbouring ranks whose order they could change ("1 và 2") and the units whose classification they could.
   */
  qualified: (
    figures: readonly { unit: string; figure: string; name: string }[],
    pairs: readonly string[],
    units: readonly string[],
  ) => string;
  unscored: (units: readonly string[]) => string;
  /** The classification of a unit whose total reaches no band. */
  unclassified: string;
  /** Two neighbouring ranks: "1 và 2". */
  ranks: (upper: number | undefined, lower: number | undefined) => string;
  /** The proposals of a block: a heading, then a line per title with the units proposed. */
  proposals: string;
  /** `higher`: how many units meet the title's conditions but are proposed for a higher title instead. */
  proposal: (title: string, basis: string, units: readonly string[], higher: number) => string;
  /** Members' individual titles of a block, summed: "Lao động tiên tiến: 112 người". */
  individual: (title: string, count: number) => string;
  /** The year's prize money, the base salary it is figured on and the day that picks it. */
  money: (total: string, base: string, basis: string, day: string) => string;
  /** A title whose prize is not known (the rules give none). */
  noPrize: (titles: readonly string[]) => string;
  /** No base salary in force on the day: no prize figured. */
  noBaseSalary: (day: string) => string;
  noRuleSet: (year: number, day: string) => string;
  /** Said when the data has errors (or warnings, with --strict): nothing is scored. */
  dataErrors: string;
}

/** The words of `preview`: its options, what it prints as it goes, and the page of problems it shows. */
export interface PreviewWords {
  description: string;
  year: string;
  period: string;
  port: string;
  pdf: string;
  out: string;
  /** The first lines: where the page is, what is watched, how to stop. `year` may name its first months. */
  serving: (url: string, year: number | string, watched: readonly string[]) => string;
  /** `time`: HH:MM:SS of the change. */
  updated: (time: string, ms: number) => string;
  dataErrors: (time: string, errors: number) => string;
  failed: (time: string) => string;
  pdfWritten: (path: string) => string;
  /** `reason`: the system's code (ENOSPC: its limit of watched files) or words. */
  watchFailed: (reason: string) => string;
  /** Said when Ctrl-C stops it. */
  stopped: string;
  /** The page shown instead of the report while the data has errors or the rendering failed. */
  page: {
    title: (year: number | string) => string;
    lead: (errors: number) => string;
    waiting: (year: number | string) => string;
  };
}

export interface Catalogue {
  diagnostics: DiagnosticWords;
  problems: ProblemListWords;
  errors: ToolErrorWords;
  failures: FailureWords;
  doctor: DoctorWords;
  cli: CliWords;
  /** How to get a browser that prints PDFs, on a platform: one sentence. */
  browserInstallHint: (platform: NodeJS.Platform) => string;
}
