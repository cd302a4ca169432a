// Loaded with `node --import` in tests: any attempt to import puppeteer fails loudly, which proves that
// commands that print no PDF never load it.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === 'puppeteer' || specifier.startsWith('puppeteer/')) {
    throw new Error('puppeteer was imported');
  }
  return next(specifier, context);
}`)}`,
);
