import { describe, expect, it } from 'vitest';
import { renderAttainmentChart } from '../../src/charts/render-attainment-chart.js';
import { renderVegaLiteSvg } from '../../src/charts/render-vega-lite-svg.js';
import { renderYearOverYearChart } from '../../src/charts/render-year-over-year-chart.js';
import type { AttainmentBar } from '../../src/view/view-types.js';
import { axisLabelTexts } from './axis-label-texts.js';
import { expectSafeSvg } from './expect-safe-svg.js';
import { svgWidth } from './svg-width.js';

const bars: AttainmentBar[] = [
  {
    label: 'Tỷ lệ lao động qua đào tạo',
    percent: '102.1276595744680851',
    percentText: '102,1%',
    status: 'exceeded',
  },
  { label: 'Số người đi làm việc ở nước ngoài', percent: '100', percentText: '100,0%', status: 'met' },
  { label: 'Giảm tỷ lệ hộ nghèo', percent: '87.35', percentText: '87,4%', status: 'not_met' },
];

describe('renderAttainmentChart', () => {
  it('returns an empty string when there is nothing to chart', async () => {
    expect(await renderAttainmentChart([])).toBe('');
  });

  it('draws every indicator with its vi-VN percentage and the status legend', async () => {
    const svg = await renderAttainmentChart(bars, {
      title: 'Biểu đồ 1. Mức độ hoàn thành kế hoạch năm 2024',
    });
    expectSafeSvg(svg);
    for (const bar of bars) {
      expect(svg).toContain(`>${bar.label}<`);
      expect(svg).toContain(`>${bar.percentText}<`);
    }
    for (const text of [
      'Vượt kế hoạch',
      'Đạt kế hoạch',
      'Chưa đạt',
      'Biểu đồ 1. Mức độ hoàn thành kế hoạch năm 2024',
    ]) {
      expect(svg).toContain(`>${text}<`);
    }
    expect(svg).toContain('font-family="Times New Roman, Liberation Serif, serif"');
    expect(svgWidth(svg)).toBe(600);
  });

  it('formats the axis ticks in vi-VN', async () => {
    const svg = await renderAttainmentChart([
      { label: 'Thu ngân sách', percent: '1025.5', percentText: '1.025,5%', status: 'exceeded' },
    ]);
    const ticks = axisLabelTexts(svg);
    expect(ticks).toContain('1.000');
    expect(ticks.some((tick) => tick.includes(','))).toBe(false);
    expect(svg).toContain('>1.025,5%<');
  });

  it('shows only the statuses that occur in the legend', async () => {
    const svg = await renderAttainmentChart([bars[2] as AttainmentBar]);
    expectSafeSvg(svg);
    expect(svg).toContain('>Chưa đạt<');
    expect(svg).not.toContain('Vượt kế hoạch');
  });

  it('wraps and cuts a very long name without widening the chart', async () => {
    const label =
      'Số lao động được giải quyết việc làm mới trong năm trên địa bàn toàn tỉnh, trong đó xuất khẩu lao động theo hợp đồng có thời hạn';
    const svg = await renderAttainmentChart([{ ...bars[0], label } as AttainmentBar]);
    expectSafeSvg(svg);
    expect(svgWidth(svg)).toBe(600);
    const lines = Array.from(svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g), (match) => match[1] ?? '');
    expect(lines).toHaveLength(3);
    expect(label.startsWith(`${lines[0]} ${lines[1]} `)).toBe(true);
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(40);
    expect(lines[2]?.endsWith('…')).toBe(true);
    // The full name stays in the bar's accessible description.
    expect(svg).toContain(`aria-label="${label}: 102,1% (Vượt kế hoạch)"`);
  });

  it('escapes markup and quotes in names', async () => {
    const label = 'Chỉ tiêu "A" & <B> \\ \'C\'';
    const svg = await renderAttainmentChart([{ ...bars[0], label } as AttainmentBar]);
    expectSafeSvg(svg);
    expect(svg).toContain('>Chỉ tiêu "A" &amp; &lt;B&gt; \\ \'C\'<');
  });

  it('gives the same string for the same input, whatever was rendered in between', async () => {
    const first = await renderAttainmentChart(bars, { title: 'Biểu đồ' });
    await renderYearOverYearChart(
      [{ label: 'X', unit: 'người', prior: '1', current: '2', priorText: '1', currentText: '2' }],
      { year: 2024, priorYear: 2023 },
    );
    const [second, third] = await Promise.all([
      renderAttainmentChart(bars, { title: 'Biểu đồ' }),
      renderAttainmentChart(bars, { title: 'Biểu đồ' }),
    ]);
    expect(second).toBe(first);
    expect(third).toBe(first);
  });

  it('leaves the default vega number locale alone', async () => {
    await renderAttainmentChart(bars);
    const plain = await renderVegaLiteSvg(
      {
        data: { values: [{ v: 24000 }] },
        mark: 'bar',
        encoding: { x: { field: 'v', type: 'quantitative', scale: { domain: [0, 20000] } } },
      },
      'plain',
    );
    expect(axisLabelTexts(plain)).toContain('10,000');
  });

  it('rejects a percent that is not a number', async () => {
    await expect(renderAttainmentChart([{ ...bars[0], percent: 'abc' } as AttainmentBar])).rejects.toThrow(
      RangeError,
    );
  });
});
