/**
 * dossier YEAR (issue 22): the council's minutes with the ballots' count, the tờ trình to the provincial chairman,
 * the director's draft decision, each with its list, and the contents; every format drawn from the same documents
 * (golden Markdown of the example); the ballots at their threshold; a dossier that cannot be made writes nothing.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { NATIONAL_TITLES } from '../../src/domain/title-rules.js';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, replaceIn, runInProcess } from '../helpers/run-cli.js';

const EXAMPLE = join(ROOT, 'examples', 'thi-dua');
const BLANK = '\u00a0'.repeat(6);

/** A copy of the example's data folder, to change. */
async function exampleCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hatinh-dossier-data-'));
  await cp(EXAMPLE, dir, { recursive: true });
  return dir;
}

async function dossier(data: string, ...more: string[]) {
  const out = await mkdtemp(join(tmpdir(), 'hatinh-dossier-'));
  const run = await runInProcess(['dossier', '2024', '--data', data, '--out', out, ...more]);
  const folder = join(out, '2024', 'ho-so');
  const read = (name: string) => readFile(join(folder, name), 'utf8');
  return { out, folder, run, read };
}

describe('dossier 2024 of the example', () => {
  it("writes the minutes, the tờ trình, a report of achievements, the draft decision and the contents in every format asked for, with the officer's notes (golden Markdown)", async () => {
    const { out, folder, run, read } = await dossier(EXAMPLE, '--format', 'md,html,docx');
    expect(run.code, run.stderr).toBe(0);
    expect(await readdir(join(out, '2024'))).toEqual(['ho-so']);
    expect((await readdir(folder)).sort()).toEqual(
      [
        'bao-cao-thanh-tich-tran-thi-hoai-2024',
        'bao-cao-thanh-tich-truong-viet-duc-2024',
        'bien-ban-hop-hoi-dong-2024',
        'danh-muc-ho-so-2024',
        'du-thao-quyet-dinh-2024',
        'to-trinh-ubnd-tinh-2024',
      ]
        .flatMap((n) => [`${n}.docx`, `${n}.html`, `${n}.md`])
        // The officer's notes: what the dossier lacks, what to check; not a document of it.
        .concat('ghi-chu-ho-so-2024.md')
        .sort(),
    );
    const minutes = await read('bien-ban-hop-hoi-dong-2024.md');
    const submission = await read('to-trinh-ubnd-tinh-2024.md');
    const contents = await read('danh-muc-ho-so-2024.md');
    const decision = await read('du-thao-quyet-dinh-2024.md');
    const achievements = await read('bao-cao-thanh-tich-truong-viet-duc-2024.md');
    // Numbered by the office; the minutes dated on the meeting's day, the tờ trình left for the office to date.
    expect(minutes).toContain(`Số: ${BLANK}/BB-SLĐTBXH`);
    expect(minutes).toContain('_Hà Tĩnh, ngày 06 tháng 12 năm 2024_');
    expect(submission).toContain(`Số: ${BLANK}/TTr-SLĐTBXH`);
    expect(submission).toContain(`_Hà Tĩnh, ngày ${BLANK} tháng ${BLANK} năm 2024_`);
    // All 9 members the base of the share; the absent member's written opinion counted.
    expect(minutes).toContain(
      'có 9 thành viên; có mặt 8/9 thành viên; vắng mặt có ý kiến bằng văn bản 1 thành viên.',
    );
    expect(minutes).toContain(
      '| 2 | Phòng Lao động - Thương binh và Xã hội thành phố Hà Tĩnh | Cờ thi đua của Ủy ban nhân dân tỉnh | 8 | 1 | 88,89% | 80% | **Đạt** |',
    );
    expect(minutes).toContain('(căn cứ khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP)');
    // The district offices' base-level titles are their district chairman's, not in this dossier.
    expect(minutes).toContain(
      'đề nghị Chủ tịch Ủy ban nhân dân cấp huyện xem xét, quyết định theo thẩm quyền (khoản 2 Điều 80 Luật Thi đua, khen thưởng 2022)',
    );
    expect(minutes).toContain('**THƯ KÝ**  \n**Phạm Thị Dung**');
    expect(minutes).toContain('**CHỦ TỌA**  \n**Nguyễn Văn An**');
    // The tờ trình asks for what the province gives, with the same counts and money as the report's Phụ lục I.
    expect(submission).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh.');
    expect(submission).toContain('- Cờ thi đua của Ủy ban nhân dân tỉnh cho 2 tập thể;');
    expect(submission).toContain('- Danh hiệu “Tập thể lao động xuất sắc” cho 8 tập thể;');
    expect(submission).toContain('- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 1 tập thể.');
    // 2 Cờ × 18.720.000 + 6 × 3.510.000 (the two others paid as the Cờ); the Bằng khen's prize not known.
    expect(submission).toContain('|  | **Cộng** |  | **58.500.000** |');
    expect(submission).toContain(
      'Cộng chưa gồm tiền thưởng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, chưa xác định được mức thưởng.',
    );
    expect(submission).toContain('(Có danh sách 8 tập thể và hồ sơ kèm theo.)');
    // The school's report of achievements is made (its words are in the data); the seven others' are still due.
    expect(contents).toContain(
      '| 3 | Báo cáo thành tích của Trung tâm Dịch vụ việc làm Hà Tĩnh | Do tập thể lập |',
    );
    expect(contents).toContain('| 2 | Báo cáo thành tích của Trường Cao đẳng nghề Việt - Đức Hà Tĩnh | |');
    // In the Law's order (Điều 84 khoản 1): the tờ trình, the reports, the minutes; then the director's draft.
    expect(contents).toContain('| 1 | Tờ trình về việc đề nghị tặng');
    expect(contents).toContain('| 12 | Biên bản họp Hội đồng');
    expect(contents).toContain('| 13 | Quyết định về việc tặng');
    expect(contents).not.toContain('.yaml');
    const notes = await read('ghi-chu-ho-so-2024.md');
    expect(notes).toContain('Báo cáo thành tích của 7 tập thể đề nghị cấp tỉnh khen thưởng chưa có lời văn');
    // Its figures, score, rank, members' titles and earlier titles from the data, as the report and Phụ lục I have them.
    expect(achievements).toContain('| 1 | Tuyển sinh | người | 2.000 | trên 2.100 |');
    expect(achievements).toContain(
      'Kết quả chấm điểm thi đua: 100/100 điểm; xếp thứ 1/5 trong khối các đơn vị sự nghiệp trực thuộc Sở; xếp loại hoàn thành xuất sắc nhiệm vụ.',
    );
    expect(achievements).toContain('98/112 cá nhân được đề nghị công nhận danh hiệu “Lao động tiên tiến”');
    expect(achievements).toContain('- Năm 2023: Tập thể lao động xuất sắc.');
    expect(achievements).toContain('**XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG**  \n**GIÁM ĐỐC**');
    expect(achievements).toContain('**TRƯỜNG CAO ĐẲNG NGHỀ**  \n**VIỆT - ĐỨC HÀ TĨNH**');
    // A member voted Chiến sĩ thi đua cơ sở whose report's words are in the data: her own report, asking for the
    // higher of her two titles, her rating, earlier titles, signed by her and confirmed by her unit's head; the
    // other voted member's report still due, with its certificate.
    const member = await read('bao-cao-thanh-tich-tran-thi-hoai-2024.md');
    expect(member).toContain('**Đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2024**');
    expect(member).toContain('**Sinh ngày, tháng, năm:** 14/05/1982; **Giới tính:** Nữ');
    expect(member).toContain(
      '**Đơn vị công tác:** Trung tâm Công tác xã hội, giáo dục nghề nghiệp cho người khuyết tật\n',
    );
    expect(member).toContain('- Kết quả đánh giá, xếp loại năm 2024: hoàn thành xuất sắc nhiệm vụ.');
    expect(member).toContain('- Năm 2023: Lao động tiên tiến.');
    expect(member).toContain('**THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ**  \n**GIÁM ĐỐC**  \n**Phan Văn Lợi**');
    expect(member).toContain('**NGƯỜI BÁO CÁO THÀNH TÍCH**  \n**Trần Thị Hoài**');
    expect(contents).toContain(
      '| 10 | Báo cáo thành tích của Trần Thị Hoài, Phó Giám đốc Trung tâm, Trung tâm Công tác xã hội, giáo dục nghề nghiệp cho người khuyết tật | Kèm kết quả đánh giá, xếp loại hoàn thành xuất sắc nhiệm vụ năm 2024 |',
    );
    expect(contents).toContain(
      '| 11 | Báo cáo thành tích của Lê Văn Phúc, Trưởng phòng Dạy nghề, Trung tâm Công tác xã hội, giáo dục nghề nghiệp cho người khuyết tật | Do cá nhân lập; kèm quyết định công nhận sáng kiến, đề tài |',
    );
    expect(notes).toContain(
      'Báo cáo thành tích của 1 cá nhân đề nghị danh hiệu cần bỏ phiếu chưa có lời văn trong số liệu (le-van-phuc)',
    );
    // The members named (3 of the department's 239 Lao động tiên tiến, 2 of its 28 Chiến sĩ thi đua cơ sở), voted
    // on one by one; the district offices' members are their districts' to name.
    expect(minutes).toContain(
      '| 4 | Lê Văn Phúc (Trung tâm Công tác xã hội, giáo dục nghề nghiệp cho người khuyết tật) | Chiến sĩ thi đua cơ sở | 8 | 1 | 88,89% | 80% | **Đạt** |',
    );
    expect(notes).toContain(
      'Lao động tiên tiến: 236 người các đơn vị thuộc Sở đề nghị chưa có họ tên (truong-viet-duc: đã ghi 0/98;',
    );
    expect(decision).toContain(
      '**Điều 1.** Tặng danh hiệu “Lao động tiên tiến” năm 2024 cho 3 cá nhân; danh hiệu “Chiến sĩ thi đua cơ sở” năm 2024 cho 2 cá nhân (có danh sách kèm theo).',
    );
    // Each Chiến sĩ thi đua cơ sở paid its prize only (1 × 2.340.000), the third Lao động tiên tiến 0,3 × 2.340.000
    // = 702.000 rounded up to 710.000: 2 × 2.340.000 + 710.000 = 5.390.000.
    expect(decision).toContain('tổng số tiền thưởng: 5.390.000 đồng.');
    expect(decision).toContain(
      '| 3 | Nguyễn Thị Sen | Chuyên viên Phòng Công tác xã hội | Trung tâm Công tác xã hội, giáo dục nghề nghiệp cho người khuyết tật | Hoàn thành tốt nhiệm vụ | 710.000 |',
    );
    for (const text of [minutes, submission, contents, decision, achievements, member])
      expect(text).toContain('SỐ LIỆU MINH HỌA');
    await expectGolden('ho-so-2024-bien-ban.md', minutes);
    await expectGolden('ho-so-2024-to-trinh.md', submission);
    await expectGolden('ho-so-2024-danh-muc.md', contents);
    await expectGolden('ho-so-2024-quyet-dinh.md', decision);
    await expectGolden('ho-so-2024-bao-cao-thanh-tich.md', achievements);
    await expectGolden('ho-so-2024-bao-cao-thanh-tich-ca-nhan.md', member);
    await expectGolden('ho-so-2024-ghi-chu.md', notes);
    // The Word copy is drawn from the same document: the minutes signed by the secretary beside the chair.
    const docx = new TextDecoder().decode(
      unzipSync(await readFile(join(folder, 'bien-ban-hop-hoi-dong-2024.docx')))['word/document.xml'],
    );
    for (const words of ['BIÊN BẢN', 'THƯ KÝ', 'Phạm Thị Dung', 'CHỦ TỌA', '88,89%'])
      expect(docx).toContain(words);
    const html = await read('to-trinh-ubnd-tinh-2024.html');
    expect(html).toContain('<p class="centred">Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh.</p>');
  });

  it('the report of the same data is unchanged by the dossier: Phụ lục I gives the same money', async () => {
    const { out } = await dossier(EXAMPLE, '--format', 'md');
    const report = await runInProcess(['build', '2024', '--data', EXAMPLE, '--out', out, '--format', 'md']);
    expect(report.code, report.stderr).toBe(0);
    const md = await readFile(join(out, '2024', 'bao-cao-2024.md'), 'utf8');
    expect(md).toContain('18.720.000');
    expect(md).toContain('Tổng số tiền thưởng: 411.140.000 đồng');
  });
});

describe('the ballots at their threshold: a share of ALL the members', () => {
  it('7 of 9 (77,78%) is short of 80%: not proposed, and the minutes say why', async () => {
    const data = await exampleCopy();
    await replaceIn(
      join(data, 'council.yaml'),
      'unit: phong-tp-ha-tinh\n        yes: 8\n        no: 1',
      'unit: phong-tp-ha-tinh\n        yes: 7\n        no: 2',
    );
    const { run, read } = await dossier(data, '--format', 'md');
    expect(run.code, run.stderr).toBe(0);
    const minutes = await read('bien-ban-hop-hoi-dong-2024.md');
    expect(minutes).toContain('| 7 | 2 | 77,78% | 80% | **Không đạt** |');
    expect(minutes).toContain(
      '- Không đề nghị Cờ thi đua của Ủy ban nhân dân tỉnh cho Phòng Lao động - Thương binh và Xã hội thành phố Hà Tĩnh: tỷ lệ phiếu đồng ý 77,78%, dưới mức 80% tổng số thành viên Hội đồng.',
    );
    expect(minutes).toContain(
      '  - Cờ thi đua của Ủy ban nhân dân tỉnh: 1 tập thể (Trường Cao đẳng nghề Việt - Đức Hà Tĩnh);',
    );
    const submission = await read('to-trinh-ubnd-tinh-2024.md');
    expect(submission).toContain('- Cờ thi đua của Ủy ban nhân dân tỉnh cho 1 tập thể;');
    expect(submission).toContain('**I** | **Cờ thi đua của Ủy ban nhân dân tỉnh (1 tập thể;');
  });

  it('8 of 10 is exactly 80%: reached; a member neither present nor writing still counts in the base', async () => {
    const data = await exampleCopy();
    await replaceIn(
      join(data, 'council.yaml'),
      'meetings:',
      '  - id: uy-vien-moi\n    name: Lý Văn Mười\n    position: Trưởng phòng Bảo trợ xã hội\n    role: member\nmeetings:',
    );
    const { run, read } = await dossier(data, '--format', 'md');
    // The member away without a written opinion is a warning of check (the meeting held ballots), not an error.
    expect(run.code, run.stderr).toBe(0);
    const minutes = await read('bien-ban-hop-hoi-dong-2024.md');
    expect(minutes).toContain(
      'có 10 thành viên; có mặt 8/10 thành viên; vắng mặt có ý kiến bằng văn bản 1 thành viên; vắng mặt không có ý kiến 1 thành viên.',
    );
    expect(minutes).toContain('- Lý Văn Mười, Trưởng phòng Bảo trợ xã hội: vắng mặt.');
    expect(minutes).toContain('| 8 | 1 | 80% | 80% | **Đạt** |');
    expect(minutes).toContain('| 9 | 0 | 90% | 80% | **Đạt** |');
  });
});

describe('what the council decided, and when', () => {
  it("a Chiến sĩ thi đua cơ sở the council turns down holds it nowhere: not in the decision, not in the unit's counts", async () => {
    const data = await exampleCopy();
    await replaceIn(
      join(data, 'council.yaml'),
      'person: tran-thi-hoai\n        yes: 9\n        no: 0',
      'person: tran-thi-hoai\n        yes: 5\n        no: 4',
    );
    await replaceIn(
      join(data, 'council.yaml'),
      'person: le-van-phuc\n        yes: 8\n        no: 1',
      'person: le-van-phuc\n        yes: 5\n        no: 4',
    );
    const { out, run, read } = await dossier(data, '--format', 'md');
    expect(run.code, run.stderr).toBe(0);
    const minutes = await read('bien-ban-hop-hoi-dong-2024.md');
    expect(minutes).toContain('- Không đề nghị danh hiệu “Chiến sĩ thi đua cơ sở” cho Trần Thị Hoài');
    const decision = await read('du-thao-quyet-dinh-2024.md');
    expect(decision).not.toContain('“Chiến sĩ thi đua cơ sở” năm 2024 cho');
    // Its 2 Chiến sĩ thi đua cơ sở were its only ones: without them the centre no longer meets Tập thể lao động
    // xuất sắc (at least one, Luật Điều 27 khoản 1), neither in the tờ trình nor in the report's Phụ lục I, and is
    // the director's to reward as Tập thể lao động tiên tiến (1.880.000); its three members Lao động tiên tiến
    // only, 3 × 710.000 = 2.130.000.
    expect(decision).toContain(
      '**Điều 1.** Tặng danh hiệu “Tập thể lao động tiên tiến” năm 2024 cho 1 tập thể; danh hiệu “Lao động tiên tiến” năm 2024 cho 3 cá nhân (có danh sách kèm theo).',
    );
    expect(decision).toContain('tổng số tiền thưởng: 4.010.000 đồng.');
    const submission = await read('to-trinh-ubnd-tinh-2024.md');
    expect(submission).toContain('- Danh hiệu “Tập thể lao động xuất sắc” cho 7 tập thể;');
    const report = await runInProcess(['build', '2024', '--data', data, '--out', out, '--format', 'md']);
    expect(report.code, report.stderr).toBe(0);
    const md = await readFile(join(out, '2024', 'bao-cao-2024.md'), 'utf8');
    expect(md).not.toContain('(21/27); 2 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở');
    await expectGolden('ho-so-2024-tu-choi-bien-ban.md', minutes);
    await expectGolden('ho-so-2024-tu-choi-quyet-dinh.md', decision);
    await expectGolden('ho-so-2024-tu-choi-ghi-chu.md', await read('ghi-chu-ho-so-2024.md'));
  });

  it('a unit the figures propose but the meeting did not vote on is left out, and the notes say so', async () => {
    const data = await exampleCopy();
    await replaceIn(
      join(data, 'council.yaml'),
      '      - title: co-thi-dua-cap-tinh\n        unit: phong-tp-ha-tinh\n        yes: 8\n        no: 1\n',
      '',
    );
    const { run, read } = await dossier(data, '--format', 'md');
    expect(run.code, run.stderr).toBe(0);
    expect(await read('to-trinh-ubnd-tinh-2024.md')).toContain(
      '- Cờ thi đua của Ủy ban nhân dân tỉnh cho 1 tập thể;',
    );
    expect(await read('ghi-chu-ho-so-2024.md')).toContain(
      'Cờ thi đua của Ủy ban nhân dân tỉnh: Phòng Lao động - Thương binh và Xã hội thành phố Hà Tĩnh đủ tiêu chuẩn theo số liệu nhưng cuộc họp ngày 06/12/2024 chưa có kết quả bỏ phiếu',
    );
  });

  it('a meeting in January of the next year: the documents still to be dated are of that year; an absent secretary signs nothing', async () => {
    const data = await exampleCopy();
    await replaceIn(join(data, 'council.yaml'), 'date: 2024-12-06', 'date: 2025-01-08');
    await replaceIn(join(data, 'council.yaml'), '      - thu-ky\n', '');
    // Eight voters left: each ballot one vote for fewer.
    const path = join(data, 'council.yaml');
    const text = await readFile(path, 'utf8');
    await writeFile(
      path,
      text.replaceAll('yes: 8\n        no: 1', 'yes: 7\n        no: 1').replaceAll('yes: 9\n', 'yes: 8\n'),
    );
    const { run, read } = await dossier(data, '--format', 'md');
    // The secretary absent without a written opinion is a warning of check.
    expect(run.code, run.stderr).toBe(0);
    expect(await read('to-trinh-ubnd-tinh-2024.md')).toContain(
      `_Hà Tĩnh, ngày ${BLANK} tháng ${BLANK} năm 2025_`,
    );
    const minutes = await read('bien-ban-hop-hoi-dong-2024.md');
    expect(minutes).toContain('_Hà Tĩnh, ngày 08 tháng 01 năm 2025_');
    expect(minutes).not.toContain('**Thư ký:**');
    expect(minutes).not.toContain('Phạm Thị Dung**');
    expect(await read('ghi-chu-ho-so-2024.md')).toContain('Thư ký Hội đồng không có mặt tại cuộc họp');
    await expectGolden('ho-so-2024-hop-thang-1-bien-ban.md', minutes);
  });
});

describe('the branches the example does not take', () => {
  it('the chair away: the first vice chair present presides and signs; a decision for collectives only; a report without movements', async () => {
    const data = await exampleCopy();
    const council = join(data, 'council.yaml');
    // The chair absent with a written opinion: still 9 voters.
    await replaceIn(council, '    present:\n      - chu-tich\n', '    present:\n');
    await replaceIn(council, '    written:\n', '    written:\n      - chu-tich\n');
    const units = join(data, '2024-units.yaml');
    // No one named: the decision rewards its one collective only.
    const text = await readFile(units, 'utf8');
    const from = text.indexOf('    # Members named for their titles');
    const to = text.indexOf('  truong-viet-duc:');
    await writeFile(units, text.slice(0, from) + text.slice(to));
    await replaceIn(
      units,
      'emulation_fighters: 4\n      disciplined: 1',
      'emulation_fighters: 4\n      disciplined: 0',
    );
    await replaceIn(
      units,
      '      movements: |-\n        Trường tổ chức phong trào thi đua “Dạy tốt, học tốt” và hưởng ứng các phong trào thi đua của Sở; nhiều tập thể, cá nhân được khen thưởng trong năm.\n',
      '',
    );
    await replaceIn(
      council,
      '      - title: chien-si-thi-dua-co-so\n        person: tran-thi-hoai\n        yes: 9\n        no: 0\n',
      '',
    );
    await replaceIn(
      council,
      '      - title: chien-si-thi-dua-co-so\n        person: le-van-phuc\n        yes: 8\n        no: 1\n',
      '',
    );
    const { run, read } = await dossier(data, '--format', 'md');
    expect(run.code, run.stderr).toBe(0);
    const minutes = await read('bien-ban-hop-hoi-dong-2024.md');
    expect(minutes).toContain('**Chủ trì:** Trần Thị Bình, Phó Giám đốc Sở, Phó Chủ tịch Hội đồng.');
    expect(minutes).toContain('- Nguyễn Văn An, Giám đốc Sở: vắng mặt, có ý kiến bằng văn bản;');
    expect(minutes).toContain('**CHỦ TỌA**  \n**Trần Thị Bình**');
    const decision = await read('du-thao-quyet-dinh-2024.md');
    expect(decision).toContain(
      '**Điều 2.** Các tập thể có tên tại Điều 1 được thưởng theo quy định tại Điều 54 Nghị định 98/2023/NĐ-CP, mức thưởng của từng tập thể theo danh sách kèm theo; tổng số tiền thưởng: 1.880.000 đồng.',
    );
    expect(decision).toContain('**Tập thể được tặng danh hiệu “Tập thể lao động tiên tiến” năm\u00a02024**');
    expect(decision).not.toContain('Họ và tên');
    const report = await read('bao-cao-thanh-tich-truong-viet-duc-2024.md');
    expect(report).not.toContain('Thực hiện các phong trào thi đua');
    expect(report).toContain('### 2. Danh hiệu thi đua của cá nhân');
    await expectGolden('ho-so-2024-pho-chu-tich-bien-ban.md', minutes);
    await expectGolden('ho-so-2024-tap-the-quyet-dinh.md', decision);
  });
});

describe('the grounds a decision cites', () => {
  it('a province’s rules without their texts’ dates: the decision and the tờ trình cite the rules by their name', async () => {
    const data = await exampleCopy();
    // The national rules written out as a folder's titles.yaml (figures as numbers), without their "grounds".
    const national = stringify({
      ...NATIONAL_TITLES,
      rule_sets: NATIONAL_TITLES.rule_sets.map(({ grounds: _, ...set }) => set),
    }).replace(/: "(\d+(\.\d+)?)"$/gm, ': $1');
    await writeFile(join(data, 'titles.yaml'), national);
    const { run, read } = await dossier(data, '--format', 'md');
    expect(run.code, run.stderr).toBe(0);
    const decision = await read('du-thao-quyet-dinh-2024.md');
    expect(decision).toContain(
      '*Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 98/2023/NĐ-CP;*',
    );
    expect(decision).not.toContain('ngày 15 tháng 6 năm 2022');
    expect(await read('to-trinh-ubnd-tinh-2024.md')).toContain(
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 98/2023/NĐ-CP;',
    );
  });
});

describe("a member's own report of achievements", () => {
  it('made for every member proposed whose words are in the data: the initiative stated, earlier titles not written said so, no certificate for a Lao động tiên tiến; a member turned down asks for the title left to her', async () => {
    const data = await exampleCopy();
    const units = join(data, '2024-units.yaml');
    const report = (who: string) =>
      `        earlier: {}\n        report:\n          born: 1990-01-02\n          sex: male\n          hometown: ${who}\n          qualification: Cử nhân\n          duties: Nhiệm vụ.\n          narrative: Thành tích.\n          confirmer:\n            title: GIÁM ĐỐC\n`;
    await replaceIn(
      units,
      '        position: Trưởng phòng Dạy nghề\n',
      `        position: Trưởng phòng Dạy nghề\n${report('xã Can Lộc')}`,
    );
    await replaceIn(
      units,
      '        position: Chuyên viên Phòng Công tác xã hội\n',
      `        position: Chuyên viên Phòng Công tác xã hội\n${report('xã Hương Sơn').replace('earlier: {}', 'earlier: { "2023": [hoan-thanh-xuat-sac-nhiem-vu] }')}`,
    );
    // Trần Thị Hoài turned down: 7 of 9, under the 80% her title asks.
    await replaceIn(
      join(data, 'council.yaml'),
      '        person: tran-thi-hoai\n        yes: 9\n        no: 0\n',
      '        person: tran-thi-hoai\n        yes: 7\n        no: 2\n',
    );
    // The department's deputy signs on the director's behalf: so it confirms the school's report.
    await replaceIn(
      join(data, 'agency.yaml'),
      'signer:\n  title: GIÁM ĐỐC\n',
      'signer:\n  on_behalf: KT. GIÁM ĐỐC\n  title: PHÓ GIÁM ĐỐC\n',
    );
    const { run, folder, read } = await dossier(data, '--format', 'md,html');
    expect(run.code, run.stderr).toBe(0);
    expect(await read('bao-cao-thanh-tich-truong-viet-duc-2024.md')).toContain(
      '**XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG**  \n**KT. GIÁM ĐỐC**  \n**PHÓ GIÁM ĐỐC**',
    );
    expect(await read('bao-cao-thanh-tich-truong-viet-duc-2024.html')).toMatch(
      /<div>XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG<\/div>\s*<div>KT. GIÁM ĐỐC<\/div>\s*<div>PHÓ GIÁM ĐỐC<\/div>/u,
    );
    const files = await readdir(folder);
    expect(files).toContain('bao-cao-thanh-tich-le-van-phuc-2024.md');
    expect(files).toContain('bao-cao-thanh-tich-nguyen-thi-sen-2024.md');
    // Turned down for Chiến sĩ thi đua cơ sở, still proposed Lao động tiên tiến: her report asks for that.
    expect(await read('bao-cao-thanh-tich-tran-thi-hoai-2024.md')).toContain(
      '**Đề nghị tặng danh hiệu “Lao động tiên tiến” năm 2024**',
    );
    const phuc = await read('bao-cao-thanh-tich-le-van-phuc-2024.md');
    expect(phuc).toContain('**Giới tính:** Nam');
    expect(phuc).toContain(
      '- Sáng kiến “Dạy nghề may theo nhóm nhỏ cho người khuyết tật” (công nhận tại Quyết định số 12/QĐ-TTCTXH ngày 15/11/2024).',
    );
    // None before this year, as written (earlier: {}).
    expect(phuc).toContain('## III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG\n\nKhông.\n');
    // The head's name not written: the title alone, the name signed by hand.
    expect(phuc).toContain('**THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ**  \n**GIÁM ĐỐC**\n');
    const sen = await read('bao-cao-thanh-tich-nguyen-thi-sen-2024.md');
    expect(sen).toContain('**Đề nghị tặng danh hiệu “Lao động tiên tiến” năm 2024**');
    expect(sen).toContain('- Kết quả đánh giá, xếp loại năm 2024: hoàn thành tốt nhiệm vụ.');
    expect(sen).not.toContain('Sáng kiến');
    expect(sen).toContain('- Năm 2023: Hoàn thành xuất sắc nhiệm vụ.');
    const contents = await read('danh-muc-ho-so-2024.md');
    expect(contents).toContain(
      '| 11 | Báo cáo thành tích của Lê Văn Phúc, Trưởng phòng Dạy nghề, Trung tâm Công tác xã hội, giáo dục nghề nghiệp cho người khuyết tật | Kèm quyết định công nhận sáng kiến, đề tài |',
    );
    expect(contents).toContain(
      '| 12 | Báo cáo thành tích của Nguyễn Thị Sen, Chuyên viên Phòng Công tác xã hội, Trung tâm Công tác xã hội, giáo dục nghề nghiệp cho người khuyết tật | |',
    );
    expect(contents).toContain(
      '| 10 | Báo cáo thành tích của Trần Thị Hoài, Phó Giám đốc Trung tâm, Trung tâm Công tác xã hội, giáo dục nghề nghiệp cho người khuyết tật | |',
    );
    const notes = await read('ghi-chu-ho-so-2024.md');
    expect(notes).not.toContain('cá nhân đề nghị danh hiệu cần bỏ phiếu chưa có lời văn');
    expect(notes).toContain('Báo cáo thành tích của cá nhân gồm sơ lược lý lịch');
    await expectGolden('ho-so-2024-bao-cao-thanh-tich-sang-kien.md', phuc);
  });
});

describe("a report of achievements set against the unit's last year", () => {
  it("where last year's units file has the unit, its results of then in a column of their own", async () => {
    const data = await exampleCopy();
    await writeFile(
      join(data, '2023-units.yaml'),
      [
        'kind: unit-results',
        'year: 2023',
        'illustrative: true',
        'units:',
        '  truong-viet-duc:',
        '    own_indicators:',
        '      tuyen-sinh:',
        '        name: Tuyển sinh',
        '        unit: người',
        '        direction: higher',
        '        target: 1900',
        '        result: 1950',
        '',
      ].join('\n'),
    );
    const { run, read } = await dossier(data, '--format', 'md');
    expect(run.code, run.stderr).toBe(0);
    const report = await read('bao-cao-thanh-tich-truong-viet-duc-2024.md');
    expect(report).toContain(
      '| TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2023 | Kế hoạch năm 2024 | Thực hiện năm 2024 |',
    );
    expect(report).toContain('| 1 | Tuyển sinh | người | 1.950 | 2.000 | trên 2.100 |');
    // A target it did not have then: not known, said as such.
    expect(report).toContain('| 2 | Học sinh có việc làm sau tốt nghiệp | % | – | 85 | 88 |');
  });
});

describe('the director decides the base-level titles of his own units', () => {
  it('a unit of the department proposed for Tập thể lao động tiên tiến: the draft decision and its list', async () => {
    const data = await exampleCopy();
    // Trung tâm Chữa bệnh's one disciplined member kept it from the title: without it, 36 of 45 (80%) are Lao
    // động tiên tiến, and its one member short of completing his duties keeps it from xuất sắc.
    await replaceIn(
      join(data, '2024-units.yaml'),
      'emulation_fighters: 4\n      disciplined: 1',
      'emulation_fighters: 4\n      disciplined: 0',
    );
    const { run, folder, read } = await dossier(data, '--format', 'md');
    expect(run.code, run.stderr).toBe(0);
    expect(await readdir(folder)).toContain('du-thao-quyet-dinh-2024.md');
    const decision = await read('du-thao-quyet-dinh-2024.md');
    expect(decision).toContain(`Số: ${BLANK}/QĐ-SLĐTBXH`);
    expect(decision).toContain('# QUYẾT ĐỊNH');
    expect(decision).toContain('*(Dự thảo)*');
    expect(decision).toContain('**GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI**');
    expect(decision).toContain(
      '**Điều 1.** Tặng danh hiệu “Tập thể lao động tiên tiến” năm 2024 cho 1 tập thể; danh hiệu “Lao động tiên tiến” năm 2024 cho 3 cá nhân; danh hiệu “Chiến sĩ thi đua cơ sở” năm 2024 cho 2 cá nhân (có danh sách kèm theo).',
    );
    // 0,8 × 2.340.000 = 1.872.000, rounded up to tens of thousands: 1.880.000; with the members' 5.390.000.
    expect(decision).toContain('tổng số tiền thưởng: 7.270.000 đồng.');
    expect(decision).toContain('**Tập thể, cá nhân được tặng');
    expect(decision).toContain(
      'Thủ trưởng các phòng, đơn vị thuộc Sở và các tập thể, cá nhân có tên tại Điều 1',
    );
    expect(decision).toContain('| 1 | Trung tâm Chữa bệnh - Giáo dục - Lao động xã hội Hà Tĩnh |');
    expect(decision).toContain('|  | **Cộng** |  | **1.880.000** |');
    // Not a district office: not among those the district chairman decides.
    const minutes = await read('bien-ban-hop-hoi-dong-2024.md');
    expect(minutes).toContain(
      '- Đề nghị Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh tặng:\n  - Danh hiệu “Tập thể lao động tiên tiến”: 1 tập thể (Trung tâm Chữa bệnh - Giáo dục - Lao động xã hội Hà Tĩnh);',
    );
    const contents = await read('danh-muc-ho-so-2024.md');
    await expectGolden('ho-so-2024-tap-the-tien-tien-quyet-dinh.md', decision);
    await expectGolden('ho-so-2024-tap-the-tien-tien-danh-muc.md', contents);
    expect(contents).toContain(
      '| 13 | Quyết định về việc tặng danh hiệu “Tập thể lao động tiên tiến”, danh hiệu “Lao động tiên tiến” và danh hiệu “Chiến sĩ thi đua cơ sở” năm 2024 | Dự thảo |',
    );
  });
});

describe('a dossier that cannot be made writes nothing', () => {
  it('no meeting of the council on the year: exit 2, what to add, nothing written', async () => {
    const data = await exampleCopy();
    await replaceIn(
      join(data, 'council.yaml'),
      '  - year: 2024\n    date: 2024-12-06',
      '  - year: 2023\n    date: 2023-12-06',
    );
    const { out, run } = await dossier(data, '--format', 'md');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('council.yaml has no meeting of the emulation council on 2024');
    expect(run.stderr).toContain('fix: Add the 2024 meeting to');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(out)).toEqual([]);
  });

  it('a year without the units scored: exit 2, nothing written', async () => {
    const { out, run } = await dossier(join(ROOT, 'data'), '--format', 'md');
    expect(run.code).toBe(2);
    expect(await readdir(out)).toEqual([]);
  });

  it('a workbook is not a format of the dossier', async () => {
    const { run } = await dossier(EXAMPLE, '--format', 'xlsx');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('xlsx');
  });
});
