/**
 * The report's templates: the shipped ones come precompiled (src/render/generated/templates.js, made from
 * templates/ by `npm run build`) and need only Handlebars' runtime; a folder of one's own (--templates) is
 * compiled at run time (compile-templates.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type HandlebarsApi from 'handlebars';
// runtime.js, not runtime: handlebars has no exports map, and Node resolves only the file's own name. Its typings
// declare the runtime as the whole of handlebars but do not reach this path; the runtime has what is used here.
import runtime from 'handlebars/runtime.js';
import { css, html, md } from './generated/templates.js';
import { type MainTemplate, mainTemplatesOf, partialName, type ReportFormat } from './template-files.js';
import {
  namingErrors,
  type Renderer,
  registerHelpers,
  type Templates,
  templatesOf,
} from './template-runtime.js';

const Handlebars = runtime as typeof HandlebarsApi;

export type { ReportFormat } from './template-files.js';
export type { Templates } from './template-runtime.js';

/** The templates shipped with the tool. */
export const DEFAULT_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/**
 * Returns the templates of a folder of one's own, or the shipped ones. A folder named is always compiled from its
 * files, even the shipped folder itself: someone editing templates/ with preview sees each save.
 */
export async function loadTemplates(folder?: string): Promise<Templates> {
  if (folder === undefined) return shippedTemplates();
  const { compileTemplates } = await import('./compile-templates.js');
  return compileTemplates(folder, DEFAULT_TEMPLATES);
}

/** The shipped templates, from their precompiled form: one Handlebars environment per format, as compiled. */
function shippedTemplates(): Templates {
  const main: [MainTemplate, Renderer][] = [];
  for (const format of ['md', 'html'] as const satisfies ReportFormat[]) {
    const env = Handlebars.create();
    registerHelpers(env);
    const specs = { md, html }[format];
    for (const [file, spec] of Object.entries(specs)) {
      if (!file.startsWith('partials/')) continue;
      const partial = namingErrors(env.template(spec), join(DEFAULT_TEMPLATES, file));
      env.registerPartial(partialName(file), partial as HandlebarsApi.Template);
    }
    for (const name of mainTemplatesOf(format)) {
      main.push([
        name,
        namingErrors(env.template(specs[name] as TemplateSpecification), join(DEFAULT_TEMPLATES, name)),
      ]);
    }
  }
  return templatesOf(Object.fromEntries(main) as Record<MainTemplate, Renderer>, css);
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];
