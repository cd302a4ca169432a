/**
 * The emulation files (issue 9) checked like every other file: scoring.yaml and YYYY-units.yaml, each fault at its
 * line and column with what is wrong, on a copy of the example data set (examples/thi-dua) with one thing broken.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { NATIONAL_TITLES } from '../../src/domain/title-rules.js';
import { positionOf, ROOT, runInProcess } from '../helpers/run-cli.js';

const EXAMPLE = join(ROOT, 'examples', 'thi-dua');

interface Found {
  code: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A copy of the example with `file` changed by `edit` (which must change it). */
async function exampleWith(file: string, edit: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hatinh-thi-dua-'));
  await cp(EXAMPLE, dir, { recursive: true });
  const path = join(dir, file);
  const before = await readFile(path, 'utf8').catch(() => '');
  const after = edit(before);
  if (after === before) throw new Error(`fixture: the edit of ${file} changed nothing`);
  await writeFile(path, after);
  return dir;
}

async function check(dir: string): Promise<Found[]> {
  const run = await runInProcess(['check', '--data', dir, '--format', 'json']);
  return JSON.parse(run.stdout);
}

interface Fault {
  name: string;
  file: 'scoring.yaml' | '2024-units.yaml' | 'units.yaml' | 'indicators.yaml';
  edit: (t: string) => string;
  /** The errors, each at the first occurrence of its marker in the file it is reported in (2024-units.yaml by default). */
  errors: { code: string; at: string; in?: string; message?: string }[];
  warnings?: string[];
}

const FAULTS: Fault[] = [
  {
    name: 'a criterion id used twice',
    file: 'scoring.yaml',
    edit: (t) => t.replace('      - id: xuat-khau-lao-dong\n', '      - id: viec-lam\n'),
    errors: [
      {
        code: 'DUPLICATE_ID',
        at: 'viec-lam\n        group: I. Thực hiện các chỉ tiêu được giao\n        name: Đưa',
        message: 'The criterion id "viec-lam" is used twice.',
      },
    ],
  },
  {
    name: 'a block units.yaml does not have, which leaves its block without a scheme',
    file: 'scoring.yaml',
    edit: (t) => t.replace('blocks: [cap-huyen]', 'blocks: [cap-huyn]'),
    errors: [
      { code: 'BLOCK_WITHOUT_SCHEME', at: 'schemes:', message: 'No scheme scores the block "cap-huyen"' },
      { code: 'UNKNOWN_BLOCK', at: 'cap-huyn', message: 'Did you mean "cap-huyen"?' },
    ],
  },
  {
    name: 'a block in two schemes',
    file: 'scoring.yaml',
    edit: (t) => t.replace('blocks: [su-nghiep]', 'blocks: [su-nghiep, cap-huyen]'),
    errors: [
      {
        code: 'BLOCK_IN_TWO_SCHEMES',
        at: 'cap-huyen]\n    max_total: 100\n    criteria',
        message: 'already scored by the scheme "cap-huyen"',
      },
    ],
  },
  {
    name: 'an indicator neither the catalogue nor the scheme has',
    file: 'scoring.yaml',
    edit: (t) => t.replace('indicator: dao-tao-nghe', 'indicator: dao-tao-ngh'),
    errors: [{ code: 'UNKNOWN_INDICATOR', at: 'dao-tao-ngh\n', message: 'Did you mean "dao-tao-nghe"?' }],
  },
  {
    name: 'an indicator with no better direction',
    file: 'indicators.yaml',
    edit: (t) =>
      t.replace(
        'kind: count\n    direction: higher\n  - id: ty-le-ho-ngheo',
        'kind: count\n    direction: neutral\n  - id: ty-le-ho-ngheo',
      ),
    errors: [{ code: 'INDICATOR_NOT_SCORABLE', at: 'dao-tao-nghe\n        rule', in: 'scoring.yaml' }],
  },
  {
    name: 'maxima that do not add up to the declared total',
    file: 'scoring.yaml',
    edit: (t) => t.replace('max_total: 100\n    decimals: 2', 'max_total: 95\n    decimals: 2'),
    errors: [{ code: 'MAX_TOTAL_MISMATCH', at: '95', message: 'adding up to 100 points, not 95' }],
  },
  {
    name: 'bands out of order',
    file: 'scoring.yaml',
    edit: (t) =>
      t.replace('{ min: 70, label: Hoàn thành tốt nhiệm vụ,', '{ min: 95, label: Hoàn thành tốt nhiệm vụ,'),
    errors: [{ code: 'BANDS_ORDER', at: '95, label' }],
  },
  {
    name: 'a tie-break criterion the scheme lacks',
    file: 'scoring.yaml',
    edit: (t) => t.replace('tie_break: [viec-lam,', 'tie_break: [viec-lm,'),
    errors: [{ code: 'UNKNOWN_CRITERION', at: 'viec-lm', message: 'Did you mean "viec-lam"?' }],
  },
  {
    name: 'a criterion without its maximum',
    file: 'scoring.yaml',
    edit: (t) => t.replace('rule: proportional\n        max: 10\n', 'rule: proportional\n'),
    errors: [{ code: 'SCHEMA_REQUIRED', at: 'id: dao-tao-nghe' }],
  },
  {
    name: 'a unit units.yaml does not have (and the one meant is then not scored)',
    file: '2024-units.yaml',
    edit: (t) => t.replace('  phong-hong-linh:', '  phong-hong-lin:'),
    errors: [{ code: 'UNKNOWN_UNIT', at: 'phong-hong-lin:', message: 'Did you mean "phong-hong-linh"?' }],
    warnings: ['UNIT_NOT_SCORED'],
  },
  {
    name: 'a unit that no longer existed in the year',
    file: 'units.yaml',
    edit: (t) =>
      t.replace(
        'block: cap-huyen\n    until: 2025-06-30\n  - id: phong-tx-ky-anh',
        'block: cap-huyen\n    until: 2023-12-31\n  - id: phong-tx-ky-anh',
      ),
    errors: [
      {
        code: 'UNIT_OUTSIDE_PERIOD',
        at: 'phong-loc-ha:',
        in: '2024-units.yaml',
        message: 'did not exist in 2024',
      },
    ],
  },
  {
    name: "an indicator the unit's scheme does not score (its criterion is then missing)",
    file: '2024-units.yaml',
    edit: (t) => t.replace('      dao-tao-nghe: { target: 1200', '      dao-tao-ngh: { target: 1200'),
    errors: [{ code: 'UNSCORED_INDICATOR', at: 'dao-tao-ngh:', message: 'Did you mean "dao-tao-nghe"?' }],
    warnings: ['CRITERION_MISSING'],
  },
  {
    name: 'a target of 0 where more is better',
    file: '2024-units.yaml',
    edit: (t) =>
      t.replace('viec-lam: { target: 1500, result: 1620 }', 'viec-lam: { target: 0, result: 1620 }'),
    errors: [{ code: 'TARGET_ZERO', at: '0, result: 1620' }],
  },
  {
    name: 'a criterion the scheme lacks (the one meant is then missing)',
    file: '2024-units.yaml',
    edit: (t) =>
      t.replace(
        '      cai-cach-hanh-chinh: true\n      chi-dao-dieu-hanh: 13.5',
        '      cai-cach-hanh-chin: true\n      chi-dao-dieu-hanh: 13.5',
      ),
    errors: [
      {
        code: 'UNKNOWN_CRITERION',
        at: 'cai-cach-hanh-chin: true',
        message: 'Did you mean "cai-cach-hanh-chinh"?',
      },
    ],
    warnings: ['CRITERION_MISSING'],
  },
  {
    name: 'yes for a judged criterion',
    file: '2024-units.yaml',
    edit: (t) => t.replace('chi-dao-dieu-hanh: 13.5', 'chi-dao-dieu-hanh: true'),
    errors: [
      {
        code: 'CRITERION_VALUE',
        at: 'true\n      thi-dua-khen-thuong: 13\n      khen',
        message: 'marked by the council',
      },
    ],
  },
  {
    name: 'half an event',
    file: '2024-units.yaml',
    edit: (t) =>
      t.replace(
        'khen-thuong-dot-xuat: 1\n    members:\n      total: 38',
        'khen-thuong-dot-xuat: 1.5\n    members:\n      total: 38',
      ),
    errors: [{ code: 'CRITERION_VALUE', at: '1.5', message: 'a whole number' }],
  },
  {
    name: 'judged points over the maximum',
    file: '2024-units.yaml',
    edit: (t) => t.replace('thi-dua-khen-thuong: 13\n      khen', 'thi-dua-khen-thuong: 16\n      khen'),
    errors: [{ code: 'POINTS_OVER_MAX', at: '16', message: 'more than its maximum, 15' }],
  },
  {
    name: 'more Lao động tiên tiến than members',
    file: '2024-units.yaml',
    edit: (t) => t.replace('advanced: 32', 'advanced: 40'),
    errors: [{ code: 'MEMBER_COUNTS', at: '40\n      emulation', message: 'more than the 38 members' }],
  },
  {
    name: 'more Chiến sĩ thi đua cơ sở than members rated excellent or with an initiative (Luật Điều 23)',
    file: '2024-units.yaml',
    edit: (t) =>
      t.replace(
        'excellent: 9\n      good: 25\n      complete: 4\n      incomplete: 0\n      advanced: 32\n      emulation_fighters: 4\n',
        'excellent: 2\n      good: 32\n      complete: 4\n      incomplete: 0\n      advanced: 32\n      emulation_fighters: 4\n      initiatives: 1\n',
      ),
    errors: [
      {
        code: 'TITLE_HOLDERS',
        at: '4\n      initiatives: 1',
        message: 'only 3 members are rated hoàn thành xuất sắc nhiệm vụ (excellent) or credited',
      },
    ],
  },
  {
    name: 'more Chiến sĩ thi đua cơ sở than rated excellent, the initiatives not written (a warning)',
    file: '2024-units.yaml',
    edit: (t) =>
      t.replace(
        'excellent: 9\n      good: 25\n      complete: 4',
        'excellent: 3\n      good: 31\n      complete: 4',
      ),
    errors: [],
    warnings: ['TITLE_HOLDERS'],
  },
  {
    name: 'more with an initiative than members',
    file: '2024-units.yaml',
    edit: (t) =>
      t.replace(
        'emulation_fighters: 4\n      disciplined: 0',
        'emulation_fighters: 4\n      initiatives: 39\n      disciplined: 0',
      ),
    errors: [{ code: 'MEMBER_COUNTS', at: '39', message: 'more than the 38 members' }],
  },
  {
    name: 'a unit of no members (counted 0)',
    file: '2024-units.yaml',
    edit: (t) => t.replace('total: 38', 'total: 0'),
    errors: [{ code: 'SCHEMA_RANGE', at: '0\n      excellent: 9' }],
  },
  {
    name: 'an earlier title of this very year',
    file: '2024-units.yaml',
    edit: (t) => t.replace('2023: [tap-the', '2024: [tap-the'),
    errors: [{ code: 'EARLIER_YEAR', at: '2024: [tap' }],
  },
  {
    name: 'an earlier title the rules do not have',
    file: '2024-units.yaml',
    edit: (t) => t.replace('2023: [tap-the-lao-dong-xuat-sac]', '2023: [tap-the-lao-dong-xuat-sa]'),
    errors: [
      {
        code: 'UNKNOWN_TITLE',
        at: 'tap-the-lao-dong-xuat-sa]',
        message: 'Did you mean "tap-the-lao-dong-xuat-sac"?',
      },
    ],
  },
  {
    name: 'a negative result',
    file: '2024-units.yaml',
    edit: (t) => t.replace('result: 1620', 'result: -1620'),
    errors: [{ code: 'SCHEMA_RANGE', at: '-1620' }],
  },
];

describe("scoring.yaml and the units' years: every fault at its line and column", () => {
  it('the example passes', async () => {
    expect(await check(EXAMPLE)).toEqual([]);
  });

  for (const fault of FAULTS) {
    it(`${fault.name}: ${fault.errors.map((e) => e.code).join(', ')}`, async () => {
      const dir = await exampleWith(fault.file, fault.edit);
      const found = await check(dir);
      const errors = found.filter((d) => d.severity === 'error');
      // The units' year is not checked against broken rules (that would repeat the fault for every unit): it says
      // what it needs instead.
      const scoringBroken = fault.errors.some((e) => (e.in ?? fault.file) === 'scoring.yaml');
      const expectedErrors = [
        ...fault.errors,
        ...(scoringBroken
          ? [{ code: 'NEEDS_FILE', at: 'units:', in: '2024-units.yaml', message: 'scoring.yaml' }]
          : []),
      ];
      expect(errors.map((d) => d.code).sort()).toEqual(expectedErrors.map((e) => e.code).sort());
      for (const expected of expectedErrors) {
        const file = expected.in ?? fault.file;
        const text = await readFile(join(dir, file), 'utf8');
        const d = errors.find((e) => e.code === expected.code);
        expect(d).toMatchObject({ file: join(dir, file), ...positionOf(text, expected.at) });
        if (expected.message) expect(d?.message).toContain(expected.message);
      }
      expect(found.filter((d) => d.severity === 'warning').map((d) => d.code)).toEqual(fault.warnings ?? []);
      await rm(dir, { recursive: true });
    });
  }

  it('an entry with no figure in it is said not to be ranked (one warning, not one per criterion)', async () => {
    const dir = await exampleWith('2024-units.yaml', (t) =>
      t.replace(/ {2}trung-tam-dvvl:\n[\s\S]*?(?= {2}trung-tam-dieu-duong:)/, '  trung-tam-dvvl: {}\n'),
    );
    const found = await check(dir);
    const text = await readFile(join(dir, '2024-units.yaml'), 'utf8');
    expect(found).toEqual([
      expect.objectContaining({
        code: 'UNIT_NOT_SCORED',
        severity: 'warning',
        ...positionOf(text, 'trung-tam-dvvl: {}'),
        message: expect.stringContaining('no figure in it: it is not ranked'),
      }),
    ]);
    await rm(dir, { recursive: true });
  });

  describe("a folder's own titles.yaml (here the national rules the tool ships, written out)", () => {
    // The model keeps figures as decimal text; a file writes them as numbers.
    const national = () => stringify(NATIONAL_TITLES).replace(/: "(\d+(\.\d+)?)"$/gm, ': $1');
    it('the national rules pass the titles schema and its rules', async () => {
      const dir = await exampleWith('titles.yaml', national);
      expect(await check(dir)).toEqual([]);
    });
    it("a province's cap of 10% on Chiến sĩ thi đua cơ sở: 4 of 32 Lao động tiên tiến is over it (and others)", async () => {
      const dir = await exampleWith('titles.yaml', () =>
        national().replace(
          '        count: emulation_fighters\n',
          '        count: emulation_fighters\n        cap: { percent: 10, of: advanced, basis: Quy chế của tỉnh }\n',
        ),
      );
      const found = await check(dir);
      expect(new Set(found.map((d) => d.code))).toEqual(new Set(['TITLE_CAP']));
      expect(found[0]?.message).toBe(
        "4 Chiến sĩ thi đua cơ sở is more than 10% of the unit's Lao động tiên tiến (at most 3; Quy chế của tỉnh).",
      );
      const text = await readFile(join(dir, '2024-units.yaml'), 'utf8');
      expect(found[0]).toMatchObject(positionOf(text, '4\n      disciplined'));
    });
    it("a province's own ballot share (66,67% of the members) is read as written and is what the drafter is told", async () => {
      const dir = await exampleWith('titles.yaml', () =>
        national().replace(
          /(id: co-thi-dua-cap-tinh[\s\S]*?)vote:\n\s+percent: 80\n\s+basis: [^\n]+\n/,
          '$1vote: { percent: 66.67, basis: "Quy chế Hội đồng, Điều 5" }\n',
        ),
      );
      expect(await check(dir)).toEqual([]);
      // Before the council meets: no council.yaml.
      await rm(join(dir, 'council.yaml'));
      const out = await mkdtemp(join(tmpdir(), 'hatinh-ballot-'));
      const run = await runInProcess(['build', '2024', '--data', dir, '--out', out, '--format', 'md']);
      expect(run.code, run.stderr).toBe(0);
      const notes = await readFile(join(out, '2024', 'ghi-chu-soan-thao-2024.md'), 'utf8');
      expect(notes).toContain(
        'Chiến sĩ thi đua cơ sở: tỷ lệ phiếu đồng ý từ 80% trở lên tính trên tổng số thành viên Hội đồng (Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7); Cờ thi đua của Ủy ban nhân dân tỉnh: tỷ lệ phiếu đồng ý từ 66,67% trở lên tính trên tổng số thành viên Hội đồng (Quy chế Hội đồng, Điều 5)',
      );
      await rm(out, { recursive: true });
    });
    it('rule sets that overlap; none in force at the end of the year (a warning: nothing proposed)', async () => {
      const overlap = await exampleWith('titles.yaml', () =>
        national().replace('from: 2025-07-01', 'from: 2025-06-01'),
      );
      expect((await check(overlap)).map((d) => [d.code, d.severity])).toEqual([
        ['RULE_SETS_OVERLAP', 'error'],
      ]);
      const later = await exampleWith('titles.yaml', () =>
        national().replace('from: 2024-01-01', 'from: 2025-01-01'),
      );
      expect((await check(later)).map((d) => [d.code, d.severity])).toEqual([['NO_RULE_SET', 'warning']]);
    });
  });

  it("a units' year with a schema error still says which ids are unknown (a typo is not hidden behind it)", async () => {
    const dir = await exampleWith('2024-units.yaml', (t) =>
      t
        .replace('chi-dao-dieu-hanh: 13.5', 'chi-dao-dieu-hanh: 13,5')
        .replace('  phong-hong-linh:', '  phong-hong-lin:')
        .replace(
          '      cai-cach-hanh-chinh: true\n      chi-dao-dieu-hanh: 13,5',
          '      cai-cach-hanh-chin: true\n      chi-dao-dieu-hanh: 13,5',
        ),
    );
    const text = await readFile(join(dir, '2024-units.yaml'), 'utf8');
    const found = await check(dir);
    expect(found.map((d) => [d.code, d.line, d.column])).toEqual([
      [
        'UNKNOWN_CRITERION',
        positionOf(text, 'cai-cach-hanh-chin:').line,
        positionOf(text, 'cai-cach-hanh-chin:').column,
      ],
      ['NUMBER_DECIMAL_COMMA', positionOf(text, '13,5').line, positionOf(text, '13,5').column],
      ['UNKNOWN_UNIT', positionOf(text, 'phong-hong-lin:').line, positionOf(text, 'phong-hong-lin:').column],
    ]);
  });

  it("a units' year without scoring.yaml says what it needs", async () => {
    const dir = await exampleWith('scoring.yaml', (t) => `${t}\n`);
    await rm(join(dir, 'scoring.yaml'));
    const found = await check(dir);
    expect(found.map((d) => [d.code, d.message])).toEqual([
      ['NEEDS_FILE', expect.stringContaining('scoring.yaml (the scoring rules)')],
    ]);
  });

  it("units' results that add up to more than the department's are a warning", async () => {
    const dir = await exampleWith('indicators.yaml', (t) => `${t}\n`);
    await writeFile(
      join(dir, '2024.yaml'),
      'kind: results\nyear: 2024\ncomparison_only: true\nsources:\n  - id: s\n    title: Số liệu minh họa\ndefault_source: s\nvalues:\n  viec-lam: { value: 20000 }\n',
    );
    const found = await check(dir);
    expect(found.map((d) => [d.code, d.severity])).toEqual([['UNITS_EXCEED_TOTAL', 'warning']]);
    expect(found[0]?.message).toContain("add up to 22385, more than the department's 20000 for 2024");
  });
});
