/** The pages preview serves: the report with its live-reload script, and the problems shown in its place. */
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  problemsPage,
  reportPage,
  waitingPage,
} from '../../src/preview/preview-page.js';

const WORDS = {
  title: (year: number | string) => `The report on ${year} cannot be shown`,
  lead: (errors: number) => `The data has ${errors} errors.`,
  error: 'error',
  warning: 'warning',
  fix: 'fix:',
  lang: 'en',
};

describe('the report page', () => {
  it('carries the live-reload script, with its nonce and version, at the end of the body', () => {
    const page = reportPage('<html><body><p>24.000</p></body></html>', 7, 'NONCE');
    expect(page).toMatch(
      /<p>24\.000<\/p><script nonce="NONCE">[\s\S]*let version = 7;[\s\S]*<\/script>\n<\/body><\/html>$/,
    );
    expect(page).toContain("new EventSource('/events')");
  });

  it('a template with no </body> gets the script at the end', () => {
    expect(reportPage('<p>x</p>', 1, 'N')).toMatch(/^<p>x<\/p>\n<script nonce="N">[\s\S]*<\/script>\n$/);
  });
});

describe('the problems page', () => {
  const problems = [
    { where: '', severity: 'warning' as const, message: 'a warning', fix: 'w', code: 'W' },
    {
      where: 'data/2018.yaml:12:5',
      severity: 'error' as const,
      message: 'the value <script>alert(1)</script> is not a number',
      fix: 'write "24000" & save',
      code: 'NOT_A_NUMBER',
    },
  ];

  it('lists errors before warnings, each with where, what and how to fix', () => {
    const page = problemsPage(2018, problems, WORDS, 3, 'N');
    expect(page).toContain('<title>The report on 2018 cannot be shown</title>');
    expect(page).toContain('The data has 1 errors.');
    expect(page.indexOf('NOT_A_NUMBER')).toBeLessThan(page.indexOf('a warning'));
    expect(page).toContain('<code class="where">data/2018.yaml:12:5</code>');
    expect(page).toContain('let version = 3;');
  });

  it('escapes what comes from the data: no markup of the data reaches the page', () => {
    const page = problemsPage(2018, problems, WORDS, 1, 'N');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(page).toContain('write &#34;24000&#34; &#38; save');
  });

  it('the waiting page gives way by itself: it carries the script at version 0', () => {
    expect(waitingPage('Making the report…', 'en', 'N')).toContain('let version = 0;');
  });
});

describe('the Content-Security-Policy', () => {
  it('allows no source but the page itself for events, and only the nonce’s script', () => {
    const policy = contentSecurityPolicy('N');
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'nonce-N'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain('img-src data:');
    expect(policy).not.toMatch(/https?:|\*/);
  });
});
