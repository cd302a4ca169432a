import type { PdfMeta } from '../../src/pdf/pdf-meta.js';

export const NATIONAL_MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';

/** Metadata for the sample report, with a date fixed far from "now". */
export const sampleMeta: PdfMeta = {
  title: 'Báo cáo tổng kết công tác thi đua, khen thưởng năm 2024',
  author: 'Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh',
  subject: 'Tổng kết thi đua năm 2024',
  keywords: ['thi đua', 'khen thưởng', 'Hà Tĩnh'],
  language: 'vi',
  date: new Date('2024-12-31T00:00:00Z'),
};

/** Returns a small multi-page A4 report: official margins, page numbers from page 2, headings and a table. */
export function sampleReportHtml(rows = 70): string {
  const body = Array.from(
    { length: rows },
    (_, i) =>
      `<tr><td>${i + 1}</td><td>Phòng Lao động - Thương binh và Xã hội huyện số ${i + 1}</td><td>Hoàn thành xuất sắc</td></tr>`,
  ).join('');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${sampleMeta.title}</title>
<style>
  @page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font: 13pt 'Times New Roman', 'Liberation Serif', serif } }
  @page :first { @top-center { content: none } }
  body { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 13pt; line-height: 1.3 }
  h1, h2 { font-size: 14pt } .motto { text-align: center; font-weight: bold }
  table { border-collapse: collapse; width: 100% } th, td { border: 1px solid #000; padding: 2pt 4pt }
  .new-page { break-before: page }
</style></head>
<body>
  <p class="motto">${NATIONAL_MOTTO}</p>
  <p class="motto">Độc lập - Tự do - Hạnh phúc</p>
  <h1>I. Kết quả thực hiện phong trào thi đua</h1>
  <p>Năm 2024, Sở đã tổ chức các phong trào thi đua yêu nước gắn với nhiệm vụ chính trị của ngành.</p>
  <h2>1. Danh sách đơn vị</h2>
  <table><thead><tr><th>STT</th><th>Đơn vị</th><th>Xếp loại</th></tr></thead><tbody>${body}</tbody></table>
  <h1 class="new-page">II. Phương hướng, nhiệm vụ năm 2025</h1>
  <h2>1. Mục tiêu</h2>
  <p>Tiếp tục đổi mới công tác thi đua, khen thưởng; ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ đ Đ.</p>
</body></html>`;
}
