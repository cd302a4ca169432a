import { Chalk } from 'chalk';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../messages/language.js';
import { describeDiagnostic, messagesFor } from '../messages/messages.js';

export type OutputFormat = 'human' | 'json' | 'github';

/**
 * Returns the diagnostics as text for people (coloured when `color`), as JSON, or as GitHub annotations, in
 * `lang`. JSON is for programs: its messages are English whatever the language, so that a script that reads
 * them gets the same output on every machine; the codes and facts beside them say the same in any language.
 */
export function formatDiagnostics(
  list: readonly Diagnostic[],
  format: OutputFormat,
  color: boolean,
  lang: Language,
): string {
  if (format === 'json') {
    return `${JSON.stringify(
      list.map((d) => ({ ...d, ...describeDiagnostic(d, 'en') })),
      null,
      2,
    )}\n`;
  }
  const words = messagesFor(lang).problems;
  if (format === 'github') {
    return list
      .map((d) => {
        const { message, fix } = describeDiagnostic(d, lang);
        const level = d.severity === 'error' ? 'error' : 'warning';
        const text = escapeAnnotation(
          `${d.cell === undefined ? '' : `${d.cell}: `}${message} ${capitalise(words.fix)} ${fix}`,
        );
        return `::${level} file=${d.file},line=${d.line},col=${d.column},title=${d.code}::${text}\n`;
      })
      .join('');
  }
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines = list.map((d) => {
    const { message, fix } = describeDiagnostic(d, lang);
    const label = d.severity === 'error' ? c.red.bold(words.error) : c.yellow.bold(words.warning);
    return `${c.bold(whereOf(d))} ${label} ${message} ${c.dim(`[${d.code}]`)}\n  ${c.cyan(words.fix)} ${fix}\n`;
  });
  return lines.join('');
}

/** Where a problem is: file:line:column, or in a workbook file!sheet!cell ("don-vi.xlsx!Chỉ tiêu!I12"). */
export function whereOf(d: Diagnostic): string {
  return d.cell === undefined ? `${d.file}:${d.line}:${d.column}` : `${d.file}!${d.cell}`;
}

/** Returns the one-line tally printed after the diagnostics. */
export function formatSummary(
  list: readonly Diagnostic[],
  fileCount: number,
  color: boolean,
  lang: Language,
): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  const text = messagesFor(lang).problems.summary(fileCount, errors, warnings);
  if (list.length === 0) return `${c.green('✔')} ${text}\n`;
  return `${errors > 0 ? c.red('✖') : c.yellow('!')} ${text}\n`;
}

/** Returns a label with its first letter in capitals: "fix:" → "Fix:", "cách sửa:" → "Cách sửa:". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function escapeAnnotation(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
