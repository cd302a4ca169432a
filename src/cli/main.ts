import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { isValidIsoDate } from '../domain/report-date.js';
import {
  monthsOf,
  parsePeriodLabel,
  periodLabel,
  type ReportPeriod,
  withMonths,
} from '../domain/report-period.js';
import { isToolError } from '../errors.js';
import { FILE_KINDS } from '../kinds/index.js';
import { dataFolder } from '../load/data-folder.js';
import type { CliWords } from '../messages/catalogue.js';
import { chooseLanguage, isLanguage, LANGUAGES, type Language } from '../messages/language.js';
import { describeToolError, messagesFor } from '../messages/messages.js';
import { DEFAULT_FORMATS, FORMAT_NAMES, type FormatName } from '../pipeline/formats.js';
import type { CliIO } from './cli-io.js';
import { capitalise, escapeAnnotation } from './format-diagnostics.js';
import { CONFIG_FILE, type Config, readConfig } from './read-config.js';
import { runCheck } from './run-check.js';
import { runSchema } from './run-schema.js';
import type { ScoreFormat } from './run-score.js';

/** The exit codes: 0 success, 1 the data has errors, 2 usage, file, template, browser or write failure. */
const EXIT = { ok: 0, failure: 2 } as const;

/** What a command's action sets for main: the exit code, and how a failure is to be reported. */
interface Run {
  exitCode: number;
  /** As the output a CI job parses when it asked for JSON or annotations. */
  format: 'human' | 'json' | 'github';
  /** The language of the messages, its words for the command line, and the configuration file's settings. */
  lang: Language;
  words: CliWords;
  config: Config;
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  // The configuration file may set the language; a broken one is reported in the language it or --lang names,
  // else the system's, and in the output format the command line asks for.
  const { config, error: configError } = await readConfig();
  const lang = chooseLanguage({
    flag: languageFlag(argv),
    config: config.lang,
    env: io.env,
    systemLocale: () => io.locale,
  });
  const words = messagesFor(lang).cli;
  const run: Run = { exitCode: EXIT.ok, format: 'human', lang, words, config };
  if (configError !== undefined) return reportFailure(configError, { ...run, format: formatFlag(argv) }, io);
  // Set before the commands are added: each command inherits the output, the help's words and the exit override.
  const program = new Command('hatinh-report')
    .description(words.program)
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(words.commanderError(text)),
    })
    .configureHelp({
      // --lang is the program's, and works after any command too: its help shows it.
      showGlobalOptions: true,
      styleTitle: (title) => words.titles[title] ?? title,
      optionDescription(option) {
        return words.helpExtras(Help.prototype.optionDescription.call(this, option));
      },
      argumentDescription(argument) {
        return words.helpExtras(Help.prototype.argumentDescription.call(this, argument));
      },
      commandUsage(command) {
        return words.usage(Help.prototype.commandUsage.call(this, command));
      },
      optionTerm(option) {
        return words.term(Help.prototype.optionTerm.call(this, option));
      },
      argumentTerm(argument) {
        return words.term(Help.prototype.argumentTerm.call(this, argument));
      },
      subcommandTerm(command) {
        return words.term(Help.prototype.subcommandTerm.call(this, command));
      },
    })
    .helpOption('-h, --help', words.help)
    .helpCommand('help [command]', words.helpCommand)
    .version(await readVersion(), '-V, --version', words.version)
    .exitOverride()
    .showSuggestionAfterError()
    .addOption(new Option('--lang <language>', words.lang(CONFIG_FILE)).choices(LANGUAGES))
    .addHelpText('after', words.exitCodes);
  for (const define of [
    defineNew,
    defineCheck,
    defineBuild,
    definePreview,
    defineScore,
    defineDossier,
    defineExport,
    defineImport,
    defineYears,
    defineSchema,
    defineDoctor,
  ])
    define(program, run, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return run.exitCode;
  } catch (error) {
    return reportFailure(error, run, io);
  }
}

/** Returns the output format the command line asks for (check's --format, build's --messages), before parsing. */
function formatFlag(argv: readonly string[]): Run['format'] {
  let format: Run['format'] = 'human';
  argv.forEach((arg, i) => {
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[i + 1];
    if ((name === '--format' || name === '--messages') && (value === 'json' || value === 'github'))
      format = value;
  });
  return format;
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
  const words = run.words.check;
  program
    .command('check')
    .description(words.description)
    .argument('[files...]', words.files)
    .option('--data <dir>', words.data)
    .addOption(
      new Option('--format <format>', words.format).choices(['human', 'json', 'github']).default('human'),
    )
    .option('--strict', words.strict)
    .addHelpText('after', run.words.exitCodes)
    .action(
      async (
        files: string[],
        opts: { data?: string; format: 'human' | 'json' | 'github'; strict?: boolean },
      ) => {
        run.format = opts.format;
        // Files named without --data: their folder is the data folder (runCheck); nothing named: as every command.
        const data = opts.data === undefined && files.length > 0 ? undefined : await dataFolder(opts.data);
        run.exitCode = await runCheck(
          { files, data, format: opts.format, strict: opts.strict === true, lang: run.lang },
          io,
        );
      },
    );
}

/** The options build and preview share: where the data is, and how the report is made. */
interface ReportOptions {
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
  strict?: boolean;
}

/** Adds the options of ReportOptions to a command, `out` worded for it. */
function addReportOptions(command: Command, run: Run, out: string): Command {
  const words = run.words.build;
  const invalid = run.words.invalid;
  return command
    .option('--data <dir>', words.data, 'data')
    .option('--out <dir>', out, 'reports')
    .option('--templates <dir>', words.templates)
    .option('--date <YYYY-MM-DD>', words.date, (v) => parseDate(v, invalid))
    .option('--percent-decimals <n>', words.percentDecimals, inRange(0, 4, invalid))
    .addOption(new Option('--rounding <rule>', words.rounding).choices(['round', 'truncate']))
    .addOption(new Option('--charts <which>', words.charts).choices(['none', 'attainment', 'all']))
    .option('--rate-percent-of-plan', words.ratePercentOfPlan)
    .option('--strict', words.strict)
    .option('--browser <path>', words.browser)
    .option('--timeout <seconds>', words.timeout, inRange(1, 3600, invalid), 60);
}

/** Returns the settings of a rendering from the shared options. */
async function renderSettingsOf(years: ReportPeriod[], opts: ReportOptions) {
  return {
    years,
    data: await dataFolder(opts.data),
    out: opts.out,
    templates: opts.templates,
    date: opts.date,
    style: {
      ...(opts.percentDecimals === undefined ? {} : { percentDecimals: opts.percentDecimals }),
      ...(opts.rounding === undefined ? {} : { rounding: opts.rounding }),
      ...(opts.charts === undefined ? {} : { charts: opts.charts }),
      ...(opts.ratePercentOfPlan === undefined ? {} : { ratePercentOfPlan: opts.ratePercentOfPlan }),
    },
    strict: opts.strict === true,
  };
}

function defineBuild(program: Command, run: Run, io: CliIO): void {
  const words = run.words.build;
  const invalid = run.words.invalid;
  const command = program
    .command('build')
    .description(words.description)
    .argument('[years...]', words.years, (v: string, all: ReportPeriod[] = []) => [
      ...all,
      parseReport(v, invalid),
    ])
    .option('--period <months>', words.period, (v) => parseMonths(v, invalid))
    .addOption(
      new Option('--format <formats>', words.format(FORMAT_NAMES))
        .argParser((v) => parseFormats(v, invalid))
        .default(DEFAULT_FORMATS, DEFAULT_FORMATS.join(',')),
    );
  addReportOptions(command, run, words.out)
    .addOption(new Option('--messages <style>', words.messages).choices(['human', 'github']).default('human'))
    .option('--unit <id>', words.unit)
    .addHelpText('after', run.words.exitCodes)
    .action(
      async (
        years: ReportPeriod[] | undefined,
        opts: ReportOptions & {
          messages: 'human' | 'github';
          format: FormatName[];
          unit?: string;
          period?: number;
        },
      ) => {
        // Loaded on use: the build pulls in the charts (vega), which `check` must not pay for.
        const { runBuild } = await import('./run-build.js');
        run.format = opts.messages;
        run.exitCode = await runBuild(
          {
            ...(await renderSettingsOf(uniqueReports(years ?? []), opts)),
            ...(opts.unit === undefined ? {} : { unit: opts.unit }),
            ...(opts.period === undefined ? {} : { months: opts.period }),
            messages: opts.messages,
            formats: opts.format,
            browser: opts.browser,
            timeoutMs: opts.timeout * 1000,
            lang: run.lang,
            config: run.config,
          },
          io,
        );
      },
    );
}

function definePreview(program: Command, run: Run, io: CliIO): void {
  const words = run.words.preview;
  const invalid = run.words.invalid;
  const command = program
    .command('preview')
    .description(words.description)
    .argument('<year>', words.year, (v) => parseReport(v, invalid))
    .option('--period <months>', words.period, (v) => parseMonths(v, invalid))
    .option('--port <n>', words.port, inRange(0, 65535, invalid))
    .option('--pdf', words.pdf);
  addReportOptions(command, run, words.out).action(
    async (named: ReportPeriod, opts: ReportOptions & { port?: number; pdf?: boolean; period?: number }) => {
      const { runPreview } = await import('./run-preview.js');
      const report = withMonths(named, opts.period);
      run.exitCode = await runPreview(
        {
          render: await renderSettingsOf([report], opts),
          year: periodLabel(report),
          port: opts.port ?? 0,
          pdf: opts.pdf === true,
          browser: opts.browser,
          timeoutMs: opts.timeout * 1000,
          lang: run.lang,
          config: run.config,
        },
        io,
      );
    },
  );
}

function defineNew(program: Command, run: Run, io: CliIO): void {
  const words = run.words.new;
  program
    .command('new')
    .description(words.description)
    .argument('<year>', words.year, (v) => parseReport(v, run.words.invalid))
    .option('--period <months>', words.period, (v) => parseMonths(v, run.words.invalid))
    .option('--data <dir>', words.data, 'data')
    .action(async (named: ReportPeriod, opts: { data: string; period?: number }) => {
      const { runNew } = await import('./run-new.js');
      run.exitCode = await runNew(
        { report: withMonths(named, opts.period), data: await dataFolder(opts.data), lang: run.lang },
        io,
      );
    });
}

function defineScore(program: Command, run: Run, io: CliIO): void {
  const words = run.words.score;
  program
    .command('score')
    .description(words.description)
    .argument('<year>', words.year, (v) => parseYear(v, run.words.invalid))
    .option('--data <dir>', words.data, 'data')
    .addOption(
      new Option('--format <format>', words.format).choices(['text', 'json', 'csv', 'xlsx']).default('text'),
    )
    .option('--out <file>', words.out)
    .option('--strict', words.strict)
    .action(
      async (year: number, opts: { data: string; format: ScoreFormat; out?: string; strict?: boolean }) => {
        const { runScore } = await import('./run-score.js');
        run.exitCode = await runScore(
          {
            year,
            data: await dataFolder(opts.data),
            format: opts.format,
            out: opts.out,
            strict: opts.strict === true,
            lang: run.lang,
          },
          io,
        );
      },
    );
}

/** The dossier's documents are drawn as the report is; its lists are not a workbook of their own. */
const DOSSIER_FORMATS = DEFAULT_FORMATS;

function defineDossier(program: Command, run: Run, io: CliIO): void {
  const words = run.words.dossier;
  const build = run.words.build;
  const invalid = run.words.invalid;
  program
    .command('dossier')
    .description(words.description)
    .argument('<year>', words.year, (v) => parseYear(v, invalid))
    .addOption(
      new Option('--format <formats>', build.format(DOSSIER_FORMATS))
        .argParser((v) => parseFormats(v, invalid, DOSSIER_FORMATS))
        .default(DOSSIER_FORMATS, DOSSIER_FORMATS.join(',')),
    )
    .option('--data <dir>', build.data, 'data')
    .option('--out <dir>', words.out, 'reports')
    .option('--templates <dir>', build.templates)
    .option('--date <YYYY-MM-DD>', words.date, (v) => parseDate(v, invalid))
    .option('--strict', build.strict)
    .option('--browser <path>', build.browser)
    .option('--timeout <seconds>', build.timeout, inRange(1, 3600, invalid), 60)
    .addOption(new Option('--messages <style>', build.messages).choices(['human', 'github']).default('human'))
    .addHelpText('after', run.words.exitCodes)
    .action(
      async (
        year: number,
        opts: Pick<
          ReportOptions,
          'data' | 'out' | 'templates' | 'date' | 'browser' | 'timeout' | 'strict'
        > & {
          messages: 'human' | 'github';
          format: FormatName[];
        },
      ) => {
        const { runBuild } = await import('./run-build.js');
        run.format = opts.messages;
        run.exitCode = await runBuild(
          {
            ...(await renderSettingsOf([{ year }], { ...opts })),
            dossier: true,
            messages: opts.messages,
            formats: opts.format,
            browser: opts.browser,
            timeoutMs: opts.timeout * 1000,
            lang: run.lang,
            config: run.config,
          },
          io,
        );
      },
    );
}

function defineExport(program: Command, run: Run, io: CliIO): void {
  const words = run.words.export;
  program
    .command('export')
    .description(words.description)
    .argument('<year>', words.year, (v) => parseYear(v, run.words.invalid))
    .option('--data <dir>', words.data, 'data')
    .option('--out <dir>', words.out, 'reports')
    .addOption(new Option('--format <format>', words.format).choices(['xlsx']).default('xlsx'))
    .option('--unit <id>', words.unit)
    .action(async (year: number, opts: { data: string; out: string; unit?: string }) => {
      const { runExport } = await import('./run-export.js');
      run.exitCode = await runExport(
        { year, data: await dataFolder(opts.data), out: opts.out, unit: opts.unit, lang: run.lang },
        io,
      );
    });
}

function defineImport(program: Command, run: Run, io: CliIO): void {
  const words = run.words.import;
  program
    .command('import')
    .description(words.description)
    .argument('<files...>', words.files)
    .option('--data <dir>', words.data, 'data')
    .option('--year <year>', words.year, (v) => parseYear(v, run.words.invalid))
    .option('--strict', run.words.check.strict)
    .action(async (files: string[], opts: { data: string; year?: number; strict?: boolean }) => {
      const { runImport } = await import('./run-import.js');
      run.exitCode = await runImport(
        {
          files,
          data: await dataFolder(opts.data),
          year: opts.year,
          strict: opts.strict === true,
          lang: run.lang,
        },
        io,
      );
    });
}

function defineYears(program: Command, run: Run, io: CliIO): void {
  const words = run.words.years;
  program
    .command('years')
    .description(words.description)
    .option('--data <dir>', words.data, 'data')
    .option('--json', words.json)
    .action(async (opts: { data: string; json?: boolean }) => {
      const { runYears } = await import('./run-years.js');
      run.exitCode = await runYears(
        { data: await dataFolder(opts.data), json: opts.json === true, lang: run.lang },
        io,
      );
    });
}

function defineSchema(program: Command, run: Run, io: CliIO): void {
  const words = run.words.schema;
  program
    .command('schema')
    .description(words.description)
    .argument('[kind]', words.kind(FILE_KINDS))
    .option('--out <dir>', words.out)
    .action(async (kind: string | undefined, opts: { out?: string }) => {
      run.exitCode = await runSchema(kind, opts.out, io, run.lang);
    });
}

function defineDoctor(program: Command, run: Run, io: CliIO): void {
  const words = run.words.doctor;
  program
    .command('doctor')
    .description(words.description)
    .option('--browser <path>', words.browser)
    .option('--json', words.json)
    .action(async (opts: { browser?: string; json?: boolean }) => {
      const { runDoctorCommand } = await import('./run-doctor-command.js');
      run.exitCode = await runDoctorCommand(
        { browser: opts.browser, json: opts.json === true, config: run.config, lang: run.lang },
        io,
      );
    });
}

type Invalid = CliWords['invalid'];

function parseYear(value: string, invalid: Invalid): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(invalid.year);
  return Number(value);
}

/** A report named on the command line: a year ("2019"), or its first months ("2019-9m"). */
function parseReport(value: string, invalid: Invalid): ReportPeriod {
  const report = parsePeriodLabel(value);
  if (report === undefined) throw new InvalidArgumentError(invalid.report);
  return report;
}

/** `--period 9m`: the first months of a year (1m to 11m). */
function parseMonths(value: string, invalid: Invalid): number {
  const months = monthsOf(value);
  if (months === undefined) throw new InvalidArgumentError(invalid.period);
  return months;
}

/** The reports named, each once, in the order first named. */
function uniqueReports(reports: readonly ReportPeriod[]): ReportPeriod[] {
  const seen = new Set<string>();
  return reports.filter((r) => !seen.has(periodLabel(r)) && seen.add(periodLabel(r)));
}

function parseFormats(
  value: string,
  invalid: Invalid,
  allowed: readonly FormatName[] = FORMAT_NAMES,
): FormatName[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  const wrong = formats.filter((f) => !(allowed as readonly string[]).includes(f));
  if (wrong.length > 0 || formats.length === 0)
    throw new InvalidArgumentError(invalid.formats(wrong, allowed));
  return [...new Set(formats)] as FormatName[];
}

function parseDate(value: string, invalid: Invalid): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError(invalid.date);
  if (!isValidIsoDate(value)) throw new InvalidArgumentError(invalid.notADay(value));
  return value;
}

/** Returns a commander parser for a whole number from `min` to `max`. */
function inRange(min: number, max: number, invalid: Invalid): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(invalid.range(min, max));
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
