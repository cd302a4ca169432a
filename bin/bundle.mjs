// Bundles the command line (src/cli/run.ts) into dist/bundle/ with esbuild, after tsc has type-checked and
// compiled src/ to dist/: one file for what every command loads, and chunks loaded on use for the rest (build,
// new, years, doctor, the renderers and charts, the PDF path). Node then reads a few files instead of some 600
// modules. vega and vega-lite are bundled into the chart chunk (as their own ~300 modules, resolved one by one,
// they cost some 300 ms of an md/html build); puppeteer and pdf-lib stay in node_modules, imported only when a
// PDF is made, and exceljs only when a workbook is asked for (--format xlsx). Paths the code finds from its
// own place (templates/, package.json: two folders up) hold, as dist/bundle/ is as deep as dist/cli/.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

await rm('dist/bundle', { recursive: true, force: true }); // chunks of earlier builds would pile up

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
  external: ['puppeteer', 'pdf-lib', '@resvg/resvg-js', 'docx', 'exceljs'],
  // CommonJS dependencies bundled into an ES module still call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'linked',
  logLevel: 'warning',
});
