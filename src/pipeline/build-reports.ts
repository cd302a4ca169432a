import { join } from 'node:path';
import { computeEmulation, type YearEmulation } from '../compute/compute-emulation.js';
import { computeSpan } from '../compute/compute-span.js';
import { computeYear } from '../compute/compute-year.js';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import { agencyDateOf, agencyOn } from '../domain/agency-periods.js';
import { asPeriod, periodLabel, type ReportPeriod, withMonths, yearsOf } from '../domain/report-period.js';
import { toolError } from '../messages/messages.js';
import type { Agency, DataSet, Results } from '../model/types.js';
import { loadTemplates, type Templates } from '../render/load-templates.js';
import type { OutputFormat } from '../render/output-format.js';
import type { DocumentToRender } from '../render/render-document.js';
import {
  type RenderedFile,
  renderCharts,
  renderDraftNotes,
  renderSpanCharts,
  reportBaseName,
} from '../render/render-report.js';
import { buildDraftNotes, buildSpanDraftNotes } from '../view/build-draft-notes.js';
import { buildViewModel } from '../view/build-view-model.js';
import { describeDraftNote } from '../view/describe-draft-note.js';
import type { DocumentTree } from '../view/document.js';
import {
  type DossierContext,
  dossierDocuments,
  dossierNotes,
  dossierNotesName,
} from '../view/dossier-documents.js';
import { reportDocument } from '../view/report-document.js';
import { type ReportStyle, resolveReportStyle } from '../view/report-style.js';
import { spanCharts, spanDocument } from '../view/span-document.js';
import { type SheetContext, unitSheetDocument } from '../view/unit-sheet-view.js';
import type { DraftNote } from '../view/view-types.js';
import { type OutputFile, writeFilesAtomically } from '../write/write-files-atomically.js';
import { FORMATS, type FormatName, type FormatOptions } from './formats.js';
import { loadData } from './load-data.js';
import { concernsYears, reportPeriods, reportPeriodsOf } from './report-years.js';

/** What a rendering of the reports takes, whatever writes or serves them. */
export interface RenderSettings {
  /**
   * The reports to build: years, or a year's first months ({ year: 2019, months: 9 }); none: every report of the
   * data (see reportPeriods).
   */
  years: readonly (number | ReportPeriod)[];
  /**
   * `--period 9m`: the first months of each year named (a year named as "2019-9m" keeps its own); with none
   * named, every report of the data on those months.
   */
  months?: number | undefined;
  /** The data folder. */
  data: string;
  /** The output folder; each year goes into its own subfolder. */
  out: string;
  /** A folder of the user's own templates, or the shipped ones. */
  templates: string | undefined;
  /** The document date, YYYY-MM-DD, from the command line. */
  date: string | undefined;
  /** What the command line sets of the report's style; the rest comes from the agency's `report` settings. */
  style: Partial<ReportStyle>;
  /** Warnings refuse the build too. */
  strict: boolean;
  /** A unit's id: its score sheet is built instead of the report (build --unit). */
  unit?: string | undefined;
  /** The year's award dossier is built instead of the report (the dossier command). */
  dossier?: boolean;
}

/** What a build takes: the rendering's settings and its formats. */
export interface BuildSettings extends RenderSettings {
  formats: FormatName[];
  /** How the PDF format finds its browser. */
  formatOptions: Omit<FormatOptions, 'signal'>;
}

/** What happens during a build, as data: the command line words it. */
export type BuildEvent =
  /** The data's problems: errors (the build stops) or warnings (it goes on). */
  | { type: 'diagnostics'; diagnostics: Diagnostic[] }
  /** A year (or its first months: `label` "2019-9m") is being rendered (the `index`-th of `total`). */
  | { type: 'rendering'; year: number; label: string; index: number; total: number }
  /** What the drafter should know of a report; `checked` when its missing sections were in the diagnostics. */
  | { type: 'notes'; year: number; label: string; notes: DraftNote[]; checked: boolean }
  /** A format's files of a year are ready (the HTML long before the PDF): preview shows the page at once. */
  | { type: 'files'; year: number; files: OutputFile[] };

/** How a rendering ended: the data's errors, or every file of every year, in memory. */
export type RenderOutcome =
  | { outcome: 'data_errors'; diagnostics: Diagnostic[] }
  | { outcome: 'rendered'; files: OutputFile[] };

/** How a build ended. */
export type BuildOutcome =
  | { outcome: 'data_errors'; diagnostics: Diagnostic[] }
  | { outcome: 'written'; files: string[] };

/**
 * Opens the formats of a run. The PDF format starts its browser now, to come up while the data is read and
 * rendered; `signal` stops the start. A format stays open across renderings (preview keeps a warm browser)
 * until closed.
 */
export function openFormats(settings: Pick<BuildSettings, 'formats' | 'formatOptions'>, signal: AbortSignal) {
  return Promise.all(
    settings.formats.map((name) => FORMATS[name].open({ ...settings.formatOptions, signal })),
  );
}

/**
 * Builds the report of every year asked for: load → validate → assemble → compute → view → render → write.
 * Every file of every year is rendered first and written last, all or none (an aborted or failed build leaves
 * the previous outputs as they were). Throws a ToolError for a failure the user can fix (a year without
 * results, a broken template, no browser, an unwritable folder).
 */
export async function buildReports(
  settings: BuildSettings,
  signal: AbortSignal,
  onEvent: (event: BuildEvent) => void,
): Promise<BuildOutcome> {
  // A build that ends before printing (errors in the data, a missing year) stops a browser still starting at
  // once, rather than waiting for it to come up only to close it.
  const stop = new AbortController();
  const stopWithRun = () => stop.abort();
  signal.addEventListener('abort', stopWithRun, { once: true });
  let formats: OutputFormat[] = [];
  let printed = false;
  try {
    formats = await openFormats(settings, stop.signal);
    const rendered = await renderReports(settings, formats, signal, onEvent);
    if (rendered.outcome === 'data_errors') return rendered;
    printed = true;
    // Done with the browser: it shuts down while the files are written.
    void Promise.all(formats.map((f) => f.close()));
    signal.throwIfAborted();
    await writeFilesAtomically(rendered.files, signal);
    return { outcome: 'written', files: rendered.files.map((f) => f.path) };
  } finally {
    if (!printed) stop.abort();
    signal.removeEventListener('abort', stopWithRun);
    await Promise.all(formats.map((f) => f.close()));
  }
}

/**
 * Renders the report of every year asked for through open formats, in memory: load → validate → assemble →
 * compute → view → render. `build` writes what it returns; `preview` serves it. Throws a ToolError for a
 * failure the user can fix (a year without results, a broken template, no browser).
 */
export async function renderReports(
  settings: RenderSettings,
  formats: readonly OutputFormat[],
  signal: AbortSignal,
  onEvent: (event: BuildEvent) => void,
): Promise<RenderOutcome> {
  const loaded = await loadData(settings.data);
  const data = loaded.dataSet;
  if (data === undefined || loaded.diagnostics.some((d) => d.severity === 'error')) {
    // The errors stop the build; the warnings of the years it would have built are said with them, so that one
    // round of fixes sees them all.
    const named = settings.years.length > 0 ? namedReports(settings) : data ? reportPeriodsOf(data) : [];
    const said =
      named.length > 0 ? loaded.diagnostics.filter((d) => concernsYears(d, named)) : loaded.diagnostics;
    return { outcome: 'data_errors', diagnostics: said };
  }
  // The years first: a year that cannot be built is said at once, not after the warnings of the others.
  const years = reportsAskedFor(settings, data);
  requireReportYears(data, years, settings.data);
  // A score sheet and the dossier are of a whole year: units are scored at its end (not on months, nor on a span).
  const part = years.find((r) => r.months !== undefined || r.from !== undefined);
  if (part !== undefined && (settings.unit !== undefined || settings.dossier === true))
    throw toolError('WHOLE_YEAR_ONLY', {
      report: periodLabel(part),
      year: part.year,
      what: settings.unit !== undefined ? 'unit' : 'dossier',
    });
  // A build speaks of the years it builds: not of a blank year begun with `new`, nor of other years' sections.
  const diagnostics = loaded.diagnostics.filter((d) => concernsYears(d, years));
  if (hasErrors(diagnostics, settings.strict)) return { outcome: 'data_errors', diagnostics };
  if (diagnostics.length > 0) onEvent({ type: 'diagnostics', diagnostics });
  // Every year's agency before any is rendered: a year with none stops the build before a PDF is printed.
  for (const year of years) agencyInForce(data, year, settings);
  const templates = await loadTemplates(settings.templates);
  const rendering: Promise<OutputFile[]>[] = [];
  for (const [index, report] of years.entries()) {
    signal.throwIfAborted();
    const { year } = report;
    const label = periodLabel(report);
    onEvent({ type: 'rendering', year, label, index, total: years.length });
    // A year's first months go into the year's folder, under names of their own (bao-cao-2019-9m.pdf); a span of
    // years into its own (reports/2016-2020/bao-cao-2016-2020.pdf), so that it never meets a year's.
    const folder = report.from === undefined ? String(year) : label;
    const inFolder = (list: RenderedFile[]) =>
      list.map((f) => ({ path: join(settings.out, folder, f.name), content: f.content }));
    const onFiles = (list: RenderedFile[]) => onEvent({ type: 'files', year, files: inFolder(list) });
    const { notes, files } =
      report.from === undefined
        ? await renderYear(data, report, settings, templates, formats, signal, onFiles)
        : await renderSpan(
            data,
            { ...report, from: report.from },
            settings,
            templates,
            formats,
            signal,
            onFiles,
          );
    const checked = resultsOf(data, report)?.narrative !== undefined;
    onEvent({ type: 'notes', year, label, notes, checked });
    const job = files.then(inFolder);
    job.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
    rendering.push(job);
  }
  return { outcome: 'rendered', files: (await Promise.all(rendering)).flat() };
}

/** The reports the command line names: each year, period or span, a plain year taking --period's months. */
function namedReports(settings: Pick<RenderSettings, 'years' | 'months'>): ReportPeriod[] {
  return settings.years.map(asPeriod).map((r) => withMonths(r, settings.months));
}

/** The reports a rendering builds: those named (`--period` giving the months of a plain year), else the data's. */
function reportsAskedFor(settings: RenderSettings, data: DataSet): ReportPeriod[] {
  const { months } = settings;
  if (settings.years.length > 0) return namedReports(settings);
  const all = reportPeriods(data, settings.data);
  if (months === undefined) return all;
  const those = all.filter((r) => r.months === months);
  // None of those months: name the latest year's, so that the missing file is said.
  const latest = all.at(-1)?.year;
  return those.length > 0 || latest === undefined ? those : [{ year: latest, months }];
}

/** The results file of a report: the year's, its first months', or a span of years' words (2016-2020.yaml). */
function resultsOf(data: DataSet, report: ReportPeriod): Results | undefined {
  if (report.from !== undefined) return data.spans?.get(periodLabel(report));
  return report.months === undefined ? data.results.get(report.year) : data.parts?.get(periodLabel(report));
}

/** Returns the agency as it was on a report's date (see agency-periods.ts), or a ToolError saying none was. */
function agencyInForce(
  data: DataSet,
  report: ReportPeriod,
  settings: Pick<BuildSettings, 'date' | 'data'>,
): Agency {
  const { year } = report;
  const dated = settings.date ?? resultsOf(data, report)?.document?.date;
  const date = agencyDateOf(report, dated);
  const agency = agencyOn(data.agency, date);
  if (agency === undefined) {
    const file = join(settings.data, 'agency.yaml');
    throw toolError('AGENCY_NOT_IN_FORCE', { file, date, year, dated: dated !== undefined });
  }
  return agency;
}

/** Refuses a report named that has no results file, or whose file is kept only for comparison. */
function requireReportYears(data: DataSet, reports: readonly ReportPeriod[], folder: string): void {
  for (const report of reports) {
    const { year, months } = report;
    if (report.from !== undefined) {
      // A span needs one of its years at least; those it lacks are said in the report.
      if (yearsOf(report).some((y) => data.results.has(y))) continue;
      const have = [...data.results.keys()].sort();
      const file = join(folder, `${report.from}.yaml`);
      throw toolError('NO_RESULTS_FOR_YEAR', { year, folder, file, have, from: report.from });
    }
    const results = resultsOf(data, report);
    const file = join(folder, `${periodLabel(report)}.yaml`);
    if (results === undefined) {
      const have =
        months === undefined ? [...data.results.keys()].sort() : [...(data.parts?.keys() ?? [])].sort();
      throw toolError('NO_RESULTS_FOR_YEAR', { year, folder, file, have, ...(months ? { months } : {}) });
    }
    if (results.comparison_only === true) {
      throw toolError('NOT_A_REPORT_YEAR', { year, file });
    }
  }
}

/**
 * Returns a year's drafting notes, and its files as they are rendered: the notes file, then each format's (a
 * PDF prints while the next year renders). `onFiles` gets each format's files as soon as they are ready.
 */
async function renderYear(
  data: DataSet,
  report: ReportPeriod,
  settings: RenderSettings,
  templates: Templates,
  formats: readonly OutputFormat[],
  signal: AbortSignal,
  onFiles: (files: RenderedFile[]) => void,
): Promise<{ notes: DraftNote[]; files: Promise<RenderedFile[]> }> {
  const { year, months } = report;
  const computation = computeYear(data, year, months);
  const agency = agencyInForce(data, report, settings);
  // The units are scored at the year's end: a report on its first months carries no emulation.
  const emulation = months === undefined ? computeEmulation(data, year) : undefined;
  const notes = buildDraftNotes(computation, agency, { documentDate: settings.date, emulation });
  const view = buildViewModel(computation, agency, {
    emulation,
    documentDate: settings.date,
    style: resolveReportStyle(settings.style, agency.report),
  });
  // A unit's score sheet and the dossier's documents carry no chart.
  const alone = (baseName: string, document: DocumentTree): DocumentToRender => ({
    year,
    baseName,
    document,
    charts: [],
    templates,
  });
  const isReport = settings.unit === undefined && settings.dossier !== true;
  const dossier = settings.dossier
    ? dossierOf(data, emulation, year, settings, {
        report: view,
        agency,
        figures: new Map(Object.entries(data.unitResults?.get(year)?.units ?? {})),
        priorFigures: new Map(Object.entries(data.unitResults?.get(year - 1)?.units ?? {})),
      })
    : undefined;
  const documents: DocumentToRender[] = dossier
    ? dossier.documents.map((d) => alone(d.baseName, d.document))
    : settings.unit !== undefined
      ? [
          alone(
            unitSheetBaseName(year, settings.unit),
            unitSheet(emulation, year, settings.unit, { ...view, documentCode: agency.document_code }),
          ),
        ]
      : [
          {
            year,
            baseName: reportBaseName(periodLabel(report)),
            document: reportDocument(view),
            charts: await renderCharts(view),
            templates,
          },
        ];
  const words = notes.notes.map((n) => describeDraftNote(n, 'vi', settings.data, 'file'));
  // The report's drafter's notes; the dossier's own (what it lacks, what to check); a score sheet goes alone.
  const notesFile = isReport
    ? [renderDraftNotes(notes, words, templates)]
    : dossier && dossier.notes.length > 0
      ? [{ name: dossierNotesName(year), content: dossierNotes(year, dossier.notes) }]
      : [];
  // Each format draws the documents one after the other (the PDF's browser prints one page at a time).
  const rendering = formats.map(async (f) => {
    const all: RenderedFile[] = [];
    for (const document of documents) {
      const list = await f.render(document, signal);
      onFiles(list);
      all.push(...list);
    }
    return all;
  });
  const files = Promise.all(rendering).then((lists) => [...notesFile, ...lists.flat()]);
  // The drafter's notes concern the report, not a unit's score sheet.
  return { notes: isReport ? notes.notes : [], files };
}

/**
 * Returns the drafter's notes of the report on a span of years (2016-2020), and its files as they are rendered: the
 * notes file, then each format's as soon as it is ready.
 */
async function renderSpan(
  data: DataSet,
  span: ReportPeriod & { from: number },
  settings: RenderSettings,
  templates: Templates,
  formats: readonly OutputFormat[],
  signal: AbortSignal,
  onFiles: (files: RenderedFile[]) => void,
): Promise<{ notes: DraftNote[]; files: Promise<RenderedFile[]> }> {
  const agency = agencyInForce(data, span, settings);
  const style = resolveReportStyle(settings.style, agency.report);
  const computation = computeSpan(data, span);
  // Every chart the style allows: a span has no attainment chart of its own, only each area's across the years.
  const charts = style.charts === 'none' ? [] : await renderSpanCharts(spanCharts(computation));
  const document: DocumentToRender = {
    year: span.year,
    baseName: reportBaseName(periodLabel(span)),
    document: spanDocument(computation, agency, {
      documentDate: settings.date,
      style,
      charts: charts.length > 0,
    }),
    charts,
    templates,
  };
  const notes = buildSpanDraftNotes(computation, agency, { documentDate: settings.date });
  const words = notes.notes.map((n) => describeDraftNote(n, 'vi', settings.data, 'file'));
  const notesFile = renderDraftNotes(notes, words, templates);
  const rendering = formats.map(async (f) => {
    const list = await f.render(document, signal);
    onFiles(list);
    return list;
  });
  return { notes: notes.notes, files: Promise.all(rendering).then((lists) => [notesFile, ...lists.flat()]) };
}

/** The year's award dossier; a ToolError when the year has no proposals or the council did not meet on it. */
function dossierOf(
  data: DataSet,
  emulation: YearEmulation | undefined,
  year: number,
  settings: RenderSettings,
  context: Omit<DossierContext, 'documentDate'>,
): ReturnType<typeof dossierDocuments> {
  const proposals = emulation?.proposals;
  if (emulation === undefined || proposals === undefined)
    throw toolError('DOSSIER_NO_PROPOSALS', { year, folder: settings.data });
  const council = data.council;
  const meeting = council?.meetings.find((m) => m.year === year);
  if (council === undefined || meeting === undefined)
    throw toolError('DOSSIER_NO_MEETING', {
      year,
      file: join(settings.data, 'council.yaml'),
      council: council !== undefined,
    });
  return dossierDocuments({ ...emulation, proposals }, council, meeting, {
    ...context,
    documentDate: settings.date,
  });
}

/** A unit's score sheet of a year as a document; a ToolError when the unit was not scored. */
function unitSheet(
  emulation: YearEmulation | undefined,
  year: number,
  unit: string,
  report: SheetContext,
): DocumentTree {
  const sheet = emulation && unitSheetDocument(emulation, unit, report);
  if (sheet === undefined) {
    const scored = emulation?.scores.blocks.flatMap((b) => b.units.map((u) => u.unit.id)) ?? [];
    throw toolError('UNIT_NOT_IN_SCORES', { unit, year, scored, suggestion: suggest(unit, scored) });
  }
  return sheet;
}

/** The base name of a unit's score sheet: phieu-diem-2024-phong-tp-ha-tinh. */
export function unitSheetBaseName(year: number, unit: string): string {
  return `phieu-diem-${year}-${unit}`;
}
