import { computeEmulation } from '../compute/compute-emulation.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Language } from '../messages/language.js';
import { messagesFor, toolError } from '../messages/messages.js';
import { loadData } from '../pipeline/load-data.js';
import { rankingCsv, rankingJson, rankingText } from '../render/render-ranking.js';
import { buildRankingView } from '../view/ranking-view.js';
import { writeFilesAtomically } from '../write/write-files-atomically.js';
import type { CliIO } from './cli-io.js';
import { useColor } from './cli-io.js';
import { formatDiagnostics } from './format-diagnostics.js';

export type ScoreFormat = 'text' | 'json' | 'csv' | 'xlsx';

export interface ScoreOptions {
  year: number;
  data: string;
  format: ScoreFormat;
  /** A file to write instead of the terminal (written whole or not at all). */
  out: string | undefined;
  strict: boolean;
  lang: Language;
}

/**
 * Runs `score`: the year's ranking of each block on the terminal (or in a file), as a table, JSON or CSV, or as a
 * workbook (a file). Returns
 * 0, or 1 when the data has errors or lacks what scoring needs (the problems and what to add go to stderr).
 */
export async function runScore(options: ScoreOptions, io: CliIO): Promise<number> {
  const words = messagesFor(options.lang).cli.score;
  const loaded = await loadData(options.data);
  // A report's missing sections concern the report, not the ranking.
  const diagnostics = loaded.diagnostics.filter((d) => d.code !== 'REPORT_SECTION_MISSING');
  io.stderr(formatDiagnostics(diagnostics, 'human', useColor(io, 'stderr'), options.lang));
  if (loaded.dataSet === undefined || hasErrors(diagnostics, options.strict)) {
    io.stderr(`${words.dataErrors}\n`);
    return 1;
  }
  const data = loaded.dataSet;
  const emulation = computeEmulation(data, options.year);
  if (emulation === undefined) {
    const lacks = data.units === undefined ? 'units' : data.scoring === undefined ? 'scoring' : 'figures';
    // What the data lacks: exit 1, as for data with errors.
    throw toolError('NO_SCORES', { year: options.year, lacks, data: options.data }, 1);
  }
  const { scores, proposals } = emulation;
  if (options.format === 'xlsx') {
    // A workbook is a file: the board's, worded in Vietnamese as the documents are.
    const { rankingWorkbook } = await import('../xlsx/ranking-workbook.js');
    const view = buildRankingView(scores, messagesFor('vi').cli.score, proposals);
    const path = options.out ?? `xep-hang-thi-dua-${options.year}.xlsx`;
    await writeFilesAtomically([{ path, content: await rankingWorkbook(scores, view, proposals) }]);
    io.stdout(`${messagesFor(options.lang).cli.wrote(path)}\n`);
    return 0;
  }
  const text =
    options.format === 'json'
      ? rankingJson(scores, proposals)
      : options.format === 'csv'
        ? rankingCsv(scores)
        : rankingText(buildRankingView(scores, words, proposals));
  if (options.out === undefined) io.stdout(text);
  else {
    await writeFilesAtomically([{ path: options.out, content: text }]);
    io.stdout(`${messagesFor(options.lang).cli.wrote(options.out)}\n`);
  }
  return 0;
}
