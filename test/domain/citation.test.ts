/** A rule's basis turned into running text's order: the smallest part first, the text last. */
import { describe, expect, it } from 'vitest';
import { citation } from '../../src/domain/citation.js';

describe('citation', () => {
  it.each([
    ['Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7', 'khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP'],
    ['Luật Thi đua, khen thưởng 2022, Điều 80 khoản 2', 'khoản 2 Điều 80 Luật Thi đua, khen thưởng 2022'],
    [
      'Luật Thi đua, khen thưởng 2022, Điều 84 khoản 1 điểm b',
      'điểm b khoản 1 Điều 84 Luật Thi đua, khen thưởng 2022',
    ],
    [
      'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 26',
      'Điều 26 Luật Thi đua, khen thưởng số 06/2022/QH15',
    ],
    [
      'Nghị định 98/2023/NĐ-CP, Điều 84 khoản 1 điểm b, d',
      'điểm b, d khoản 1 Điều 84 Nghị định 98/2023/NĐ-CP',
    ],
  ])('%s → %s', (basis, words) => {
    expect(citation(basis)).toBe(words);
  });

  it('a basis without an article, or with words after it, is left as it is', () => {
    expect(citation('Nghị định 98/2023/NĐ-CP')).toBe('Nghị định 98/2023/NĐ-CP');
    expect(citation('Quy chế thi đua của tỉnh, Điều 9 (sửa đổi)')).toBe(
      'Quy chế thi đua của tỉnh, Điều 9 (sửa đổi)',
    );
  });
});
