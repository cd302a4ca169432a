/**
 * Members named for their titles (2024-units.yaml's individuals) and the council's ballots on them
 * (council.yaml's ballots with a person): each fault `check` finds, at its line and column, with the article
 * it rests on, in English and in Vietnamese.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true });
});

type Edit = (text: string) => string;

/** A copy of the example with its units' year and council changed (each edit must change its file). */
async function exampleWith(edits: { units?: Edit; council?: Edit }) {
  const dir = await mkdtemp(join(tmpdir(), 'hatinh-individuals-'));
  made.push(dir);
  await cp(EXAMPLE, dir, { recursive: true });
  const texts: Record<string, string> = {};
  for (const [file, edit] of [
    ['2024-units.yaml', edits.units],
    ['council.yaml', edits.council],
  ] as const) {
    const path = join(dir, file);
    const before = await readFile(path, 'utf8');
    texts[file] = before;
    if (edit === undefined) continue;
    const after = edit(before);
    if (after === before) throw new Error(`fixture: the edit changed nothing in ${file}`);
    await writeFile(path, after);
    texts[file] = after;
  }
  return { dir, texts };
}

async function check(dir: string): Promise<Found[]> {
  const run = await runInProcess(['check', '--data', dir, '--format', 'json']);
  return JSON.parse(run.stdout);
}

const SEN = '        titles: [lao-dong-tien-tien]\n  truong-viet-duc:';

describe('members named for their titles, and their ballots', () => {
  it.each<[string, { units?: Edit; council?: Edit }, string, string, string, string]>([
    [
      'a Chiến sĩ thi đua cơ sở not also Lao động tiên tiến (Luật Điều 23)',
      {
        units: (t) =>
          t.replace(
            'titles: [lao-dong-tien-tien, chien-si-thi-dua-co-so]\n      - id: le-van-phuc',
            'titles: [chien-si-thi-dua-co-so]\n      - id: le-van-phuc',
          ),
      },
      '2024-units.yaml',
      'INDIVIDUAL_NOT_WITHIN',
      'chien-si-thi-dua-co-so]\n      - id: le-van-phuc',
      '"tran-thi-hoai" is proposed for Chiến sĩ thi đua cơ sở but not for Lao động tiên tiến: a holder of Chiến sĩ thi đua cơ sở holds Lao động tiên tiến (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 23).',
    ],
    [
      'a Chiến sĩ thi đua cơ sở rated good with no initiative',
      {
        units: (t) =>
          t.replace(
            '        initiative: Sáng kiến “Dạy nghề may theo nhóm nhỏ cho người khuyết tật” (công nhận tại Quyết định số 12/QĐ-TTCTXH ngày 15/11/2024)\n',
            '',
          ),
      },
      '2024-units.yaml',
      'INDIVIDUAL_NO_GROUNDS',
      'chien-si-thi-dua-co-so]\n      - id: nguyen-thi-sen',
      'it asks an excellent rating or a recognised initiative, research topic or project',
    ],
    [
      'a Lao động tiên tiến rated only "complete" (Điều 24 khoản 1: hoàn thành tốt nhiệm vụ trở lên)',
      {
        units: (t) =>
          t.replace(
            'rating: good\n        titles: [lao-dong-tien-tien]\n',
            'rating: complete\n        titles: [lao-dong-tien-tien]\n',
          ),
      },
      '2024-units.yaml',
      'INDIVIDUAL_RATING',
      'complete\n        titles: [lao-dong-tien-tien]\n',
      'is rated complete, below the good or better that Lao động tiên tiến asks (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 24 khoản 1)',
    ],
    [
      "a member's title of an earlier year written for this year",
      { units: (t) => t.replace('"2023": [lao-dong-tien-tien]', '"2024": [lao-dong-tien-tien]') },
      '2024-units.yaml',
      'EARLIER_YEAR',
      '"2024": [lao-dong-tien-tien]',
      '2024 is not a year before 2024',
    ],
    [
      "an unknown title among a member's earlier years",
      {
        units: (t) =>
          t.replace('"2022": [lao-dong-tien-tien]', '"2022": [lao-dong-tien-tien, lao-dong-tien-tieng]'),
      },
      '2024-units.yaml',
      'UNKNOWN_TITLE',
      'lao-dong-tien-tieng]',
      'There is no title, award or rating "lao-dong-tien-tieng" in the rules. Did you mean "lao-dong-tien-tien"?',
    ],
    [
      "a member's report without their titles of earlier years (its part III)",
      {
        units: (t) =>
          t.replace(
            '        earlier:\n          "2022": [lao-dong-tien-tien]\n          "2023": [lao-dong-tien-tien]\n',
            '',
          ),
      },
      '2024-units.yaml',
      'REPORT_EARLIER',
      'report:\n          born',
      '"tran-thi-hoai" has a report of achievements but no titles and awards of earlier years',
    ],
    [
      "a unit's report of achievements without its titles of earlier years (its part III)",
      { units: (t) => t.replace('    earlier:\n      2023: [tap-the-lao-dong-xuat-sac]\n', '') },
      '2024-units.yaml',
      'REPORT_EARLIER',
      'achievements:',
      '"truong-viet-duc" has a report of achievements but no titles and awards of earlier years',
    ],
    [
      "more named for a title than the unit's count",
      {
        units: (t) =>
          t.replace(
            'emulation_fighters: 2\n      disciplined: 0\n    # Members named',
            'emulation_fighters: 1\n      disciplined: 0\n    # Members named',
          ),
      },
      '2024-units.yaml',
      'INDIVIDUALS_OVER_COUNT',
      'individuals:',
      'Unit "trung-tam-ctxh" names 2 people for Chiến sĩ thi đua cơ sở, more than the 1 of members.emulation_fighters.',
    ],
    [
      'more Lao động tiên tiến counted than the members rated hoàn thành tốt nhiệm vụ or better',
      {
        units: (t) =>
          t.replace(
            'advanced: 21\n      emulation_fighters: 2\n      disciplined: 0\n    # Members named',
            'advanced: 24\n      emulation_fighters: 2\n      disciplined: 0\n    # Members named',
          ),
      },
      '2024-units.yaml',
      'HOLDERS_RATED',
      '24\n      emulation_fighters: 2\n      disciplined: 0\n    # Members',
      'Unit "trung-tam-ctxh" counts 24 Lao động tiên tiến, more than the 23 members rated good or better: a holder of Lao động tiên tiến is rated good or better (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 24 khoản 1).',
    ],
    [
      'a title misspelt (did you mean)',
      { units: (t) => t.replace(SEN, '        titles: [lao-dong-tien-tein]\n  truong-viet-duc:') },
      '2024-units.yaml',
      'UNKNOWN_TITLE',
      'lao-dong-tien-tein',
      'lao-dong-tien-tien',
    ],
    [
      'an id used twice',
      { units: (t) => t.replace('- id: nguyen-thi-sen', '- id: le-van-phuc') },
      '2024-units.yaml',
      'DUPLICATE_ID',
      'le-van-phuc\n        name: Nguyễn Thị Sen',
      'The individual id "le-van-phuc" is used twice.',
    ],
    [
      'a ballot on a person misspelt (did you mean)',
      { council: (t) => t.replace('person: le-van-phuc', 'person: le-van-phu') },
      'council.yaml',
      'UNKNOWN_PERSON',
      'le-van-phu\n',
      '2024-units.yaml names no individual "le-van-phu" in any unit\'s individuals. Did you mean "le-van-phuc"?',
    ],
    [
      'a ballot naming both a unit and a person',
      {
        council: (t) => t.replace('person: le-van-phuc', 'person: le-van-phuc\n        unit: trung-tam-ctxh'),
      },
      'council.yaml',
      'BALLOT_WHO',
      'title: chien-si-thi-dua-co-so\n        person: le-van-phuc',
      'names both a unit and a person',
    ],
    [
      'a ballot on a collective title for a person',
      {
        council: (t) =>
          t.replace(
            'title: chien-si-thi-dua-co-so\n        person: le-van-phuc',
            'title: co-thi-dua-cap-tinh\n        person: le-van-phuc',
          ),
      },
      'council.yaml',
      'BALLOT_TITLE_NOT_INDIVIDUAL',
      'co-thi-dua-cap-tinh\n        person: le-van-phuc',
      "is a collective's title; this ballot is on a person",
    ],
    [
      'a ballot on someone not proposed for the title',
      {
        council: (t) =>
          `${t}      - title: chien-si-thi-dua-co-so\n        person: nguyen-thi-sen\n        yes: 9\n        no: 0\n`,
      },
      'council.yaml',
      'BALLOT_NOT_PROPOSED',
      'chien-si-thi-dua-co-so\n        person: nguyen-thi-sen',
      '"nguyen-thi-sen" is not proposed for chien-si-thi-dua-co-so (proposed for: lao-dong-tien-tien)',
    ],
    [
      'a Chiến sĩ thi đua cơ sở without the ballot the title needs',
      {
        council: (t) =>
          t.replace(
            '      - title: chien-si-thi-dua-co-so\n        person: le-van-phuc\n        yes: 8\n        no: 1\n',
            '',
          ),
      },
      'council.yaml',
      'PERSON_BALLOT_MISSING',
      'ballots:',
      '"le-van-phuc" (trung-tam-ctxh) is proposed for chien-si-thi-dua-co-so, which needs a ballot (Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7)',
    ],
  ])('%s', async (_name, edits, file, code, at, message) => {
    const { dir, texts } = await exampleWith(edits);
    const found = await check(dir);
    const errors = found.filter((d) => d.severity === 'error');
    // A ballot that names no one proposed leaves that person without theirs: said too.
    const follows =
      code === 'UNKNOWN_PERSON' || code === 'BALLOT_TITLE_NOT_INDIVIDUAL' ? ['PERSON_BALLOT_MISSING'] : [];
    expect(errors.map((d) => d.code).sort()).toEqual([code, ...follows].sort());
    const error = errors.find((d) => d.code === code);
    expect(error?.file.endsWith(file)).toBe(true);
    expect(error).toMatchObject(positionOf(texts[file] ?? '', at));
    expect(error?.message).toContain(message);
  });

  it('a ballot that names no one', async () => {
    const { dir, texts } = await exampleWith({
      council: (t) => t.replace('        person: le-van-phuc\n', ''),
    });
    const errors = (await check(dir)).filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code).sort()).toEqual(['BALLOT_WHO', 'PERSON_BALLOT_MISSING']);
    const who = errors.find((d) => d.code === 'BALLOT_WHO');
    expect(who?.message).toContain(
      'names no one: it lacks "unit" (a collective) or "person" (a member named)',
    );
    expect(who).toMatchObject(
      positionOf(texts['council.yaml'] ?? '', 'title: chien-si-thi-dua-co-so\n        yes: 8'),
    );
  });

  it("a district office's member needs no ballot of the department's council (Luật Điều 80 khoản 2)", async () => {
    const { dir } = await exampleWith({
      units: (t) =>
        t.replace(
          '      emulation_fighters: 3\n      disciplined: 0\n  phong-hong-linh:',
          '      emulation_fighters: 3\n      disciplined: 0\n    individuals:\n      - id: ho-van-an\n        name: Hồ Văn An\n        position: Trưởng phòng\n        rating: excellent\n        titles: [lao-dong-tien-tien, chien-si-thi-dua-co-so]\n  phong-hong-linh:',
        ),
    });
    expect((await check(dir)).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('every fault is worded in Vietnamese too, with its fix', async () => {
    const { dir } = await exampleWith({
      units: (t) =>
        t.replace(
          'titles: [lao-dong-tien-tien, chien-si-thi-dua-co-so]\n      - id: le-van-phuc',
          'titles: [chien-si-thi-dua-co-so]\n      - id: le-van-phuc',
        ),
    });
    const vi = await runInProcess(['check', '--data', dir, '--lang', 'vi']);
    expect(vi.stdout + vi.stderr).toContain(
      'Cá nhân "tran-thi-hoai" được đề nghị Chiến sĩ thi đua cơ sở nhưng không được đề nghị Lao động tiên tiến: người đạt Chiến sĩ thi đua cơ sở phải đạt Lao động tiên tiến (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 23). [INDIVIDUAL_NOT_WITHIN]\n  cách sửa: Thêm Lao động tiên tiến vào titles của cá nhân nếu đủ tiêu chuẩn, hoặc bỏ Chiến sĩ thi đua cơ sở.',
    );
  });
});
