import { execFile } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH, ROOT } from '../helpers/run-cli.js';
import { trialData } from '../helpers/trial-data.js';

/** The CI job's script (bin/ci-reports.sh) on a data set with a comparison-only year (issue 10). */
describe('bin/ci-reports.sh', () => {
  it('checks, then builds each report year with its PDF, and not the comparison year', async () => {
    const data = await trialData();
    const out = join(await mkdtemp(join(tmpdir(), 'hatinh-ci-')), 'reports');
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        'bash',
        [join(ROOT, 'bin', 'ci-reports.sh'), '--no-setup'],
        {
          cwd: ROOT,
          env: { ...process.env, ...ENGLISH, DATA_DIR: data, OUT_DIR: out, CHECK_FORMAT: 'github' },
          timeout: 180_000,
        },
        (error, stdout, stderr) =>
          resolve({
            code: error ? Number(error.code ?? 2) : 0,
            stdout: String(stdout),
            stderr: String(stderr),
          }),
      );
    });
    expect(run.code, run.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['2018', '2019']);
    for (const year of ['2018', '2019'])
      expect(await readdir(join(out, year))).toContain(`bao-cao-${year}.pdf`);
    // The data's warnings and the build's notes as annotations on the run.
    expect(run.stdout).toMatch(
      /^::warning file=.*2018\.yaml,line=\d+,col=\d+,title=REPORT_SECTION_MISSING::/m,
    );
    expect(run.stdout).toMatch(/^::warning title=NO_TARGETS::2018: /m);
  }, 240_000);
});
