import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/charts/wrap-label.js';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Tỷ lệ hộ nghèo', 34, 3)).toEqual(['Tỷ lệ hộ nghèo']);
  });

  it('balances the lines instead of leaving one word alone', () => {
    expect(wrapLabel('Tỷ lệ thất nghiệp khu vực thành thị', 34, 3)).toEqual([
      'Tỷ lệ thất nghiệp',
      'khu vực thành thị',
    ]);
  });

  it('cuts a long label to the line limit with an ellipsis', () => {
    const label =
      'Số lao động được giải quyết việc làm mới trong năm trên địa bàn toàn tỉnh, trong đó xuất khẩu lao động theo hợp đồng có thời hạn ở nước ngoài';
    const lines = wrapLabel(label, 34, 3);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(34);
    expect(lines[2]?.endsWith('…')).toBe(true);
    expect(label.startsWith(lines.slice(0, 2).join(' '))).toBe(true);
  });

  it('splits a word longer than a line', () => {
    expect(wrapLabel('abcdefghij', 4, 5)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('returns one empty line for an empty label', () => {
    expect(wrapLabel('   ', 34, 3)).toEqual(['']);
  });
});
