import type { Language } from '../messages/language.js';
import { describeToolError, messagesFor } from '../messages/messages.js';
import type { RenderSettings } from '../pipeline/build-reports.js';
import { type PreviewEvent, startPreview } from '../preview/preview-session.js';
import { browserOptions } from './browser-options.js';
import type { CliIO } from './cli-io.js';
import { useColor } from './cli-io.js';
import { formatDiagnostics } from './format-diagnostics.js';
import type { Config } from './read-config.js';

/** What `preview` takes from the command line. */
export interface PreviewOptions {
  render: RenderSettings;
  /** The year previewed, or its first months' name ("2019-9m"). */
  year: number | string;
  port: number;
  pdf: boolean;
  browser: string | undefined;
  timeoutMs: number | undefined;
  lang: Language;
  /** The configuration file's settings: the browser it may name. */
  config: Config;
}

/** The shell's code for a command stopped by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

/**
 * Runs `preview` until Ctrl-C: prints where the page is, then what each save gave. Returns 130 when stopped (the
 * server, the watcher and the browser are closed first); a failure to start (a port in use, no browser for
 * --pdf) is thrown as a ToolError, for main to print.
 */
export async function runPreview(options: PreviewOptions, io: CliIO): Promise<number> {
  const words = messagesFor(options.lang);
  let lastWarnings = '';
  const watched = [options.render.data, ...(options.render.templates ? [options.render.templates] : [])];
  const stopping = new AbortController();
  const starting = startPreview(
    {
      render: options.render,
      year: options.year,
      port: options.port,
      pdf: options.pdf,
      lang: options.lang,
      formatOptions: browserOptions(options, io),
    },
    (event) => {
      if (event.type === 'listening')
        io.stdout(`${words.cli.preview.serving(event.url, options.year, watched)}\n`);
      else lastWarnings = report(event, options, io, lastWarnings);
    },
    stopping.signal,
  );
  // Ctrl-C is how a preview ends, and may come while it starts (a browser starting for --pdf): it is heard
  // from the first moment, and closes what was started once the start is over.
  let stop: (code: number) => void = () => undefined;
  const stopped = new Promise<number>((resolve) => {
    stop = resolve;
  });
  const removeInterruptHandler = io.onInterrupt(
    async () => {
      stopping.abort(); // a start under way stops: a browser starting for --pdf is killed
      await starting.then(
        (preview) => preview.close(),
        () => undefined,
      );
      stop(INTERRUPTED);
    },
    () => words.cli.preview.stopped,
  );
  try {
    await starting;
  } catch (error) {
    if (stopping.signal.aborted) return stopped; // Ctrl-C while starting: nothing to report
    removeInterruptHandler();
    throw error;
  }
  return stopped;
}

/**
 * Prints what a preview reports: the time and cost of each update, the data's problems (warnings only when they
 * differ from the last ones printed, so that a save does not repeat them), failures. Returns the warnings
 * printed last.
 */
function report(
  event: Exclude<PreviewEvent, { type: 'listening' }>,
  options: PreviewOptions,
  io: CliIO,
  lastWarnings: string,
): string {
  const words = messagesFor(options.lang);
  const time = new Date().toTimeString().slice(0, 8);
  const color = useColor(io, 'stderr');
  switch (event.type) {
    case 'updated':
      io.stdout(`${words.cli.preview.updated(time, event.ms)}\n`);
      return lastWarnings;
    case 'diagnostics': {
      const text = formatDiagnostics(event.diagnostics, 'human', color, options.lang);
      if (event.errors) {
        const errors = event.diagnostics.filter((d) => d.severity === 'error').length;
        io.stderr(`${text}${words.cli.preview.dataErrors(time, errors)}\n`);
        return lastWarnings; // the warnings printed before the errors still stand: not printed again
      }
      if (text !== lastWarnings) io.stderr(text);
      return text;
    }
    case 'failed': {
      const { message, fix } = describeToolError(event.error, options.lang);
      io.stderr(
        `${words.problems.error}: ${message} [${event.error.code}]\n  ${words.problems.fix} ${fix}\n${words.cli.preview.failed(time)}\n`,
      );
      return lastWarnings;
    }
    case 'bug': {
      const detail =
        event.error instanceof Error ? (event.error.stack ?? event.error.message) : String(event.error);
      io.stderr(`${words.failures.bug}\n${detail}\n`);
      return lastWarnings;
    }
    case 'pdf_written':
      io.stdout(`${words.cli.preview.pdfWritten(event.path)}\n`);
      return lastWarnings;
    case 'watch_failed': {
      const error = event.error as NodeJS.ErrnoException;
      io.stderr(`${words.problems.warning}: ${words.cli.preview.watchFailed(error.code ?? error.message)}\n`);
      return lastWarnings;
    }
  }
}
