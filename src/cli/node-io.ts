import type { CliIO } from './cli-io.js';

/** Returns the CliIO of this Node process: its streams, environment and signals. */
export function nodeIO(): CliIO {
  // A reader that stops reading ("check | head") closes the pipe: stop quietly, as other commands do, with no
  // stack trace for what is not an error of the tool's.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(141); // 128 + SIGPIPE, as any command cut off by its reader
      throw error;
    });
  }
  const cleanups = new Map<() => Promise<void>, (signal: NodeJS.Signals) => string>();
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    const say = [...cleanups.values()].at(-1);
    if (say) process.stderr.write(`\n${say(signal)}\n`);
    // The shell's convention: 128 + the signal's number (130 for Ctrl-C, 143 for a kill).
    const code = 128 + (signal === 'SIGINT' ? 2 : 15);
    Promise.allSettled([...cleanups.keys()].map((c) => c())).finally(() => process.exit(code));
  };
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    platform: process.platform,
    // Read only when asked (no --lang, config or LANG): starting ICU's locale data costs some 20 ms.
    get locale() {
      return Intl.DateTimeFormat().resolvedOptions().locale;
    },
    onInterrupt: (cleanup, say) => {
      if (cleanups.size === 0) {
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
      }
      cleanups.set(cleanup, say);
      return () => {
        cleanups.delete(cleanup);
        if (cleanups.size === 0) {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
        }
      };
    },
  };
}
