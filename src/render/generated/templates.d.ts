// The shipped templates bin/precompile-templates.mjs precompiles (templates.js): each format's main templates
// and partials by file name ("document.html.hbs", "partials/html/header.hbs"), and the style sheet.
import type Handlebars from 'handlebars';

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

export declare const md: Record<string, TemplateSpecification>;
export declare const html: Record<string, TemplateSpecification>;
export declare const css: string;
