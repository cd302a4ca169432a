/**
 * The national rules on titles, awards and prize money the tool ships, by period, in the form of titles.yaml: a
 * data folder's titles.yaml replaces them (a province's own caps, conditions and awards).
 *
 * What each rule rests on (the quotations and their sources: shared/domain/law-texts.md). No official gazette text of
 * the Law 06/2022/QH15 or of Nghị định 98/2023 and 152/2025 could be read here; the articles below were read in
 * faithful copies (thuvienphapluat articles, government answers, circulars quoting them) where marked so, and
 * otherwise in provincial restatements. Each rule's `basis` is what the document cites (the article, no more); what
 * could not be checked is its `caveat`, which goes to the drafter's notes, never into the document.
 * - Lao động tiên tiến: Luật Điều 24 khoản 1 (faithful copy): hoàn thành tốt nhiệm vụ trở lên; ...
 * - Chiến sĩ thi đua cơ sở: Luật Điều 23 (faithful copies): a Lao động tiên tiến, and hoàn thành xuất sắc nhiệm vụ
 *   or a recognised initiative, research topic or project (`holders`). No ratio (the 15% of Nghị định 91/2017 is
 *   gone; Nghị định 98/2023 does not detail Điều 23); a province that sets one writes it in titles.yaml (`cap`).
 * - Cờ thi đua cấp tỉnh: Luật Điều 26 (its wording not read): leads its block and exceeds every target, as the
 *   circulars applying khoản 1 and a 2025 restatement have it. No 2022-era text read asks the collective's own
 *   rating or "nhân tố mới, mô hình mới": neither is applied in the Law's name.
 * - Tập thể lao động xuất sắc: Luật Điều 27 khoản 1 (faithful copies, word for word): hoàn thành xuất sắc nhiệm vụ;
 *   100% of members complete their duties, at least 70% Lao động tiên tiến; a Chiến sĩ thi đua cơ sở. No discipline
 *   clause (that was the old law's).
 * - Tập thể lao động tiên tiến: Luật Điều 28 (its wording not read): hoàn thành tốt nhiệm vụ, at least 70% Lao động
 *   tiên tiến and no member disciplined at cảnh cáo or above, as Bắc Ninh's QĐ 86/2025/QĐ-UBND Điều 4 khoản 2
 *   restates it.
 * - Bằng khen of the provincial chairman for a collective: Luật Điều 74 (no khoản cited): two consecutive years of
 *   hoàn thành xuất sắc nhiệm vụ or Tập thể lao động xuất sắc, one of several alternative criteria, with the
 *   conditions that come with it for the council (Bắc Ninh QĐ 86/2025 Điều 3 khoản 3 điểm c; TT 25/2025/TT-BKHCN
 *   Điều 7 khoản 3).
 * - Prizes: Nghị định 98/2023 Điều 54 and Nghị định 152/2025 Điều 50 (titles; the same multiples), Nghị định
 *   152/2025 Điều 54 (Bằng khen); principles: the base salary in force when the decision is issued and rounding up
 *   to tens of thousands (Nghị định 98/2023 Điều 53 khoản 1, 2; Nghị định 152/2025 Điều 49 khoản 1, 2); titles of
 *   the same period paid once, at the highest (Nghị định 152/2025 Điều 49 khoản 5; for Nghị định 98/2023 the
 *   sentence is not in the copies of Điều 53 read, so the Law's Điều 5 is cited: "không khen thưởng nhiều lần,
 *   nhiều hình thức cho một thành tích").
 */

import type { TitleRule, Titles, VoteRule } from '../model/emulation.js';
import type { Dec } from '../model/types.js';

const D = (value: string) => value as Dec;

const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
/** The Law as a decision's grounds cite it: passed on 15/6/2022 (stp.hanam.gov.vn; the decrees' own grounds). */
const LAW_GROUND = 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022';

/** The titles both periods share; the prizes and their articles differ, and what is known of the ballots. */
function titles(
  prizeBasis: string,
  bangKhen: { collective: Dec | undefined; basis: string; caveat: string },
  ballot: Omit<VoteRule, 'percent'>,
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
      // "hoàn thành tốt nhiệm vụ trở lên": what a member named for it must be rated.
      holders: { rating: 'good' },
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
      count: 'emulation_fighters',
      // Khoản 1: đạt tiêu chuẩn "Lao động tiên tiến"; khoản 2: hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến, đề
      // tài, đề án, công trình được công nhận, nghiệm thu.
      holders: { within: 'advanced', one_of: ['excellent', 'initiatives'] },
      vote: { percent: D('80'), ...ballot },
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
      confirm: ['là tập thể tiêu biểu xuất sắc trong tỉnh; nội bộ đoàn kết'],
      vote: { percent: D('80'), ...ballot },
      caveat:
        'Lời văn Điều 26 của Luật chưa đọc được. Dẫn đầu khối thi đua và hoàn thành vượt các chỉ tiêu thi đua, nhiệm vụ được giao theo các thông tư hướng dẫn khoản 1 Điều 26 (Thông tư 29/2023/TT-BGDĐT Điều 4, Thông tư 17/2024/TT-BTTTT Điều 6) và Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh (Điều 3 khoản 1). Không văn bản nào từ năm 2022 đã đọc yêu cầu tập thể xếp loại hoàn thành xuất sắc nhiệm vụ hay "có nhân tố mới, mô hình mới": nếu tỉnh yêu cầu, ghi vào titles.yaml.',
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
        'tích cực tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
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
      conditions: { rating: 'good', advanced_percent: D('70'), disciplined_max: 0 },
      confirm: ['tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết'],
      caveat:
        'Lời văn Điều 28 của Luật chưa đọc được. Các điều kiện (hoàn thành tốt nhiệm vụ; ít nhất 70% cá nhân đạt danh hiệu Lao động tiên tiến; không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên) theo Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh (Điều 4 khoản 2); các đoạn về Tập thể lao động xuất sắc và Lao động tiên tiến của Quyết định này chép nguyên văn Luật, nên đoạn này có lẽ cũng vậy, nhưng chưa đối chiếu được với Điều 28.',
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
      confirm: [
        'gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; nội bộ đoàn kết; thực hiện tốt dân chủ ở cơ sở, tổ chức tốt các phong trào thi đua; chăm lo đời sống vật chất, tinh thần của người lao động; thực hành tiết kiệm; phòng, chống tham nhũng, tiêu cực',
      ],
      caveat: bangKhen.caveat,
      ...(bangKhen.collective === undefined ? {} : { prize: bangKhen.collective }),
      prize_basis: bangKhen.basis,
    },
  ];
}

/** Nghị định 98/2023 Điều 30 khoản 7, as read in a faithful copy: the ballot and its base, all the members. */
const BALLOT_98 = 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7';

const TWO_YEARS =
  'Lời văn Điều 74 của Luật chưa đọc được. Hai năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt danh hiệu Tập thể lao động xuất sắc là một trong các tiêu chuẩn (Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 3 khoản 3 điểm c; Thông tư 25/2025/TT-BKHCN, Điều 7 khoản 3): công cụ chỉ xét tiêu chuẩn này; tập thể đạt tiêu chuẩn khác (thành tích xuất sắc đột xuất, đóng góp vào sự phát triển kinh tế - xã hội) do Hội đồng đề xuất.';

export const NATIONAL_TITLES: Titles = {
  kind: 'titles',
  rule_sets: [
    {
      id: 'luat-2022-nd-98-2023',
      name: `${LAW} và Nghị định 98/2023/NĐ-CP`,
      // The decree's own heading and grounds (hethongphapluat.com, Nghị định 98/2023/NĐ-CP: "Hà Nội, ngày 31 tháng
      // 12 năm 2023", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022").
      grounds: [
        LAW_GROUND,
        'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      ],
      from: '2024-01-01',
      until: '2025-06-30',
      prize_rounding: { up_to: 10000, basis: 'Nghị định 98/2023/NĐ-CP, Điều 53 khoản 2' },
      highest_prize_only: { basis: `${LAW}, Điều 5` },
      caveat:
        'Một thành tích chỉ nhận một mức tiền thưởng, cao nhất: câu "cùng thời gian được tính ... nhận tiền thưởng danh hiệu thi đua cao nhất" không có trong các bản Điều 53 Nghị định 98/2023/NĐ-CP đã đọc (khoản 5: danh hiệu khác thời gian được tính thì nhận tiền thưởng từng danh hiệu; khoản 7: danh hiệu và hình thức khen thưởng đều được thưởng), nên căn cứ dẫn là Điều 5 của Luật ("không khen thưởng nhiều lần, nhiều hình thức cho một thành tích").',
      titles: titles(
        'Nghị định 98/2023/NĐ-CP, Điều 54',
        {
          collective: undefined,
          basis: 'Nghị định 98/2023/NĐ-CP',
          caveat: `${TWO_YEARS} Mức thưởng Bằng khen cho tập thể theo Nghị định 98/2023/NĐ-CP chưa tìm được: không tính vào tổng tiền thưởng.`,
        },
        { basis: BALLOT_98 },
      ),
    },
    {
      id: 'luat-2022-nd-152-2025',
      name: `${LAW} và Nghị định 152/2025/NĐ-CP`,
      // Signed 14/6/2025 (law-texts: its Điều 59, in force 01/7/2025); its full title was not read, so the decree
      // is cited as provincial decisions cite it ("Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ").
      grounds: [LAW_GROUND, 'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ'],
      from: '2025-07-01',
      prize_rounding: { up_to: 10000, basis: 'Nghị định 152/2025/NĐ-CP, Điều 49 khoản 2' },
      highest_prize_only: { basis: 'Nghị định 152/2025/NĐ-CP, Điều 49 khoản 5' },
      titles: titles(
        'Nghị định 152/2025/NĐ-CP, Điều 50',
        {
          collective: D('3'),
          basis: 'Nghị định 152/2025/NĐ-CP, Điều 54',
          caveat: `${TWO_YEARS} Mức 3 lần mức lương cơ sở cho tập thể theo bảng tổng hợp dẫn Điều 54 (khoản quy định mức cho tập thể chưa đọc được; khoản 1: cá nhân 1,5 lần).`,
        },
        {
          basis: BALLOT_98,
          caveat:
            'Quy định về bỏ phiếu của Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025) chưa đọc được: giữ tỷ lệ phiếu đồng ý từ 80% trở lên tính trên tổng số thành viên Hội đồng của Nghị định 98/2023/NĐ-CP (Điều 30 khoản 7). Nếu tỉnh quy định khác, ghi vào titles.yaml (vote).',
        },
      ),
    },
  ],
  base_salaries: [
    { from: '2023-07-01', amount: D('1800000'), basis: 'Nghị định 24/2023/NĐ-CP' },
    { from: '2024-07-01', amount: D('2340000'), basis: 'Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2' },
  ],
};
