import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { renderVegaLiteSvg } from '../../src/charts/render-vega-lite-svg.js';
import { expectSafeSvg } from './expect-safe-svg.js';

const clipped = (max: number, shape?: 'circle'): TopLevelSpec => ({
  width: 200,
  height: 50,
  data: { values: [{ a: 'x', b: 5 }] },
  mark: { type: 'bar', clip: true },
  encoding: {
    y: { field: 'a', type: 'nominal' },
    x: { field: 'b', type: 'quantitative', scale: { domain: [0, max] } },
    ...(shape ? { shape: { value: shape } } : {}),
  },
});

describe('renderVegaLiteSvg', () => {
  it('renames clip ids to a stable, chart-specific name', async () => {
    const first = await renderVegaLiteSvg(clipped(10), 'test');
    const second = await renderVegaLiteSvg(clipped(10), 'test');
    const other = await renderVegaLiteSvg(clipped(20), 'test');
    expectSafeSvg(first);
    expect(second).toBe(first);
    const id = /<clipPath id="(test-[0-9a-f]{8}-1)"/.exec(first)?.[1];
    expect(id).toBeDefined();
    expect(first).toContain(`clip-path="url(#${id})"`);
    expect(other).not.toContain(`id="${id}"`);
  });

  it('reports vega-lite warnings instead of printing them', async () => {
    const warnings: string[] = [];
    await renderVegaLiteSvg(clipped(10, 'circle'), 'test', (message) => warnings.push(message));
    expect(warnings.join('\n')).toContain('shape');
  });
});
