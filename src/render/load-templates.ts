/**
 * The report's templates: the shipped ones come precompiled (src/render/generated/templates.js, made from
 * templates/ by `npm run build`) and need only Handlebars' runtime; a folder of one's own (--templates) is
 * compiled at run time (compile-templates.ts).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars/runtime';
import { css, html, md } from './generated/templates.js';
import { type MainTemplate, mainTemplatesOf, partialName, type ReportFormat } from './template-files.js';
import {
  namingErrors,
  type Renderer,
  registerHelpers,
  type Templates,
  templatesOf,
} from './template-runtime.js';

export type { ReportFormat } from './template-files.js';
export type { Templates } from './template-runtime.js';

/** The templates shipped with the tool. */
export const DEFAULT_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Returns the templates of a folder of one's own, or the shipped ones. */
export async function loadTemplates(folder?: string): Promise<Templates> {
  if (folder === undefined || resolve(folder) === resolve(DEFAULT_TEMPLATES)) return shippedTemplates();
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
      if (file.startsWith('partials/')) env.registerPartial(partialName(file), env.template(spec));
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
