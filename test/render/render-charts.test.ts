import { describe, expect, it } from 'vitest';
import { attainmentChartHeight, renderAttainmentChart } from '../../src/charts/render-attainment-chart.js';
import { renderSpanChart, spanChartHeight } from '../../src/charts/render-span-chart.js';
import {
  renderYearOverYearChart,
  yearOverYearChartHeight,
} from '../../src/charts/render-year-over-year-chart.js';
import { MAX_FIGURE_HEIGHT, renderCharts, svgHeight } from '../../src/render/render-report.js';
import type { ReportView } from '../../src/view/view-types.js';

/** A view holding only what renderCharts reads. */
function viewWith(bars: number, groups: number, label = (i: number) => `Chỉ tiêu ${i + 1}`): ReportView {
  return {
    year: 2018,
    priorYear: 2017,
    results: {
      charts: {
        attainment: Array.from({ length: bars }, (_, i) => ({
          label: label(i),
          percent: '101.5',
          percentText: '101,5%',
          status: 'exceeded' as const,
        })),
        attainmentTitle: 'Mức độ hoàn thành kế hoạch năm 2018 (%)',
        yearOverYear: Array.from({ length: groups }, (_, i) => ({
          label: label(i),
          unit: 'người',
          prior: '100',
          current: '110',
          priorText: '100 người',
          currentText: '110 người',
        })),
        yearOverYearTitle: 'So sánh năm 2018 với năm 2017',
        priorName: '2017',
        currentName: '2018',
      },
    },
  } as unknown as ReportView;
}

describe('renderCharts', () => {
  it('draws nothing for a chart with nothing to show', async () => {
    expect(await renderCharts(viewWith(0, 0))).toEqual([]);
  });

  it('keeps one figure, with plain names, while the chart is short enough', async () => {
    const charts = await renderCharts(viewWith(10, 3));
    expect(charts.map((c) => [c.file, c.caption])).toEqual([
      ['bieu-do-hoan-thanh-ke-hoach-2018.svg', 'Mức độ hoàn thành kế hoạch năm 2018 (%)'],
      ['bieu-do-so-sanh-2018-2017.svg', 'So sánh năm 2018 với năm 2017'],
    ]);
  });

  it.each([
    ['short names', (i: number) => `Chỉ tiêu ${i + 1}`],
    [
      'names of three lines',
      (i: number) =>
        `Chỉ tiêu ${i + 1} về số người được giải quyết việc làm trong năm, kể cả lao động đi làm việc ở nước ngoài`,
    ],
  ])(
    'splits a long chart (%s) into numbered figures that each fit half a page, each indicator in exactly one',
    async (_, label) => {
      const n = 81;
      const charts = await renderCharts(viewWith(n, n, label));
      const attainment = charts.filter((c) => c.file.startsWith('bieu-do-hoan-thanh'));
      const yoy = charts.filter((c) => c.file.startsWith('bieu-do-so-sanh'));
      for (const figures of [attainment, yoy]) {
        expect(figures.length).toBeGreaterThan(1);
        figures.forEach((c, i) => {
          expect(c.caption.endsWith(`(${i + 1}/${figures.length})`), c.caption).toBe(true);
          expect(c.file.endsWith(`-${i + 1}.svg`), c.file).toBe(true);
          expect(svgHeight(c.svg), c.file).toBeLessThanOrEqual(MAX_FIGURE_HEIGHT);
        });
        const all = figures.map((c) => c.svg).join('');
        for (let i = 0; i < n; i++) {
          const first = label(i).split(' ').slice(0, 3).join(' ');
          expect(all.match(new RegExp(`>${first}[ <]`, 'g'))?.length, first).toBe(1);
        }
      }
    },
  );
});

describe('chart heights are known before drawing', () => {
  const bars = (n: number, label: string) =>
    Array.from({ length: n }, (_, i) => ({
      label: `${label} ${i}`,
      percent: '101',
      percentText: '101%',
      status: 'exceeded' as const,
    }));
  const groups = (n: number, label: string) =>
    Array.from({ length: n }, (_, i) => ({
      label: `${label} ${i}`,
      unit: 'người',
      prior: '100',
      current: '120',
      priorText: '100',
      currentText: '120',
    }));
  const long =
    'Chỉ tiêu thử nghiệm về tỷ đồng, được tổng hợp từ báo cáo của các phòng, đơn vị thuộc Sở và các địa phương';

  it.each([
    [1, 'Ngắn'],
    [5, 'Ngắn'],
    [5, long],
    [3, long.slice(0, 60)],
  ])('%i indicators named "%s…": the estimate is the drawn height', async (n, label) => {
    expect(attainmentChartHeight(bars(n, label))).toBe(
      svgHeight(await renderAttainmentChart(bars(n, label))),
    );
    const g = groups(n, label);
    expect(yearOverYearChartHeight(g)).toBe(
      svgHeight(await renderYearOverYearChart(g, { year: 2019, priorYear: 2018 })),
    );
  });

  it.each([
    [1, 'Ngắn', 2],
    [3, long, 5],
    [4, long.slice(0, 60), 3],
  ])(
    '%i indicators of a span named "%s…", %i years each: the estimate is the drawn height',
    async (n, label, years) => {
      const indicators = Array.from({ length: n }, (_, i) => ({
        label: `${label} ${i}`,
        unit: i % 2 === 0 ? '%' : '',
        bars: Array.from({ length: years }, (_, y) => ({
          year: String(2016 + y),
          value: String(50 + y),
          text: `${50 + y}`,
        })),
      }));
      expect(spanChartHeight(indicators)).toBe(svgHeight(await renderSpanChart(indicators)));
    },
  );
});
