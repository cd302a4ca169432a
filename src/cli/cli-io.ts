/** The world the CLI talks to; tests pass their own to run commands in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stdout / stderr are terminals: colour and progress are shown only then. */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  platform: NodeJS.Platform;
  /** The system's locale as Node sees it ("vi-VN", "en-US"): the language when the environment names none. */
  locale: string;
  /**
   * Registers a clean-up to run on Ctrl-C or a kill, and the words that say the run stopped (in the user's
   * language); returns a function that removes it.
   */
  onInterrupt: (cleanup: () => Promise<void>, say: (signal: NodeJS.Signals) => string) => () => void;
}

/** Returns whether output to a stream should be coloured: a terminal, and NO_COLOR not set. */
export function useColor(io: CliIO, stream: 'stdout' | 'stderr'): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY;
}
