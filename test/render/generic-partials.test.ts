/**
 * The generic partials a new document's nodes are drawn by until a partial of their own is wanted (README, "To
 * add a document"): a table of a kind no partial is named for, and a note paragraph written in Markdown.
 */
import { describe, expect, it } from 'vitest';
import { computeYear } from '../../src/compute/compute-year.js';
import { loadData } from '../../src/pipeline/load-data.js';
import { loadTemplates } from '../../src/render/load-templates.js';
import { renderHtml, renderMarkdown } from '../../src/render/render-document.js';
import { buildViewModel } from '../../src/view/build-view-model.js';
import { type Block, cell, column, type DocumentTree, type TableNode } from '../../src/view/document.js';
import { reportDocument } from '../../src/view/report-document.js';
import { resolveReportStyle } from '../../src/view/report-style.js';
import { DATA } from '../helpers/run-cli.js';

/** The 2018 report's header and title over the blocks given, as a new document would be. */
async function documentOf(blocks: Block[]): Promise<DocumentTree> {
  const { dataSet } = await loadData(DATA);
  if (dataSet === undefined) throw new Error('the shipped data has errors');
  const view = buildViewModel(computeYear(dataSet, 2018), dataSet.agency, {
    documentDate: undefined,
    style: resolveReportStyle({}, dataSet.agency.report),
  });
  return { ...reportDocument(view), sections: [{ kind: 'body', orientation: 'portrait', blocks }] };
}

/** A table of a kind no partial is named for (a new document's), with a group, a row and a total. */
const table = (rows: TableNode['rows']): TableNode => ({
  type: 'table',
  kind: 'minutes' as TableNode['kind'],
  caption: 'Biểu 1. Kết quả bỏ phiếu',
  columns: [
    column('TT', 10, 'tt'),
    column('Đơn vị', 60, 'name', 'left'),
    column('Số phiếu', 30, 'fig', 'right'),
  ],
  rows,
  variant: { noPlan: false, noPrior: false },
  empty: 'Không có đơn vị được bỏ phiếu.',
});
const ROWS: TableNode['rows'] = [
  { kind: 'group', cells: [cell('I'), cell('Khối các phòng')], depth: 0, keepWithNext: true },
  {
    kind: 'row',
    cells: [cell('1'), cell('Phòng A'), cell('12', { below: '(80%)' })],
    depth: 0,
    keepWithNext: false,
  },
  {
    kind: 'total',
    cells: [cell(''), cell('Cộng', { strong: true }), cell('12')],
    depth: 0,
    keepWithNext: false,
  },
];

async function html(blocks: Block[]): Promise<string> {
  const templates = await loadTemplates();
  const document = await documentOf(blocks);
  return renderHtml({ year: 2018, baseName: 'x', document, charts: [], templates });
}

describe('the generic partials', () => {
  it('html/table.hbs draws a table of a new kind: caption, widths, headings, a group across, each cell set as its column', async () => {
    const out = await html([table(ROWS)]);
    expect(out).toContain('<table class="document-table">');
    expect(out).toContain('<caption>Biểu 1. Kết quả bỏ phiếu</caption>');
    expect(out).toContain('<col style="width: 60%">');
    expect(out).toMatch(/<th>TT<\/th><th>Đơn vị<\/th><th>Số phiếu<\/th>/);
    expect(out).toContain(
      '<tr class="group"><td class="center">I</td><td colspan="2">Khối các phòng</td></tr>',
    );
    expect(out).toContain(
      '<tr class="row"><td class="center">1</td><td class="left">Phòng A</td><td class="right">12<br><span class="status">(80%)</span></td></tr>',
    );
    expect(out).toContain('<td class="left"><strong>Cộng</strong></td>');
  });

  it('a table of a new kind with no rows says its empty words under its caption', async () => {
    const out = await html([table([])]);
    expect(out).not.toContain('<table class="document-table">');
    expect(out).toContain(
      '<p class="table-caption">Biểu 1. Kết quả bỏ phiếu</p>\n<p>Không có đơn vị được bỏ phiếu.</p>',
    );
  });

  it('a note written in Markdown is drawn as Markdown in HTML, in the note’s style; as written in Markdown', async () => {
    const note: Block = {
      type: 'paragraph',
      role: 'note',
      text: 'Nguồn: **Báo cáo** số 12',
      markup: 'markdown',
    };
    const plain: Block = {
      type: 'paragraph',
      role: 'appendix-note',
      text: 'Ghi chú *thường*',
      markup: 'plain',
    };
    const out = await html([note, plain]);
    expect(out).toContain('<p class="note">Nguồn: <strong>Báo cáo</strong> số 12</p>');
    expect(out).toContain('<p class="appendix-note">Ghi chú *thường*</p>');
    const templates = await loadTemplates();
    const [md] = renderMarkdown({
      year: 2018,
      baseName: 'x',
      document: await documentOf([note]),
      charts: [],
      templates,
    });
    expect(String(md?.content)).toContain('_Nguồn: **Báo cáo** số 12_');
  });
});
