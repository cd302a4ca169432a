import type { Language } from '../messages/language.js';
import type { CliIO } from './cli-io.js';
import type { Config } from './read-config.js';

/** Runs `doctor`: reports Node, the browser and the Vietnamese fonts, each problem with its fix. Returns the exit code. */
export async function runDoctorCommand(
  options: { browser: string | undefined; json: boolean; config: Config; lang: Language },
  io: CliIO,
): Promise<number> {
  // Loaded here only: the doctor starts a browser, which no other command but a PDF build needs.
  const { runDoctor } = await import('../doctor/run-doctor.js');
  const { isRunnableFile, listFolder } = await import('../pdf/is-runnable-file.js');
  const { formatDoctorReport } = await import('../doctor/format-doctor-report.js');
  const report = await runDoctor({
    browserOption: options.browser,
    config: options.config.browser,
    env: io.env,
    platform: io.platform,
    exists: isRunnableFile,
    list: listFolder,
    nodeVersion: process.version,
    today: new Date(),
  });
  io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatDoctorReport(report, options.lang));
  return report.ok ? 0 : 2;
}
