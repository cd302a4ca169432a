/**
 * The pages `preview` serves: the report's HTML with a small script that swaps in each new version, or, while
 * the data has errors or the rendering failed, the problems (file:line:column, what is wrong, how to fix it)
 * instead of a stale report. Pure: text in, text out.
 */

/** A problem as the page shows it, already worded in the user's language. */
export interface PageProblem {
  /** "data/2018.yaml:12:5", or '' for a failure that is not in a file's text (a missing template, ...). */
  where: string;
  severity: 'error' | 'warning';
  message: string;
  fix: string;
  code: string;
}

/** The page's words, in the user's language (`lang`, for the page's lang attribute). */
export interface ProblemPageWords {
  title: (year: number | string) => string;
  lead: (errors: number) => string;
  error: string;
  warning: string;
  fix: string;
  lang: string;
}

/**
 * The Content-Security-Policy of every page: nothing is fetched but the live-reload events from the preview
 * itself (connect-src 'self'); the one script that runs is the preview's own, named by its nonce; styles and
 * images only inline, as the report is one self-contained file. Nothing in the data can reach the network.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    'img-src data:',
    `script-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The page's script: listens to /events and, on each new version, puts the new page in place of the old one,
 * keeping the reader's place (no reload, no flash). The new page's own script does not run (a parsed
 * document's scripts never do), so the one listener stays. A preview started again on the same port counts its
 * versions from 1 again: its pages carry another session (the nonce), and are taken whatever their version.
 */
function liveReloadScript(version: number, nonce: string): string {
  return `<script nonce="${nonce}">
(() => {
  let version = ${version};
  let session = '${nonce}';
  const events = new EventSource('/events');
  events.addEventListener('page', (event) => {
    const page = JSON.parse(event.data);
    if (page.session === session && page.version <= version) return;
    version = page.version;
    session = page.session;
    const next = new DOMParser().parseFromString(page.html, 'text/html');
    const x = window.scrollX;
    const y = window.scrollY;
    document.replaceChild(document.adoptNode(next.documentElement), document.documentElement);
    window.scrollTo(x, y);
  });
})();
</script>`;
}

/** Returns the report's HTML with the live-reload script at the end of its body. */
export function reportPage(html: string, version: number, nonce: string): string {
  const script = liveReloadScript(version, nonce);
  const end = html.lastIndexOf('</body>');
  return end < 0 ? `${html}\n${script}\n` : `${html.slice(0, end)}${script}\n${html.slice(end)}`;
}

/** Returns the page that shows the problems in place of the report, errors first. */
export function problemsPage(
  year: number | string,
  problems: readonly PageProblem[],
  words: ProblemPageWords,
  version: number,
  nonce: string,
): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const items = sorted
    .map((p) => {
      const label = p.severity === 'error' ? words.error : words.warning;
      const where = p.where === '' ? '' : `<code class="where">${escapeHtml(p.where)}</code> `;
      return `<li class="${p.severity}">${where}<strong>${escapeHtml(label)}</strong> ${escapeHtml(p.message)} <span class="code">[${escapeHtml(p.code)}]</span><br><span class="fix">${escapeHtml(words.fix)}</span> ${escapeHtml(p.fix)}</li>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(words.lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(words.title(year))}</title>
<style>
body { font-family: 'Times New Roman', 'Liberation Serif', serif; margin: 2em auto; max-width: 50em; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.3em; }
li { margin: 0 0 1em; }
li.error strong { color: #b00020; }
li.warning strong { color: #8a5a00; }
code.where { font-weight: bold; }
.code { color: #666; }
.fix { font-style: italic; }
</style>
</head>
<body>
<h1>${escapeHtml(words.title(year))}</h1>
<p>${escapeHtml(words.lead(errors))}</p>
<ul>
${items}
</ul>
${liveReloadScript(version, nonce)}
</body>
</html>
`;
}

/** Returns the page served while the first rendering is under way: it gives way to the report by itself. */
export function waitingPage(text: string, lang: string, nonce: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(text)}</title>
</head>
<body>
<p>${escapeHtml(text)}</p>
${liveReloadScript(0, nonce)}
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
