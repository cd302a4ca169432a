import { describe, expect, it } from 'vitest';
import { renderYearOverYearChart } from '../../src/charts/render-year-over-year-chart.js';
import type { YoyGroup } from '../../src/view/view-types.js';
import { axisLabelTexts } from './axis-label-texts.js';
import { expectSafeSvg } from './expect-safe-svg.js';
import { svgWidth } from './svg-width.js';

const years = { year: 2024, priorYear: 2023 };
const groups: YoyGroup[] = [
  {
    label: 'Số lao động được tạo việc làm',
    unit: 'người',
    prior: '23500',
    current: '24000',
    priorText: '23.500',
    currentText: '24.000',
  },
  {
    label: 'Tỷ lệ hộ nghèo',
    unit: '%',
    prior: '1.8',
    current: '1.2',
    priorText: '1,80',
    currentText: '1,20',
  },
];

describe('renderYearOverYearChart', () => {
  it('returns an empty string when there is nothing to chart', async () => {
    expect(await renderYearOverYearChart([], years)).toBe('');
  });

  it('draws one panel per indicator with both years and their vi-VN figures', async () => {
    const svg = await renderYearOverYearChart(groups, { ...years, title: 'Biểu đồ 2. So sánh với năm 2023' });
    expectSafeSvg(svg);
    expect(svg).toContain('>Số lao động được tạo việc làm (người)<');
    expect(svg).toContain('>Tỷ lệ hộ nghèo (%)<');
    expect(svg).toContain('>Biểu đồ 2. So sánh với năm 2023<');
    for (const group of groups) {
      expect(svg).toContain(`>${group.priorText}<`);
      expect(svg).toContain(`>${group.currentText}<`);
    }
    expect(svg.match(/>2023</g)).toHaveLength(2);
    expect(svg.match(/>2024</g)).toHaveLength(2);
    expect(svgWidth(svg)).toBeGreaterThan(560);
    expect(svgWidth(svg)).toBeLessThanOrEqual(610);
  });

  it('formats the axis ticks in vi-VN', async () => {
    const ticks = axisLabelTexts(await renderYearOverYearChart(groups, years));
    expect(ticks).toContain('10.000');
    expect(ticks).toContain('0,5');
    expect(ticks).not.toContain('10,000');
    expect(ticks).not.toContain('0.5');
  });

  it('handles a single indicator, a negative figure and a long name', async () => {
    const label =
      'Chênh lệch thu chi quỹ bảo hiểm thất nghiệp trên địa bàn tỉnh Hà Tĩnh so với cùng kỳ năm trước';
    const svg = await renderYearOverYearChart(
      [{ label, unit: 'tỷ đồng', prior: '-12.5', current: '30', priorText: '−12,5', currentText: '30,0' }],
      years,
    );
    expectSafeSvg(svg);
    expect(svg).toContain('>−12,5<');
    expect(svg).toContain('text-anchor="end"');
    expect(svgWidth(svg)).toBeLessThanOrEqual(610);
    expect(svg).toContain(`aria-label="${label}, 2023: −12,5 tỷ đồng"`);
  });

  it('gives the same string for the same input', async () => {
    const first = await renderYearOverYearChart(groups, years);
    expect(await renderYearOverYearChart(groups, years)).toBe(first);
  });

  it('rejects a figure that is not a number', async () => {
    await expect(renderYearOverYearChart([{ ...groups[0], current: '' } as YoyGroup], years)).rejects.toThrow(
      RangeError,
    );
  });
});
