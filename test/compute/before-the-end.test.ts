/**
 * beforeTheEnd (compute-year.ts): the verdict of a figure that is not yet the whole (a year's first months, a span
 * some of whose years are missing) is final only for a count or amount to raise that has reached a level to reach;
 * anything else is provisional (its share said, no verdict), and an attainment without a verdict stays as it is.
 */
import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/compute/compute-attainment.js';
import { beforeTheEnd } from '../../src/compute/compute-year.js';
import type { Dec, Indicator, Target } from '../../src/model/types.js';

const indicator = (extra: Partial<Indicator> = {}): Indicator => ({
  id: 'viec-lam',
  name: 'Giải quyết việc làm',
  area: 'lao-dong',
  unit: 'người',
  kind: 'count',
  direction: 'higher',
  decimals: 0,
  ...extra,
});

const level = (value: string): Target => ({ type: 'level', value: value as Dec, qualifier: 'exact' });
const status = (ind: Indicator, target: Target, value: string) =>
  beforeTheEnd(ind, target, computeAttainment(ind, { value: value as Dec, qualifier: 'exact' }, target))
    .status;

describe('a figure before the end', () => {
  it('a count to raise past its level: final (it can only grow)', () => {
    expect(status(indicator(), level('20000'), '24000')).toBe('exceeded');
    expect(status(indicator(), level('20000'), '20000')).toBe('met');
  });

  it('a count to raise short of its level: provisional, the rest may reach it', () => {
    expect(status(indicator(), level('20000'), '15000')).toBe('provisional');
  });

  it('a rate past its level: provisional (a level may fall again)', () => {
    expect(status(indicator({ kind: 'rate', unit: '%', decimals: 1 }), level('60'), '61')).toBe(
      'provisional',
    );
  });

  it('a count the catalogue says is a level at a time: provisional', () => {
    expect(status(indicator({ over_the_year: 'level' }), level('100'), '110')).toBe('provisional');
  });

  it('a count to lower past its level, or a count under a ceiling: provisional', () => {
    expect(status(indicator({ direction: 'lower' }), level('100'), '90')).toBe('provisional');
    expect(status(indicator(), { type: 'ceiling', value: '100' as Dec }, '90')).toBe('provisional');
  });

  it('without a target or without a verdict, it stays as it was', () => {
    const none = computeAttainment(indicator(), { value: '10' as Dec, qualifier: 'exact' }, undefined);
    expect(beforeTheEnd(indicator(), undefined, none)).toBe(none);
    const reached = computeAttainment(
      indicator(),
      { value: '24000' as Dec, qualifier: 'exact' },
      level('20000'),
    );
    // A target not given to it (undefined) is no level to reach: provisional.
    expect(beforeTheEnd(indicator(), undefined, reached).status).toBe('provisional');
  });
});
