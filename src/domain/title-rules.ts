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
function titles(prizeBasis: string, bangKhen: { collective: Dec | undefined; basis: string }): TitleRule[] {
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
      basis: `${LAW}, Điều 23 (số điều theo bố cục của Luật, cần đối chiếu)`,
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
      conditions: { block_leader: true, exceeded_all_targets: true },
      confirm: [
        'Là tập thể tiêu biểu xuất sắc của tỉnh, có nhân tố mới, mô hình mới (Hội đồng thi đua xác nhận).',
      ],
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
      confirm: [
        'Tích cực tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết (Hội đồng thi đua xác nhận).',
      ],
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
      confirm: [
        'Tỷ lệ cá nhân đạt danh hiệu Lao động tiên tiến theo Điều 28 của Luật (chưa đối chiếu được văn bản chính thức); nội bộ đoàn kết (Hội đồng thi đua xác nhận).',
      ],
      prize: D('0.8'),
      prize_basis: prizeBasis,
    },
    {
      id: 'bang-khen-chu-tich-ubnd-tinh',
      name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      category: 'award',
      recipient: 'collective',
      level: 'province',
      basis: `${LAW}, Điều 74 (theo Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh nhắc lại)`,
      conditions: {
        consecutive: { years: 2, of: ['hoan-thanh-xuat-sac-nhiem-vu', 'tap-the-lao-dong-xuat-sac'] },
      },
      ...(bangKhen.collective === undefined ? {} : { prize: bangKhen.collective }),
      prize_basis: bangKhen.basis,
    },
  ];
}

export const NATIONAL_TITLES: Titles = {
  kind: 'titles',
  rule_sets: [
    {
      id: 'luat-2022-nd-98-2023',
      name: `${LAW} và Nghị định 98/2023/NĐ-CP`,
      from: '2024-01-01',
      until: '2025-06-30',
      prize_rounding: {
        up_to: 10000,
        basis: 'Nghị định 98/2023/NĐ-CP (làm tròn số lên hàng chục nghìn đồng)',
      },
      titles: titles('Nghị định 98/2023/NĐ-CP, Điều 54', {
        collective: undefined,
        basis: 'Nghị định 98/2023/NĐ-CP (mức thưởng Bằng khen cho tập thể chưa đối chiếu được)',
      }),
    },
    {
      id: 'luat-2022-nd-152-2025',
      name: `${LAW} và Nghị định 152/2025/NĐ-CP`,
      from: '2025-07-01',
      prize_rounding: {
        up_to: 10000,
        basis: 'Nghị định 98/2023/NĐ-CP; quy định tương ứng của Nghị định 152/2025/NĐ-CP chưa đối chiếu được',
      },
      titles: titles(
        'Nghị định 152/2025/NĐ-CP (mức như Nghị định 98/2023/NĐ-CP theo các bản tin; chưa đối chiếu được điều khoản)',
        {
          collective: D('3'),
          basis:
            'Nghị định 152/2025/NĐ-CP, Điều 54 (1,5 lần cho cá nhân; mức 3 lần cho tập thể theo tài liệu tổng hợp, cần đối chiếu)',
        },
      ),
    },
  ],
  base_salaries: [
    { from: '2023-07-01', amount: D('1800000'), basis: 'Nghị định 24/2023/NĐ-CP' },
    { from: '2024-07-01', amount: D('2340000'), basis: 'Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2' },
  ],
};
