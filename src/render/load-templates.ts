import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';
import { ToolError } from '../errors.js';
import { toolError } from '../messages/messages.js';

/** The templates shipped with the tool. */
export const DEFAULT_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export type ReportFormat = 'md' | 'html';

/** Compiled templates: one per format, with their partials and helpers, ready to render a view. */
export interface Templates {
  render: (format: ReportFormat, context: object) => string;
  /** The drafter's notes beside the report (Markdown). */
  renderNotes: (context: object) => string;
  css: string;
}

// Raw HTML in the data is shown as text, never passed through: html: false escapes it.
// Images are off too: the report is one self-contained file, and an image would be fetched when opened.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable('image');

/** The files of a templates folder, besides the partials. */
const TEMPLATE_FILES = ['report.md.hbs', 'report.html.hbs', 'report.css', 'draft-notes.md.hbs'];

/**
 * Returns the templates of a folder (the shipped ones by default), compiled in strict mode. A folder of one's
 * own need hold only the files it changes (report.html.hbs alone, say): any other is the shipped one.
 */
export async function loadTemplates(folder: string = DEFAULT_TEMPLATES): Promise<Templates> {
  await checkTemplatesFolder(folder);
  const read = async (name: string) => {
    for (const path of [join(folder, name), join(DEFAULT_TEMPLATES, name)]) {
      // Only a file that is not there falls back to the shipped one; one that cannot be read is an error.
      const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw toolError('TEMPLATE_NOT_FOUND', {
          problem: 'unreadable',
          path,
          reason: error.code ?? error.message,
        });
      });
      if (text !== undefined) return { path, text };
    }
    throw toolError('TEMPLATE_NOT_FOUND', {
      problem: 'shipped_missing',
      path: join(DEFAULT_TEMPLATES, name),
    });
  };
  // One environment per format: partials are compiled with the format's escaping (HTML escapes, Markdown not).
  const environments = { md: Handlebars.create(), html: Handlebars.create() };
  const partialFiles = [
    ...new Set([
      ...(await listPartials(join(folder, 'partials'))),
      ...(await listPartials(join(DEFAULT_TEMPLATES, 'partials'))),
    ]),
  ].sort();
  const partials = await Promise.all(partialFiles.map((file) => read(join('partials', file))));
  for (const [format, env] of Object.entries(environments)) {
    registerHelpers(env);
    partialFiles.forEach((file, i) => {
      const partial = partials[i] as { path: string; text: string };
      const name = file
        .replace(/\.hbs$/, '')
        .split('\\')
        .join('/');
      env.registerPartial(name, compile(env, partial.text, partial.path, format === 'md'));
    });
  }
  const md = await read('report.md.hbs');
  const html = await read('report.html.hbs');
  const css = await read('report.css');
  const notes = await read('draft-notes.md.hbs');
  const compiled = {
    md: compile(environments.md, md.text, md.path, true),
    html: compile(environments.html, html.text, html.path, false),
  };
  const notesTemplate = compile(environments.md, notes.text, notes.path, true);
  return {
    render: (format, context) => compiled[format](context),
    renderNotes: (context) => notesTemplate(context),
    css: css.text,
  };
}

type Renderer = (context: object, options?: Handlebars.RuntimeOptions) => string;

/**
 * Returns a template compiled in strict mode, so a reference to a missing variable is an error, and wraps it so
 * that errors name the template's file and line. Markdown is compiled without HTML escaping.
 */
function compile(env: typeof Handlebars, text: string, path: string, noEscape: boolean): Renderer {
  let template: Renderer;
  try {
    // parse first: Handlebars compiles lazily, and a syntax error should surface now, with the file's name.
    env.parse(text);
    template = env.compile(text, { strict: true, noEscape });
  } catch (error) {
    throw templateError(error, path);
  }
  return (context, options) => {
    try {
      return template(context, options);
    } catch (error) {
      if (error instanceof ToolError) throw error;
      throw templateError(error, path);
    }
  };
}

function templateError(error: unknown, path: string): ToolError {
  const message = error instanceof Error ? error.message : String(error);
  const parse = /Parse error on line (\d+):\n([\s\S]*?)\n-+\^\n([\s\S]*)/.exec(message);
  if (parse) {
    return toolError('TEMPLATE_SYNTAX', {
      path,
      line: Number(parse[1]),
      detail: parse[3]?.split('\n')[0] ?? '',
    });
  }
  const missing = /"([^"]+)" not defined in .* - (\d+):(\d+)/.exec(message);
  if (missing) {
    return toolError('TEMPLATE_MISSING_VARIABLE', {
      path,
      line: Number(missing[2]),
      column: Number(missing[3]) + 1,
      name: String(missing[1]),
    });
  }
  const partial = /The partial (.+) could not be found/.exec(message);
  if (partial) {
    return toolError('TEMPLATE_MISSING_PARTIAL', { path, name: String(partial[1]) });
  }
  return toolError('TEMPLATE_ERROR', { path, detail: message.split('\n')[0] ?? '' });
}

/** Refuses a folder of one's own that does not exist or holds no template: a mistyped --templates. */
async function checkTemplatesFolder(folder: string): Promise<void> {
  if (folder === DEFAULT_TEMPLATES) return;
  const entries = await readdir(folder).catch(() => undefined);
  if (entries === undefined) {
    throw toolError('TEMPLATE_NOT_FOUND', { problem: 'folder_missing', folder, shipped: DEFAULT_TEMPLATES });
  }
  if (!entries.some((e) => TEMPLATE_FILES.includes(e) || e === 'partials')) {
    throw toolError('TEMPLATE_NOT_FOUND', {
      problem: 'folder_empty',
      folder,
      shipped: DEFAULT_TEMPLATES,
      files: TEMPLATE_FILES,
    });
  }
}

async function listPartials(folder: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.isDirectory()) out.push(...(await listPartials(join(folder, e.name), `${prefix}${e.name}/`)));
    else if (e.name.endsWith('.hbs')) out.push(`${prefix}${e.name}`);
  }
  return out;
}

/** Helpers format only: no decisions about content live in templates. */
function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('uppercase', (text: string) => String(text).toLocaleUpperCase('vi'));
  hb.registerHelper('join', (list: string[], sep: string) => list.join(typeof sep === 'string' ? sep : ', '));
  hb.registerHelper('add', (a: number, b: number) => a + b);
  hb.registerHelper('markdown', (text: string) => markdown.render(String(text)));
  hb.registerHelper('markdownInline', (text: string) => markdown.renderInline(String(text)));
  hb.registerHelper('cell', (text: string) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' '));
}
