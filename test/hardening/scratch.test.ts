import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { it } from 'vitest';
import { copyOfData, runInProcess } from '../helpers/run-cli.js';

const F = '2018.yaml';
const cases: [string, string, (t: string) => string | Buffer][] = [
  ['unclosed-quote', F, (t) => t.replace('value: 119', 'value: "119')],
  ['unclosed-quote-title', F, (t) => t.replace('author: Chí Tâm', 'author: "Chí Tâm')],
  ['unclosed-bracket', F, (t) => t.replace('value: 119', 'value: [119')],
  ['unclosed-brace', F, (t) => t.replace('value: 119', 'value: {a: 119')],
  ['bad-indent', F, (t) => t.replace('    value: 119', '      value: 119')],
  ['bad-indent-less', F, (t) => t.replace('    value: 119', '   value: 119')],
  ['key-without-colon', F, (t) => t.replace('    value: 119', '    value 119')],
  ['key-value-other', F, (t) => t.replace('    value: 119', '    value: 119: other')],
  ['stray-dash', F, (t) => t.replace('    value: 119', '    value: 119\n    - 5')],
  ['stray-dash2', F, (t) => t.replace('  viec-lam:\n', '  - viec-lam\n  viec-lam:\n')],
  ['lone-dashes', F, () => '---\n'],
  ['lone-dots', F, () => '...\n'],
  ['empty', F, () => ''],
  ['comments-only', F, () => '# hello\n# world\n'],
  ['top-list', F, () => '- kind: results\n- year: 2018\n'],
  ['top-scalar', F, () => 'hello\n'],
  ['tab-indent', F, (t) => t.replace('    value: 119', '\tvalue: 119')],
  ['utf16le', F, (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
  ['utf16be', F, (t) => { const b = Buffer.from(t, 'utf16le'); b.swap16(); return Buffer.concat([Buffer.from([0xfe, 0xff]), b]); }],
  ['n-24.000', F, (t) => t.replace('value: 24000', 'value: 24.000')],
  ['n-1.103,5', F, (t) => t.replace('value: 1103', 'value: 1.103,5')],
  ['n-6,92', F, (t) => t.replace('value: 6.92', 'value: 6,92')],
  ['n-24 000', F, (t) => t.replace('value: 24000', 'value: 24 000')],
  ['n-24,000', F, (t) => t.replace('value: 24000', 'value: 24,000')],
  ['n-6.92%', F, (t) => t.replace('value: 6.92', 'value: 6.92%')],
  ['n-"24000"', F, (t) => t.replace('value: 24000', 'value: "24000"')],
  ['n-1e3', F, (t) => t.replace('value: 24000', 'value: 1e3')],
  ['n-.inf', F, (t) => t.replace('value: 24000', 'value: .inf')],
  ['n-0x10', F, (t) => t.replace('value: 24000', 'value: 0x10')],
  ['n-rate-24.000', F, (t) => t.replace('value: 6.92', 'value: 6.920')],
  ['n-24.000.000', F, (t) => t.replace('value: 110000', 'value: 110.000.000')],
  ['wrong-list-for-map', F, (t) => t.replace('  viec-lam:\n    value: 24000\n    qualifier: over', '  viec-lam:\n    - 24000')],
  ['map-for-number', F, (t) => t.replace('value: 24000', 'value: {a: 1}')],
  ['missing-year', F, (t) => t.replace('year: 2018\n', '')],
  ['unknown-field', F, (t) => t.replace('default_source:', 'defualt_source:')],
  ['negative', F, (t) => t.replace('value: 24000', 'value: -24000')],
  ['year-1800', F, (t) => t.replace('year: 2018', 'year: 1800')],
  ['year-3000', F, (t) => t.replace('year: 2018', 'year: 3000')],
  ['year-string', F, (t) => t.replace('year: 2018', 'year: "2018"')],
  ['dup-source', F, (t) => t.replace('  - id: bao-ha-tinh-ty-le-lao-dong-qua-dao-tao', '  - id: ldxh-2019-02-28')],
  ['aliases', F, () => 'kind: results\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n'],
  ['deep-flow', F, () => `kind: results\nx: ${'['.repeat(10000)}${']'.repeat(10000)}\n`],
  ['deep-block', F, () => `kind: results\n${Array.from({ length: 10000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`],
  ['js-function', F, (t) => t.replace('value: 24000', 'value: !!js/function "function(){}"')],
  ['foo-tag', F, (t) => t.replace('value: 24000', 'value: !foo 24000')],
  ['unknown-and-unknownid', F, (t) => t.replace('default_source:', 'defualt_source:').replace('  viec-lam:\n', '  viec-lamm:\n')],
];

it('explore', async () => {
  for (const [name, file, fn] of cases) {
    const dir = await copyOfData();
    const p = join(dir, file);
    await writeFile(p, fn(await readFile(p, 'utf8')));
    const t0 = Date.now();
    let run;
    try { run = await runInProcess(['check', '--data', dir, '--format', 'json']); } catch (e) { console.log(name, 'THREW', e); continue; }
    const ms = Date.now() - t0;
    let d: unknown = run.stdout.slice(0, 300);
    try { d = (JSON.parse(run.stdout) as {code:string;line:number;column:number;file:string;message:string}[]).map((x) => `${x.file.split('/').at(-1)}:${x.line}:${x.column} ${x.code} ${x.message.slice(0,130)}`); } catch {}
    console.log(`== ${name} exit=${run.code} ${ms}ms err=${run.stderr.slice(0, 300)}\n${(d as string[]).join?.('\n') ?? d}`);
  }
}, 600_000);
