/** The command line's entry: runs main() with this process's streams and environment, and sets the exit code. */
import { main } from './main.js';
import { nodeIO } from './node-io.js';

process.exitCode = await main(process.argv.slice(2), nodeIO());
