import { describe, expect, it } from 'vitest';
import { CHART_CHUNK, renderCharts } from '../../src/render/render-report.js';
import type { ReportView } from '../../src/view/view-types.js';

/** A view holding only what renderCharts reads. */
function viewWith(bars: number, groups: number): ReportView {
  return {
    year: 2018,
    priorYear: 2017,
    results: {
      charts: {
        attainment: Array.from({ length: bars }, (_, i) => ({
          label: `Chỉ tiêu ${i + 1}`,
          percent: '101.5',
          percentText: '101,5%',
          status: 'exceeded' as const,
        })),
        attainmentTitle: 'Mức độ hoàn thành kế hoạch năm 2018 (%)',
        yearOverYear: Array.from({ length: groups }, (_, i) => ({
          label: `Chỉ tiêu ${i + 1}`,
          unit: 'người',
          prior: '100',
          current: '110',
          priorText: '100 người',
          currentText: '110 người',
        })),
        yearOverYearTitle: 'So sánh năm 2018 với năm 2017',
      },
    },
  } as unknown as ReportView;
}

describe('renderCharts', () => {
  it('draws nothing for a chart with nothing to show', async () => {
    expect(await renderCharts(viewWith(0, 0))).toEqual([]);
  });

  it('keeps one figure, with plain names, up to the chunk size', async () => {
    const charts = await renderCharts(viewWith(CHART_CHUNK, 1));
    expect(charts.map((c) => [c.file, c.caption])).toEqual([
      ['bieu-do-hoan-thanh-ke-hoach-2018.svg', 'Mức độ hoàn thành kế hoạch năm 2018 (%)'],
      ['bieu-do-so-sanh-2018-2017.svg', 'So sánh năm 2018 với năm 2017'],
    ]);
  });

  it('splits a long chart into numbered figures, each indicator in exactly one', async () => {
    const charts = await renderCharts(viewWith(CHART_CHUNK * 2 + 1, 0));
    expect(charts.map((c) => [c.file, c.caption])).toEqual([
      ['bieu-do-hoan-thanh-ke-hoach-2018-1.svg', 'Mức độ hoàn thành kế hoạch năm 2018 (%) (1/3)'],
      ['bieu-do-hoan-thanh-ke-hoach-2018-2.svg', 'Mức độ hoàn thành kế hoạch năm 2018 (%) (2/3)'],
      ['bieu-do-hoan-thanh-ke-hoach-2018-3.svg', 'Mức độ hoàn thành kế hoạch năm 2018 (%) (3/3)'],
    ]);
    const all = charts.map((c) => c.svg).join('');
    for (let i = 1; i <= CHART_CHUNK * 2 + 1; i++) {
      expect(all.match(new RegExp(`Chỉ tiêu ${i}<`, 'g'))?.length, `Chỉ tiêu ${i}`).toBe(1);
    }
  });
});
