/**
 * The council file (council.yaml): the example's, which passes, and each fault `check` finds in it, at its line
 * and column, in English and in Vietnamese.
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
  line: number;
  column: number;
  message: string;
}

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true });
});

/** A copy of the example whose council.yaml is changed by `edit` (which must change it). */
async function councilWith(edit: (text: string) => string): Promise<{ dir: string; text: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'hatinh-council-'));
  made.push(dir);
  await cp(EXAMPLE, dir, { recursive: true });
  const path = join(dir, 'council.yaml');
  const before = await readFile(path, 'utf8');
  const text = edit(before);
  if (text === before) throw new Error('fixture: the edit changed nothing');
  await writeFile(path, text);
  return { dir, text };
}

async function check(dir: string): Promise<Found[]> {
  const run = await runInProcess(['check', '--data', dir, '--format', 'json']);
  return JSON.parse(run.stdout);
}

/** Appended to the 2024 meeting's ballots. */
const ballot = (title: string, unit: string, yes: number, no: number) => (t: string) =>
  `${t}      - title: ${title}\n        unit: ${unit}\n        yes: ${yes}\n        no: ${no}\n`;

describe('the council (council.yaml)', () => {
  it("the example's council and its 2024 meeting pass", async () => {
    const run = await runInProcess(['check', '--data', EXAMPLE, '--format', 'json']);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it.each<[string, (t: string) => string, string, string, string]>([
    [
      'a member id used twice',
      (t) =>
        t.replace(
          'meetings:\n',
          '  - id: thu-ky\n    name: Lý Văn Minh\n    position: Phó Chánh Văn phòng Sở\n    role: member\nmeetings:\n',
        ),
      'DUPLICATE_ID',
      'thu-ky\n    name: Lý',
      'The member id "thu-ky" is used twice.',
    ],
    [
      'a member who leaves before joining',
      (t) => t.replace('    role: chair\n', '    role: chair\n    from: 2020-01-01\n    until: 2019-12-31\n'),
      'MEMBER_PERIOD_BACKWARDS',
      '2019-12-31',
      'The council member "chu-tich" leaves (2019-12-31) before joining (2020-01-01).',
    ],
    [
      'a member misspelt among those present',
      (t) =>
        t.replace(
          '      - uy-vien-doan-thanh-nien\n',
          '      - uy-vien-doan-thanh-nie\n      - uy-vien-doan-thanh-nien\n',
        ),
      'UNKNOWN_MEMBER',
      'uy-vien-doan-thanh-nie\n',
      'There is no council member "uy-vien-doan-thanh-nie" in "members:". Did you mean "uy-vien-doan-thanh-nien"?',
    ],
    [
      'a member who had left the council by the day of the meeting',
      (t) => t.replace('    role: member\n', '    role: member\n    until: 2024-06-30\n'),
      'MEMBER_NOT_IN_OFFICE',
      'uy-vien-thanh-tra\n      - uy-vien-ke',
      'The council member "uy-vien-thanh-tra" was not on the council on 2024-12-06 (on it … – 2024-06-30).',
    ],
    [
      'a member both present and writing',
      (t) => t.replace('    written:\n', '    written:\n      - thu-ky\n'),
      'MEMBER_PRESENT_AND_WRITTEN',
      'thu-ky\n      - uy-vien-nguoi',
      'The council member "thu-ky" is both present and absent with a written opinion.',
    ],
    [
      'two meetings on one year',
      (t) => `${t}  - year: 2024\n    date: 2024-12-20\n    place: Hội trường\n    present: [chu-tich]\n`,
      'DUPLICATE_MEETING',
      '2024\n    date: 2024-12-20',
      'Two meetings are on the emulation of 2024.',
    ],
    [
      'a ballot on a title the rules do not have',
      ballot('co-thi-dua-cap-tin', 'phong-duc-tho', 9, 0),
      'UNKNOWN_TITLE',
      'co-thi-dua-cap-tin\n',
      'There is no title, award or rating "co-thi-dua-cap-tin" in the rules. Did you mean "co-thi-dua-cap-tinh"?',
    ],
    [
      'a ballot on a title for individuals',
      ballot('chien-si-thi-dua-co-so', 'phong-duc-tho', 9, 0),
      'BALLOT_TITLE_NOT_COLLECTIVE',
      'chien-si-thi-dua-co-so\n        unit: phong-duc-tho',
      '"Chiến sĩ thi đua cơ sở" (chien-si-thi-dua-co-so) is a title for individuals',
    ],
    [
      'a ballot for a unit units.yaml does not have',
      ballot('co-thi-dua-cap-tinh', 'phong-duc-th', 9, 0),
      'UNKNOWN_UNIT',
      'phong-duc-th\n',
      'There is no unit "phong-duc-th" in units.yaml. Did you mean "phong-duc-tho"?',
    ],
    [
      'a ballot written twice',
      ballot('co-thi-dua-cap-tinh', 'truong-viet-duc', 8, 0),
      'DUPLICATE_BALLOT',
      'title: co-thi-dua-cap-tinh\n        unit: truong-viet-duc\n        yes: 8',
      'The ballot on co-thi-dua-cap-tinh for truong-viet-duc is written twice.',
    ],
    [
      'more votes than the nine members present or writing',
      (t) => t.replace('yes: 8\n        no: 1', 'yes: 9\n        no: 1'),
      'BALLOT_OVER_VOTERS',
      '9\n        no: 1',
      'The ballot on co-thi-dua-cap-tinh for phong-tp-ha-tinh counts 10 votes, more than the 9 members present or writing.',
    ],
  ])('%s: %s', async (_name, edit, code, at, message) => {
    const { dir, text } = await councilWith(edit);
    const found = await check(dir);
    const errors = found.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).toEqual([code]);
    expect(errors[0]).toMatchObject(positionOf(text, at));
    expect(errors[0]?.message).toContain(message);
  });

  it('warns of a member absent without a written opinion where ballots were held, citing the rule', async () => {
    const { dir, text } = await councilWith((t) =>
      t
        .replace('    written:\n      - uy-vien-nguoi-co-cong\n', '')
        .replaceAll('yes: 8\n        no: 1', 'yes: 7\n        no: 1')
        .replaceAll('yes: 9\n        no: 0', 'yes: 8\n        no: 0'),
    );
    const found = await check(dir);
    expect(found).toEqual([
      expect.objectContaining({
        code: 'ABSENT_WITHOUT_OPINION',
        severity: 'warning',
        ...positionOf(text, 'present:'),
        message: expect.stringContaining(
          '"uy-vien-nguoi-co-cong" is neither present nor listed with a written opinion, and the meeting held ballots: an absent member gives their opinion in writing (Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7).',
        ),
      }),
    ]);
    const vi = await runInProcess(['check', '--data', dir, '--lang', 'vi']);
    expect(vi.stdout + vi.stderr).toContain(
      'cảnh báo Thành viên Hội đồng "uy-vien-nguoi-co-cong" không có mặt và không có ý kiến bằng văn bản, trong khi cuộc họp có bỏ phiếu: thành viên vắng mặt phải cho ý kiến bằng văn bản (Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7).',
    );
  });

  it('warns of a ballot on a title that needs none, and of a meeting dated outside its year and the next', async () => {
    const { dir } = await councilWith((t) =>
      ballot(
        'tap-the-lao-dong-xuat-sac',
        'phong-duc-tho',
        9,
        0,
      )(t).replace('date: 2024-12-06', 'date: 2026-01-10'),
    );
    const found = await check(dir);
    expect(found.map((d) => [d.code, d.severity])).toEqual([
      ['MEETING_DATE_OUTSIDE', 'warning'],
      ['BALLOT_NOT_NEEDED', 'warning'],
    ]);
  });

  it("warns of a meeting under the council's own quorum, citing it; at the quorum, nothing", async () => {
    const quorum = (percent: string) => (t: string) =>
      t.replace(
        'meetings:\n',
        `quorum:\n  percent: ${percent}\n  basis: Quy chế hoạt động của Hội đồng, Điều 5\nmeetings:\n`,
      );
    // 8 of the 9 members present: 88,89%.
    const under = await councilWith(quorum('90'));
    expect(await check(under.dir)).toEqual([
      expect.objectContaining({
        code: 'MEETING_UNDER_QUORUM',
        severity: 'warning',
        ...positionOf(under.text, 'present:'),
        message: expect.stringContaining(
          'The meeting on 2024 had 8 of its 9 members present, under the 90% of all members its quorum asks (Quy chế hoạt động của Hội đồng, Điều 5).',
        ),
      }),
    ]);
    // 8/9 is 88,888…%: exactly at 88.88 it is reached, at 88.89 it is not.
    expect(await check((await councilWith(quorum('88.88'))).dir)).toEqual([]);
    expect((await check((await councilWith(quorum('88.89'))).dir)).map((d) => d.code)).toEqual([
      'MEETING_UNDER_QUORUM',
    ]);
    const out = await mkdtemp(join(tmpdir(), 'hatinh-quorum-'));
    made.push(out);
    const run = await runInProcess(['dossier', '2024', '--data', under.dir, '--out', out, '--format', 'md']);
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(join(out, '2024', 'ho-so', 'bien-ban-hop-hoi-dong-2024.md'), 'utf8')).toContain(
      'Số thành viên có mặt 8/9 (88,89%), chưa đạt tỷ lệ tối thiểu 90% tổng số thành viên Hội đồng (Điều 5 Quy chế hoạt động của Hội đồng).',
    );
  });

  it('every fault is worded in Vietnamese too, with its fix', async () => {
    const { dir } = await councilWith((t) => t.replace('yes: 8\n        no: 1', 'yes: 9\n        no: 1'));
    const vi = await runInProcess(['check', '--data', dir, '--lang', 'vi']);
    expect(vi.stdout + vi.stderr).toContain(
      'lỗi Kết quả bỏ phiếu co-thi-dua-cap-tinh cho phong-tp-ha-tinh có 10 phiếu, nhiều hơn 9 thành viên có mặt hoặc có ý kiến bằng văn bản. [BALLOT_OVER_VOTERS]\n  cách sửa: Sửa số phiếu đồng ý, không đồng ý, hoặc danh sách thành viên có mặt và có ý kiến bằng văn bản.',
    );
  });
});
