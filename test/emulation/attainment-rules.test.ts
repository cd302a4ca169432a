/**
 * The attainment rules, each against figures computed by hand (M the maximum, A the result, T the target).
 */
import { describe, expect, it } from 'vitest';
import {
  bestOf,
  bestOfBlockPoints,
  blocPoints,
  eventPoints,
  excessParts,
  proportionalPoints,
  roundPoints,
} from '../../src/domain/attainment-rules.js';
import { dec } from '../../src/domain/decimal.js';

const d = (s: string) => dec(s);
const text = (x: { toFixed: () => string }) => x.toFixed();

describe('proportional: M × A/T, at most M', () => {
  it('below target: 10 × 1.490/1.500 = 9,9333…', () => {
    expect(roundPoints(proportionalPoints(d('1490'), d('1500'), 'higher', d('10')), 2).toFixed()).toBe(
      '9.93',
    );
  });
  it('above target is capped at M: 640/600 of 10 is 10', () => {
    expect(text(proportionalPoints(d('640'), d('600'), 'higher', d('10')))).toBe('10');
  });
  it('lower is better: a poverty rate of 3,3% against 3,0% scores 15 × 3,0/3,3 = 13,64', () => {
    expect(roundPoints(proportionalPoints(d('3.3'), d('3.0'), 'lower', d('15')), 2).toFixed()).toBe('13.64');
  });
  it('lower is better and below target is capped: 2,7% against 3,0%', () => {
    expect(text(proportionalPoints(d('2.7'), d('3.0'), 'lower', d('15')))).toBe('15');
  });
  it('a target of 0 where lower is better is met only by 0', () => {
    expect(text(proportionalPoints(d('0'), d('0'), 'lower', d('5')))).toBe('5');
    expect(text(proportionalPoints(d('2'), d('0'), 'lower', d('5')))).toBe('0');
  });
});

describe('one division, last: an exact half is never rounded down', () => {
  it('15 × 23/24 is exactly 14,375: 14,38 (dividing first gave 14,3749… and 14,37)', () => {
    expect(roundPoints(proportionalPoints(d('23'), d('24'), 'higher', d('15')), 2).toFixed()).toBe('14.38');
  });
  it('7 × 5/56 is exactly 0,625: 0,63', () => {
    expect(roundPoints(proportionalPoints(d('5'), d('56'), 'higher', d('7')), 2).toFixed()).toBe('0.63');
  });
  it('above target against the leader: 10 + 10 × (105/100 − 1)/(116/100 − 1) = 13,125: 13,13', () => {
    const r = blocPoints(d('105'), d('100'), 'higher', d('20'), excessParts(d('116'), d('100'), 'higher'));
    expect(roundPoints(r.points, 2).toFixed()).toBe('13.13');
  });
});

describe('bloc: half below and at target, the excess against the leader above it', () => {
  // A block with one target, 1.000, as the source has it: the leader did 1.200 (excess 20%).
  // Figured in each test (a function), not once when the tests are collected: a mutation run knows who reads it.
  const leaderOf = () => excessParts(d('1200'), d('1000'), 'higher');
  it("the leader's excess is relative to its target: 200 over 1.000, compared as a fraction", () => {
    const leader = leaderOf();
    expect([text(leader.over), text(leader.of)]).toEqual(['200', '1000']);
  });
  it('below target: 0,5 × 20 × 900/1.000 = 9', () => {
    const leader = leaderOf();
    expect(blocPoints(d('900'), d('1000'), 'higher', d('20'), leader)).toMatchObject({ case: 'below' });
    expect(text(blocPoints(d('900'), d('1000'), 'higher', d('20'), leader).points)).toBe('9');
  });
  it('at target: 0,5 × 20 = 10', () => {
    const leader = leaderOf();
    const r = blocPoints(d('1000'), d('1000'), 'higher', d('20'), leader);
    expect([r.case, text(r.points)]).toEqual(['at', '10']);
  });
  it('above target: 10 + 10 × (1.100 − 1.000)/(1.200 − 1.000) = 15', () => {
    const leader = leaderOf();
    const r = blocPoints(d('1100'), d('1000'), 'higher', d('20'), leader);
    expect([r.case, text(r.points)]).toEqual(['above', '15']);
  });
  it('the leader gets the maximum', () => {
    const leader = leaderOf();
    const r = blocPoints(d('1200'), d('1000'), 'higher', d('20'), leader);
    expect([r.case, text(r.points)]).toEqual(['leader', '20']);
  });
  it('when no unit went past its target, a unit at target gets half', () => {
    const r = blocPoints(d('1000'), d('1000'), 'higher', d('20'), { over: d('0'), of: d('1') });
    expect([r.case, text(r.points)]).toEqual(['at', '10']);
  });
  it('different targets: the excess is relative (8% against a leader 12,5%: 7,5 + 7,5 × 0,64 = 12,3)', () => {
    const lead = excessParts(d('1.05'), d('1.2'), 'lower'); // a poverty rate 1,2% → 1,05%: 12,5% below target
    const r = blocPoints(d('2.76'), d('3.0'), 'lower', d('15'), lead); // 3,0% → 2,76%: 8% below target
    expect([r.case, text(r.points)]).toEqual(['above', '12.3']);
  });
  it('lower is better, above target: 0,5 × 15 × 3,0/3,3 = 6,8181…', () => {
    const r = blocPoints(d('3.3'), d('3.0'), 'lower', d('15'), { over: d('0.1'), of: d('1') });
    expect([r.case, roundPoints(r.points, 2).toFixed()]).toEqual(['below', '6.82']);
  });
});

describe('no target: against the best result of the block', () => {
  it('20 × 1.520/2.420 = 12,56', () => {
    expect(roundPoints(bestOfBlockPoints(d('1520'), d('2420'), 'higher', d('20')), 2).toFixed()).toBe(
      '12.56',
    );
  });
  it('the best gets the maximum', () => {
    expect(text(bestOfBlockPoints(d('2420'), d('2420'), 'higher', d('20')))).toBe('20');
  });
  it('lower is better: 15 × 1,05/1,4 = 11,25', () => {
    expect(text(bestOfBlockPoints(d('1.4'), d('1.05'), 'lower', d('15')))).toBe('11.25');
  });
  it('nobody did anything: 0; a lower-is-better result of 0: the maximum', () => {
    expect(text(bestOfBlockPoints(d('0'), d('0'), 'higher', d('20')))).toBe('0');
    expect(text(bestOfBlockPoints(d('0'), d('0'), 'lower', d('15')))).toBe('15');
  });
  it('the best of the results is the highest, or the lowest where lower is better', () => {
    const rs = [d('3'), d('1.5'), d('2')];
    expect(bestOf(rs, 'higher')?.toFixed()).toBe('3');
    expect(bestOf(rs, 'lower')?.toFixed()).toBe('1.5');
    expect(bestOf([], 'higher')).toBeUndefined();
  });
});

describe('bonus and penalty: per event, up to the cap', () => {
  it('2 events of 1 point: 2; 4 events of 1 point capped at 3', () => {
    expect(eventPoints(d('2'), d('1'), d('3'))).toMatchObject({ capped: false });
    expect(text(eventPoints(d('2'), d('1'), d('3')).points)).toBe('2');
    const capped = eventPoints(d('4'), d('1'), d('3'));
    expect([text(capped.points), capped.capped]).toEqual(['3', true]);
  });
  it('points are rounded half up', () => {
    expect(roundPoints(d('12.345'), 2).toFixed()).toBe('12.35');
    expect(roundPoints(d('12.3449'), 2).toFixed()).toBe('12.34');
  });
});
