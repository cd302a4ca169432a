/**
 * dossier YEAR on variants of the example: the branches and words of the dossier's documents the example's data
 * does not take (a district office's report of achievements, figures missing, members' counts missing, the
 * officer's notes, the minutes, the decision and the tờ trình on other data). Each test names the fixture change
 * it makes and asserts what that change makes the documents say.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { NATIONAL_TITLES } from '../../src/domain/title-rules.js';
import { ROOT, replaceIn, runInProcess } from '../helpers/run-cli.js';

const EXAMPLE = join(ROOT, 'examples', 'thi-dua');

/** A copy of the example's data folder, to change. */
async function exampleCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hatinh-dossier-variant-'));
  await cp(EXAMPLE, dir, { recursive: true });
  return dir;
}

/** Rewrites a YAML file of a data copy through `edit` (its comments dropped). */
// biome-ignore lint/suspicious/noExplicitAny: a fixture's YAML, edited as plain data
async function editYaml(path: string, edit: (doc: any) => void): Promise<void> {
  const doc = parse(await readFile(path, 'utf8'));
  edit(doc);
  await writeFile(path, stringify(doc));
}

async function dossier(data: string, ...more: string[]) {
  const out = await mkdtemp(join(tmpdir(), 'hatinh-dossier-variant-out-'));
  const run = await runInProcess([
    'dossier',
    '2024',
    '--data',
    data,
    '--out',
    out,
    '--format',
    'md',
    ...more,
  ]);
  expect(run.code, run.stderr).toBe(0);
  const folder = join(out, '2024', 'ho-so');
  const read = (name: string) => readFile(join(folder, `${name}-2024.md`), 'utf8');
  return { out, folder, run, read, files: () => readdir(folder) };
}

const HUONG_SON_WORDS = {
  characteristics: 'Phòng có 12 cán bộ, công chức.',
  narrative: 'Năm 2024, Phòng hoàn thành các chỉ tiêu được giao.',
  signer: { title: 'TRƯỞNG PHÒNG', name: 'Nguyễn Văn Sơn' },
};

/** Phòng LĐ-TBXH huyện Hương Sơn (a district office asked Tập thể lao động xuất sắc only) with its words. */
async function withHuongSonWords(data: string): Promise<void> {
  await editYaml(join(data, '2024-units.yaml'), (doc) => {
    doc.units['phong-huong-son'].achievements = HUONG_SON_WORDS;
    // A report's part III: its titles of earlier years, none here.
    doc.units['phong-huong-son'].earlier ??= {};
  });
}

describe("a district office's report of achievements: its indicators scored by the block's rules", () => {
  it("achievements of phong-huong-son added, its viec-lam target removed: bloc, proportional and best-of-block rows, 'Không có chỉ tiêu', its own block, the one title it is asked for, its signer's name", async () => {
    const data = await exampleCopy();
    await replaceIn(
      join(data, '2024-units.yaml'),
      'viec-lam: { target: 2100, result: 2230 }',
      'viec-lam: { result: 2230 }',
    );
    await withHuongSonWords(data);
    const { read } = await dossier(data);
    const report = await read('bao-cao-thanh-tich-phong-huong-son');
    // A district office is its district's People's Committee's: that is the parent in its header, not the Sở.
    expect(report).toContain(
      'UBND HUYỆN HƯƠNG SƠN  \n**PHÒNG LAO ĐỘNG - THƯƠNG BINH**  \n**VÀ XÃ HỘI HUYỆN HƯƠNG SƠN**',
    );
    expect(report).not.toContain('SỞ LAO ĐỘNG');
    expect(report).toContain('**Đề nghị tặng danh hiệu “Tập thể lao động xuất sắc” năm 2024**');
    expect(report).toContain('**Khối thi đua:** Khối các phòng Lao động - Thương binh và Xã hội cấp huyện.');
    expect(report).toContain('**Tổng số cán bộ, viên chức, người lao động:** 12 người.');
    // No last year's file: no column for it.
    expect(report).toContain('| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện năm 2024 |');
    // Without a target, scored against the block's best: no target to show.
    expect(report).toContain('| 1 | Giải quyết việc làm | người | Không có chỉ tiêu | 2.230 |');
    // bloc
    expect(report).toContain(
      '| 2 | Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng | người | 900 | 980 |',
    );
    // proportional
    expect(report).toContain('| 3 | Đào tạo nghề | người | 1.600 | 1.655 |');
    expect(report).toContain('| 4 | Tỷ lệ hộ nghèo | % | 4,5 | 4,1 |');
    // The block's scheme rounds to 2 decimals.
    expect(report).toContain(
      'Kết quả chấm điểm thi đua: 95,44/100 điểm; xếp thứ 2/13 trong khối các phòng Lao động - Thương binh và Xã hội cấp huyện; xếp loại hoàn thành xuất sắc nhiệm vụ.',
    );
    expect(report).toContain('**TRƯỞNG PHÒNG**  \n**Nguyễn Văn Sơn**');
  });

  it("achievements of phong-huong-son added and a 2023-units.yaml with its indicators: last year's results in their own column, the indicator's, '–' where it has none", async () => {
    const data = await exampleCopy();
    await withHuongSonWords(data);
    await writeFile(
      join(data, '2023-units.yaml'),
      stringify({
        kind: 'unit-results',
        year: 2023,
        illustrative: true,
        units: {
          'phong-huong-son': {
            indicators: {
              'viec-lam': { target: 2000, result: 2050 },
              'dao-tao-nghe': { target: 1500, result: 1480 },
              'ty-le-ho-ngheo': { target: 5, result: 4.6 },
            },
          },
        },
      }),
    );
    const { read } = await dossier(data);
    const report = await read('bao-cao-thanh-tich-phong-huong-son');
    expect(report).toContain(
      '| TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2023 | Kế hoạch năm 2024 | Thực hiện năm 2024 |',
    );
    expect(report).toContain('| 1 | Giải quyết việc làm | người | 2.050 | 2.100 | 2.230 |');
    expect(report).toContain(
      '| 2 | Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng | người | – | 900 | 980 |',
    );
    expect(report).toContain('| 3 | Đào tạo nghề | người | 1.480 | 1.600 | 1.655 |');
    expect(report).toContain('| 4 | Tỷ lệ hộ nghèo | % | 4,6 | 4,5 | 4,1 |');
  });
});

describe("the school's report of achievements on figures the example has not", () => {
  it("truong-viet-duc given a third own target without its result, chi-dao-dieu-hanh 13.5, su-nghiep's excellent band from 75: 'Chưa có số liệu' for it, its total to 2 decimals though its scheme sets none", async () => {
    const data = await exampleCopy();
    const units = join(data, '2024-units.yaml');
    await replaceIn(
      units,
      'chi-dao-dieu-hanh: 14\n      thi-dua-khen-thuong: 14\n      khen-thuong-dot-xuat: 2',
      'chi-dao-dieu-hanh: 13.5\n      thi-dua-khen-thuong: 14\n      khen-thuong-dot-xuat: 2',
    );
    await editYaml(units, (doc) => {
      doc.units['truong-viet-duc'].own_indicators['dao-tao-ngan-han'] = {
        name: 'Đào tạo nghề ngắn hạn',
        unit: 'người',
        direction: 'higher',
        target: 500,
      };
    });
    await editYaml(join(data, 'scoring.yaml'), (doc) => {
      doc.schemes[1].bands[0].min = 75;
    });
    const { read } = await dossier(data);
    const report = await read('bao-cao-thanh-tich-truong-viet-duc');
    expect(report).toContain('| 3 | Đào tạo nghề ngắn hạn | người | 500 | Chưa có số liệu |');
    expect(report).toContain('| 1 | Tuyển sinh | người | 2.000 | trên 2.100 |');
    // 20 + 20 + 0 of its own targets' 60, 10, 13,5, 14 and 2: the half point kept.
    expect(report).toContain(
      'Kết quả chấm điểm thi đua: 79,5/100 điểm; xếp thứ 5/5 trong khối các đơn vị sự nghiệp trực thuộc Sở; xếp loại hoàn thành xuất sắc nhiệm vụ.',
    );
  });

  it("truong-viet-duc without members (no members:) nor earlier titles (earlier: {}): no headcount, no members' titles, the movements numbered 2, 'Không.' under part III; its members left out of the notes' counts", async () => {
    const data = await exampleCopy();
    await editYaml(join(data, '2024-units.yaml'), (doc) => {
      delete doc.units['truong-viet-duc'].members;
      doc.units['truong-viet-duc'].earlier = {};
    });
    const { read } = await dossier(data);
    const report = await read('bao-cao-thanh-tich-truong-viet-duc');
    expect(report).not.toContain('Tổng số cán bộ, viên chức, người lao động');
    expect(report).not.toContain('Danh hiệu thi đua của cá nhân');
    expect(report).not.toContain('cá nhân được đề nghị công nhận');
    expect(report).toContain('### 2. Thực hiện các phong trào thi đua');
    expect(report).toContain('## III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG\n\nKhông.\n');
    expect(await read('ghi-chu-ho-so')).toContain(
      '- Lao động tiên tiến: 138 người các đơn vị thuộc Sở đề nghị chưa có họ tên (trung-tam-dvvl: đã ghi 0/32; trung-tam-cai-nghien: đã ghi 0/36; trung-tam-dieu-duong: đã ghi 0/52; trung-tam-ctxh: đã ghi 3/21);',
    );
  });

  it("truong-viet-duc with emulation_fighters: 0 and two titles in 2023: the members' title counted 0 left out, a year's two titles in one line", async () => {
    const data = await exampleCopy();
    await editYaml(join(data, '2024-units.yaml'), (doc) => {
      doc.units['truong-viet-duc'].members.emulation_fighters = 0;
      doc.units['truong-viet-duc'].earlier = {
        2022: ['hoan-thanh-xuat-sac-nhiem-vu'],
        2023: ['tap-the-lao-dong-xuat-sac', 'hoan-thanh-xuat-sac-nhiem-vu'],
      };
    });
    const { read } = await dossier(data);
    const report = await read('bao-cao-thanh-tich-truong-viet-duc');
    expect(report).toContain(
      '### 2. Danh hiệu thi đua của cá nhân\n\nNăm 2024, 98/112 cá nhân được đề nghị công nhận danh hiệu “Lao động tiên tiến”.\n',
    );
    expect(report).not.toContain('“Chiến sĩ thi đua cơ sở”');
    expect(report).toContain(
      '- Năm 2022: Hoàn thành xuất sắc nhiệm vụ.\n- Năm 2023: Tập thể lao động xuất sắc, Hoàn thành xuất sắc nhiệm vụ.\n',
    );
  });
});

describe('a scheme the example does not have', () => {
  it("truong-viet-duc's own targets (own_indicators) removed, su-nghiep's bands from 40: no row in the school's table, every copy says so", async () => {
    const data = await exampleCopy();
    await editYaml(join(data, 'scoring.yaml'), (doc) => {
      doc.schemes[1].bands[0].min = 40;
      doc.schemes[1].bands[1].min = 30;
      doc.schemes[1].bands[2].min = 20;
    });
    await editYaml(join(data, '2024-units.yaml'), (doc) => {
      delete doc.units['truong-viet-duc'].own_indicators;
    });
    const { folder, read } = await dossier(data, '--format', 'md,html,docx');
    const report = await read('bao-cao-thanh-tich-truong-viet-duc');
    // An empty sheet says why it is empty instead of a heading row alone, in every format.
    expect(report).toContain(
      '### 1. Kết quả thực hiện các chỉ tiêu năm 2024\n\nKhông có chỉ tiêu được chấm điểm.\n\nKết quả chấm điểm thi đua: 40/100 điểm;',
    );
    expect(report).not.toContain('| TT | Chỉ tiêu |');
    const html = await readFile(join(folder, 'bao-cao-thanh-tich-truong-viet-duc-2024.html'), 'utf8');
    expect(html).toContain('<p>Không có chỉ tiêu được chấm điểm.</p>');
    const docx = new TextDecoder().decode(
      unzipSync(await readFile(join(folder, 'bao-cao-thanh-tich-truong-viet-duc-2024.docx')))[
        'word/document.xml'
      ],
    );
    expect(docx).toContain('Không có chỉ tiêu được chấm điểm.');
  });

  it("su-nghiep's bands only one from 101 points: the school, still leading its block, has its score without a classification", async () => {
    const data = await exampleCopy();
    await editYaml(join(data, 'scoring.yaml'), (doc) => {
      doc.schemes[1].bands = [{ min: 101, label: 'Hoàn thành xuất sắc nhiệm vụ', rating: 'excellent' }];
    });
    const { read } = await dossier(data);
    const report = await read('bao-cao-thanh-tich-truong-viet-duc');
    expect(report).toContain('**Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm 2024**');
    expect(report).toContain(
      'Kết quả chấm điểm thi đua: 100/100 điểm; xếp thứ 1/5 trong khối các đơn vị sự nghiệp trực thuộc Sở.\n',
    );
  });
});

describe("the council's meeting as the example has it not", () => {
  it('chu-tich, pho-chu-tich-1 and pho-chu-tich-2 absent with a written opinion: no one presides, the minutes name no chair, the notes say so', async () => {
    const data = await exampleCopy();
    await editYaml(join(data, 'council.yaml'), (doc) => {
      const heads = ['chu-tich', 'pho-chu-tich-1', 'pho-chu-tich-2'];
      doc.meetings[0].present = doc.meetings[0].present.filter((m: string) => !heads.includes(m));
      doc.meetings[0].written.push(...heads);
    });
    const { read } = await dossier(data);
    const minutes = await read('bien-ban-hop-hoi-dong');
    expect(minutes).not.toContain('**Chủ trì:**');
    expect(minutes).toContain('**Thư ký:** Phạm Thị Dung, Chánh Văn phòng Sở.');
    expect(minutes).toContain('**CHỦ TỌA**\n');
    expect(minutes).toContain(
      'có 9 thành viên; có mặt 5/9 thành viên; vắng mặt có ý kiến bằng văn bản 4 thành viên.',
    );
    expect(await read('ghi-chu-ho-so')).toContain(
      '- Cuộc họp không có Chủ tịch hoặc Phó Chủ tịch Hội đồng có mặt: biên bản chưa ghi người chủ trì, người ký.\n',
    );
  });

  it('chu-tich listed last of the members: the chair still presides, not the first member present', async () => {
    const data = await exampleCopy();
    await editYaml(join(data, 'council.yaml'), (doc) => {
      doc.members.push(doc.members.shift());
    });
    const { read } = await dossier(data);
    const minutes = await read('bien-ban-hop-hoi-dong');
    expect(minutes).toContain('**Chủ trì:** Nguyễn Văn An, Giám đốc Sở, Chủ tịch Hội đồng.');
    expect(minutes).toContain('**CHỦ TỌA**  \n**Nguyễn Văn An**');
    expect(await read('ghi-chu-ho-so')).not.toContain('Cuộc họp không có Chủ tịch');
  });

  it('uy-vien-nguoi-co-cong present (no written opinion), quorum 90% set in council.yaml: all present, the quorum reached', async () => {
    const data = await exampleCopy();
    await editYaml(join(data, 'council.yaml'), (doc) => {
      doc.quorum = { percent: 90, basis: 'Quy chế hoạt động của Hội đồng, Điều 5' };
      doc.meetings[0].present.push('uy-vien-nguoi-co-cong');
      doc.meetings[0].written = [];
    });
    const { read } = await dossier(data);
    const minutes = await read('bien-ban-hop-hoi-dong');
    expect(minutes).toContain(
      '**Thành phần:** Hội đồng Thi đua - Khen thưởng Sở Lao động - Thương binh và Xã hội có 9 thành viên; có mặt 9/9 thành viên.',
    );
    expect(minutes).toContain(
      'Số thành viên có mặt 9/9 (100%), đạt tỷ lệ tối thiểu 90% tổng số thành viên Hội đồng',
    );
    expect(minutes).toContain(
      '- Bùi Thị Hoa, Trưởng phòng Người có công: có mặt;\n- Ngô Văn Khánh, Bí thư Đoàn Thanh niên Sở: có mặt.\n',
    );
  });

  it('quorum 90% set in council.yaml with 8 of 9 present, the last member listed a post with a semicolon: the quorum not reached, the list ended at its end', async () => {
    const data = await exampleCopy();
    await editYaml(join(data, 'council.yaml'), (doc) => {
      doc.quorum = { percent: 90, basis: 'Quy chế hoạt động của Hội đồng, Điều 5' };
    });
    await replaceIn(
      join(data, 'council.yaml'),
      'position: Trưởng phòng Người có công',
      'position: Trưởng phòng Người có công; Bí thư Chi bộ',
    );
    const { read } = await dossier(data);
    const minutes = await read('bien-ban-hop-hoi-dong');
    expect(minutes).toContain(
      'Số thành viên có mặt 8/9 (88,89%), chưa đạt tỷ lệ tối thiểu 90% tổng số thành viên Hội đồng',
    );
    expect(minutes).toContain(
      '- Bùi Thị Hoa, Trưởng phòng Người có công; Bí thư Chi bộ: vắng mặt, có ý kiến bằng văn bản.\n',
    );
  });

  it("ballots: [] in the meeting, trung-tam-ctxh's individuals removed: no count of ballots in the minutes; the notes list the two collectives of the same title awaiting one", async () => {
    const data = await exampleCopy();
    await editYaml(join(data, 'council.yaml'), (doc) => {
      doc.meetings[0].ballots = [];
    });
    await editYaml(join(data, '2024-units.yaml'), (doc) => {
      delete doc.units['trung-tam-ctxh'].individuals;
    });
    const { read } = await dossier(data);
    const minutes = await read('bien-ban-hop-hoi-dong');
    expect(minutes).not.toContain('Hội đồng bỏ phiếu');
    expect(minutes).not.toContain('Kết quả kiểm phiếu');
    expect(minutes).toContain(
      'hình thức khen thưởng theo Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 98/2023/NĐ-CP.\n\n## II. KẾT LUẬN',
    );
    expect(await read('ghi-chu-ho-so')).toContain(
      '- Cờ thi đua của Ủy ban nhân dân tỉnh: Trường Cao đẳng nghề Việt - Đức Hà Tĩnh, Phòng Lao động - Thương binh và Xã hội thành phố Hà Tĩnh đủ tiêu chuẩn theo số liệu nhưng cuộc họp ngày 06/12/2024 chưa có kết quả bỏ phiếu',
    );
  });

  it('a ballot added on a title that needs none (truong-viet-duc on the Bằng khen): counted nowhere, the four ballots kept', async () => {
    const data = await exampleCopy();
    await editYaml(join(data, 'council.yaml'), (doc) => {
      doc.meetings[0].ballots.push({
        title: 'bang-khen-chu-tich-ubnd-tinh',
        unit: 'truong-viet-duc',
        yes: 9,
        no: 0,
      });
    });
    const { read } = await dossier(data);
    const minutes = await read('bien-ban-hop-hoi-dong');
    expect(minutes).toContain(
      '| 4 | Lê Văn Phúc (Trung tâm Công tác xã hội, giáo dục nghề nghiệp cho người khuyết tật) | Chiến sĩ thi đua cơ sở | 8 | 1 | 88,89% | 80% | **Đạt** |\n\n',
    );
    expect(minutes).not.toContain('| 5 |');
    expect(minutes).not.toContain('| Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh |');
  });
});

describe("the members named, as the example's are not", () => {
  it("le-van-phuc's titles Lao động tiên tiến only (his Chiến sĩ thi đua cơ sở ballot removed): the centre's second Chiến sĩ thi đua cơ sở still to be named, whoever else it names", async () => {
    const data = await exampleCopy();
    await editYaml(join(data, '2024-units.yaml'), (doc) => {
      const phuc = doc.units['trung-tam-ctxh'].individuals.find(
        (p: { id: string }) => p.id === 'le-van-phuc',
      );
      phuc.titles = ['lao-dong-tien-tien'];
    });
    await replaceIn(
      join(data, 'council.yaml'),
      '      - title: chien-si-thi-dua-co-so\n        person: le-van-phuc\n        yes: 8\n        no: 1\n',
      '',
    );
    const { read } = await dossier(data);
    expect(await read('ghi-chu-ho-so')).toContain(
      '- Chiến sĩ thi đua cơ sở: 27 người các đơn vị thuộc Sở đề nghị chưa có họ tên (truong-viet-duc: đã ghi 0/12; trung-tam-dvvl: đã ghi 0/4; trung-tam-cai-nghien: đã ghi 0/4; trung-tam-dieu-duong: đã ghi 0/6; trung-tam-ctxh: đã ghi 1/2);',
    );
  });

  it('a member of phong-hong-linh (a district office) named for Lao động tiên tiến: the minutes leave both its titles to the district', async () => {
    const data = await exampleCopy();
    await editYaml(join(data, '2024-units.yaml'), (doc) => {
      doc.units['phong-hong-linh'].individuals = [
        {
          id: 'nguyen-van-linh',
          name: 'Nguyễn Văn Lĩnh',
          position: 'Chuyên viên',
          rating: 'good',
          titles: ['lao-dong-tien-tien'],
        },
      ];
    });
    const { read } = await dossier(data);
    expect(await read('bien-ban-hop-hoi-dong')).toContain(
      '; Phòng Lao động - Thương binh và Xã hội huyện Vũ Quang); danh hiệu “Lao động tiên tiến” của 1 cá nhân đủ tiêu chuẩn (Nguyễn Văn Lĩnh, Phòng Lao động - Thương binh và Xã hội thị xã Hồng Lĩnh): đề nghị Chủ tịch Ủy ban nhân dân cấp huyện xem xét, quyết định theo thẩm quyền',
    );
  });

  it("trung-tam-ctxh's individuals and their ballots removed: nothing for the director to give, no draft decision, no word of it in the minutes or the notes", async () => {
    const data = await exampleCopy();
    await editYaml(join(data, '2024-units.yaml'), (doc) => {
      delete doc.units['trung-tam-ctxh'].individuals;
    });
    await editYaml(join(data, 'council.yaml'), (doc) => {
      doc.meetings[0].ballots = doc.meetings[0].ballots.filter(
        (b: { person?: string }) => b.person === undefined,
      );
    });
    const { files, read } = await dossier(data);
    expect(await files()).not.toContain('du-thao-quyet-dinh-2024.md');
    expect(await read('bien-ban-hop-hoi-dong')).not.toContain('Đề nghị Giám đốc Sở');
    expect(await read('danh-muc-ho-so')).not.toContain('Quyết định');
    const notes = await read('ghi-chu-ho-so');
    expect(notes).not.toContain('Dự thảo quyết định');
    expect(notes).toContain('- Tờ trình gồm các phòng cấp huyện');
  });
});

describe('units of other kinds than the example has', () => {
  it("every kind: district_office of units.yaml made centre: the phòng are the department's to reward, the tờ trình has no district office, nothing left to the district", async () => {
    const data = await exampleCopy();
    const path = join(data, 'units.yaml');
    await writeFile(path, (await readFile(path, 'utf8')).replaceAll('kind: district_office', 'kind: centre'));
    const { read } = await dossier(data);
    const minutes = await read('bien-ban-hop-hoi-dong');
    expect(minutes).not.toContain('Đối với');
    expect(minutes).not.toContain('cấp huyện xem xét');
    expect(minutes).toContain(
      '  - Danh hiệu “Tập thể lao động tiên tiến”: 8 tập thể (Phòng Lao động - Thương binh và Xã hội huyện Nghi Xuân;',
    );
    const notes = await read('ghi-chu-ho-so');
    expect(notes).not.toContain('Tờ trình gồm các phòng cấp huyện');
    expect(notes).toContain('- Dự thảo quyết định căn cứ Luật và Nghị định đang áp dụng;');
  });
});

/** The national rules as a folder's titles.yaml, changed by `edit` (the rule set of 2024 its first). */
// biome-ignore lint/suspicious/noExplicitAny: a fixture's YAML, edited as plain data
async function withTitles(data: string, edit: (titles: any[], set: any, doc: any) => void): Promise<void> {
  const doc = structuredClone(NATIONAL_TITLES);
  const [first] = doc.rule_sets;
  if (first === undefined) throw new Error('the national rules have no rule set');
  edit(first.titles, first, doc);
  // Figures as numbers, as a titles.yaml writes them.
  await writeFile(join(data, 'titles.yaml'), stringify(doc).replace(/: "(\d+(\.\d+)?)"$/gm, ': $1'));
}

const byId = (titles: { id: string }[], id: string) =>
  titles.find((t) => t.id === id) as Record<string, unknown>;

describe('titles.yaml rules the national ones are not', () => {
  it("a title of the state's level (Cờ thi đua của Chính phủ, for collectives rated excellent) added: beyond this dossier, the notes say so, no document proposes it", async () => {
    const data = await exampleCopy();
    await withTitles(data, (titles) => {
      titles.push({
        id: 'co-thi-dua-chinh-phu',
        name: 'Cờ thi đua của Chính phủ',
        category: 'title',
        recipient: 'collective',
        level: 'state',
        basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 25',
        conditions: { rating: 'excellent' },
      });
    });
    const { read } = await dossier(data);
    const notes = await read('ghi-chu-ho-so');
    expect(notes).toContain(
      '- Cờ thi đua của Chính phủ (9 tập thể): cấp khen thưởng trên cấp tỉnh, không thuộc tờ trình và quyết định của hồ sơ này; lập hồ sơ riêng.\n',
    );
    for (const name of ['bien-ban-hop-hoi-dong', 'to-trinh-ubnd-tinh', 'du-thao-quyet-dinh'])
      expect(await read(name)).not.toContain('Cờ thi đua của Chính phủ');
  });

  it('a title of the province for members (Chiến sĩ thi đua cấp tỉnh) added to tran-thi-hoai and le-van-phuc: the tờ trình asks it for collectives and members', async () => {
    const data = await exampleCopy();
    await withTitles(data, (titles) => {
      titles.push({
        id: 'chien-si-thi-dua-cap-tinh',
        name: 'Chiến sĩ thi đua cấp tỉnh',
        category: 'title',
        recipient: 'individual',
        level: 'province',
        basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 22',
        holders: { rating: 'good' },
      });
    });
    await editYaml(join(data, '2024-units.yaml'), (doc) => {
      for (const p of doc.units['trung-tam-ctxh'].individuals)
        if (p.id !== 'nguyen-thi-sen') p.titles.push('chien-si-thi-dua-cap-tinh');
    });
    const { read } = await dossier(data);
    const submission = await read('to-trinh-ubnd-tinh');
    expect(submission).toContain('- Danh hiệu “Chiến sĩ thi đua cấp tỉnh” cho 2 cá nhân.');
    expect(submission).toContain('(Có danh sách 8 tập thể và 2 cá nhân và hồ sơ kèm theo.)');
    // The list of collectives and members, the members in a table of their own.
    expect(submission).toContain(
      '**Tập thể, cá nhân đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh, danh hiệu “Tập thể lao động xuất sắc”, Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh và danh hiệu “Chiến sĩ thi đua cấp tỉnh” năm\u00a02024**',
    );
    expect(submission).toContain(
      '| **I** | **Chiến sĩ thi đua cấp tỉnh (2 cá nhân; căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 22)** |',
    );
  });

  it("the department's titles without prize_basis: Điều 2 pays them with no article cited", async () => {
    const data = await exampleCopy();
    await withTitles(data, (titles) => {
      for (const id of ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so']) delete byId(titles, id).prize_basis;
    });
    const { read } = await dossier(data);
    expect(await read('du-thao-quyet-dinh')).toContain(
      '**Điều 2.** Các cá nhân có tên tại Điều 1 được thưởng, mức thưởng của từng cá nhân theo danh sách kèm theo; tổng số tiền thưởng: 5.390.000 đồng.',
    );
  });

  it("Lao động tiên tiến's prize_basis and Chiến sĩ thi đua cơ sở's ballot basis other articles: Điều 2 and the minutes cite both", async () => {
    const data = await exampleCopy();
    await withTitles(data, (titles) => {
      byId(titles, 'lao-dong-tien-tien').prize_basis = 'Nghị định 98/2023/NĐ-CP, Điều 55';
      const vote = byId(titles, 'chien-si-thi-dua-co-so').vote as Record<string, unknown>;
      vote.basis = 'Nghị định 98/2023/NĐ-CP, Điều 31 khoản 2';
    });
    const { read } = await dossier(data);
    expect(await read('du-thao-quyet-dinh')).toContain(
      '**Điều 2.** Các cá nhân có tên tại Điều 1 được thưởng theo quy định tại Điều 55 Nghị định 98/2023/NĐ-CP và Điều 54 Nghị định 98/2023/NĐ-CP, mức thưởng',
    );
    expect(await read('bien-ban-hop-hoi-dong')).toContain(
      '(căn cứ khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP và khoản 2 Điều 31 Nghị định 98/2023/NĐ-CP)',
    );
  });

  it("Lao động tiên tiến without count (its holders not counted in the members' figures): the notes ask no names for it", async () => {
    const data = await exampleCopy();
    await withTitles(data, (titles) => {
      delete byId(titles, 'lao-dong-tien-tien').count;
    });
    const { read } = await dossier(data);
    const notes = await read('ghi-chu-ho-so');
    expect(notes).not.toContain('Lao động tiên tiến:');
    expect(notes).toContain('- Chiến sĩ thi đua cơ sở: 26 người các đơn vị thuộc Sở đề nghị chưa có họ tên');
  });

  it("the department's titles without prize: Điều 2 pays by the rules, no sum", async () => {
    const data = await exampleCopy();
    await withTitles(data, (titles) => {
      for (const id of ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so']) delete byId(titles, id).prize;
    });
    const { read } = await dossier(data);
    const decision = await read('du-thao-quyet-dinh');
    expect(decision).toContain('**Điều 2.** Tiền thưởng kèm theo danh hiệu thực hiện theo quy định.\n');
    expect(decision).not.toContain('tổng số tiền thưởng');
    // The list adds up no money it does not know: "–", not 0.
    expect(decision).toContain('| **Cộng** |  |  |  | **–** |');
  });

  it('base_salaries only from 2030-01-01: no base salary on the day, Điều 2 says so, the list adds up no money', async () => {
    const data = await exampleCopy();
    await withTitles(data, (_titles, _set, doc) => {
      doc.base_salaries = [{ from: '2030-01-01', amount: '2340000', basis: 'Nghị định 73/2024/NĐ-CP' }];
    });
    const { read } = await dossier(data);
    const decision = await read('du-thao-quyet-dinh');
    expect(decision).toContain(
      '**Điều 2.** Tiền thưởng kèm theo danh hiệu thực hiện theo quy định (chưa có mức lương cơ sở áp dụng tại ngày 31/12/2024).',
    );
    expect(decision).toContain('| **Cộng** |  |  |  | **–** |');
  });

  it('no title of the province in the rules (Cờ, Tập thể lao động xuất sắc, Bằng khen removed; their ballots too): no tờ trình, no report of achievements due', async () => {
    const data = await exampleCopy();
    await withTitles(data, (titles, set) => {
      set.titles = titles.filter((t: { level: string }) => t.level !== 'province');
    });
    await editYaml(join(data, 'council.yaml'), (doc) => {
      doc.meetings[0].ballots = doc.meetings[0].ballots.filter(
        (b: { unit?: string }) => b.unit === undefined,
      );
    });
    const { files, read } = await dossier(data);
    expect(await files()).not.toContain('to-trinh-ubnd-tinh-2024.md');
    expect(await read('bien-ban-hop-hoi-dong')).not.toContain('Ủy ban nhân dân tỉnh');
    const notes = await read('ghi-chu-ho-so');
    expect(notes).not.toContain('đề nghị cấp tỉnh khen thưởng');
    expect(notes).not.toContain('Tờ trình gồm');
    expect(await read('danh-muc-ho-so')).not.toContain('Tờ trình');
  });

  it("no title anyone meets (the rules' one title Tập thể lao động xuất sắc, asking 1000 Chiến sĩ thi đua cơ sở; no one named, no ballot): the minutes conclude none", async () => {
    const data = await exampleCopy();
    await withTitles(data, (titles, set) => {
      const title = byId(titles, 'tap-the-lao-dong-xuat-sac');
      title.conditions = { emulation_fighters: 1000 };
      delete title.supersedes;
      set.titles = [title];
    });
    await editYaml(join(data, 'council.yaml'), (doc) => {
      doc.meetings[0].ballots = [];
    });
    await editYaml(join(data, '2024-units.yaml'), (doc) => {
      delete doc.units['trung-tam-ctxh'].individuals;
    });
    const { files, read } = await dossier(data);
    expect(await read('bien-ban-hop-hoi-dong')).toContain(
      'Hội đồng thống nhất:\n\n- Không có tập thể đủ tiêu chuẩn đề nghị khen thưởng năm 2024.\n',
    );
    // Nothing to note either: no notes written.
    expect((await files()).sort()).toEqual(['bien-ban-hop-hoi-dong-2024.md', 'danh-muc-ho-so-2024.md']);
  });
});

describe('the data marked illustrative, or not', () => {
  const unmark = async (data: string, file: string) =>
    replaceIn(join(data, file), 'illustrative: true\n', '');

  it('illustrative: true removed from scoring.yaml, 2024-units.yaml and council.yaml: no document marked', async () => {
    const data = await exampleCopy();
    for (const file of ['scoring.yaml', '2024-units.yaml', 'council.yaml']) await unmark(data, file);
    const { read } = await dossier(data);
    for (const name of [
      'bien-ban-hop-hoi-dong',
      'to-trinh-ubnd-tinh',
      'du-thao-quyet-dinh',
      'danh-muc-ho-so',
    ])
      expect(await read(name)).not.toContain('SỐ LIỆU MINH HỌA');
  });

  it('illustrative: true kept in council.yaml only: the documents marked', async () => {
    const data = await exampleCopy();
    for (const file of ['scoring.yaml', '2024-units.yaml']) await unmark(data, file);
    const { read } = await dossier(data);
    expect(await read('bien-ban-hop-hoi-dong')).toContain('> **SỐ LIỆU MINH HỌA**');
  });

  it('illustrative: true removed from council.yaml only: the documents still marked, the scores being illustrative', async () => {
    const data = await exampleCopy();
    await unmark(data, 'council.yaml');
    const { read } = await dossier(data);
    expect(await read('bien-ban-hop-hoi-dong')).toContain('> **SỐ LIỆU MINH HỌA**');
  });
});

describe("the agency's words as the example has them not", () => {
  it("agency.yaml's parent 'UBND TỈNH  HÀ  TĨNH' (doubled spaces) and its signer on the director's behalf ('KT.  GIÁM ĐỐC', doubled space): the committee and the head named as before", async () => {
    const data = await exampleCopy();
    const agency = join(data, 'agency.yaml');
    await replaceIn(agency, 'parent: UBND TỈNH HÀ TĨNH', 'parent: UBND TỈNH  HÀ  TĨNH');
    await replaceIn(
      agency,
      'signer:\n  title: GIÁM ĐỐC\n',
      'signer:\n  on_behalf: KT.  GIÁM ĐỐC\n  title: PHÓ GIÁM ĐỐC\n',
    );
    const { read } = await dossier(data);
    expect(await read('to-trinh-ubnd-tinh')).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh.');
    const minutes = await read('bien-ban-hop-hoi-dong');
    expect(minutes).toContain('- Đề nghị Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh tặng:');
    expect(minutes).toContain('- Đề nghị Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh tặng:');
    expect(await read('du-thao-quyet-dinh')).toContain('**GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI**');
  });

  it("agency.yaml's parent without a province ('ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI'): the tờ trình addresses the parent as written", async () => {
    const data = await exampleCopy();
    await replaceIn(
      join(data, 'agency.yaml'),
      'parent: UBND TỈNH HÀ TĨNH',
      'parent: ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
    );
    const { read } = await dossier(data);
    expect(await read('to-trinh-ubnd-tinh')).toContain(
      'Kính gửi: Chủ tịch ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI.',
    );
  });
});

describe('the reports of achievements all written', () => {
  it('achievements added to every unit asked of the province: each report made, none said due in the notes or the contents', async () => {
    const data = await exampleCopy();
    const asked = [
      'trung-tam-dvvl',
      'trung-tam-dieu-duong',
      'trung-tam-ctxh',
      'phong-tp-ha-tinh',
      'phong-huong-son',
      'phong-can-loc',
      'phong-thach-ha',
    ];
    await editYaml(join(data, '2024-units.yaml'), (doc) => {
      for (const id of asked) {
        doc.units[id].achievements = { ...HUONG_SON_WORDS, signer: { title: 'THỦ TRƯỞNG' } };
        doc.units[id].earlier ??= {};
      }
    });
    const { files, read } = await dossier(data);
    for (const id of asked) expect(await files()).toContain(`bao-cao-thanh-tich-${id}-2024.md`);
    expect(await read('ghi-chu-ho-so')).not.toContain('tập thể đề nghị cấp tỉnh khen thưởng chưa có lời văn');
    expect(await read('danh-muc-ho-so')).not.toContain('Do tập thể lập');
  });
});

describe("the example's documents' properties", () => {
  it('the HTML head and the Word properties: the title in sentence case with its subject, the keywords, the minutes dated on the meeting', async () => {
    const { folder, read } = await dossier(EXAMPLE, '--format', 'md,html,docx');
    const html = await readFile(join(folder, 'bien-ban-hop-hoi-dong-2024.html'), 'utf8');
    expect(html).toContain(
      '<title>Biên bản: Họp Hội đồng Thi đua - Khen thưởng Sở Lao động - Thương binh và Xã hội xét danh hiệu thi đua, hình thức khen thưởng năm 2024</title>',
    );
    expect(html).toContain('<meta name="keywords" content="hồ sơ, thi đua, khen thưởng, 2024">');
    const core = (name: string) =>
      readFile(join(folder, name)).then((b) => new TextDecoder().decode(unzipSync(b)['docProps/core.xml']));
    expect(await core('bien-ban-hop-hoi-dong-2024.docx')).toContain('>2024-12-06T00:00:00Z<');
    expect(await core('to-trinh-ubnd-tinh-2024.docx')).toContain(
      '<dc:title>Tờ trình: Về việc đề nghị tặng Cờ thi đua',
    );
    expect(await read('bien-ban-hop-hoi-dong')).toContain('# BIÊN BẢN');
  });
});
