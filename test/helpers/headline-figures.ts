/**
 * Every headline figure of the source article (LĐXH, 28/02/2019) and of the Báo Hà Tĩnh trained-labour rates,
 * as the 2018 report must print them: vi-VN format, with the source's qualifier.
 */
export const HEADLINE_FIGURES = [
  'trên 24.000 người',
  'gần 9.000 người',
  'gần 29.000 người',
  'gần 19.000 người',
  'trên 6,4 tỷ đồng',
  'trên 110.000 người',
  'trên 44.000 người',
  'trên 1.103 tỷ đồng',
  ': 98%',
  'Tỷ lệ hộ nghèo: 6,92%',
  'Tỷ lệ hộ cận nghèo: 6,57%',
  'trên 69.000 người',
  'trên 13.000 thủ tục',
  '99,8%',
  '116 đầu việc',
  'Giải quyết việc làm: 23.500 người',
  '8.500 người',
  '18.700 người',
  'Tỷ lệ lao động qua đào tạo: 65%',
  'Tỷ lệ hộ nghèo: dưới 6%',
  'tăng 2,3 điểm phần trăm so với năm 2017 (58,7%)',
] as const;
