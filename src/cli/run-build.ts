import { join } from 'node:path';
import { computeYear } from '../compute/compute-year.js';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { reportDateProblem } from '../domain/report-date.js';
import { ToolError } from '../errors.js';
import type { DataSet } from '../model/types.js';
import type { PdfRenderer } from '../pdf/open-pdf-renderer.js';
import type { PdfMeta } from '../pdf/pdf-meta.js';
import { loadData } from '../pipeline/load-data.js';
import { loadTemplates } from '../render/load-templates.js';
import {
  type RenderedFile,
  renderCharts,
  renderDraftNotes,
  renderReport,
  reportBaseName,
} from '../render/render-report.js';
import { buildDraftNotes } from '../view/build-draft-notes.js';
import { buildViewModel } from '../view/build-view-model.js';
import { describeDraftNote, isBlankToFill } from '../view/describe-draft-note.js';
import { type ReportStyle, resolveReportStyle } from '../view/report-style.js';
import { type OutputFile, writeFilesAtomically } from '../write/write-files-atomically.js';
import type { CliIO } from './cli-io.js';
import { useColor } from './cli-io.js';
import { formatDiagnostics } from './format-diagnostics.js';
import { readConfig } from './read-config.js';

export type BuildFormat = 'md' | 'html' | 'pdf';

export interface BuildOptions {
  years: number[];
  formats: BuildFormat[];
  data: string;
  out: string;
  templates: string | undefined;
  /** The document date, YYYY-MM-DD. */
  date: string | undefined;
  /** What the command line sets of the report's style; the rest comes from the agency's `report` settings. */
  style: Partial<ReportStyle>;
  browser: string | undefined;
  timeoutMs: number | undefined;
  /** Warnings refuse the build too. */
  strict: boolean;
}

/**
 * Runs `build`: checks the data, computes and renders every year asked for, and writes all outputs at once.
 * Returns the exit code; nothing is written unless every year rendered.
 */
export async function runBuild(options: BuildOptions, io: CliIO): Promise<number> {
  const controller = new AbortController();
  let writing: Promise<void> | undefined;
  const removeInterruptHandler = io.onInterrupt(async () => {
    controller.abort();
    if (options.formats.includes('pdf')) {
      // Also a browser still starting, which no variable here holds yet.
      const { closeAllPdfRenderers } = await import('../pdf/open-pdf-renderer.js');
      await closeAllPdfRenderers();
    }
    await writing?.catch(() => undefined);
  });
  // The browser is the slowest thing to start: it starts now and comes up while the data is read and rendered.
  // A failure to start is reported when the first PDF needs it, so that data errors are reported first.
  const starting = options.formats.includes('pdf') ? openRenderer(options, io) : undefined;
  starting?.catch(() => undefined);
  // Each year's PDF starts printing as soon as its HTML is rendered, while the next year renders: the browser
  // prints on the other core. At most PRINT_CONCURRENCY prints at a time.
  const printing: Promise<OutputFile>[] = [];
  const slots = limiter(PRINT_CONCURRENCY);
  try {
    const rendered = await renderYears(options, io, controller.signal, (r) => {
      if (!starting) return;
      const job = slots(async () => {
        controller.signal.throwIfAborted();
        const pdf = await (await starting).print(r.html, r.meta);
        if (io.stderrIsTTY && options.years.length > 1) io.stderr(`${r.year}: PDF printed\n`);
        return { path: join(options.out, String(r.year), `${reportBaseName(r.year)}.pdf`), content: pdf };
      });
      job.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
      printing.push(job);
    });
    if (typeof rendered === 'number') return rendered;
    const files = rendered.flatMap((r) => r.files);
    if (starting) {
      files.push(...(await Promise.all(printing)));
      void (await starting).close(); // done with it: it shuts down while the files are written (awaited below)
    }
    controller.signal.throwIfAborted();
    writing = writeFilesAtomically(files, controller.signal);
    await writing;
    io.stdout(files.map((f) => `wrote ${f.path}\n`).join(''));
    return 0;
  } finally {
    removeInterruptHandler();
    await starting?.then(
      (renderer) => renderer.close(),
      () => undefined,
    );
  }
}

/** PDFs printed at once: two tabs of one browser keep both cores busy. */
const PRINT_CONCURRENCY = 2;

interface RenderedYear {
  year: number;
  /** The Markdown and HTML files to write, by path. */
  files: OutputFile[];
  /** The HTML to print, and the PDF's metadata. */
  html: string;
  meta: PdfMeta;
}

/**
 * Returns every year asked for, computed and rendered to Markdown and HTML (in memory), or an exit code when the
 * data has errors. Throws a ToolError for a year without results.
 */
async function renderYears(
  options: BuildOptions,
  io: CliIO,
  signal: AbortSignal,
  onRendered: (year: RenderedYear) => void,
): Promise<RenderedYear[] | number> {
  const data = await loadCheckedData(options, io);
  if (typeof data === 'number') return data;
  for (const year of options.years) {
    if (!data.results.has(year)) {
      const have = [...data.results.keys()].sort().join(', ') || 'none';
      throw new ToolError(
        'NO_RESULTS_FOR_YEAR',
        `There is no results file for ${year} in ${options.data} (years with results: ${have}).`,
        `Add ${join(options.data, `${year}.yaml`)} with "kind: results" and "year: ${year}", or build another year.`,
      );
    }
  }
  const templates = await loadTemplates(options.templates);
  const out: RenderedYear[] = [];
  for (const [i, year] of options.years.entries()) {
    signal.throwIfAborted();
    if (io.stderrIsTTY && options.years.length > 1)
      io.stderr(`[${i + 1}/${options.years.length}] ${year}: rendering\n`);
    const computation = computeYear(data, year);
    const notes = buildDraftNotes(computation, data.agency, { documentDate: options.date });
    // Sections missing from a narrative were reported by the check above; blanks to fill are only noted.
    const hasNarrative = computation.results?.narrative !== undefined;
    for (const note of notes.notes) {
      if (isBlankToFill(note) || (note.code === 'SECTIONS_MISSING' && hasNarrative)) continue;
      io.stderr(`warning: ${year}: ${describeDraftNote(note, 'en', options.data)}\n`);
    }
    if (options.date !== undefined && reportDateProblem(options.date, year) !== undefined) {
      io.stderr(
        `warning: --date ${options.date} is not in ${year} or ${year + 1}: check the date of the report on ${year}.\n`,
      );
    }
    const view = buildViewModel(computation, data.agency, {
      documentDate: options.date,
      style: resolveReportStyle(options.style, data.agency.report),
    });
    const charts = await renderCharts(view);
    const files: RenderedFile[] = [
      renderDraftNotes(
        notes,
        notes.notes.map((n) => describeDraftNote(n, 'vi', options.data)),
        templates,
      ),
    ];
    if (options.formats.includes('md')) files.push(...renderReport(view, charts, templates, 'md'));
    const needsHtml = options.formats.includes('html') || options.formats.includes('pdf');
    const [html] = needsHtml ? renderReport(view, charts, templates, 'html') : [];
    if (options.formats.includes('html') && html) files.push(html);
    const done: RenderedYear = {
      year,
      files: files.map((f) => ({ path: join(options.out, String(year), f.name), content: f.content })),
      html: String(html?.content ?? ''),
      meta: {
        title: view.meta.title,
        author: view.meta.author,
        subject: view.meta.subject,
        keywords: view.meta.keywords,
        language: view.meta.language,
        date: new Date(`${view.meta.date}T00:00:00Z`),
      },
    };
    out.push(done);
    onRendered(done);
  }
  return out;
}

/**
 * Returns the data set, after printing its warnings, or exit code 1 after printing its errors.
 * Its own function so that the parsed YAML (kept only to point at problems) can be freed before rendering.
 */
async function loadCheckedData(options: BuildOptions, io: CliIO): Promise<DataSet | number> {
  const loaded = await loadData(options.data);
  const color = useColor(io, 'stderr');
  // A report's missing sections concern that report: last year's file, read for comparison, is not being built.
  const diagnostics = loaded.diagnostics.filter(
    (d) => d.code !== 'REPORT_SECTION_MISSING' || options.years.includes(Number(d.args.year)),
  );
  if (hasErrors(diagnostics, options.strict) || !loaded.dataSet) {
    io.stderr(formatDiagnostics(diagnostics, 'human', color));
    const what = options.strict ? 'errors or warnings (--strict)' : 'errors';
    io.stderr(`The data has ${what}; nothing was built. Fix them (hatinh-report check) and build again.\n`);
    return 1;
  }
  const warnings: Diagnostic[] = diagnostics;
  if (warnings.length > 0) io.stderr(formatDiagnostics(warnings, 'human', color));
  return loaded.dataSet;
}

/** Returns a function that runs tasks with at most `limit` of them under way at once. */
function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

async function openRenderer(options: BuildOptions, io: CliIO): Promise<PdfRenderer> {
  // Loaded only here: check and md/html builds never load puppeteer.
  const { findBrowser } = await import('../pdf/find-browser.js');
  const { isRunnableFile } = await import('../pdf/is-runnable-file.js');
  const { openPdfRenderer } = await import('../pdf/open-pdf-renderer.js');
  const config = await readConfig();
  const browser = findBrowser({
    option: options.browser,
    config: config.browser,
    env: io.env,
    platform: io.platform,
    exists: isRunnableFile,
  });
  return openPdfRenderer({ executablePath: browser.path, timeoutMs: options.timeoutMs });
}
