import type { Language } from '../messages/language.js';
import { messagesFor } from '../messages/messages.js';
import { type BuildEvent, type BuildSettings, buildReports } from '../pipeline/build-reports.js';
import { describeDraftNote, isForTheNotesOnly } from '../view/describe-draft-note.js';
import { browserOptions } from './browser-options.js';
import type { CliIO } from './cli-io.js';
import { useColor } from './cli-io.js';
import { escapeAnnotation, formatDiagnostics } from './format-diagnostics.js';
import type { Config } from './read-config.js';

/** What `build` takes from the command line: the build's settings, and where the browser may be named. */
export type BuildOptions = Omit<BuildSettings, 'formatOptions'> & {
  browser: string | undefined;
  timeoutMs: number | undefined;
  /** github: problems and warnings also as GitHub Actions annotations (on stdout). */
  messages: 'human' | 'github';
  lang: Language;
  /** The configuration file's settings: the browser it may name. */
  config: Config;
};

/** The shell's code for a command stopped by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

/**
 * Runs `build` and returns its exit code: 0 built, 1 the data has errors (nothing built), 130 interrupted. Ctrl-C or
 * a kill stops it with nothing written (the interrupt handler waits for the build to undo what it started).
 */
export async function runBuild(options: BuildOptions, io: CliIO): Promise<number> {
  const controller = new AbortController();
  const words = messagesFor(options.lang).cli;
  // Progress on a terminal when more than one year may be built (none named: every report year).
  const several = io.stderrIsTTY && options.years.length !== 1;
  const building = buildReports(
    {
      ...options,
      formatOptions: {
        ...browserOptions(options, io),
        ...(several ? { onPrinted: (year: number) => io.stderr(`${words.pdfPrinted(year)}\n`) } : {}),
      },
    },
    controller.signal,
    (event) => report(event, options, io),
  );
  const removeInterruptHandler = io.onInterrupt(async () => {
    controller.abort();
    await building.catch(() => undefined);
  }, words.interrupted);
  try {
    const result = await building.catch((error: unknown) => {
      // Ctrl-C or a kill: the interrupt handler says so and exits with the signal's code; no error to print.
      if (controller.signal.aborted) return { outcome: 'interrupted' } as const;
      throw error;
    });
    if (result.outcome === 'interrupted') return INTERRUPTED;
    if (result.outcome === 'data_errors') {
      if (options.messages === 'github')
        io.stdout(formatDiagnostics(result.diagnostics, 'github', false, options.lang));
      io.stderr(formatDiagnostics(result.diagnostics, 'human', useColor(io, 'stderr'), options.lang));
      io.stderr(`${words.nothingBuilt(options.strict)}\n`);
      return 1;
    }
    io.stdout(result.files.map((f) => `${words.wrote(f)}\n`).join(''));
    return 0;
  } finally {
    removeInterruptHandler();
  }
}

/** Prints what the build reports as it goes: the data's warnings, progress on a terminal, drafting notes. */
function report(event: BuildEvent, options: BuildOptions, io: CliIO): void {
  const words = messagesFor(options.lang);
  switch (event.type) {
    case 'diagnostics':
      if (options.messages === 'github')
        io.stdout(formatDiagnostics(event.diagnostics, 'github', false, options.lang));
      io.stderr(formatDiagnostics(event.diagnostics, 'human', useColor(io, 'stderr'), options.lang));
      return;
    case 'rendering':
      if (io.stderrIsTTY && event.total > 1)
        io.stderr(`${words.cli.rendering(event.index + 1, event.total, event.label)}\n`);
      return;
    case 'notes':
      for (const note of event.notes) {
        // Blanks to fill are only noted in the file; missing sections of a narrative were in the diagnostics.
        if (isForTheNotesOnly(note) || (note.code === 'SECTIONS_MISSING' && event.checked)) continue;
        const text = describeDraftNote(note, options.lang, options.data, 'console');
        if (options.messages === 'github') io.stdout(annotation(note.code, `${event.label}: ${text}`));
        io.stderr(`${words.problems.warning}: ${event.label}: ${text}\n`);
      }
      return;
  }
}

/** Returns a warning as a GitHub Actions annotation. */
function annotation(code: string, text: string): string {
  return `::warning title=${code}::${escapeAnnotation(text)}\n`;
}
