#!/usr/bin/env node
// The bundled command line (npm run build makes it). HATINH_REPORT_DEBUG=1 maps a bug's stack trace to the
// sources' lines; off by default, as reading the maps slows every start.
if (process.env.HATINH_REPORT_DEBUG) process.setSourceMapsEnabled(true);
await import('../dist/bundle/run.js');
