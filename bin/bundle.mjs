// Bundles the command line (src/cli/run.ts) into dist/bundle/ with esbuild, after tsc has type-checked and
// compiled src/ to dist/: one file for what every command loads, and chunks loaded on use for the rest (build,
// new, years, doctor, the PDF path). Node then reads a few files instead of some 600 modules. puppeteer, pdf-lib
// and vega stay in node_modules, imported only when a PDF or a chart is made. Paths the code finds from its own
// place (templates/, package.json: two folders up) hold, as dist/bundle/ is as deep as dist/cli/.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/run.ts'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  external: ['puppeteer', 'pdf-lib', 'vega', 'vega-lite'],
  // CommonJS dependencies bundled into an ES module still call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'linked',
  logLevel: 'warning',
});
