/**
 * bin/setup.sh's choices, with a fake apt on PATH (issue 24): on Debian it installs what is missing; on GitHub's
 * Ubuntu runner, whose archive has no chromium-headless-shell and no chromium outside snap, it installs what the
 * archive has and prints the reports with the Chrome already there; where nothing can print, it says what to do.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const run = promisify(execFile);

interface Machine {
  /** Packages the fake archive has. */
  archive: string[];
  /** Commands already on the machine. */
  commands: string[];
  /** Whether Debian's headless shell and the Liberation 2 fonts are there. */
  headlessShell: boolean;
  fonts: boolean;
  args?: string[];
  /** Not root: with sudo that asks no password, or without sudo at all. */
  user?: 'sudo' | 'plain';
  /** apt's language: apt-cache policy says "Candidate" only in English (LC_ALL=C). */
  vietnamese?: boolean;
}

/** Runs setup.sh's system part on a fake machine: returns its exit code, output and what apt-get was asked. */
async function setup(
  machine: Machine,
): Promise<{ code: number; out: string; apt: string[]; frontend: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'hatinh-setup-'));
  const bin = join(dir, 'bin');
  await mkdir(bin);
  const log = join(dir, 'apt.log');
  const script = async (name: string, body: string) => {
    await writeFile(join(bin, name), `#!/bin/bash\n${body}\n`);
    await chmod(join(bin, name), 0o755);
  };
  const frontend = join(dir, 'frontend.log');
  await script(
    'apt-get',
    `echo "$*" >> ${log}; [ "$1" = install ] && echo "\${DEBIAN_FRONTEND:-}" >> ${frontend}; exit 0`,
  );
  const word = machine.vietnamese
    ? `[ "\${LC_ALL:-}" = C ] && w=Candidate || w="Phiên bản ứng cử"`
    : 'w=Candidate';
  await script(
    'apt-cache',
    // As the real one, it goes on writing its version table after the candidate line: a reader that stops at
    // the candidate (grep -q) would fail it with SIGPIPE, as it did on a fresh machine (07/12/2026).
    `${word}; case " ${machine.archive.join(' ')} " in *" $2 "*) echo "  $w: 1.0";; *) echo "  $w: (none)";; esac; sleep 0.05; echo "  Version table:"`,
  );
  await script('id', machine.user === undefined ? 'echo 0' : 'echo 1000');
  // sudo as Debian's: the environment reset (env_reset), so a variable set before it does not reach apt-get.
  if (machine.user === 'sudo')
    await script('sudo', '[ "$1" = -n ] && shift; [ "$1" = true ] && exit 0; exec env -i PATH="$PATH" "$@"');
  for (const command of machine.commands) await script(command, 'exit 0');
  // The shell and the few tools the script uses, from the real machine; nothing else.
  for (const tool of ['bash', 'dirname', 'grep', 'env', 'sleep']) {
    const { stdout } = await run('bash', ['-c', `command -v ${tool}`]);
    await symlink(stdout.trim(), join(bin, tool));
  }
  const present = join(dir, 'present');
  await mkdir(present);
  await writeFile(join(present, 'shell'), '');
  await chmod(join(present, 'shell'), 0o755);
  const env = {
    PATH: bin,
    SETUP_SYSTEM_ONLY: '1',
    SETUP_HEADLESS_SHELL: machine.headlessShell ? join(present, 'shell') : join(dir, 'none'),
    SETUP_FONTS_DIR: machine.fonts ? present : join(dir, 'none'),
    // LibreOffice there is taken to have its Calc too.
    SETUP_CALC_LIB: machine.commands.includes('soffice') ? join(present, 'shell') : join(dir, 'none'),
  };
  const result = await run(join(bin, 'bash'), [join(ROOT, 'bin', 'setup.sh'), ...(machine.args ?? [])], {
    env,
  }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );
  const lines = async (file: string) =>
    (await readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  return { ...result, apt: await lines(log), frontend: await lines(frontend) };
}

const DEBIAN = [
  'chromium',
  'chromium-headless-shell',
  'fonts-liberation2',
  'libreoffice-calc-nogui',
  'libreoffice-writer-nogui',
  'poppler-utils',
];
/** Ubuntu 24.04's archive as GitHub's runner has it: no headless shell, chromium only as a snap. */
const UBUNTU = ['fonts-liberation2', 'libreoffice-calc-nogui', 'libreoffice-writer-nogui', 'poppler-utils'];

describe('bin/setup.sh', () => {
  it('on a fresh Debian machine installs the browser, its headless shell, the fonts and the tests’ tools', async () => {
    const { code, apt } = await setup({ archive: DEBIAN, commands: [], headlessShell: false, fonts: false });
    expect(code).toBe(0);
    expect(apt[0]).toBe('update -qq');
    expect(apt[1]).toMatch(/^install -y -qq --no-install-recommends /);
    expect(apt[1]?.split(' ').slice(4).sort()).toEqual([...DEBIAN].sort());
  });

  it('through sudo, apt-get is told it is not interactive past sudo’s reset of the environment', async () => {
    const { code, out, apt, frontend } = await setup({
      archive: DEBIAN,
      commands: [],
      headlessShell: false,
      fonts: false,
      user: 'sudo',
    });
    expect(code, out).toBe(0);
    expect(apt[1]?.split(' ').slice(4).sort()).toEqual([...DEBIAN].sort());
    expect(frontend).toEqual(['noninteractive']);
  });

  it('reads apt in English whatever the machine’s language', async () => {
    const { code, out, apt } = await setup({
      archive: DEBIAN,
      commands: [],
      headlessShell: false,
      fonts: false,
      vietnamese: true,
    });
    expect(code, out).toBe(0);
    expect(apt[1]?.split(' ').slice(4).sort()).toEqual([...DEBIAN].sort());
  });

  it('without root: only the faster printer missing is said and the set-up goes on; a required package stops it', async () => {
    const faster = await setup({
      archive: DEBIAN,
      commands: ['chromium', 'soffice', 'pdftotext'],
      headlessShell: false,
      fonts: true,
      user: 'plain',
    });
    expect(faster.code, faster.out).toBe(0);
    expect(faster.apt).toEqual([]);
    expect(faster.out).toContain(
      'setup: as root, apt-get install chromium-headless-shell would help; without it the PDFs are printed with the full browser (about three times slower).',
    );
    const fonts = await setup({
      archive: DEBIAN,
      commands: ['chromium', 'soffice', 'pdftotext'],
      headlessShell: true,
      fonts: false,
      user: 'plain',
    });
    expect(fonts.code).toBe(2);
    expect(fonts.apt).toEqual([]);
    expect(fonts.out).toContain(
      'setup: install them as root:  apt-get update && apt-get install -y --no-install-recommends fonts-liberation2',
    );
  });

  it('on GitHub’s Ubuntu runner, for the reports: the fonts only, the PDFs printed with the runner’s Chrome', async () => {
    const { code, out, apt } = await setup({
      archive: UBUNTU,
      commands: ['google-chrome'],
      headlessShell: false,
      fonts: false,
      args: ['--reports'],
    });
    expect(code, out).toBe(0);
    expect(apt).toEqual(['update -qq', 'install -y -qq --no-install-recommends fonts-liberation2']);
    expect(out).toContain(
      'this system has no package chromium-headless-shell; the PDFs are printed with the full browser (about three times slower).',
    );
  });

  it('on the Ubuntu runner, for the tests: what its archive has, and what it lacks said, not failed', async () => {
    const { code, out, apt } = await setup({
      archive: UBUNTU,
      commands: ['google-chrome'],
      headlessShell: false,
      fonts: false,
    });
    expect(code, out).toBe(0);
    expect(apt[1]?.split(' ').slice(4).sort()).toEqual([...UBUNTU].sort());
    expect(out).toContain('this system has no package chromium;');
  });

  it('with no browser and none in the archive, says what to install and stops (exit 2)', async () => {
    const { code, out } = await setup({
      archive: UBUNTU,
      commands: ['soffice', 'pdftotext'],
      headlessShell: false,
      fonts: true,
    });
    expect(code).toBe(2);
    expect(out).toContain("this system's packages lack: chromium");
    expect(out).toContain('install Google Chrome or Chromium');
  });

  it('with everything there asks apt for nothing', async () => {
    const { code, apt } = await setup({
      archive: DEBIAN,
      commands: ['chromium', 'soffice', 'pdftotext'],
      headlessShell: true,
      fonts: true,
    });
    expect(code).toBe(0);
    expect(apt).toEqual([]);
  });
});
