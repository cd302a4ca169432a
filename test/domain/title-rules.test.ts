/**
 * The national rules the tool ships (src/domain/title-rules.ts), set against the law as read (issue 20; the
 * quotations and their sources: shared/domain/law-texts.md). Each row below was written from that file, not from
 * the code: a rule that drifts from what was read fails here.
 */
import { describe, expect, it } from 'vitest';
import { NATIONAL_TITLES } from '../../src/domain/title-rules.js';
import type { TitleRule } from '../../src/model/emulation.js';

const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
const [nd98, nd152] = NATIONAL_TITLES.rule_sets;
const rule = (set: typeof nd98, id: string): TitleRule | undefined => set?.titles.find((t) => t.id === id);

describe('the periods of the law', () => {
  it('Nghị định 98/2023 from the Law’s day (01/01/2024) to 30/6/2025; Nghị định 152/2025 from 01/7/2025 (its Điều 59)', () => {
    expect(NATIONAL_TITLES.rule_sets.map((s) => [s.id, s.from, s.until])).toEqual([
      ['luat-2022-nd-98-2023', '2024-01-01', '2025-06-30'],
      ['luat-2022-nd-152-2025', '2025-07-01', undefined],
    ]);
  });

  it('the base salary: 1.800.000 from 01/7/2023, 2.340.000 from 01/7/2024 (Nghị định 73/2024 Điều 3 khoản 2)', () => {
    expect(NATIONAL_TITLES.base_salaries).toEqual([
      { from: '2023-07-01', amount: '1800000', basis: 'Nghị định 24/2023/NĐ-CP' },
      { from: '2024-07-01', amount: '2340000', basis: 'Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2' },
    ]);
  });
});

describe('the principles of prize money, by decree', () => {
  it('rounded up to tens of thousands: Nghị định 98/2023 Điều 53 khoản 2; Nghị định 152/2025 Điều 49 khoản 2', () => {
    expect(nd98?.prize_rounding).toEqual({ up_to: 10000, basis: 'Nghị định 98/2023/NĐ-CP, Điều 53 khoản 2' });
    expect(nd152?.prize_rounding).toEqual({
      up_to: 10000,
      basis: 'Nghị định 152/2025/NĐ-CP, Điều 49 khoản 2',
    });
  });

  it('one achievement, one prize: Nghị định 152/2025 Điều 49 khoản 5; before it the Law’s Điều 5, the gap said', () => {
    expect(nd152?.highest_prize_only).toEqual({ basis: 'Nghị định 152/2025/NĐ-CP, Điều 49 khoản 5' });
    expect(nd98?.highest_prize_only).toEqual({ basis: `${LAW}, Điều 5` });
    // The sentence is not in the copies of Nghị định 98/2023 Điều 53 that were read: the drafter is told so.
    expect(nd98?.caveat).toMatch(/không có trong các bản Điều 53 Nghị định 98\/2023\/NĐ-CP đã đọc/);
    expect(nd152?.caveat).toBeUndefined();
  });
});

describe('each title and award, its article, its conditions and its prize', () => {
  // [id, basis, prize under Nghị định 98/2023, prize under Nghị định 152/2025]
  const table: [string, string, string | undefined, string | undefined][] = [
    ['lao-dong-tien-tien', `${LAW}, Điều 24 khoản 1`, '0.3', '0.3'],
    ['chien-si-thi-dua-co-so', `${LAW}, Điều 23`, '1', '1'],
    ['co-thi-dua-cap-tinh', `${LAW}, Điều 26`, '8', '8'],
    ['tap-the-lao-dong-xuat-sac', `${LAW}, Điều 27 khoản 1`, '1.5', '1.5'],
    ['tap-the-lao-dong-tien-tien', `${LAW}, Điều 28`, '0.8', '0.8'],
    // A collective's Bằng khen: not found under Nghị định 98/2023; 3 under Nghị định 152/2025 Điều 54.
    ['bang-khen-chu-tich-ubnd-tinh', `${LAW}, Điều 74`, undefined, '3'],
  ];
  it.each(table)('%s: %s; prize %s (98/2023), %s (152/2025)', (id, basis, p98, p152) => {
    expect(rule(nd98, id)?.basis).toBe(basis);
    expect(rule(nd152, id)?.basis).toBe(basis);
    expect(rule(nd98, id)?.prize).toBe(p98);
    expect(rule(nd152, id)?.prize).toBe(p152);
  });

  it('the titles’ prizes cite Nghị định 98/2023 Điều 54 and Nghị định 152/2025 Điều 50; the Bằng khen Điều 54', () => {
    for (const t of nd98?.titles.filter((x) => x.category === 'title') ?? [])
      expect(t.prize_basis, t.id).toBe('Nghị định 98/2023/NĐ-CP, Điều 54');
    for (const t of nd152?.titles.filter((x) => x.category === 'title') ?? [])
      expect(t.prize_basis, t.id).toBe('Nghị định 152/2025/NĐ-CP, Điều 50');
    expect(rule(nd152, 'bang-khen-chu-tich-ubnd-tinh')?.prize_basis).toBe(
      'Nghị định 152/2025/NĐ-CP, Điều 54',
    );
  });

  it('Chiến sĩ thi đua cơ sở (Điều 23): a Lao động tiên tiến, and rated excellent or with a recognised initiative; no cap, no "Điều 21"', () => {
    const cstd = rule(nd152, 'chien-si-thi-dua-co-so');
    expect(cstd?.holders).toEqual({ within: 'advanced', one_of: ['excellent', 'initiatives'] });
    expect(cstd?.cap).toBeUndefined();
    expect(JSON.stringify(cstd)).not.toContain('Điều 21');
  });

  it('Tập thể lao động xuất sắc (Điều 27 khoản 1, word for word): excellent, 100% complete, 70% Lao động tiên tiến, a Chiến sĩ thi đua; no discipline clause', () => {
    expect(rule(nd98, 'tap-the-lao-dong-xuat-sac')?.conditions).toEqual({
      rating: 'excellent',
      members_complete_percent: '100',
      advanced_percent: '70',
      emulation_fighters: 1,
    });
  });

  it('Tập thể lao động tiên tiến (Điều 28, as restated in 2025): good, 70% Lao động tiên tiến, no one disciplined; its source said', () => {
    const tt = rule(nd98, 'tap-the-lao-dong-tien-tien');
    expect(tt?.conditions).toEqual({ rating: 'good', advanced_percent: '70', disciplined_max: 0 });
    expect(tt?.caveat).toMatch(/Quyết định 86\/2025\/QĐ-UBND tỉnh Bắc Ninh \(Điều 4 khoản 2\)/);
  });

  it('Cờ thi đua (Điều 26): leads its block and exceeds every target; no rating, no "nhân tố mới" in the Law’s name', () => {
    const co = rule(nd152, 'co-thi-dua-cap-tinh');
    expect(co?.conditions).toEqual({ block_leader: true, exceeded_all_targets: true });
    expect((co?.confirm ?? []).join(' ')).not.toMatch(/nhân tố mới|mô hình mới/);
  });

  it('Bằng khen (Điều 74, no khoản): two years as one route of several, its other conditions for the council', () => {
    const bk = rule(nd98, 'bang-khen-chu-tich-ubnd-tinh');
    expect(bk?.basis).not.toMatch(/khoản/);
    expect(bk?.conditions).toEqual({
      consecutive: { years: 2, of: ['hoan-thanh-xuat-sac-nhiem-vu', 'tap-the-lao-dong-xuat-sac'] },
    });
    expect(bk?.confirm?.join(' ')).toMatch(/dân chủ ở cơ sở.*chăm lo đời sống.*tiết kiệm.*tham nhũng/);
    expect(bk?.caveat).toMatch(/một trong các tiêu chuẩn/);
  });

  it('a caveat is for the drafter; the document cites the basis alone, which names no software', () => {
    for (const set of NATIONAL_TITLES.rule_sets)
      for (const t of set.titles)
        expect(`${t.basis} ${t.prize_basis ?? ''}`).not.toMatch(/github|repository/i);
  });
});

describe("the council's ballot (Nghị định 98/2023 Điều 30 khoản 7, read in a faithful copy)", () => {
  it('Chiến sĩ thi đua cơ sở and the Cờ thi đua need yes votes of 80% of all the members; no other title shipped has a ballot', () => {
    for (const set of [nd98, nd152]) {
      const voted = set?.titles
        .filter((t) => t.vote !== undefined)
        .map((t) => [t.id, t.vote?.percent, t.vote?.basis]);
      expect(voted).toEqual([
        ['chien-si-thi-dua-co-so', '80', 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7'],
        ['co-thi-dua-cap-tinh', '80', 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7'],
      ]);
    }
  });

  it('under Nghị định 152/2025 the threshold is kept from Nghị định 98/2023, not cited as 152’s, and the drafter is told', () => {
    expect(rule(nd98, 'chien-si-thi-dua-co-so')?.vote?.caveat).toBeUndefined();
    for (const id of ['chien-si-thi-dua-co-so', 'co-thi-dua-cap-tinh']) {
      const vote = rule(nd152, id)?.vote;
      expect(vote?.basis).not.toMatch(/152/);
      expect(vote?.caveat).toMatch(/Nghị định 152\/2025\/NĐ-CP .* chưa đọc được: giữ tỷ lệ .* titles\.yaml/);
    }
  });
});
