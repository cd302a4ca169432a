#!/usr/bin/env node
import { main } from '../dist/cli/main.js';
import { nodeIO } from '../dist/cli/node-io.js';

process.exitCode = await main(process.argv.slice(2), nodeIO());
