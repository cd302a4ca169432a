/**
 * What a templates folder holds and how each file is compiled: shared by the run-time compiler of a folder of
 * one's own (compile-templates.ts) and the build step that precompiles the shipped one
 * (bin/precompile-templates.mjs), so that both compile the same files with the same options.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export type ReportFormat = 'md' | 'html';

/** The templates besides the partials, and the format whose environment compiles each. */
export const MAIN_TEMPLATES = {
  'document.md.hbs': 'md',
  'draft-notes.md.hbs': 'md',
  'document.html.hbs': 'html',
} as const satisfies Record<string, ReportFormat>;

export type MainTemplate = keyof typeof MAIN_TEMPLATES;

/** The main templates a format's environment compiles. */
export function mainTemplatesOf(format: ReportFormat): MainTemplate[] {
  return (Object.keys(MAIN_TEMPLATES) as MainTemplate[]).filter((name) => MAIN_TEMPLATES[name] === format);
}

/** The style sheet of the HTML report and the PDF. */
export const CSS_FILE = 'report.css';

/** Every file a templates folder may hold besides the partials. */
export const TEMPLATE_FILES = [...Object.keys(MAIN_TEMPLATES), CSS_FILE];

/**
 * Partials of earlier versions that nothing reads any more (the report's parts before the document tree of
 * issue 21): one of them in a folder of one's own would hold changes lost unseen.
 */
export const RETIRED_PARTIALS = [
  'closing.hbs',
  'sources-note.hbs',
  ...['md', 'html'].flatMap((f) =>
    ['appendices', 'commendations', 'emulation', 'results-table'].map((p) => `${f}/${p}.hbs`),
  ),
];

/** Strict, so a reference to a missing variable is an error; Markdown without HTML escaping. */
export function compileOptions(format: ReportFormat): { strict: true; noEscape: boolean } {
  return { strict: true, noEscape: format === 'md' };
}

/** A partial's name in the templates, from its file under partials/: "html/header.hbs" is "html/header". */
export function partialName(file: string): string {
  return file.replace(/^partials\//, '').replace(/\.hbs$/, '');
}

/** Returns the partials of a folder ("html/header.hbs", ...), sorted, with forward slashes. */
export async function listPartials(folder: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  // By code unit, not by locale: the same order on every machine (the precompiled file depends on it).
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.isDirectory()) out.push(...(await listPartials(join(folder, e.name), `${prefix}${e.name}/`)));
    else if (e.name.endsWith('.hbs')) out.push(`${prefix}${e.name}`);
  }
  return out;
}
