import type { FontCheck } from './check-vietnamese-font.js';
import type { DoctorReport } from './run-doctor.js';

const SOURCE_LABEL = {
  option: 'from --browser',
  config: 'from the configuration file',
  env: 'from the environment',
  default: 'found at a usual install path',
} as const;

/** Returns the doctor report as plain text lines (no colours), ending with a newline. */
export function formatDoctorReport(report: DoctorReport): string {
  const { node, browser, font, problems } = report;
  const lines = [
    'hatinh-report doctor',
    `  Node.js  ${node.version} (${node.ok ? 'ok' : 'too old'}; needs ${node.minimumMajor} or newer)`,
    browser
      ? `  Browser  ${browser.path} (${SOURCE_LABEL[browser.from]})${browser.version ? `, ${browser.version}` : ''}`
      : '  Browser  not found',
    `  Font     ${describeFont(font)}`,
  ];
  if (node.endOfLife !== null) {
    const [y, m, d] = node.endOfLife.split('-');
    lines.push(
      '',
      `Note: Node.js ${node.version.replace(/^v/, '').split('.')[0]} reached its end of life on ${d}/${m}/${y} and gets no more security fixes.`,
      '  hatinh-report still runs on it; install the current LTS from https://nodejs.org/ when you can.',
    );
  }
  if (problems.length === 0) {
    lines.push('', 'Everything needed for PDF output is in place.');
  } else {
    lines.push('', `${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const problem of problems) {
      lines.push(`  - [${problem.code}] ${problem.message}`);
      if (problem.fix) lines.push(`    Fix: ${problem.fix}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function describeFont(font: FontCheck | null): string {
  if (!font) return 'not checked (no working browser)';
  const families = [...new Set(font.fonts.map((f) => f.familyName))].join(', ') || 'none';
  return font.ok
    ? `ok, Vietnamese text drawn with ${families}`
    : `PROBLEM, Vietnamese text drawn with ${families}`;
}
