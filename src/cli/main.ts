import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isValidIsoDate } from '../domain/report-date.js';
import { isToolError } from '../errors.js';
import { FILE_KINDS } from '../kinds/index.js';
import { chooseLanguage, isLanguage, LANGUAGES, type Language } from '../messages/language.js';
import { describeToolError, messagesFor } from '../messages/messages.js';
import { FORMAT_NAMES, type FormatName } from '../pipeline/formats.js';
import type { CliIO } from './cli-io.js';
import { capitalise, escapeAnnotation } from './format-diagnostics.js';
import { CONFIG_FILE, type Config, readConfig } from './read-config.js';
import { runCheck } from './run-check.js';
import { runSchema } from './run-schema.js';

/** The exit codes: 0 success, 1 the data has errors, 2 usage, file, template, browser or write failure. */
const EXIT = { ok: 0, failure: 2 } as const;

const EXIT_CODES_HELP = `
Exit codes:
  0    success (warnings allowed, unless --strict)
  1    the data has errors
  2    usage, file, browser or render failure
  130  stopped by Ctrl-C (143: by a kill); nothing written`;

/** What a command's action sets for main: the exit code, and how a failure is to be reported. */
interface Run {
  exitCode: number;
  /** As the output a CI job parses when it asked for JSON or annotations. */
  format: 'human' | 'json' | 'github';
  /** The language of the messages, and the configuration file's settings. */
  lang: Language;
  config: Config;
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  // The configuration file may set the language; a broken one is reported in the language of --lang or the system.
  let config: Config = {};
  let configError: unknown;
  try {
    config = await readConfig();
  } catch (error) {
    configError = error;
  }
  const lang = chooseLanguage({
    flag: languageFlag(argv),
    config: config.lang,
    env: io.env,
    systemLocale: io.locale,
  });
  const run: Run = { exitCode: EXIT.ok, format: 'human', lang, config };
  if (configError !== undefined) return reportFailure(configError, run, io);
  const program = new Command('hatinh-report')
    .description('Check the yearly data of Sở LĐ-TBXH Hà Tĩnh and build its emulation (thi đua) report.')
    .version(await readVersion(), '-V, --version')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showSuggestionAfterError()
    .addOption(
      new Option(
        '--lang <language>',
        `the language of messages: vi or en (default: "lang" in ${CONFIG_FILE}, else the system's)`,
      ).choices(LANGUAGES),
    )
    .addHelpText('after', EXIT_CODES_HELP);
  for (const define of [defineNew, defineCheck, defineBuild, defineYears, defineSchema, defineDoctor])
    define(program, run, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return run.exitCode;
  } catch (error) {
    return reportFailure(error, run, io);
  }
}

/** Returns the language named by --lang (either "--lang vi" or "--lang=vi"), if it names one the tool speaks. */
function languageFlag(argv: readonly string[]): Language | undefined {
  let named: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') named = argv[i + 1];
    else if (arg.startsWith('--lang=')) named = arg.slice('--lang='.length);
  });
  return isLanguage(named) ? named : undefined;
}

/**
 * Prints a failure that stopped the run in the user's language (JSON in English, for programs), and returns its
 * exit code: one line and its fix, or a bug's trace.
 */
function reportFailure(error: unknown, run: Run, io: CliIO): number {
  const words = messagesFor(run.lang);
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return EXIT.ok;
    // Commander has printed what is wrong; say where the right words are.
    io.stderr(`  ${words.problems.fix} ${words.failures.usage} [USAGE]\n`);
    return EXIT.failure;
  }
  if (isToolError(error)) {
    const { message, fix } = describeToolError(error, run.lang);
    if (run.format === 'json') {
      const failure = { error: { code: error.code, message: error.message, fix: error.fix } };
      io.stdout(`${JSON.stringify(failure, null, 2)}\n`);
    } else if (run.format === 'github') {
      io.stdout(
        `::error title=${error.code}::${escapeAnnotation(`${message} ${capitalise(words.problems.fix)} ${fix}`)}\n`,
      );
    }
    io.stderr(`${words.problems.error}: ${message} [${error.code}]\n  ${words.problems.fix} ${fix}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`${words.failures.bug}\n${detail}\n`);
  return EXIT.failure;
}

function defineCheck(program: Command, run: Run, io: CliIO): void {
  program
    .command('check')
    .description('Check data files against their schemas and against each other; print every problem found.')
    .argument('[files...]', 'files to check (default: every .yaml file in the data folder)')
    .option('--data <dir>', 'the data folder (default: ./data, or the folder of the first file named)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['human', 'json', 'github']).default('human'),
    )
    .option('--strict', 'treat warnings as errors (exit 1)', false)
    .addHelpText('after', EXIT_CODES_HELP)
    .action(
      async (
        files: string[],
        opts: { data?: string; format: 'human' | 'json' | 'github'; strict: boolean },
      ) => {
        run.format = opts.format;
        run.exitCode = await runCheck(
          { files, data: opts.data, format: opts.format, strict: opts.strict, lang: run.lang },
          io,
        );
      },
    );
}

function defineBuild(program: Command, run: Run, io: CliIO): void {
  program
    .command('build')
    .description(
      'Build the report of each year named (none: every report year): Markdown, HTML and PDF, in the layout of an official document.',
    )
    .argument(
      '[years...]',
      'the years to report on, e.g. 2018 (default: every report year of the data, see "hatinh-report years")',
      (v: string, all: number[] = []) => [...all, parseYear(v)],
    )
    .addOption(
      new Option('--format <formats>', `comma-separated output formats: ${FORMAT_NAMES.join(', ')}`)
        .argParser(parseFormats)
        .default(FORMAT_NAMES, 'all'),
    )
    .option('--data <dir>', 'the data folder', 'data')
    .option('--out <dir>', 'the output folder; each year goes into its own subfolder', 'reports')
    .option('--templates <dir>', 'use your own copies of the templates (see templates/ in the package)')
    .option(
      '--date <YYYY-MM-DD>',
      'the date of the document (default: document.date in the data, else left blank)',
      parseDate,
    )
    .option(
      '--percent-decimals <n>',
      'decimals shown for percentages of plan and changes, 0 to 4 (default: report.percent_decimals in agency.yaml, else 1)',
      inRange(0, 4),
    )
    .addOption(
      new Option(
        '--rounding <rule>',
        'how exact percentages are cut: round (half away from zero) or truncate (default: report.rounding, else round)',
      ).choices(['round', 'truncate']),
    )
    .addOption(
      new Option(
        '--charts <which>',
        'the charts the report carries: none, attainment or all (default: report.charts, else attainment)',
      ).choices(['none', 'attainment', 'all']),
    )
    .option(
      '--rate-percent-of-plan',
      'also give rates as a percent of their target (default: report.rate_percent_of_plan, else the gap in points)',
    )
    .option('--strict', 'refuse to build when the data has warnings too (exit 1)', false)
    .addOption(
      new Option(
        '--messages <style>',
        'how problems and warnings are printed: human, or github (also as GitHub Actions annotations)',
      )
        .choices(['human', 'github'])
        .default('human'),
    )
    .option('--browser <path>', 'the Chromium, Chrome or Edge to print PDFs with')
    .option(
      '--timeout <seconds>',
      'give up on the browser after this many seconds (1 to 3600)',
      inRange(1, 3600),
      60,
    )
    .addHelpText('after', EXIT_CODES_HELP)
    .action(
      async (
        years: number[] | undefined,
        opts: {
          messages: 'human' | 'github';
          format: FormatName[];
          data: string;
          out: string;
          templates?: string;
          date?: string;
          percentDecimals?: number;
          rounding?: 'round' | 'truncate';
          charts?: 'none' | 'attainment' | 'all';
          ratePercentOfPlan?: boolean;
          browser?: string;
          timeout: number;
          strict: boolean;
        },
      ) => {
        // Loaded on use: the build pulls in the charts (vega), which `check` must not pay for.
        const { runBuild } = await import('./run-build.js');
        run.format = opts.messages;
        run.exitCode = await runBuild(
          {
            years: [...new Set(years ?? [])],
            messages: opts.messages,
            formats: opts.format,
            data: opts.data,
            out: opts.out,
            templates: opts.templates,
            date: opts.date,
            style: {
              ...(opts.percentDecimals === undefined ? {} : { percentDecimals: opts.percentDecimals }),
              ...(opts.rounding === undefined ? {} : { rounding: opts.rounding }),
              ...(opts.charts === undefined ? {} : { charts: opts.charts }),
              ...(opts.ratePercentOfPlan === undefined ? {} : { ratePercentOfPlan: opts.ratePercentOfPlan }),
            },
            browser: opts.browser,
            timeoutMs: opts.timeout * 1000,
            strict: opts.strict,
            lang: run.lang,
            config: run.config,
          },
          io,
        );
      },
    );
}

function defineNew(program: Command, run: Run, io: CliIO): void {
  program
    .command('new')
    .description(
      "Start a year: write its results file (YEAR.yaml) and next year's targets file, every indicator and every part of the report listed blank with what goes there. Never overwrites a file.",
    )
    .argument('<year>', 'the year to start, e.g. 2019', parseYear)
    .option('--data <dir>', 'the data folder', 'data')
    .action(async (year: number, opts: { data: string }) => {
      const { runNew } = await import('./run-new.js');
      run.exitCode = await runNew({ year, data: opts.data, lang: run.lang }, io);
    });
}

function defineYears(program: Command, run: Run, io: CliIO): void {
  program
    .command('years')
    .description(
      'List the years the data has a report for (results files not marked comparison_only): what "build" builds.',
    )
    .option('--data <dir>', 'the data folder', 'data')
    .option('--json', 'print them as a JSON array (for a CI matrix)', false)
    .action(async (opts: { data: string; json: boolean }) => {
      const { runYears } = await import('./run-years.js');
      run.exitCode = await runYears({ data: opts.data, json: opts.json }, io);
    });
}

function defineSchema(program: Command, run: Run, io: CliIO): void {
  program
    .command('schema')
    .description(
      'Print the JSON Schema of a kind of data file, or write them all to a folder for your editor.',
    )
    .argument('[kind]', `${FILE_KINDS.join(', ')}`)
    .option('--out <dir>', 'write every schema (or the one named) into this folder')
    .action(async (kind: string | undefined, opts: { out?: string }) => {
      run.exitCode = await runSchema(kind, opts.out, io);
    });
}

function defineDoctor(program: Command, run: Run, io: CliIO): void {
  program
    .command('doctor')
    .description(
      'Check that this machine can print PDFs: Node.js, the browser, and fonts with Vietnamese letters.',
    )
    .option('--browser <path>', 'the Chromium, Chrome or Edge to check')
    .option('--json', 'print the findings as JSON', false)
    .action(async (opts: { browser?: string; json: boolean }) => {
      const { runDoctorCommand } = await import('./run-doctor-command.js');
      run.exitCode = await runDoctorCommand(
        { browser: opts.browser, json: opts.json, config: run.config },
        io,
      );
    });
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('expected a year such as 2018.');
  return Number(value);
}

function parseFormats(value: string): FormatName[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  const wrong = formats.filter((f) => !(FORMAT_NAMES as string[]).includes(f));
  if (wrong.length > 0 || formats.length === 0) {
    throw new InvalidArgumentError(
      `unknown format ${wrong.join(', ')}; use ${FORMAT_NAMES.join(', ')} (several with commas, e.g. md,html).`,
    );
  }
  return [...new Set(formats)] as FormatName[];
}

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new InvalidArgumentError('expected a date written YYYY-MM-DD, e.g. 2019-01-05.');
  }
  if (!isValidIsoDate(value)) throw new InvalidArgumentError(`${value} is not a day of the calendar.`);
  return value;
}

/** Returns a commander parser for a whole number from `min` to `max`. */
function inRange(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}.`);
    }
    return n;
  };
}

async function readVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
