/**
 * The Word builder (src/docx/render-docx.ts, markdown-runs.ts) on a document made to hold every kind of node and
 * every variation the real documents happen not to have at once: plain text that looks like Markdown, Markdown with
 * lists, code, soft and hard breaks, nested list items, a term without its description, a table without rows, cells
 * across columns, in bold or italics, with a line below, every alignment, a signer on behalf of another and one not
 * yet named, an appendix across the page. Its body and its other parts (styles, page header and footer,
 * properties) against goldens, a tag a line.
 */
import { Packer } from 'docx';
import { unzipSync } from 'fflate';
import { describe, it } from 'vitest';
import { renderDocx } from '../../src/docx/render-docx.js';
import { cell, column, type DocumentTree } from '../../src/view/document.js';
import { expectGolden } from '../helpers/golden.js';

const tree: DocumentTree = {
  meta: {
    title: 'Báo cáo thử',
    subject: 'Mọi loại nút',
    author: 'Sở Nội vụ',
    keywords: ['thi đua', 'khen thưởng'],
    language: 'vi',
    date: '2025-01-05',
  },
  header: {
    parentAgencyLines: [],
    agencyLines: [],
    number: '',
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    dateLine: 'Hà Tĩnh, ngày 05 tháng 01 năm 2025',
  },
  title: { title: 'BÁO CÁO', subject: 'Thử mọi loại nút' },
  illustrative: 'Số liệu minh họa',
  illustrativeNote: 'số liệu trong văn bản này là số liệu ví dụ, không phải số liệu thật.',
  sections: [
    {
      kind: 'body',
      orientation: 'portrait',
      blocks: [
        { type: 'heading', level: 2, text: 'I. PHẦN MỘT' },
        { type: 'heading', level: 3, text: '1. Mục một' },
        { type: 'heading', level: 4, text: 'a) Ý một' },
        {
          type: 'paragraph',
          role: 'body',
          text: 'Văn bản *không phải* Markdown: **giữ nguyên**.',
          markup: 'plain',
        },
        { type: 'paragraph', role: 'body', text: 'Văn bản *nghiêng* và **đậm**.', markup: 'markdown' },
        { type: 'paragraph', role: 'note', text: 'Ghi chú *dưới bảng*.', markup: 'markdown' },
        { type: 'paragraph', role: 'appendix-note', text: 'Ghi chú phụ lục.', markup: 'plain' },
        {
          type: 'markdown',
          text: 'Đoạn một,\nxuống dòng mềm  \nvà xuống dòng cứng.\n\n- Ý *một*\n  - Ý con\n- Ý hai\n\n1. Thứ nhất\n\n```\nmã\n```\n\nĐoạn cuối.',
        },
        {
          type: 'list',
          items: [
            { text: 'Mục *một*', depth: 0 },
            { text: 'Trong đó, mục con', depth: 1 },
          ],
          nested: true,
          markup: 'markdown',
        },
        { type: 'list', items: [{ text: 'Mục *thô*', depth: 0 }], nested: false, markup: 'plain' },
        {
          type: 'terms',
          items: [
            { term: 'Phong trào một', description: 'Mô tả *có* định dạng.' },
            { term: 'Phong trào hai', description: null },
          ],
        },
        {
          type: 'table',
          kind: 'results',
          caption: 'Bảng không có dòng',
          columns: [column('Chỉ tiêu', 60, 'name', 'left'), column('Số', 40, 'fig', 'right')],
          rows: [],
          variant: { noPlan: true, noPrior: true },
          empty: 'Chưa có số liệu.',
        },
        {
          type: 'table',
          kind: 'ranking',
          caption: '',
          columns: [
            column('TT', 10, 'tt'),
            column('Đơn vị', 50, 'name', 'left', '', 'Tên đơn vị'),
            column('Điểm', 20, 'fig', 'right', '(100)'),
            column('Xếp loại', 20, 'band', 'left'),
          ],
          rows: [
            // A group's heading: fewer cells than columns, its last spanning the rest.
            {
              kind: 'group',
              cells: [cell('I'), cell('Khối một', { strong: true })],
              depth: 0,
              keepWithNext: true,
            },
            {
              kind: 'row',
              cells: [
                cell('1'),
                cell('Phòng một'),
                cell('96,08', { below: 'vượt' }),
                cell('Xuất sắc', { emphasis: true }),
              ],
              depth: 0,
              keepWithNext: false,
            },
            {
              kind: 'row',
              cells: [cell(''), cell('Trong đó'), cell('1'), cell('')],
              depth: 1,
              keepWithNext: true,
            },
            {
              kind: 'total',
              cells: [cell(''), cell('Tổng', { strong: true }), cell('97'), cell('')],
              depth: 0,
              keepWithNext: false,
            },
          ],
          variant: { noPlan: false, noPrior: false },
          empty: '',
        },
        {
          type: 'signature',
          closing: 'Trên đây là báo cáo.',
          recipientsLabel: 'Nơi nhận:',
          recipients: ['- Như trên;', '- Lưu: VT.'],
          signer: { onBehalf: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: null },
        },
      ],
    },
    {
      kind: 'body',
      orientation: 'portrait',
      blocks: [
        {
          type: 'table',
          kind: 'commendations',
          caption: '',
          columns: [column('Hình thức', 100, 'form', 'left')],
          rows: [],
          variant: { noPlan: false, noPrior: false },
          empty: 'Không có.',
        },
        {
          type: 'table',
          kind: 'sheet',
          caption: 'Một ô trải cả dòng',
          columns: [column('TT', 30, 'tt'), column('Nội dung', 70, 'name', 'left')],
          rows: [
            { kind: 'group', cells: [cell('Nhóm một, trải hai cột')], depth: 0, keepWithNext: true },
            { kind: 'row', cells: [cell('1'), cell('Một')], depth: 0, keepWithNext: false },
          ],
          variant: { noPlan: false, noPrior: false },
          empty: '',
        },
        // A line in the middle of the page (a decision's "QUYẾT ĐỊNH:").
        { type: 'paragraph', role: 'centred', text: '**QUYẾT ĐỊNH:**', markup: 'markdown' },
        // A report: no closing, the superior confirming on the left instead of "Nơi nhận", its deputy on the
        // head's behalf under the heading.
        {
          type: 'signature',
          closing: '',
          recipientsLabel: '',
          recipients: [],
          cosigner: {
            heading: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG',
            onBehalf: 'KT. GIÁM ĐỐC',
            title: 'PHÓ GIÁM ĐỐC',
            name: 'Trần Thị B',
          },
          signer: { onBehalf: null, title: 'CHỦ TRÌ', name: 'Nguyễn Văn A' },
        },
      ],
    },
    {
      kind: 'appendix',
      orientation: 'landscape',
      blocks: [
        {
          type: 'appendix-head',
          label: 'Phụ lục I',
          title: 'DANH SÁCH',
          attachedTo: '(Kèm theo Báo cáo số ...)',
        },
        {
          type: 'table',
          kind: 'appendix',
          caption: 'Bảng phụ lục',
          columns: [column('TT', 20, 'tt'), column('Tên', 80, 'name', 'left')],
          rows: [{ kind: 'row', cells: [cell('1'), cell('Một')], depth: 0, keepWithNext: false }],
          variant: { noPlan: false, noPrior: false },
          empty: '',
        },
      ],
    },
  ],
};

/** A part's XML a tag a line, so that a golden's difference shows the element that changed. */
const tagPerLine = (xml: string) => `${xml.replace(/></g, '>\n<')}\n`;

describe('the Word builder on a document of every node', () => {
  it('writes its body and its styles as the goldens have them', async () => {
    const parts = unzipSync(new Uint8Array(await Packer.toBuffer(renderDocx(tree, []))));
    const text = (name: string) => tagPerLine(new TextDecoder().decode(parts[name]));
    await expectGolden('docx-every-node.xml', text('word/document.xml'));
    // Its styles, page header and footer, and properties: every other part the builder sets.
    const others = Object.keys(parts)
      .filter((name) => name !== 'word/document.xml' && /^(word\/[^/]+|docProps\/core)\.xml$/.test(name))
      .sort();
    // The packing time (docx writes the clock; packDocx sets the report's date instead) left out.
    const parts2 = others
      .map((name) => `<!-- ${name} -->\n${text(name)}`)
      .join('')
      .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1');
    await expectGolden('docx-every-node-parts.xml', parts2);
  });
});
