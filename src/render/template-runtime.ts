/**
 * What rendering a template needs, precompiled or compiled at run time alike: the helpers, and errors that name
 * the template's file and line.
 */
import type Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';
import { ToolError } from '../errors.js';
import { toolError } from '../messages/messages.js';
import type { MainTemplate, ReportFormat } from './template-files.js';

/** A compiled template; a partial gets Handlebars' options too (@index, @root, a partial block). */
export type Renderer = (context: object, options?: Handlebars.RuntimeOptions) => string;

/** Compiled templates: one per format, with their partials and helpers, ready to draw a document. */
export interface Templates {
  /** Draws a document (view/document.ts) with its charts: each node by the format's partial for its type. */
  render: (format: ReportFormat, context: object) => string;
  /** The drafter's notes beside the report (Markdown). */
  renderNotes: (context: object) => string;
  css: string;
}

/** Returns the Templates of compiled main templates and a style sheet. */
export function templatesOf(main: Record<MainTemplate, Renderer>, css: string): Templates {
  return {
    render: (format, context) => main[format === 'md' ? 'document.md.hbs' : 'document.html.hbs'](context),
    renderNotes: (context) => main['draft-notes.md.hbs'](context),
    css,
  };
}

// Raw HTML in the data is shown as text, never passed through: html: false escapes it.
// Images are off too: the report is one self-contained file, and an image would be fetched when opened.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable('image');

/** Registers the helpers on an environment (the full Handlebars or its runtime). They format only: no decisions about content live in templates. */
export function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('uppercase', (text: string) => String(text).toLocaleUpperCase('vi'));
  hb.registerHelper('join', (list: string[], sep: string) => list.join(typeof sep === 'string' ? sep : ', '));
  hb.registerHelper('add', (a: number, b: number) => a + b);
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('repeat', (text: string, n: number) => String(text).repeat(Math.max(0, n)));
  hb.registerHelper('markdown', (text: string) => markdown.render(String(text)));
  hb.registerHelper('markdownInline', (text: string) => markdown.renderInline(String(text)));
  hb.registerHelper('cell', (text: string) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' '));
  // The partial that draws a node: "md/heading" for a heading; for a table of a kind with a partial of its own
  // ("html/table-results"), that one, else the format's table.
  hb.registerHelper('partialOf', (format: string, node: { type: string; kind?: unknown }) => {
    const own = typeof node.kind === 'string' ? `${format}/${node.type}-${node.kind}` : undefined;
    return own !== undefined && hb.partials[own] !== undefined ? own : `${format}/${node.type}`;
  });
}

/** Returns a template whose errors (a variable the view lacks, a missing partial) name its file and line. */
export function namingErrors(template: Renderer, path: string): Renderer {
  return (context, options) => {
    try {
      return template(context, options);
    } catch (error) {
      if (error instanceof ToolError) throw error;
      throw templateError(error, path);
    }
  };
}

/** Returns Handlebars' error as a ToolError naming the template's file and, where Handlebars says it, the line. */
export function templateError(error: unknown, path: string): ToolError {
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
