/**
 * The national rules on titles, awards and prize money the tool ships, by period (issue 9), in the form of
 * titles.yaml: a data folder's titles.yaml replaces them (a province's own caps and awards).
 *
 * What each rule rests on, and how sure it is. No official text of the Law 06/2022/QH15 or of Nghị định 98/2023 and
 * 152/2025 could be read here; every condition and multiple below is as secondary sources quote it (provincial and
 * ministry sites, thuvienphapluat; see the README, "Emulation", and issue 9's notes), and says so where they did not
 * agree or were not found. Check them against the official gazette before a proposal is signed.
 * - Lao động tiên tiến: Luật Điều 24 khoản 1 (quoted word for word: "hoàn thành tốt nhiệm vụ trở lên; ...").
 * - Chiến sĩ thi đua cơ sở: the Law's article on it (Điều 23 by the Law's layout; one source says 21); first a Lao
 *   động tiên tiến. No national cap under Nghị định 98/2023 or 152/2025 was found (the 15% of Nghị định 91/2017,
 *   Điều 9 khoản 3, is gone); a province that sets one writes it in titles.yaml (`cap`).
 * - Tập thể lao động xuất sắc: Luật Điều 27 khoản 1, quoted alike by two sources: hoàn thành xuất sắc nhiệm vụ; 100%
 *   of members complete their duties, at least 70% Lao động tiên tiến; a Chiến sĩ thi đua cơ sở. The old law's "no
 *   member disciplined at cảnh cáo or above" is not in that wording, so it is not a condition here.
 * - Tập thể lao động tiên tiến: Luật Điều 28; its 2022 wording was not found (the 2003 law said over 50% Lao động
 *   tiên tiến and no one disciplined; other copies say at least 70%): the rating is computed, the share of Lao
 *   động tiên tiến is left to the council to confirm.
 * - Cờ thi đua cấp tỉnh: Luật Điều 26 (wording not found): leads its block and exceeds all its targets, as the
 *   issue and the summaries have it; standing out in the province is for the council to confirm.
 * - Bằng khen of the provincial chairman for a collective: two consecutive years of hoàn thành xuất sắc nhiệm vụ
 *   or Tập thể lao động xuất sắc (Luật Điều 74, as Bắc Ninh's QĐ 86/2025/QĐ-UBND restates it).
 * - One achievement, one prize (Nghị định 98/2023 Điều 53, as the Ministry of Home Affairs answered a reader: the
 *   same year's Lao động tiên tiến and Chiến sĩ thi đua cơ sở are paid the higher prize; a title and an award both).
 * - Each rule's `basis` is what the document cites; what could not be checked is its `caveat`, which goes to the
 *   drafter's notes and never into the document.
 * - Prizes: Nghị định 98/2023 Điều 54 (three sources agree: 0,3; 1,0; 1,5; 0,8; 8); Nghị định 152/2025 the same
 *   multiples as the news reports them (article not found), Bằng khen 1,5 for a person (Điều 54 khoản 1), 3 for a
 *   collective (not found: from the department's notes). Rounded up to tens of thousands of đồng (Nghị định
 *   98/2023, quoted by the government portal). The base salary is the one in force when the decision is issued.
 */

import type { TitleRule, Titles } from '../model/emulation.js';
import type { Dec } from '../model/types.js';

const D = (value: string) => value as Dec;

const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';

/** The titles both periods share; the prizes and their articles differ. */
function titles(
  prizeBasis: string,
  bangKhen: { collective: Dec | undefined; basis: string; caveat: string },
): TitleRule[] {
  return [
    {
      id: 'lao-dong-tien-tien',
      name: 'Lao động tiên tiến',
      category: 'title',
      recipient: 'individual',
      level: 'base',
      basis: `${LAW}, Điều 24 khoản 1`,
      count: 'advanced',
      prize: D('0.3'),
      prize_basis: prizeBasis,
    },
    {
      id: 'chien-si-thi-dua-co-so',
      name: 'Chiến sĩ thi đua cơ sở',
      category: 'title',
      recipient: 'individual',
      level: 'base',
      basis: `${LAW}, Điều 23`,
      caveat: 'Số điều theo bố cục của Luật; một nguồn ghi Điều 21: đối chiếu văn bản chính thức.',
      count: 'emulation_fighters',
      prize: D('1'),
      prize_basis: prizeBasis,
    },
    {
      id: 'co-thi-dua-cap-tinh',
      name: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
      category: 'title',
      recipient: 'collective',
      level: 'province',
      basis: `${LAW}, Điều 26`,
      // "Tập thể tiêu biểu xuất sắc" read as rated excellent first; leading the block, every target exceeded.
      conditions: { rating: 'excellent', block_leader: true, exceeded_all_targets: true },
      confirm: ['là tập thể tiêu biểu xuất sắc của tỉnh, có nhân tố mới, mô hình mới'],
      caveat:
        'Lời văn Điều 26 chưa đọc được; các điều kiện dẫn đầu khối, vượt tất cả chỉ tiêu và xếp loại hoàn thành xuất sắc nhiệm vụ theo các bản tóm tắt.',
      prize: D('8'),
      prize_basis: prizeBasis,
    },
    {
      id: 'tap-the-lao-dong-xuat-sac',
      name: 'Tập thể lao động xuất sắc',
      category: 'title',
      recipient: 'collective',
      level: 'province',
      basis: `${LAW}, Điều 27 khoản 1`,
      conditions: {
        rating: 'excellent',
        members_complete_percent: D('100'),
        advanced_percent: D('70'),
        emulation_fighters: 1,
      },
      confirm: ['tích cực tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết'],
      supersedes: ['tap-the-lao-dong-tien-tien'],
      prize: D('1.5'),
      prize_basis: prizeBasis,
    },
    {
      id: 'tap-the-lao-dong-tien-tien',
      name: 'Tập thể lao động tiên tiến',
      category: 'title',
      recipient: 'collective',
      level: 'base',
      basis: `${LAW}, Điều 28`,
      conditions: { rating: 'good' },
      confirm: ['tỷ lệ cá nhân đạt danh hiệu Lao động tiên tiến theo Điều 28 của Luật; nội bộ đoàn kết'],
      caveat:
        'Lời văn Điều 28 của Luật 2022 chưa đọc được (Luật 2003: trên 50% Lao động tiên tiến, không ai bị kỷ luật từ cảnh cáo trở lên; một số bản sao ghi ít nhất 70%): công cụ chỉ xét xếp loại.',
      prize: D('0.8'),
      prize_basis: prizeBasis,
    },
    {
      id: 'bang-khen-chu-tich-ubnd-tinh',
      name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      category: 'award',
      recipient: 'collective',
      level: 'province',
      basis: `${LAW}, Điều 74`,
      conditions: {
        consecutive: { years: 2, of: ['hoan-thanh-xuat-sac-nhiem-vu', 'tap-the-lao-dong-xuat-sac'] },
      },
      caveat: bangKhen.caveat,
      ...(bangKhen.collective === undefined ? {} : { prize: bangKhen.collective }),
      prize_basis: bangKhen.basis,
    },
  ];
}

const TWO_YEARS =
  'Điều kiện hai năm liên tục theo Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh nhắc lại; lời văn Điều 74 khoản 2 chưa đối chiếu được.';

export const NATIONAL_TITLES: Titles = {
  kind: 'titles',
  rule_sets: [
    {
      id: 'luat-2022-nd-98-2023',
      name: `${LAW} và Nghị định 98/2023/NĐ-CP`,
      from: '2024-01-01',
      until: '2025-06-30',
      prize_rounding: { up_to: 10000, basis: 'Nghị định 98/2023/NĐ-CP' },
      highest_prize_only: { basis: 'Nghị định 98/2023/NĐ-CP, Điều 53' },
      titles: titles('Nghị định 98/2023/NĐ-CP, Điều 54', {
        collective: undefined,
        basis: 'Nghị định 98/2023/NĐ-CP',
        caveat: `${TWO_YEARS} Mức thưởng Bằng khen cho tập thể theo Nghị định 98/2023/NĐ-CP chưa tìm được: không tính vào tổng tiền thưởng.`,
      }),
    },
    {
      id: 'luat-2022-nd-152-2025',
      name: `${LAW} và Nghị định 152/2025/NĐ-CP`,
      from: '2025-07-01',
      prize_rounding: { up_to: 10000, basis: 'Nghị định 152/2025/NĐ-CP' },
      highest_prize_only: { basis: 'Nghị định 152/2025/NĐ-CP' },
      caveat:
        'Mức thưởng, cách làm tròn và nguyên tắc một thành tích một mức thưởng theo Nghị định 152/2025/NĐ-CP lấy như Nghị định 98/2023/NĐ-CP theo các bản tin; điều khoản chưa đối chiếu được.',
      titles: titles('Nghị định 152/2025/NĐ-CP', {
        collective: D('3'),
        basis: 'Nghị định 152/2025/NĐ-CP, Điều 54',
        caveat: `${TWO_YEARS} Mức 3 lần mức lương cơ sở cho tập thể theo tài liệu tổng hợp (Điều 54 khoản 1: cá nhân 1,5 lần).`,
      }),
    },
  ],
  base_salaries: [
    { from: '2023-07-01', amount: D('1800000'), basis: 'Nghị định 24/2023/NĐ-CP' },
    { from: '2024-07-01', amount: D('2340000'), basis: 'Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2' },
  ],
};
