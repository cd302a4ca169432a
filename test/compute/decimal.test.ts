import { describe, expect, it } from 'vitest';
import { dec, divide, percentOf, plain } from '../../src/domain/decimal.js';

describe('decimal helpers', () => {
  it.each([
    ['0.1', '0.2', '0.3'],
    ['1e-7', '0', '0.0000001'],
    ['-0', '0', '0'],
    ['123456789012345678901234567890', '1', '123456789012345678901234567891'],
  ])('%s + %s = %s, in plain notation', (a, b, sum) => {
    expect(plain(dec(a).plus(dec(b)))).toBe(sum);
  });

  it('divides to 20 decimal places at least, half-up', () => {
    expect(plain(divide(dec('2'), dec('3')))).toBe('0.66666666666666666667');
    expect(plain(divide(dec('1'), dec('8')))).toBe('0.125');
    // 1 / 3000000 = 0.000000333...: 20 significant digits
    expect(plain(divide(dec('1'), dec('3000000')))).toBe('0.00000033333333333333333333');
    expect(plain(percentOf(dec('1'), dec('3')))).toBe('33.33333333333333333333');
  });

  it('refuses a malformed string', () => {
    expect(() => dec('abc')).toThrow();
    expect(() => dec('')).toThrow();
  });

  it('leaves the global Big settings alone', async () => {
    const { default: Big } = await import('big.js');
    expect(Big.DP).toBe(20);
    expect(Big.strict).toBe(false);
  });
});
