/**
 * Compiles a templates folder of one's own (--templates) at run time, with Handlebars' full compiler: loaded
 * only then, as the shipped templates come precompiled (load-templates.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { toolError } from '../messages/messages.js';
import {
  CSS_FILE,
  compileOptions,
  listPartials,
  type MainTemplate,
  mainTemplatesOf,
  partialName,
  RETIRED_PARTIALS,
  type ReportFormat,
  TEMPLATE_FILES,
} from './template-files.js';
import {
  namingErrors,
  type Renderer,
  registerHelpers,
  type Templates,
  templateError,
  templatesOf,
} from './template-runtime.js';

/**
 * Returns the templates of a folder of one's own, compiled in strict mode. The folder need hold only the files
 * it changes (document.html.hbs, or one partial, alone): any other is the shipped one, from `shipped`.
 */
export async function compileTemplates(folder: string, shipped: string): Promise<Templates> {
  await checkTemplatesFolder(folder, shipped);
  const read = async (name: string) => {
    for (const path of [join(folder, name), join(shipped, name)]) {
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
    throw toolError('TEMPLATE_NOT_FOUND', { problem: 'shipped_missing', path: join(shipped, name) });
  };
  const partialFiles = [
    ...new Set([
      ...(await listPartials(join(folder, 'partials'))),
      ...(await listPartials(join(shipped, 'partials'))),
    ]),
  ]
    .sort()
    .map((file) => `partials/${file}`);
  const partials = await Promise.all(partialFiles.map(read));
  // One environment per format: partials are compiled with the format's escaping (HTML escapes, Markdown not).
  const compileFormat = async (format: ReportFormat) => {
    const env = Handlebars.create();
    registerHelpers(env);
    partialFiles.forEach((file, i) => {
      const partial = partials[i] as { path: string; text: string };
      env.registerPartial(partialName(file), compile(env, partial.text, partial.path, format));
    });
    const names = mainTemplatesOf(format);
    const files = await Promise.all(names.map(read));
    return names.map((name, i) => {
      const file = files[i] as { path: string; text: string };
      return [name, compile(env, file.text, file.path, format)] as const;
    });
  };
  const compiled = [...(await compileFormat('md')), ...(await compileFormat('html'))];
  const css = await read(CSS_FILE);
  return templatesOf(Object.fromEntries(compiled) as Record<MainTemplate, Renderer>, css.text);
}

/** Returns a template compiled with its format's options; errors name the template's file and line. */
function compile(env: typeof Handlebars, text: string, path: string, format: ReportFormat): Renderer {
  let template: Renderer;
  try {
    // parse first: Handlebars compiles lazily, and a syntax error should surface now, with the file's name.
    env.parse(text);
    template = env.compile(text, compileOptions(format));
  } catch (error) {
    throw templateError(error, path);
  }
  return namingErrors(template, path);
}

/** Refuses a folder that does not exist or holds no template: a mistyped --templates. */
async function checkTemplatesFolder(folder: string, shipped: string): Promise<void> {
  const entries = await readdir(folder).catch(() => undefined);
  if (entries === undefined) {
    throw toolError('TEMPLATE_NOT_FOUND', { problem: 'folder_missing', folder, shipped });
  }
  // A template of an earlier version (report.html.hbs, partials/html/results-table.hbs) would be read by nothing:
  // the changes in it lost unseen.
  const retired = (await listPartials(join(folder, 'partials'))).find((p) => RETIRED_PARTIALS.includes(p));
  const unknown =
    entries.find((e) => e.endsWith('.hbs') && !TEMPLATE_FILES.includes(e)) ??
    (retired === undefined ? undefined : join('partials', retired));
  if (unknown !== undefined) {
    throw toolError('TEMPLATE_NOT_FOUND', {
      problem: 'unknown_file',
      path: join(folder, unknown),
      shipped,
      files: TEMPLATE_FILES,
    });
  }
  if (!entries.some((e) => TEMPLATE_FILES.includes(e) || e === 'partials')) {
    throw toolError('TEMPLATE_NOT_FOUND', {
      problem: 'folder_empty',
      folder,
      shipped,
      files: TEMPLATE_FILES,
    });
  }
}
