import type { Description } from '../messages/catalogue.js';
import type { Language } from '../messages/language.js';
import { messagesFor } from '../messages/messages.js';
import type { DoctorProblem, DoctorReport } from './run-doctor.js';

/** Returns the doctor report as plain text lines (no colours) in `lang`, ending with a newline. */
export function formatDoctorReport(report: DoctorReport, lang: Language = 'en'): string {
  const { node, browser, font, problems } = report;
  const catalogue = messagesFor(lang);
  const words = catalogue.doctor;
  const lines = [
    words.title,
    words.node(node.version, node.ok, node.minimumMajor),
    browser
      ? words.browser(browser.path, browser.from, browser.kind, browser.version)
      : words.browserNotFound,
    words.font(font && { ok: font.ok, families: [...new Set(font.fonts.map((f) => f.familyName))] }),
  ];
  if (browser?.kind === 'browser') lines.push('', ...words.shellNote(report.platform));
  if (node.endOfLife !== null) {
    lines.push('', ...words.endOfLife(node.version.replace(/^v/, '').split('.')[0] ?? '', node.endOfLife));
  }
  if (problems.length === 0) {
    lines.push('', words.allGood);
  } else {
    lines.push('', words.problemCount(problems.length));
    for (const problem of problems) {
      const { message, fix } = (catalogue.errors[problem.code] as (a: DoctorProblem['args']) => Description)(
        problem.args,
      );
      lines.push(`  - [${problem.code}] ${message}`, `    ${capitalise(catalogue.problems.fix)} ${fix}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Returns a label with its first letter in capitals: "fix:" → "Fix:". */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
