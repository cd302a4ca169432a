import { Chalk } from 'chalk';
import { describeDiagnostic } from '../diagnostics/describe-diagnostic.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export type OutputFormat = 'human' | 'json' | 'github';

/** Returns the diagnostics as text for people (coloured when `color`), as JSON, or as GitHub annotations. */
export function formatDiagnostics(list: readonly Diagnostic[], format: OutputFormat, color: boolean): string {
  if (format === 'json') {
    return `${JSON.stringify(
      list.map((d) => ({ ...d, ...describeDiagnostic(d) })),
      null,
      2,
    )}\n`;
  }
  if (format === 'github') {
    return list
      .map((d) => {
        const { message, fix } = describeDiagnostic(d);
        const level = d.severity === 'error' ? 'error' : 'warning';
        const text = escapeAnnotation(`${message} Fix: ${fix}`);
        return `::${level} file=${d.file},line=${d.line},col=${d.column},title=${d.code}::${text}\n`;
      })
      .join('');
  }
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines = list.map((d) => {
    const { message, fix } = describeDiagnostic(d);
    const label = d.severity === 'error' ? c.red.bold('error') : c.yellow.bold('warning');
    return `${c.bold(`${d.file}:${d.line}:${d.column}`)} ${label} ${message} ${c.dim(`[${d.code}]`)}\n  ${c.cyan('fix:')} ${fix}\n`;
  });
  return lines.join('');
}

/** Returns the one-line tally printed after the diagnostics. */
export function formatSummary(list: readonly Diagnostic[], fileCount: number, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'} checked`;
  if (list.length === 0) return `${c.green('✔')} ${files}, no problems.\n`;
  const parts = [
    `${errors} error${errors === 1 ? '' : 's'}`,
    `${warnings} warning${warnings === 1 ? '' : 's'}`,
  ];
  return `${errors > 0 ? c.red('✖') : c.yellow('!')} ${files}: ${parts.join(', ')}.\n`;
}

export function escapeAnnotation(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
