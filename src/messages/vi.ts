/** Bộ thông báo tiếng Việt: mọi thông báo của công cụ bằng tiếng Việt (xem catalogue.ts về cấu trúc). */
import type { NumberArgs, SchemaArgs, SyntaxArgs } from '../diagnostics/diagnostic.js';
import { periodSpanWords } from '../domain/report-period.js';
import type { BrowserTask, ToolErrorArgsOf, WriteFor } from '../errors.js';
import type { FileKind } from '../model/types.js';
import type {
  BrowserFrom,
  Catalogue,
  CliWords,
  Description,
  DiagnosticWords,
  DoctorWords,
  ToolErrorWords,
} from './catalogue.js';
import {
  allowedValues,
  isUtf16,
  kindLine,
  kindList,
  listed,
  looksLikeThousands,
  s,
  unambiguousDecimal,
  wrapInQuotes,
} from './facts.js';

/** The first months of a year a message is about, as the report words them: "9 tháng đầu năm 2019", "tháng 01 năm 2019". */
const monthsSpan = (a: { year?: unknown; months?: unknown }) =>
  periodSpanWords({ year: Number(a.year), months: Number(a.months) });
/** "năm 2019", "9 tháng đầu năm 2019", "giai đoạn 2016 - 2020": the report a message is of. */
const reportSpan = (a: { year?: unknown; months?: unknown; from?: unknown }) =>
  periodSpanWords({
    year: Number(a.year),
    months: a.months === undefined ? undefined : Number(a.months),
    from: a.from === undefined ? undefined : Number(a.from),
  });
const didYouMean = (a: { suggestion?: string | undefined }) =>
  a.suggestion ? ` Có phải bạn muốn ghi "${s(a.suggestion)}"?` : '';
/** The kinds of data file, as the staff call them. */
const KIND_NAME: Record<FileKind, string> = {
  results: 'số liệu thực hiện',
  targets: 'chỉ tiêu kế hoạch',
  catalogue: 'danh mục chỉ tiêu',
  agency: 'thông tin cơ quan',
  units: 'danh sách đơn vị',
  scoring: 'thang điểm thi đua',
  'unit-results': 'số liệu thi đua của các đơn vị',
  titles: 'quy định danh hiệu, khen thưởng',
  council: 'Hội đồng Thi đua - Khen thưởng',
};
const kindName = (kind: FileKind) => KIND_NAME[kind];

/** Các số về người của đơn vị, như thông báo gọi. */
const MEMBER_FIELD_VI: Record<string, string> = {
  excellent: 'người hoàn thành xuất sắc nhiệm vụ',
  good: 'người hoàn thành tốt nhiệm vụ',
  complete: 'người hoàn thành nhiệm vụ',
  incomplete: 'người không hoàn thành nhiệm vụ',
  advanced: 'Lao động tiên tiến',
  emulation_fighters: 'Chiến sĩ thi đua cơ sở',
  initiatives: 'người có sáng kiến, đề tài được công nhận',
  disciplined: 'người bị kỷ luật',
};

/** The placeholders of the options and arguments in the help, as a Vietnamese reader reads them. */
const PLACEHOLDERS_VI: Readonly<Record<string, string>> = {
  dir: 'thư-mục',
  file: 'tệp',
  format: 'dạng',
  formats: 'các-dạng',
  n: 'số',
  rule: 'cách',
  which: 'loại',
  path: 'đường-dẫn',
  seconds: 'số-giây',
  style: 'kiểu',
  id: 'mã',
  language: 'ngôn-ngữ',
  year: 'năm',
  'years...': 'năm...',
  'files...': 'tệp...',
  years: 'năm',
  files: 'tệp',
  options: 'tùy chọn',
  kind: 'loại',
  command: 'lệnh',
};

/** Commander's placeholders ("<dir>", "[years...]") put in Vietnamese; a date's YYYY-MM-DD stays as it is typed. */
function translateTerms(english: string): string {
  // An argument in the list of arguments is named bare ("years").
  const bare = PLACEHOLDERS_VI[english];
  if (bare !== undefined) return bare;
  return english.replace(/([<[])([^>\]]+)([>\]])/g, (whole, open: string, name: string, close: string) => {
    const words = PLACEHOLDERS_VI[name];
    return words === undefined ? whole : `${open}${words}${close}`;
  });
}

/** What a file that is not UTF-8 seems to be in. */
const ENCODING_VI: Record<'utf16-le' | 'utf16-be' | 'utf16-or-binary' | 'legacy', string> = {
  'utf16-le': 'UTF-16 LE',
  'utf16-be': 'UTF-16 BE',
  'utf16-or-binary': 'UTF-16 hoặc một tệp nhị phân',
  legacy: 'một bảng mã cũ như Windows-1258 hoặc TCVN3',
};

/** A ground a title's holder may qualify by, as the messages name it. */
const GROUND_VI: Record<string, string> = {
  excellent: 'hoàn thành xuất sắc nhiệm vụ (excellent)',
  initiatives: 'có sáng kiến, đề tài, đề án, công trình được công nhận (initiatives)',
};

const DIAGNOSTICS: DiagnosticWords = {
  FILE_NOT_UTF8: (a) => ({
    message: `Tệp không được lưu bằng bảng mã UTF-8 (có vẻ là ${ENCODING_VI[a.encoding]}), nên chữ tiếng Việt sẽ bị đọc sai.`,
    fix: `Mở tệp trong trình soạn thảo và lưu lại với bảng mã "UTF-8" (Notepad: File > Save As, Encoding: UTF-8; VS Code: bấm "${isUtf16(s(a.encoding)) ? 'UTF-16' : 'Windows 1258'}" ở thanh trạng thái, chọn Save with Encoding, UTF-8).${isUtf16(s(a.encoding)) ? '' : ' Chữ gõ bằng phông TCVN3 hoặc VNI phải được chuyển sang Unicode trước (Unikey: Công cụ chuyển mã).'}`,
  }),
  FILE_TOO_LARGE: (a) => ({
    message: `Tệp có ${s(a.size)} byte; công cụ không nhận tệp số liệu lớn hơn ${s(a.limit)} byte.`,
    fix: 'Kiểm tra xem có đúng tệp không: một tệp số liệu của một năm chỉ vài kilobyte.',
  }),
  FILE_EMPTY: (a) => ({
    message:
      s(a.content) === 'comments'
        ? 'Tệp chỉ có chú thích, không có số liệu.'
        : 'Tệp trống: không có số liệu nào.',
    fix: a.guess
      ? `Ghi ${kindName(a.guess)} vào tệp, bắt đầu bằng dòng "${kindLine(a.guess)}" (xem docs/huong-dan.md, mục 2), hoặc xóa tệp.`
      : `Ghi số liệu vào tệp, bắt đầu bằng một dòng "kind:" (${kindList('hoặc')}; xem docs/huong-dan.md, mục 2), hoặc xóa tệp.`,
  }),
  YAML_SYNTAX: (a) => syntaxProblem(a),
  YAML_TAB_INDENT: () => ({
    message: 'Dòng này thụt lề bằng ký tự Tab; YAML chỉ cho phép thụt lề bằng dấu cách.',
    fix: 'Thay ký tự Tab ở đầu dòng này bằng dấu cách (hai dấu cách cho mỗi cấp).',
  }),
  YAML_DUPLICATE_KEY: (a) => ({
    message: a.key
      ? `"${a.key}" xuất hiện hai lần trong cùng một nhóm${a.firstLine ? ` (lần đầu ở dòng ${a.firstLine})` : ''}; trường ghi sau sẽ thay thế trường ghi trước mà không báo gì.`
      : 'Trường này xuất hiện hai lần trong cùng một nhóm; trường ghi sau sẽ thay thế trường ghi trước mà không báo gì.',
    fix: a.key
      ? `Giữ lại một trong hai mục "${a.key}" (gộp nội dung của chúng) và xóa mục kia.`
      : 'Giữ lại một trong hai (gộp nội dung của chúng) và xóa trường kia.',
  }),
  YAML_ALIAS_LIMIT: (a) => ({
    message: `Tệp dùng bí danh YAML (*tên) được mở rộng quá ${s(a.limit)} lần.`,
    fix: 'Ghi đầy đủ các giá trị; tệp số liệu không cần neo (&) hay bí danh (*).',
  }),
  YAML_TOO_DEEP: (a) => ({
    message:
      typeof a.depth === 'number'
        ? `Tệp có các nhóm lồng nhau sâu ${s(a.depth)} cấp; công cụ không nhận tệp số liệu sâu quá ${s(a.limit)} cấp.`
        : `Tệp có các nhóm lồng nhau quá sâu, không đọc được; công cụ không nhận tệp số liệu sâu quá ${s(a.limit)} cấp.`,
    fix: 'Kiểm tra các dấu [ hoặc { chưa đóng; tệp số liệu chỉ cần vài cấp.',
  }),
  YAML_CUSTOM_TAG: (a) => ({
    message: `Tệp dùng thẻ YAML "${s(a.tag ?? a.detail)}" mà công cụ này không chấp nhận: tệp số liệu chỉ được chứa giá trị thông thường.`,
    fix: `Bỏ "${s(a.tag ?? '!')}" và ghi giá trị thông thường.`,
  }),
  YAML_MULTIPLE_DOCUMENTS: (a) => ({
    message:
      s(a.marker) === '...'
        ? `Dòng "..." kết thúc số liệu của tệp; phần sau nó được đọc thành ${s(a.count)} tài liệu YAML riêng, trong khi một tệp số liệu chỉ được có một tài liệu.`
        : `Tệp có ${s(a.count)} tài liệu YAML (ngăn cách bằng "---"); một tệp số liệu chỉ được có một tài liệu.`,
    fix: `Xóa dòng "${s(a.marker) || '---'}", hoặc tách thành hai tệp.`,
  }),
  TOP_LEVEL_NOT_MAP: (a) => ({
    message:
      s(a.actual) === 'list'
        ? 'Cấp ngoài cùng của tệp là một danh sách (các mục "- "), nhưng tệp số liệu là một nhóm trường ("kind: ...", "year: ...").'
        : 'Cấp ngoài cùng của tệp chỉ có một giá trị, nhưng tệp số liệu là một nhóm trường ("kind: ...", "year: ...").',
    fix: `Bắt đầu tệp bằng "${a.guess ? kindLine(a.guess) : 'kind: ...'}" và ghi mỗi trường dạng "tên: giá trị" sát lề trái, không có "- " ở đầu (xem docs/huong-dan.md, mục 3).`,
  }),
  KIND_MISSING: (a) => ({
    message: 'Tệp không cho biết loại số liệu nó chứa, nên không kiểm tra được.',
    fix: a.guess
      ? `Thêm dòng "${kindLine(a.guess)}" ở đầu tệp.`
      : `Thêm một dòng "kind:" ở đầu tệp: ${kindList('hoặc')}.`,
  }),
  KIND_UNKNOWN: (a) => ({
    message: `"${s(a.actual)}" không phải là một loại tệp số liệu.${didYouMean(a)}`,
    fix: `Ghi một trong các loại: ${s(a.allowed)}.`,
  }),
  SCHEMA_TYPE: (a) => ({
    message: `${s(a.path) || 'Tệp'} phải là ${typeWords(s(a.expected))}, nhưng lại là ${found(a.found, s(a.shown))}.`,
    fix: a.asText
      ? `Ghi trong dấu nháy, dạng chữ: ${a.asText}.`
      : a.blank
        ? `Điền vào: ghi giá trị của ${s(a.field)} ngay sau "${s(a.field)}:", trên cùng một dòng.`
        : typeFix(s(a.expected)),
  }),
  SCHEMA_REQUIRED: (a) => ({
    message: `Thiếu "${s(a.missing)}" trong ${s(a.where) || 'cấp ngoài cùng của tệp'}.`,
    fix: `Thêm "${s(a.missing)}:" cùng giá trị của nó vào ${s(a.where) ? `dưới ${s(a.where)}` : 'cấp ngoài cùng của tệp'}.`,
  }),
  SCHEMA_UNKNOWN_FIELD: (a) => ({
    message: `"${s(a.field)}" không phải là trường hợp lệ ở vị trí này.${didYouMean(a)}`,
    fix: a.suggestion
      ? `Đổi tên thành "${s(a.suggestion)}", hoặc xóa trường này.`
      : `Xóa trường này, hoặc chuyển nó đến đúng chỗ. Các trường được phép ở đây: ${s(a.allowed)}.`,
  }),
  SCHEMA_ENUM: (a) => ({
    message: `"${s(a.actual)}" không được phép dùng cho ${s(a.field)}.${didYouMean(a)}`,
    fix: `Ghi một trong các giá trị: ${allowedValues(s(a.field), a.allowed)}.`,
  }),
  SCHEMA_CONST: (a) => ({
    message: `${s(a.field)} là "${s(a.actual)}" nhưng trong tệp này phải là "${s(a.expected)}".`,
    fix: `Sửa thành "${s(a.field)}: ${s(a.expected)}".`,
  }),
  SCHEMA_RANGE: (a) => ({
    message: `${s(a.path)} là ${s(a.actual)}; giá trị phải ${comparisonWords(s(a.comparison))} ${s(a.limit)}.`,
    fix: 'Đối chiếu số liệu với nguồn.',
  }),
  SCHEMA_PATTERN: (a) => ({
    message: `"${s(a.actual)}" không phải là mã hợp lệ cho ${s(a.path)}.`,
    fix: 'Dùng chữ thường không dấu, chữ số và dấu gạch nối, ví dụ viec-lam.',
  }),
  SCHEMA_FORMAT: (a) => ({
    message:
      s(a.format) === 'date'
        ? `"${s(a.actual)}" không phải là ngày hợp lệ cho ${s(a.path)}.`
        : `"${s(a.actual)}" không phải là địa chỉ hợp lệ cho ${s(a.path)}.`,
    fix:
      s(a.format) === 'date'
        ? 'Ghi ngày theo thứ tự năm-tháng-ngày (4 chữ số năm, 2 chữ số tháng, 2 chữ số ngày), ví dụ 2019-02-28.'
        : 'Ghi địa chỉ đầy đủ, bắt đầu bằng https://.',
  }),
  SCHEMA_SIZE: (a) => ({
    message: `${s(a.path)} đang để trống.`,
    fix:
      s(a.keyword) === 'minItems'
        ? 'Thêm ít nhất một mục, hoặc xóa trường này.'
        : 'Ghi nội dung, hoặc xóa trường này.',
  }),
  SCHEMA_OTHER: (a) => ({
    message: `${s(a.path)} không hợp lệ (trình kiểm tra báo: ${s(a.detail)}).`,
    fix: 'So sánh với ví dụ trong docs/huong-dan.md, mục 3.',
  }),
  NUMBER_THOUSANDS_DOT: (a) => thousandsDot(a),
  NUMBER_DECIMAL_COMMA: (a) => ({
    message: `"${s(a.source)}" dùng dấu phẩy thập phân; YAML đọc nó là chữ, không phải số.`,
    fix: `Ghi ${s(a.meant)}: dấu chấm trước phần thập phân, không dùng dấu ngăn cách hàng nghìn. Báo cáo vẫn in số theo cách viết tiếng Việt.`,
  }),
  NUMBER_AMBIGUOUS_COMMA: (a) => ({
    message: `"${s(a.source)}" có hai cách hiểu: theo cách viết tiếng Anh là ${s(a.asThousands)}, theo cách viết tiếng Việt (dấu phẩy thập phân) là ${viDecimal(s(a.asDecimal))}; YAML đọc nó là chữ.${likelyNote(a)}`,
    fix:
      a.likely === 'decimal'
        ? `Ghi ${s(a.asDecimal)}: dấu chấm trước phần thập phân, không dùng dấu ngăn cách hàng nghìn.`
        : `Ghi ${s(a.asThousands)} nếu hiểu theo tiếng Anh${a.likely === 'thousands' ? ' (cách hiểu hợp lý hơn)' : ''}, hoặc ${s(a.asDecimal)} nếu hiểu theo tiếng Việt: dấu chấm trước phần thập phân, không dùng dấu ngăn cách hàng nghìn.`,
  }),
  NUMBER_NOTATION: (a) => notation(a),
  NO_CATALOGUE: (a) => ({
    message: `Thư mục số liệu ${s(a.folder)} không có danh mục chỉ tiêu (tệp có dòng "kind: catalogue").`,
    fix: 'Thêm tệp indicators.yaml (xem docs/huong-dan.md, mục 2), hoặc dùng --data chỉ đến thư mục có tệp đó.',
  }),
  NO_AGENCY: (a) => ({
    message: `Thư mục số liệu ${s(a.folder)} không có tệp thông tin cơ quan (tệp có dòng "kind: agency").`,
    fix: 'Thêm tệp agency.yaml với tên cơ quan, người ký và nơi nhận (xem docs/huong-dan.md, mục 2 và 6).',
  }),
  DUPLICATE_FILE: (a) => ({
    message: a.year
      ? `Đã có một tệp ${kindName(a.kind)} khác của năm ${s(a.year)}: ${s(a.other)}.`
      : `Đã có một tệp ${kindName(a.kind)} khác: ${s(a.other)}.`,
    fix: 'Mỗi loại, mỗi năm chỉ giữ một tệp: gộp nội dung vào một tệp và xóa tệp còn lại.',
  }),
  DUPLICATE_ID: (a) => ({
    message: `Mã ${whatWords(s(a.what))} "${s(a.id)}" được dùng hai lần.`,
    fix: `Đặt cho mỗi ${whatWords(s(a.what))} một mã riêng.`,
  }),
  UNKNOWN_BLOCK: (a) => ({
    message: `Tệp này không có khối thi đua "${s(a.id)}" trong "blocks:".${didYouMean(a)}`,
    fix: a.suggestion
      ? `Đổi thành "${s(a.suggestion)}".`
      : 'Dùng mã của một khối có trong "blocks:", hoặc thêm khối đó vào.',
  }),
  UNKNOWN_AREA: (a) => ({
    message: `Danh mục không có lĩnh vực "${s(a.id)}".${didYouMean(a)}`,
    fix: 'Dùng mã của một lĩnh vực có trong "areas:".',
  }),
  UNKNOWN_PARENT: (a) => ({
    message: `Không có chỉ tiêu "${s(a.id)}" để làm chỉ tiêu cha.${didYouMean(a)}`,
    fix: 'Dùng mã của một chỉ tiêu trong danh mục này, hoặc xóa "parent".',
  }),
  PARENT_CYCLE: (a) => ({
    message: `Các chỉ tiêu cha của "${s(a.id)}" tạo thành vòng lặp: ${s(a.chain)}.`,
    fix: 'Một chỉ tiêu không thể là thành phần của chính nó; xóa một "parent".',
  }),
  UNKNOWN_INDICATOR: (a) => ({
    message: `Danh mục không có chỉ tiêu "${s(a.id)}".${didYouMean(a)}`,
    fix: a.suggestion
      ? `Đổi tên thành "${s(a.suggestion)}".`
      : 'Thêm chỉ tiêu vào indicators.yaml trước, hoặc sửa lại mã.',
  }),
  UNKNOWN_SOURCE: (a) => ({
    message: `Không có nguồn "${s(a.id)}" trong mục "sources:" của tệp này.${didYouMean(a)}`,
    fix: 'Dùng mã của một nguồn đã liệt kê ở đầu tệp, hoặc bổ sung nguồn này vào danh sách đó.',
  }),
  YEAR_MISMATCH: (a) => ({
    message: `Tệp ghi năm ${s(a.year)}, nhưng tên tệp (${s(a.name)}) lại là năm ${s(a.named)}.`,
    fix: 'Sửa lại năm, hoặc đổi tên tệp cho khớp.',
  }),
  PERIOD_MISMATCH: (a) => ({
    message: `Tệp ${Number(a.months) === 12 ? 'không ghi period (số liệu cả năm)' : `ghi period: ${s(a.months)}m`}, nhưng tên tệp (${s(a.name)}) lại là ${Number(a.named) === 12 ? 'số liệu cả năm' : `số liệu ${s(a.named)} tháng đầu năm`}.`,
    fix: `Sửa period (ghi period: 9m cạnh dòng year: cho số liệu 9 tháng đầu năm; không ghi period cho cả năm), hoặc đổi tên tệp thành ${s(a.expected)}.`,
  }),
  SPAN_MISMATCH: (a) => {
    const what = s(a.kind) === 'targets' ? 'chỉ tiêu' : 'báo cáo';
    return {
      message: `Tệp ${Number(a.from) === Number(a.year) ? `không ghi from (${what} của một năm)` : `ghi from: ${s(a.from)} (giai đoạn ${s(a.from)} - ${s(a.year)})`}, nhưng tên tệp (${s(a.name)}) lại là ${Number(a.named) === Number(a.year) ? `${what} của một năm` : `${what} giai đoạn ${s(a.named)} - ${s(a.year)}`}.`,
      fix: `Sửa from (năm đầu của giai đoạn, cạnh dòng year: là năm cuối; không ghi from cho ${what} một năm), hoặc đổi tên tệp thành ${s(a.expected)}.`,
    };
  },
  SPAN_FIGURES: (a) => ({
    message:
      a.period === undefined
        ? `Tệp nội dung báo cáo giai đoạn ${s(a.from)} - ${s(a.year)} có ghi số liệu (${(a.ids as readonly string[]).join(', ')}): số liệu của giai đoạn là số liệu từng năm, mỗi năm một tệp, công cụ tự tổng hợp.`
        : `Tệp nội dung báo cáo giai đoạn ${s(a.from)} - ${s(a.year)} ghi period: ${s(a.period)}: báo cáo giai đoạn tính theo cả năm.`,
    fix:
      a.period === undefined
        ? `Chuyển từng số liệu sang tệp số liệu của năm đó (số liệu năm ${s(a.year)} vào ${s(a.year)}.yaml) và xóa mục values: khỏi tệp này.`
        : 'Xóa dòng period: (báo cáo những tháng đầu năm là một tệp riêng, ví dụ 2019-9m.yaml).',
  }),
  NEXT_SPAN: (a) => ({
    message: `next_span: ${s(a.next)} không phải giai đoạn sau giai đoạn ${s(a.from)} - ${s(a.year)}: phương hướng là của giai đoạn bắt đầu từ năm cuối của giai đoạn này (năm ${s(a.year)}) trở về sau, ghi năm đầu - năm cuối, dài nhiều nhất ${s(a.most)} năm.`,
    fix: `Ghi giai đoạn của phần phương hướng như kế hoạch của cơ quan (ví dụ next_span: ${Number(a.year) + 1}-${Number(a.year) + Number(a.year) - Number(a.from) + 1}), hoặc xóa next_span: (phần phương hướng khi đó ghi "giai đoạn tới").`,
  }),
  SPAN_YEARS: (a) => ({
    message: `Giai đoạn từ năm ${s(a.from)} đến năm ${s(a.year)} không lập báo cáo được: năm đầu phải trước năm cuối, và giai đoạn dài nhiều nhất ${s(a.most)} năm.`,
    fix: 'Ghi năm đầu của giai đoạn ở from: và năm cuối ở year: (from: 2016, year: 2020 cho giai đoạn 2016 - 2020).',
  }),
  FILE_NAME: (a) => ({
    message: `Tên tệp ${s(a.name)} không theo cách đặt tên thông thường.`,
    fix: `Đổi tên thành ${s(a.expected)}.`,
  }),
  UNIT_MISMATCH: (a) => ({
    message: `Đơn vị tính "${s(a.unit)}" khác với đơn vị tính của ${s(a.id)} trong danh mục ("${s(a.expected)}").`,
    fix: `Quy đổi số liệu sang ${s(a.expected)} và ghi đơn vị đó, hoặc xóa "unit".`,
  }),
  TARGET_DIRECTION: (a) => ({
    message: `Chỉ tiêu kế hoạch dạng "${s(a.type)}" không phù hợp với ${s(a.id)}, vì đây là ${directionWords(s(a.direction))}.`,
    fix:
      s(a.direction) === 'lower'
        ? 'Dùng "ceiling" (dưới), "level", hoặc "change" với "change: decrease".'
        : 'Dùng "level" hoặc "range", hoặc "change" với "change: increase".',
  }),
  TARGET_SHAPE: (a) => {
    const shapes: Record<string, Description> = {
      range_order: {
        message: `Khoảng kế hoạch của ${s(a.id)} có giá trị nhỏ nhất (min) lớn hơn giá trị lớn nhất (max).`,
        fix: 'Đổi chỗ min và max.',
      },
      change_amount: {
        message: `Chỉ tiêu kế hoạch dạng tăng/giảm (change) của ${s(a.id)} cần có "by", hoặc có cả "min" và "max".`,
        fix: 'Ghi "by: 1.5", hoặc "min: 0.6" và "max: 1.0".',
      },
      points_not_rate: {
        message: `${s(a.id)} là ${kindWords(s(a.kind))}, không phải tỷ lệ, nên mức tăng/giảm không tính bằng điểm phần trăm được.`,
        fix: 'Ghi "measure: percent" (tăng/giảm theo phần trăm so với năm trước), hoặc xóa "measure".',
      },
    };
    return (
      shapes[s(a.problem)] ?? {
        message: `Chỉ tiêu kế hoạch của ${s(a.id)} không đúng cấu trúc.`,
        fix: 'So sánh với ví dụ trong docs/huong-dan.md, mục 3.',
      }
    );
  },
  NOT_INTEGER: (a) => ({
    message: `${s(a.id)} được tính bằng số nguyên (đơn vị: ${s(a.unit)}), nhưng số liệu là ${s(a.value)}.`,
    // Only three digits after the dot can be a thousands group: 24.5 cannot mean 245.
    fix: looksLikeThousands(s(a.value))
      ? `Ghi số nguyên. Nếu đây là số hàng nghìn, hãy ghi liền, bỏ dấu chấm: ${s(a.value).replace('.', '')}.`
      : 'Ghi số nguyên, đúng như nguồn.',
  }),
  NEGATIVE: (a) => ({
    message: `${s(a.id)} không thể âm (${s(a.value)}).`,
    fix: 'Ghi chính số liệu; mức giảm so với năm trước do công cụ tự tính.',
  }),
  RATE_OVER_100: (a) => ({
    message: `${s(a.id)} là tỷ lệ phần trăm, không thể là ${s(a.value)}.`,
    fix: 'Ghi tỷ lệ không có dấu %, từ 0 đến 100 (6.92 cho 6,92%).',
  }),
  AGENCY_NOT_IN_FORCE: (a) => ({
    message: `Không có tên cơ quan nào trong agency.yaml có hiệu lực vào ngày ${s(a.date)}${a.dated ? ', ngày của báo cáo' : `, ngày cuối năm ${s(a.year)} (báo cáo chưa ghi ngày)`}: không xác định được tên cơ quan ghi ở đầu văn bản và ở phần chữ ký.`,
    fix: 'Thêm vào "periods" trong agency.yaml một giai đoạn bao gồm ngày đó (from, until và các tên có hiệu lực khi ấy), hoặc sửa lại các ngày.',
  }),
  AGENCY_PERIOD_BACKWARDS: (a) => ({
    message: `Giai đoạn này kết thúc (${s(a.until)}) trước khi bắt đầu (${s(a.from)}).`,
    fix: 'Đổi chỗ hai ngày, hoặc sửa ngày bị sai.',
  }),
  UNIT_PERIOD_BACKWARDS: (a) => ({
    message: `Đơn vị "${s(a.id)}" kết thúc (${s(a.until)}) trước ngày bắt đầu (${s(a.from)}).`,
    fix: 'Đổi chỗ hai ngày, hoặc sửa ngày bị ghi sai.',
  }),
  BLOCK_WITHOUT_UNITS: (a) => ({
    message: `Khối thi đua "${s(a.id)}" không có đơn vị nào: không có gì để xếp hạng.`,
    fix: 'Ghi các đơn vị thuộc khối (block: mã của khối), hoặc xóa khối.',
  }),
  AGENCY_PERIODS_OVERLAP: (a) => ({
    message: `Giai đoạn ${s(a.first)} và ${s(a.second)} chồng lên nhau: báo cáo có ngày thuộc cả hai thì không biết lấy tên nào.`,
    fix: 'Cho giai đoạn trước kết thúc (until) vào ngày liền trước ngày giai đoạn sau bắt đầu (from).',
  }),
  SOURCE_BLANK: (a) => ({
    message: `Nguồn này chưa có ${s(a.field) === 'id' ? 'mã (id)' : 'tên (title)'}: không số liệu nào dẫn được nguồn này, và báo cáo không liệt kê nó.`,
    fix: 'Điền mã (chữ thường không dấu, chữ số và dấu gạch nối) và tên của nguồn (văn bản lấy số liệu), hoặc xóa nguồn.',
  }),
  FIGURE_BLANK: (a) => ({
    message: `"${s(a.id)}" chưa có số liệu năm ${s(a.year)}: báo cáo bỏ qua chỉ tiêu này, hoặc ghi "Chưa có số liệu" nếu chỉ tiêu có kế hoạch.`,
    fix: `Ghi số liệu bên dưới ("value: 24000", thêm "qualifier: over" cho "trên", v.v.), hoặc xóa dòng này nếu năm ${s(a.year)} không có số liệu.`,
  }),
  TARGET_BLANK: (a) => ({
    message: `"${s(a.id)}" chưa có chỉ tiêu kế hoạch năm ${s(a.year)}: báo cáo không nêu kế hoạch cho chỉ tiêu này.`,
    fix: 'Ghi chỉ tiêu kế hoạch bên dưới ("type: level" và "value: 23500", hoặc dạng ceiling, range, change; xem docs/huong-dan.md, mục 3), hoặc xóa dòng này nếu không có.',
  }),
  DOCUMENT_DATE: (a) =>
    a.from !== undefined
      ? {
          message: `Báo cáo ${reportSpan(a)} ghi ngày ${s(a.date)}, ${s(a.problem) === 'early' ? `trước năm ${s(a.year)}, năm cuối của giai đoạn` : 'sau giai đoạn hơn một năm'}.`,
          fix: `Kiểm tra document.date: báo cáo tổng kết giai đoạn ghi ngày trong năm cuối của giai đoạn (ngày đại hội thi đua) hoặc năm sau, từ năm ${s(a.year)} đến hết năm ${Number(a.year) + 1}.`,
        }
      : a.months === undefined
        ? {
            message: `Báo cáo năm ${s(a.year)} ghi ngày ${s(a.date)}, ${s(a.problem) === 'early' ? `trước tháng 11 năm ${s(a.year)}` : 'sau năm báo cáo hơn một năm'}.`,
            fix: `Kiểm tra document.date: báo cáo tổng kết năm ${s(a.year)} ghi ngày từ tháng 11 năm ${s(a.year)} đến hết năm ${Number(a.year) + 1}.`,
          }
        : {
            message: `Báo cáo ${monthsSpan(a)} ghi ngày ${s(a.date)}, ${s(a.problem) === 'early' ? `trước tháng ${s(a.months)}, tháng cuối của kỳ báo cáo` : `sau năm ${s(a.year)}`}.`,
            fix: `Kiểm tra document.date: báo cáo sơ kết ${monthsSpan(a)} ghi ngày từ đầu tháng ${s(a.months)} đến hết năm ${s(a.year)}.`,
          },
  PERIOD_EXCEEDS_YEAR: (a) => ({
    message: `Số liệu ${s(a.id)} ${monthsSpan(a)} (${s(a.value)}) lớn hơn số liệu cả năm (${s(a.total)}), trong khi chỉ tiêu này cộng dồn theo năm.`,
    fix: `Đối chiếu hai số liệu với nguồn: số liệu các tháng đầu năm là một phần của số liệu cả năm (trong tệp số liệu năm ${s(a.year)}).`,
  }),
  TOO_MANY_DECIMALS: (a) => ({
    message: `${s(a.value)} có nhiều chữ số thập phân hơn mức báo cáo thể hiện cho ${s(a.id)} (${s(a.decimals)}); số sẽ được làm tròn.`,
    fix: 'Làm tròn như nguồn, hoặc tăng "decimals" của chỉ tiêu này trong danh mục.',
  }),
  // thi đua: thang điểm và số liệu các đơn vị
  BLOCK_IN_TWO_SCHEMES: (a) => ({
    message: `Khối "${s(a.id)}" đã được chấm theo thang điểm "${s(a.other)}": mỗi khối chỉ có một thang điểm.`,
    fix: `Xóa "${s(a.id)}" khỏi "blocks" của một trong hai thang điểm.`,
  }),
  BLOCK_WITHOUT_SCHEME: (a) => ({
    message: `Không thang điểm nào chấm khối "${s(a.id)}" của units.yaml: các đơn vị của khối không xếp hạng được.`,
    fix: `Thêm "${s(a.id)}" vào "blocks" của thang điểm chấm khối đó, hoặc viết thang điểm cho khối.`,
  }),
  INDICATOR_NOT_SCORABLE: (a) => ({
    message: `Chỉ tiêu "${s(a.id)}" không có chiều tốt hơn (direction: neutral), nên không chấm điểm mức thực hiện được.`,
    fix: 'Chấm một chỉ tiêu có chiều higher hoặc lower, hoặc chuyển thành tiêu chí đạt/không đạt hay tiêu chí chấm trực tiếp.',
  }),
  MAX_TOTAL_MISMATCH: (a) => ({
    message: `Điểm tối đa các tiêu chí của thang điểm "${s(a.id)}" cộng lại được ${s(a.sum)}, không phải ${s(a.total)} như max_total ghi (không tính điểm thưởng, điểm trừ).`,
    fix: 'Đối chiếu điểm tối đa (max) của từng tiêu chí với quy chế, hoặc sửa max_total.',
  }),
  BANDS_ORDER: (a) => ({
    message: `Mức xếp loại "${s(a.id)}" bắt đầu từ ${s(a.value)} điểm, không thấp hơn mức trên nó (${s(a.above)}): các mức phải xếp từ điểm sàn cao nhất xuống.`,
    fix: 'Xếp các mức theo "min" từ cao xuống thấp, mức sau thấp hơn mức trước.',
  }),
  NEEDS_FILE: (a) => ({
    message: `Số liệu thi đua của các đơn vị được chấm theo ${s(a.kind) === 'units' ? 'units.yaml (danh sách đơn vị và khối thi đua)' : 'scoring.yaml (thang điểm)'}, nhưng thư mục chưa có tệp đó hoặc tệp đó đang có lỗi.`,
    fix: `Thêm tệp ${s(a.kind)}.yaml vào thư mục (xem docs/huong-dan.md, mục 5), hoặc sửa các lỗi đã báo trong tệp đó.`,
  }),
  UNKNOWN_UNIT: (a) => ({
    message: `Không có đơn vị "${s(a.id)}" trong units.yaml.${didYouMean(a)}`,
    fix: a.suggestion
      ? `Đổi thành "${s(a.suggestion)}".`
      : 'Dùng mã của một đơn vị trong units.yaml, hoặc thêm đơn vị đó vào.',
  }),
  UNIT_OUTSIDE_PERIOD: (a) => ({
    message: `Đơn vị "${s(a.id)}" không còn hoặc chưa có trong năm ${s(a.year)} (units.yaml: ${s(a.from) || '…'} – ${s(a.until) || '…'}).`,
    fix: 'Xóa đơn vị khỏi số liệu năm này, hoặc sửa ngày from/until của đơn vị trong units.yaml.',
  }),
  UNIT_NOT_SCORED: (a) =>
    a.entry
      ? {
          message: `Đơn vị "${s(a.id)}" có mục của năm ${s(a.year)} nhưng chưa ghi số liệu nào: đơn vị không được xếp hạng (lệnh score và báo cáo ghi là chưa có số liệu), không phải được 0 điểm.`,
          fix: `Ghi kết quả của đơn vị dưới "${s(a.id)}:", hoặc xóa mục này nếu năm nay đơn vị không có số liệu.`,
        }
      : {
          message: `Đơn vị "${s(a.id)}" có trong năm ${s(a.year)} nhưng chưa có số liệu ở đây: đơn vị không được xếp hạng.`,
          fix: `Thêm "${s(a.id)}:" dưới "units:" với số liệu của đơn vị, hoặc ghi ngày kết thúc (until) trong units.yaml.`,
        },
  UNSCORED_INDICATOR: (a) => ({
    message: `Thang điểm "${s(a.scheme)}" của khối đơn vị này không chấm chỉ tiêu "${s(a.id)}".${didYouMean(a)}`,
    fix: a.suggestion
      ? `Đổi thành "${s(a.suggestion)}".`
      : 'Chỉ ghi các chỉ tiêu mà tiêu chí của thang điểm chấm, hoặc thêm tiêu chí cho chỉ tiêu này trong scoring.yaml.',
  }),
  TARGET_ZERO: (a) => ({
    message: `Chỉ tiêu "${s(a.id)}" càng cao càng tốt mà kế hoạch bằng 0 thì không tính được tỷ lệ thực hiện (kết quả / kế hoạch).`,
    fix: 'Ghi chỉ tiêu đơn vị đã đăng ký, hoặc bỏ "target": đơn vị khi đó được so với kết quả cao nhất của khối.',
  }),
  UNKNOWN_CRITERION: (a) => ({
    message: `Thang điểm không có tiêu chí "${s(a.id)}".${didYouMean(a)}`,
    fix: a.suggestion
      ? `Đổi thành "${s(a.suggestion)}".`
      : 'Dùng mã của một tiêu chí trong thang điểm (scoring.yaml).',
  }),
  CRITERION_VALUE: (a) => ({
    message: {
      figures: `"${s(a.id)}" được chấm theo chỉ tiêu: kế hoạch và kết quả ghi dưới "indicators", không phải "criteria".`,
      yes_no: `"${s(a.id)}" là tiêu chí đạt/không đạt: ghi true (đạt) hoặc false (không đạt).`,
      points: `"${s(a.id)}" do Hội đồng chấm: ghi số điểm.`,
      events: `"${s(a.id)}" tính theo số lần: ghi số lần, là số nguyên.`,
    }[a.expected],
    fix:
      a.expected === 'figures'
        ? 'Chuyển sang "indicators:" với kế hoạch (target) và kết quả (result).'
        : 'Ghi giá trị theo đúng dạng tiêu chí yêu cầu.',
  }),
  POINTS_OVER_MAX: (a) => ({
    message: `${s(a.value)} điểm cho "${s(a.id)}" vượt điểm tối đa của tiêu chí (${s(a.max)}).`,
    fix: `Chấm tối đa ${s(a.max)} điểm.`,
  }),
  CRITERION_MISSING: (a) => ({
    message: `Đơn vị "${s(a.id)}" chưa có số liệu "${s(a.criterion)}": bảng điểm ghi là thiếu số liệu và tiêu chí này được 0 điểm.`,
    fix: 'Ghi số liệu hoặc giá trị khi đã có.',
  }),
  MEMBER_COUNTS: (a) => ({
    message:
      s(a.field) === 'ratings'
        ? `Tổng số người được xếp loại là ${s(a.count)}, trong khi đơn vị có ${s(a.limit)} người: mỗi người có đúng một mức xếp loại.`
        : `${s(a.field)}: ${s(a.count)} ${MEMBER_FIELD_VI[s(a.field)] ?? ''}, nhiều hơn ${s(a.limit)} ${s(a.of) === 'advanced' ? 'Lao động tiên tiến (Chiến sĩ thi đua cơ sở phải là Lao động tiên tiến)' : 'người của đơn vị (total)'}.`,
    fix:
      s(a.field) === 'ratings'
        ? 'Ghi sao cho excellent + good + complete + incomplete bằng total, hoặc đối chiếu lại với hồ sơ của đơn vị.'
        : `Ghi tối đa ${s(a.limit)}, hoặc đối chiếu lại các số với hồ sơ của đơn vị.`,
  }),
  EARLIER_YEAR: (a) => ({
    message: `${s(a.earlier)} không phải năm trước năm ${s(a.year)}: "earlier" chỉ ghi danh hiệu, hình thức khen thưởng của các năm trước.`,
    fix: 'Ghi đúng năm được công nhận, khen thưởng, hoặc chuyển sang tệp của năm đó.',
  }),
  UNITS_EXCEED_TOTAL: (a) => ({
    message: `Kết quả ${s(a.id)} của các đơn vị (${s(a.parts)}) cộng lại được ${s(a.sum)}, nhiều hơn số của cả Sở năm ${s(a.year)} (${s(a.total)}).`,
    fix: 'Đối chiếu số liệu của các đơn vị và của Sở với nguồn: các đơn vị là một phần của Sở.',
  }),
  UNKNOWN_TITLE: (a) => ({
    message: `Quy định khen thưởng không có danh hiệu, hình thức khen thưởng hay mức xếp loại "${s(a.id)}".${didYouMean(a)}`,
    fix: a.suggestion
      ? `Đổi thành "${s(a.suggestion)}".`
      : 'Dùng mã của một danh hiệu, hình thức khen thưởng trong quy định (titles.yaml, hoặc quy định chung của công cụ: xem docs/huong-dan.md, mục 5), hoặc mã mức xếp loại như hoan-thanh-xuat-sac-nhiem-vu.',
  }),
  MEMBER_PERIOD_BACKWARDS: (a) => ({
    message: `Thành viên Hội đồng "${s(a.id)}" thôi (${s(a.until)}) trước ngày tham gia (${s(a.from)}).`,
    fix: 'Đổi chỗ hai ngày, hoặc sửa ngày bị sai.',
  }),
  DUPLICATE_MEETING: (a) => ({
    message: `Có hai cuộc họp xét thi đua năm ${s(a.year)}.`,
    fix: 'Mỗi năm ghi một cuộc họp: đưa các lần bỏ phiếu của phiên sau vào danh sách của cuộc họp đầu, hoặc sửa năm.',
  }),
  MEETING_DATE_OUTSIDE: (a) => ({
    message: `Cuộc họp xét thi đua năm ${s(a.year)} ghi ngày ${s(a.date)}, không thuộc năm ${s(a.year)} hay năm sau.`,
    fix: 'Kiểm tra lại ngày họp và năm được xét.',
  }),
  UNKNOWN_MEMBER: (a) => ({
    message: `Không có thành viên Hội đồng "${s(a.id)}" trong "members:".${didYouMean(a)}`,
    fix: a.suggestion
      ? `Đổi thành "${s(a.suggestion)}".`
      : 'Dùng mã của một thành viên trong "members:", hoặc thêm thành viên đó vào.',
  }),
  MEMBER_NOT_IN_OFFICE: (a) => ({
    message: `"${s(a.id)}" không là thành viên Hội đồng vào ngày họp ${s(a.date)} (thời gian là thành viên: ${s(a.from) || '…'} – ${s(a.until) || '…'}).`,
    fix: 'Bỏ thành viên này khỏi cuộc họp, hoặc sửa ngày from/until của thành viên.',
  }),
  MEMBER_PRESENT_AND_WRITTEN: (a) => ({
    message: `Thành viên Hội đồng "${s(a.id)}" vừa có mặt vừa vắng mặt có ý kiến bằng văn bản.`,
    fix: 'Chỉ ghi ở một danh sách: "present" nếu có mặt, "written" nếu vắng mặt và gửi ý kiến bằng văn bản.',
  }),
  BALLOT_TITLE_NOT_COLLECTIVE: (a) => ({
    message: `"${s(a.name)}" (${s(a.id)}) là danh hiệu cho cá nhân; phiếu ở đây là phiếu về đề nghị cho tập thể.`,
    fix: 'Ghi danh hiệu cho tập thể (co-thi-dua-cap-tinh), hoặc bỏ lần bỏ phiếu này.',
  }),
  BALLOT_NOT_NEEDED: (a) => ({
    message: `Theo quy định đang áp dụng, "${s(a.name)}" (${s(a.id)}) không phải bỏ phiếu: kết quả bỏ phiếu này không quyết định gì.`,
    fix: 'Bỏ lần bỏ phiếu này, hoặc ghi quy định bỏ phiếu (vote) cho danh hiệu trong titles.yaml nếu có văn bản quy định.',
  }),
  DUPLICATE_BALLOT: (a) => ({
    message: `Kết quả bỏ phiếu ${s(a.title)} cho ${s(a.unit)} được ghi hai lần.`,
    fix: 'Mỗi danh hiệu, mỗi đơn vị ghi một kết quả bỏ phiếu.',
  }),
  BALLOT_OVER_VOTERS: (a) => ({
    message: `Kết quả bỏ phiếu ${s(a.title)} cho ${s(a.unit)} có ${s(a.votes)} phiếu, nhiều hơn ${s(a.voters)} thành viên có mặt hoặc có ý kiến bằng văn bản.`,
    fix: 'Sửa số phiếu đồng ý, không đồng ý, hoặc danh sách thành viên có mặt và có ý kiến bằng văn bản.',
  }),
  MEETING_UNDER_QUORUM: (a) => ({
    message: `Cuộc họp xét năm ${s(a.year)} có ${s(a.present)}/${s(a.members)} thành viên có mặt, dưới mức ${s(a.percent).replace('.', ',')}% tổng số thành viên Hội đồng phải có mặt (${s(a.basis)}).`,
    fix: 'Kiểm tra danh sách có mặt (present); nếu đúng, cuộc họp chưa đủ điều kiện để xét theo quy chế.',
  }),
  BALLOT_WHO: (a) => ({
    message: a.both
      ? `Kết quả bỏ phiếu ${s(a.title)} ghi cả đơn vị (unit) lẫn cá nhân (person): mỗi lần bỏ phiếu là về một tập thể hoặc một cá nhân.`
      : `Kết quả bỏ phiếu ${s(a.title)} không ghi bỏ phiếu cho ai: thiếu "unit" (tập thể) hoặc "person" (cá nhân).`,
    fix: 'Ghi "unit: mã đơn vị" cho tập thể, hoặc "person: mã cá nhân" (trong individuals của tệp NĂM-units.yaml) cho cá nhân.',
  }),
  BALLOT_TITLE_NOT_INDIVIDUAL: (a) => ({
    message: `"${s(a.name)}" (${s(a.id)}) là danh hiệu cho tập thể; phiếu này ghi cho một cá nhân (person).`,
    fix: 'Ghi danh hiệu cho cá nhân (chien-si-thi-dua-co-so), hoặc ghi "unit" thay cho "person".',
  }),
  UNKNOWN_PERSON: (a) => ({
    message: `Tệp ${s(a.year)}-units.yaml không có cá nhân "${s(a.id)}" trong individuals của đơn vị nào.${didYouMean(a)}`,
    fix: a.suggestion
      ? `Đổi thành "${s(a.suggestion)}".`
      : `Ghi mã của một cá nhân được đề nghị (individuals trong ${s(a.year)}-units.yaml), hoặc thêm cá nhân đó vào.`,
  }),
  BALLOT_NOT_PROPOSED: (a) => ({
    message: `Cá nhân "${s(a.id)}" không được đề nghị ${s(a.title)}${a.proposed.length > 0 ? ` (được đề nghị: ${a.proposed.map(s).join(', ')})` : ''}: phiếu này không bầu cho đề nghị nào.`,
    fix: 'Sửa danh hiệu của lần bỏ phiếu, hoặc thêm danh hiệu vào titles của cá nhân đó.',
  }),
  PERSON_BALLOT_MISSING: (a) => ({
    message: `Cá nhân "${s(a.id)}" (${s(a.unit)}) được đề nghị ${s(a.title)}, danh hiệu phải bỏ phiếu${a.basis ? ` (${s(a.basis)})` : ''}, nhưng cuộc họp không có kết quả bỏ phiếu cho cá nhân này.`,
    fix: `Ghi vào ballots của cuộc họp: "- title: ${s(a.title)}, person: ${s(a.id)}, yes: …, no: …", hoặc bỏ danh hiệu khỏi đề nghị của cá nhân.`,
  }),
  INDIVIDUAL_NOT_WITHIN: (a) => ({
    message: `Cá nhân "${s(a.id)}" được đề nghị ${s(a.title)} nhưng không được đề nghị ${s(a.within)}: người đạt ${s(a.title)} phải đạt ${s(a.within)} (${s(a.basis)}).`,
    fix: `Thêm ${s(a.within)} vào titles của cá nhân nếu đủ tiêu chuẩn, hoặc bỏ ${s(a.title)}.`,
  }),
  INDIVIDUAL_RATING: (a) => ({
    message: `Cá nhân "${s(a.id)}" xếp loại ${ratingVi(a.rating)}, chưa đạt mức ${ratingVi(a.required)} trở lên mà ${s(a.title)} đòi hỏi (${s(a.basis)}).`,
    fix: `Sửa xếp loại (rating) nếu ghi nhầm, hoặc bỏ ${s(a.title)} khỏi đề nghị của cá nhân.`,
  }),
  REPORT_EARLIER: (a) => ({
    message: `Cá nhân "${s(a.id)}" có báo cáo thành tích (report) nhưng chưa ghi các hình thức đã được khen thưởng các năm trước: phần III của báo cáo liệt kê các hình thức đó.`,
    fix: 'Ghi vào "earlier" theo năm ("2023": [lao-dong-tien-tien]), hoặc ghi "earlier: {}" nếu chưa được khen thưởng.',
  }),
  INDIVIDUAL_NO_GROUNDS: (a) => ({
    message: `Cá nhân "${s(a.id)}" được đề nghị ${s(a.title)} nhưng xếp loại ${ratingVi(a.rating)} và không ghi sáng kiến, đề tài được công nhận: cần hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến, đề tài, đề án được công nhận (${s(a.basis)}).`,
    fix: 'Ghi sáng kiến và quyết định công nhận vào "initiative", hoặc sửa xếp loại nếu ghi nhầm, hoặc bỏ danh hiệu khỏi đề nghị.',
  }),
  HOLDERS_RATED: (a) => ({
    message: `Đơn vị "${s(a.id)}" có ${s(a.count)} người đạt ${s(a.title)}, nhiều hơn ${s(a.limit)} người xếp loại ${ratingVi(a.rating)} trở lên: người đạt ${s(a.title)} phải ${ratingVi(a.rating)} trở lên (${s(a.basis)}).`,
    fix: 'Sửa số người đạt danh hiệu, hoặc số người theo từng mức xếp loại (excellent, good, ...) trong members.',
  }),
  INDIVIDUALS_OVER_COUNT: (a) => ({
    message:
      a.count === undefined
        ? `Đơn vị "${s(a.id)}" ghi tên ${s(a.named)} cá nhân được đề nghị ${s(a.title)} nhưng không ghi số lượng (members.${s(a.field)}).`
        : `Đơn vị "${s(a.id)}" ghi tên ${s(a.named)} cá nhân được đề nghị ${s(a.title)}, nhiều hơn số lượng ${s(a.count)} ghi ở members.${s(a.field)}.`,
    fix: `Sửa members.${s(a.field)} cho đúng số người được đề nghị, hoặc bỏ bớt tên ghi thừa.`,
  }),
  ABSENT_WITHOUT_OPINION: (a) => ({
    message: `Thành viên Hội đồng "${s(a.id)}" không có mặt và không có ý kiến bằng văn bản, trong khi cuộc họp có bỏ phiếu: thành viên vắng mặt phải cho ý kiến bằng văn bản${a.basis ? ` (${s(a.basis)})` : ''}.`,
    fix: 'Ghi thành viên vào "written" khi đã có ý kiến bằng văn bản, hoặc vào "present" nếu có mặt.',
  }),
  RULE_SETS_OVERLAP: (a) => ({
    message: `Hai bộ quy định ${s(a.first)} và ${s(a.second)} có thời gian hiệu lực chồng lên nhau: năm thuộc cả hai thì không biết áp dụng bộ nào.`,
    fix: 'Cho bộ trước hết hiệu lực (until) vào ngày liền trước ngày bộ sau có hiệu lực (from).',
  }),
  NO_RULE_SET: (a) => ({
    message: `Không có bộ quy định danh hiệu, khen thưởng nào có hiệu lực vào ngày ${s(a.day)} (ngày cuối năm ${s(a.year)}): không đề nghị được danh hiệu, khen thưởng nào cho năm này.`,
    fix: 'Thêm vào titles.yaml quy định có hiệu lực trong năm đó, với ngày hiệu lực (xem docs/huong-dan.md, mục 5).',
  }),
  TITLE_HOLDERS: (a) => ({
    message: `${a.count} ${s(a.title)}, nhưng ${a.written.length === 0 ? 'chưa ghi số người' : `chỉ có ${a.limit} người`} ${a.written.map((g) => GROUND_VI[g]).join(' hoặc ')}${a.unwritten.length > 0 && a.written.length > 0 ? `, và chưa ghi số người ${a.unwritten.map((g) => GROUND_VI[g]).join(' hoặc ')}` : a.written.length === 0 ? a.unwritten.map((g) => GROUND_VI[g]).join(' hoặc ') : ''}: theo ${s(a.basis)}, mỗi người phải ${[...a.written, ...a.unwritten].map((g) => GROUND_VI[g]?.replace(/ \(.*\)$/, '')).join(' hoặc ')}.`,
    fix:
      a.unwritten.length > 0
        ? `Ghi thêm vào members: ${a.unwritten.join(', ')} (số người của đơn vị ${a.unwritten.map((g) => GROUND_VI[g]?.replace(/ \(.*\)$/, '')).join(' hoặc ')}), để kiểm tra được số ${s(a.title)}.`
        : 'Đối chiếu lại các số với hồ sơ của đơn vị: số người đạt danh hiệu không thể nhiều hơn số người đủ tiêu chuẩn.',
  }),
  TITLE_CAP: (a) => ({
    message: `${s(a.count)} ${s(a.title)} vượt ${s(a.percent)}% số Lao động tiên tiến của đơn vị (tối đa ${s(a.limit)}; ${s(a.basis)}).`,
    fix: 'Chỉ đề nghị tối đa số đó, hoặc kiểm tra lại các số.',
  }),
  COMPONENTS_EXCEED_TOTAL: (a) => ({
    message: `Các thành phần của ${s(a.id)} (${s(a.parts)}) cộng lại được ${s(a.sum)}, lớn hơn tổng ${s(a.total)}.`,
    fix: 'Đối chiếu số liệu với nguồn; số liệu công bố đôi khi được làm tròn khác nhau.',
  }),
  COMPONENTS_DONT_ADD_UP: (a) => ({
    message: `Các thành phần của ${s(a.id)} (${s(a.parts)}) cộng lại được ${s(a.sum)}, không bằng tổng ${s(a.total)}.`,
    fix: 'Đối chiếu số liệu với nguồn; đây chỉ là cảnh báo, vì số liệu công bố thường không cộng khớp.',
  }),
  REPORT_SECTION_MISSING: (a) => ({
    message: `Báo cáo ${reportSpan(a)} chưa có phần "${s(a.name)}" (narrative.${s(a.section)}), phần bắt buộc của một báo cáo ${a.from !== undefined ? 'tổng kết giai đoạn' : a.months === undefined ? 'tổng kết năm' : 'sơ kết'}; văn bản sẽ thiếu phần này.`,
    fix: `Ghi vào mục narrative, sau "${s(a.section)}:", ${s(a.section) === 'situation' ? 'thành một đoạn văn' : 'thành danh sách các ý ("- ...")'} (xem docs/huong-dan.md, mục 4). Nếu nguồn không đề cập đến phần này, cứ để nguyên cảnh báo: công cụ không tự viết thêm nội dung.`,
  }),
  COMMENDATION_CATEGORY: (a) => ({
    message: `"${s(a.form)}" không phải danh hiệu hay hình thức khen thưởng mà công cụ biết, nên không xác định được là danh hiệu thi đua (công nhận) hay hình thức khen thưởng (tặng).`,
    fix: 'Thêm "category: title" cho danh hiệu thi đua (Lao động tiên tiến, Chiến sĩ thi đua, Cờ thi đua...) hoặc "category: award" cho hình thức khen thưởng (Bằng khen, Giấy khen, Huân chương...).',
  }),
  HEADER_LINE_TOO_LONG: (a) => ({
    message: `Dòng "${s(a.line)}" quá dài so với cột trái của phần đầu văn bản (chỉ vừa khoảng ${s(a.limit)} chữ in hoa bên cạnh Quốc hiệu).`,
    fix: `Ngắt ${s(a.field)} thành nhiều dòng ở chỗ tên có thể ngắt, ví dụ ${s(a.field)}: |- rồi mỗi dòng một phần, thụt lề (xem data/agency.yaml).`,
  }),
  // a unit's workbook
  WORKBOOK_UNREADABLE: (a) => {
    const problem = s(a.problem);
    const saveAs =
      'Mở tệp bằng Excel, chọn File > Save As, mục "Save as type" chọn "Excel Workbook (*.xlsx)", rồi nhập lại tệp .xlsx đó.';
    if (problem === 'xls')
      return {
        message: 'Tệp là bảng tính Excel đời cũ (.xls), công cụ chỉ đọc được tệp .xlsx.',
        fix: saveAs,
      };
    if (problem === 'ods')
      return {
        message: 'Tệp là bảng tính OpenDocument (.ods), công cụ chỉ đọc được tệp .xlsx.',
        fix: 'Mở tệp bằng LibreOffice Calc, chọn File > Save As, chọn kiểu "Excel 2007-365 (.xlsx)", rồi nhập lại tệp .xlsx đó.',
      };
    if (problem === 'encrypted')
      return {
        message: 'Tệp đã được đặt mật khẩu mở tệp, nên công cụ không đọc được.',
        fix: 'Mở tệp bằng Excel, vào File > Info > Protect Workbook > Encrypt with Password, xóa mật khẩu, lưu lại rồi nhập lại.',
      };
    if (problem === 'missing')
      return { message: 'Không tìm thấy tệp này.', fix: 'Kiểm tra lại tên và thư mục của tệp.' };
    if (problem === 'not_xlsx')
      return {
        message: 'Tệp không phải là bảng tính Excel (.xlsx).',
        fix: `Nhập tệp .xlsx mà đơn vị đã điền từ biểu do lệnh export tạo ra. ${saveAs}`,
      };
    return {
      message: `Tệp .xlsx bị hỏng, không đọc được${a.detail ? ` (${s(a.detail)})` : ''}.`,
      fix: 'Mở thử bằng Excel: nếu Excel sửa được thì lưu lại và nhập lại; nếu không, đề nghị đơn vị gửi lại tệp.',
    };
  },
  WORKBOOK_NOT_EXPORTED: (a) => ({
    message: `Bảng tính không phải là biểu số liệu do lệnh export tạo ra (không có trang ẩn "hatinh-report"; các trang: ${
      listed(
        a.sheets.map((x) => `"${s(x)}"`),
        'và',
      ) || 'không có'
    }).`,
    fix: 'Tạo biểu cho đơn vị bằng lệnh "hatinh-report export NĂM --format xlsx --unit MÃ", chép số liệu vào các ô màu vàng của biểu đó rồi nhập biểu đó.',
  }),
  WORKBOOK_YEAR: (a) => ({
    message: `Biểu này là số liệu năm ${s(a.year)}, không phải năm ${s(a.expected)} đang nhập.`,
    fix: `Nhập biểu của năm ${s(a.expected)}, hoặc nhập biểu này riêng (không có --year, hoặc --year ${s(a.year)}).`,
  }),
  WORKBOOK_UNIT_TWICE: (a) => ({
    message: `Đơn vị "${s(a.id)}" có hai biểu trong lần nhập này (tệp kia: ${s(a.other)}).`,
    fix: 'Chỉ nhập một biểu cho mỗi đơn vị: bỏ bớt tệp cũ hơn.',
  }),
  SHEET_MISSING: (a) => ({
    message: `Bảng tính không có trang "${s(a.sheet)}" (có các trang: ${
      listed(
        a.found.map((x) => `"${s(x)}"`),
        'và',
      ) || 'không có'
    }).${a.suggestion ? ` Có vẻ trang "${s(a.suggestion)}" là trang đó đã bị đổi tên.` : ''}`,
    fix: `Đổi tên trang về đúng "${s(a.sheet)}" (nhấp đúp vào tên trang ở dưới cùng để sửa), lưu lại rồi nhập lại.`,
  }),
  CELL_MOVED: (a) => ({
    message: `Ô này phải là tiêu đề cột "${s(a.expected)}" nhưng đang là "${s(a.found)}": một cột đã bị chèn, xóa hoặc dời.`,
    fix: 'Xóa cột đã chèn (hoặc khôi phục cột đã xóa) để các cột trở lại đúng chỗ như biểu gốc; tốt nhất chép số liệu sang biểu mới tạo bằng lệnh export.',
  }),
  ROW_KEY: (a) => ({
    message:
      s(a.problem) === 'twice'
        ? `Dòng này trùng mã ẩn "${s(a.key)}" với một dòng ở trên (dòng đã bị sao chép), nên không biết số liệu nào là đúng.`
        : `Dòng này có mã ẩn "${s(a.key)}" không thuộc biểu của đơn vị (cột A đã bị sửa, hoặc thang điểm đã đổi sau khi xuất biểu).`,
    fix: 'Xóa dòng thừa, hoặc chép số liệu sang biểu mới tạo bằng lệnh export.',
  }),
  ROW_MISSING: (a) => ({
    message: `Không còn dòng "${s(a.row)}" trên trang này: dòng đó đã bị xóa, hoặc cột mã ẩn (cột A) đã bị sửa.`,
    fix: 'Chép số liệu sang biểu mới tạo bằng lệnh export; không xóa dòng, không sửa cột A.',
  }),
  CELL_MERGED: (a) => ({
    message: `Các ô ${s(a.range)} đã bị gộp, nên không biết số liệu thuộc ô nào.`,
    fix: 'Chọn vùng ô đó, bấm Merge & Center lần nữa để bỏ gộp, ghi lại số liệu vào từng ô, lưu rồi nhập lại.',
  }),
  CELL_NOT_NUMBER: (a) => {
    const found = s(a.found);
    if (found === 'qualified')
      return {
        message: `Ô ghi "${s(a.text)}": chữ "${s(a.qualifier)}" không thuộc về ô số liệu.`,
        fix: `Ghi ${s(a.figure)} vào ô này và chọn "${s(a.qualifier)}" ở cột "Mức" của cùng dòng.`,
      };
    if (found === 'date')
      return {
        message: `Excel đã hiểu "${s(a.text)}" là một ngày tháng, không phải một số.`,
        fix: 'Định dạng lại ô là số (chuột phải > Format Cells > Number) rồi gõ lại số liệu; phần thập phân gõ theo định dạng số của máy (6,92 trên máy đặt định dạng số kiểu Việt Nam).',
      };
    if (found === 'boolean')
      return { message: `Ô ghi "${s(a.text)}" nhưng ở đây cần một số.`, fix: 'Gõ số liệu vào ô.' };
    return {
      message: `Ô ghi "${s(a.text)}", không phải một số.`,
      fix: 'Chỉ gõ con số vào ô (không kèm đơn vị tính hay lời giải thích; lời giải thích ghi ở cột "Ghi chú").',
    };
  },
  CELL_TEXT_NUMBER: (a) => {
    const form = s(a.form);
    // What to type, as a Vietnamese-format machine takes it: a decimal comma.
    const typed = (n: string) => s(n).replace('.', ',');
    if (form === 'thousands_dot')
      return {
        message: `Ô ghi "${s(a.text)}" dưới dạng chữ, có dấu chấm phân cách hàng nghìn, nên không phải là một số.`,
        fix: `Xóa ô rồi gõ lại số ${s(a.meant)} (không gõ dấu chấm)${a.other ? `; nếu số liệu là ${typed(a.other)} thì gõ ${typed(a.other)}` : ''}.`,
      };
    if (form === 'decimal_comma')
      return {
        message: `Ô ghi "${s(a.text)}" dưới dạng chữ, nên không phải là một số.`,
        fix: `Xóa ô rồi gõ lại số ${typed(a.meant)} theo định dạng số của máy (máy đặt dấu chấm thập phân thì gõ ${s(a.meant)}).`,
      };
    if (form === 'ambiguous_comma')
      return {
        message: `Ô ghi "${s(a.text)}" dưới dạng chữ; không rõ là ${s(a.meant)} (dấu phẩy phân cách hàng nghìn) hay ${typed(a.other ?? '')} (dấu phẩy thập phân).`,
        fix: `Xóa ô rồi gõ lại con số đúng: ${s(a.meant)} hoặc ${typed(a.other ?? '')}.`,
      };
    return {
      message: `Ô ghi "${s(a.text)}" dưới dạng chữ, nên không phải là một số.`,
      fix: `Xóa ô rồi gõ lại số ${typed(a.meant)} (không gõ dấu phân cách hàng nghìn, dấu cách hay dấu %).`,
    };
  },
  CELL_NUMBER_AS_TEXT: (a) => ({
    message: `Ô ghi số ${s(a.text)} dưới dạng chữ (Excel đánh dấu tam giác xanh ở góc); đã đọc là số ${s(a.text)}.`,
    fix: 'Không cần làm gì nếu số đó đúng; để tránh nhầm, chọn ô, bấm dấu cảnh báo, chọn Convert to Number.',
  }),
  CELL_NOT_WHOLE: (a) => ({
    message: `Ô ghi ${s(a.value)}, nhưng ở đây cần một số nguyên (số người, số lần).`,
    fix: 'Gõ một số nguyên không âm.',
  }),
  CELL_CHOICE: (a) => ({
    message: `Ô ghi "${s(a.text)}", không phải một lựa chọn của ô này.`,
    fix: `Chọn trong danh sách: ${listed(
      a.allowed.map((x) => `"${s(x)}"`),
      'hoặc',
    )}.`,
  }),
  CELL_FORMULA: (a) =>
    s(a.problem) === 'error'
      ? {
          message: `Công thức trong ô cho kết quả lỗi ${s(a.error)}.`,
          fix: 'Sửa công thức hoặc gõ thẳng số liệu vào ô, lưu lại rồi nhập lại.',
        }
      : {
          message: 'Ô có công thức nhưng tệp không lưu kết quả của công thức (tệp chưa được Excel tính lại).',
          fix: 'Mở tệp bằng Excel hoặc LibreOffice, để chương trình tính lại, lưu lại rồi nhập lại; hoặc gõ thẳng số liệu thay cho công thức.',
        },
  ROW_INCOMPLETE: (a) => {
    const words: Record<string, [string, string]> = {
      name: ['tên chỉ tiêu', 'Ghi tên chỉ tiêu ở cột "Chỉ tiêu, tiêu chí"'],
      unit: ['đơn vị tính', 'Ghi đơn vị tính (người, lượt, %…)'],
      direction: ['chiều đánh giá', 'Chọn chiều đánh giá: "Càng cao càng tốt" hoặc "Càng thấp càng tốt"'],
      target: [
        'chỉ tiêu đăng ký',
        'Ghi chỉ tiêu đơn vị đã đăng ký (chỉ tiêu tự đăng ký được chấm theo tỷ lệ so với chỉ tiêu)',
      ],
      value: ['số liệu thực hiện', 'Ghi số liệu thực hiện'],
    };
    const [what, fix] = words[s(a.missing)] ?? ['số liệu', 'Ghi đủ số liệu'];
    return {
      message: `Dòng này đã có một phần số liệu nhưng chưa có ${what}.`,
      fix: `${fix}, hoặc xóa những gì đã ghi ở dòng nếu không dùng.`,
    };
  },
  RESULTS_FILE_MISSING: (a) => ({
    message: `Thư mục số liệu chưa có tệp số liệu thực hiện năm ${s(a.year)} (${s(a.year)}.yaml) để nhập biểu này vào.`,
    fix: `Tạo tệp bằng lệnh "hatinh-report new ${s(a.year)}" rồi nhập lại biểu.`,
  }),
};

function typeWords(type: string): string {
  const words: Record<string, string> = {
    number: 'một số',
    integer: 'một số nguyên',
    string: 'chữ',
    object: 'một nhóm trường',
    array: 'một danh sách',
    boolean: 'true hoặc false',
  };
  return words[type] ?? type;
}

/** What a value of the wrong type is: 'chữ "12 người"', 'số 05', 'một danh sách'. */
function found(kind: SchemaArgs['found'], shown: string): string {
  switch (kind) {
    case 'text':
      return `chữ "${shown}"`;
    case 'number':
      return `số ${shown}`;
    case 'boolean':
      return `giá trị đúng/sai ${shown}`;
    case 'list':
      return 'một danh sách';
    case 'group':
      return 'một nhóm trường';
    default:
      return 'giá trị trống';
  }
}

function typeFix(type: string): string {
  if (type === 'number' || type === 'integer')
    return 'Ghi số không có dấu nháy, đơn vị hay "%": 24000, 6.92.';
  if (type === 'array') return 'Ghi thành danh sách: mỗi mục một dòng, bắt đầu bằng "- ".';
  if (type === 'object') return 'Ghi các trường thụt lề bên dưới tên này, mỗi dòng một "tên: giá trị".';
  return 'Ghi giá trị dạng chữ; đặt trong dấu nháy nếu nó bắt đầu bằng một ký tự đặc biệt.';
}

function comparisonWords(comparison: string): string {
  const words: Record<string, string> = {
    '>=': 'lớn hơn hoặc bằng',
    '<=': 'nhỏ hơn hoặc bằng',
    '>': 'lớn hơn',
    '<': 'nhỏ hơn',
  };
  return words[comparison] ?? comparison;
}

function ratingVi(rating: string): string {
  const words: Record<string, string> = {
    excellent: 'hoàn thành xuất sắc nhiệm vụ',
    good: 'hoàn thành tốt nhiệm vụ',
    complete: 'hoàn thành nhiệm vụ',
    incomplete: 'không hoàn thành nhiệm vụ',
  };
  return words[rating] ?? rating;
}

function whatWords(what: string): string {
  const words: Record<string, string> = {
    indicator: 'chỉ tiêu',
    area: 'lĩnh vực',
    source: 'nguồn',
    unit: 'đơn vị',
    block: 'khối thi đua',
    scheme: 'thang điểm',
    criterion: 'tiêu chí',
    rule_set: 'bộ quy định',
    title: 'danh hiệu, hình thức khen thưởng',
    member: 'thành viên Hội đồng',
    individual: 'cá nhân',
  };
  return words[what] ?? what;
}

function kindWords(kind: string): string {
  const words: Record<string, string> = {
    count: 'số đếm',
    money: 'số tiền',
    number: 'số liệu dạng số',
    rate: 'tỷ lệ',
  };
  return words[kind] ?? kind;
}

function directionWords(direction: string): string {
  return direction === 'lower'
    ? 'chỉ tiêu càng thấp càng tốt'
    : direction === 'higher'
      ? 'chỉ tiêu càng cao càng tốt'
      : 'chỉ tiêu không có chiều tốt hơn';
}

const PLAIN_FIX =
  'Ghi chữ số, nhiều nhất một dấu chấm trước phần thập phân, không có dấu cách, "%" hay đơn vị: 24000, 6.92.';

function notation(a: NumberArgs): Description {
  const source = s(a.source);
  const write = a.meant ? `Ghi ${s(a.meant)}: ` : 'Ghi số ';
  switch (a.form) {
    case 'quoted':
      return {
        message: `"${source}" nằm trong dấu nháy, nên YAML đọc nó là chữ, không phải số.`,
        fix: `Bỏ dấu nháy: ${s(a.meant)}.`,
      };
    case 'percent':
      return {
        message: `"${source}" có dấu %, nên YAML đọc nó là chữ, không phải số.`,
        fix: a.meant
          ? `Ghi tỷ lệ không có dấu %: ${s(a.meant)} (báo cáo tự thêm %).`
          : 'Ghi tỷ lệ không có dấu %, dùng dấu chấm trước phần thập phân: 6.92 cho 6,92%.',
      };
    case 'thousands_comma':
      return {
        message: `"${source}" dùng dấu phẩy ngăn cách hàng nghìn (cách viết tiếng Anh), nên YAML đọc nó là chữ.`,
        fix: `${write}không có dấu ngăn cách hàng nghìn, dấu chấm trước phần thập phân.`,
      };
    case 'thousands_space':
      return {
        message: `"${source}" dùng dấu cách ngăn cách hàng nghìn, nên YAML đọc nó là chữ.`,
        fix: `${write}không có dấu ngăn cách hàng nghìn, dấu chấm trước phần thập phân.`,
      };
    case 'notation':
      return {
        message:
          s(a.read) === 'not-finite'
            ? `"${source}" không phải là số liệu (YAML đọc nó là vô cực hoặc "không phải số").`
            : `"${source}" không được ghi như một số thông thường (YAML đọc nó là ${viDecimal(s(a.read))}).`,
        fix: PLAIN_FIX,
      };
    default:
      return { message: `"${source}" không được ghi như một số thông thường.`, fix: PLAIN_FIX };
  }
}

function likelyNote(a: NumberArgs): string {
  if (a.likely === 'thousands')
    return ` ${s(a.indicator) || 'Số liệu này'} là số nguyên, nên nhiều khả năng là ${s(a.asThousands)}.`;
  if (a.likely === 'decimal')
    return ` ${s(a.indicator) || 'Chỉ tiêu này'} là tỷ lệ phần trăm, nên không thể là ${s(a.asThousands)}.`;
  return '';
}

/** A number YAML read, as a Vietnamese sentence writes it (24.5 → 24,5): the file's notation is for the fixes. */
const viDecimal = (n: string): string => n.replace('.', ',');

function thousandsDot(a: NumberArgs): Description {
  const source = s(a.source);
  const read = s(a.read) === 'text' ? 'chữ' : viDecimal(s(a.read));
  if (a.likely === 'decimal') {
    return {
      message: `"${source}" trông như ${s(a.asThousands)} với dấu chấm ngăn cách hàng nghìn, nhưng ${s(a.indicator) || 'số liệu này'} là tỷ lệ phần trăm, nên có lẽ là ${viDecimal(s(a.asDecimal))}.`,
      fix: `Ghi ${s(a.asDecimal)}: dấu chấm trước phần thập phân, bỏ các số 0 ở cuối khiến nó trông như hàng nghìn.`,
    };
  }
  if (a.meant !== undefined) {
    return {
      message: `"${source}" dùng dấu chấm ngăn cách hàng nghìn; YAML đọc nó là ${read}, không phải ${s(a.meant)}.`,
      fix: `Ghi ${s(a.meant)} (không có dấu ngăn cách hàng nghìn). Với số thập phân, ghi một dấu chấm và phần thập phân, ví dụ 6.92.`,
    };
  }
  const decimal = s(a.asDecimal);
  const longer = unambiguousDecimal(decimal);
  return {
    message: `"${source}" có hai cách hiểu: trong tiếng Việt, dấu chấm sau mỗi ba chữ số ngăn cách hàng nghìn (${s(a.asThousands)}), nhưng YAML đọc nó là số thập phân ${read}.`,
    fix: `Ghi ${s(a.asThousands)} nếu là hàng nghìn. Nếu là số thập phân ${viDecimal(decimal)}, ghi ${longer} để không bị hiểu nhầm là hàng nghìn.`,
  };
}

function syntaxProblem(a: SyntaxArgs): Description {
  const indentFix =
    'Chỉ thụt lề bằng dấu cách, các trường của một nhóm thẳng hàng nhau (sâu hơn tên nhóm hai dấu cách).';
  switch (a.problem) {
    case 'unclosed_quote':
      return {
        message: `Một dấu nháy (${s(a.quote)}) mở đầu đoạn chữ ở đây nhưng không được đóng lại.`,
        fix: `Thêm dấu ${s(a.quote)} đóng ở cuối đoạn chữ, hoặc bỏ dấu mở.`,
      };
    case 'unclosed_bracket':
      return {
        message: `Dấu "${s(a.bracket)}" mở ở đây không được đóng lại.`,
        fix: `Thêm dấu "${s(a.bracket) === '[' ? ']' : '}'}" đóng trên cùng dòng, hoặc ghi mỗi mục một dòng.`,
      };
    case 'indentation':
      if (a.indent !== undefined && a.wanted !== undefined)
        return {
          message: `"${s(a.line)}" thụt lề ${a.indent} dấu cách, không khớp với nhóm nào phía trên.`,
          fix:
            a.or !== undefined
              ? `Thụt lề ${a.wanted} dấu cách (${level(a.aboveHow, s(a.above))}) hoặc ${a.or} (${level(a.orAboveHow, s(a.orAbove))}), chỉ bằng dấu cách.`
              : `Thụt lề ${a.wanted} dấu cách (${level(a.aboveHow, s(a.above))}), chỉ bằng dấu cách.`,
        };
      return { message: 'Dòng này thụt lề không giống các dòng xung quanh.', fix: indentFix };
    case 'colon_in_value':
      return {
        message: `Giá trị "${s(a.value)}" có ": ", mà YAML hiểu là bắt đầu một trường khác.`,
        fix: `Đặt cả giá trị trong dấu nháy: "${s(a.value).replace(/"/g, "'")}".`,
      };
    case 'list_item_in_map':
      return {
        message:
          'Một mục danh sách ("- ") nằm giữa các trường; một nhóm chỉ chứa các trường hoặc các mục danh sách, không chứa cả hai.',
        fix: 'Bỏ "- ", hoặc ghi mục này thành "tên: giá trị" như các trường xung quanh.',
      };
    case 'missing_colon':
      return {
        message: `"${s(a.line)}" không có dấu hai chấm, nên YAML không phân biệt được tên trường với giá trị.`,
        fix: a.suggestion
          ? `Ghi dấu hai chấm và một dấu cách sau tên: "${s(a.suggestion)}".`
          : 'Ghi dấu hai chấm và một dấu cách sau tên trường, ví dụ "year: 2018".',
      };
    case 'text_after_quote': {
      const value = s(a.value);
      const { quote, wrapped } = wrapInQuotes(value);
      return {
        message:
          'Giá trị này bắt đầu bằng dấu nháy và còn tiếp sau khi dấu nháy đóng; YAML coi dấu nháy ở đầu giá trị là bao trọn cả giá trị.',
        fix: `Đặt cả giá trị trong dấu nháy ${quote === 'double' ? 'kép' : 'đơn'}, để giữ nguyên các dấu nháy thuộc về nội dung: ${wrapped}`,
      };
    }
    case 'field_too_shallow':
      return {
        message: a.indicator
          ? `"${s(a.misplaced)}" thuộc chỉ tiêu phía trên ("${s(a.indicator)}") nhưng được ghi ngang hàng với các chỉ tiêu, nên bị đọc thành một chỉ tiêu riêng.`
          : `"${s(a.misplaced)}" là một trường của chỉ tiêu nhưng được ghi ngang hàng với các chỉ tiêu, nên bị đọc thành một chỉ tiêu riêng.`,
        fix: a.indicator
          ? `Thụt lề thêm hai dấu cách, vào dưới "${s(a.indicator)}:", như các trường của những chỉ tiêu khác.`
          : 'Thụt lề thêm hai dấu cách, vào dưới mã của chỉ tiêu.',
      };
    case 'reserved_start':
      return {
        message: `Trong YAML, giá trị không được bắt đầu bằng "${s(a.char)}".`,
        fix: 'Đặt giá trị trong dấu nháy.',
      };
    case 'bad_escape':
      return {
        message:
          'Dấu gạch chéo ngược (\\) trong dấu nháy kép tạo thành một chuỗi ký tự đặc biệt (chuỗi thoát) mà YAML không hiểu.',
        fix: "Dùng dấu nháy đơn thay cho dấu nháy kép ('C:\\data'), hoặc ghi dấu gạch chéo ngược hai lần.",
      };
    case 'unknown_alias':
      return {
        message: 'Một bí danh "*" trỏ đến một neo ("&") không tồn tại.',
        fix: 'Ghi đầy đủ giá trị; tệp số liệu không cần neo (&) hay bí danh (*).',
      };
    default:
      return {
        message: `Không đọc được YAML ở đây (trình đọc YAML báo: ${s(a.detail)}).`,
        fix: 'Kiểm tra thụt lề (bằng dấu cách, các trường của một nhóm thẳng hàng) và mỗi "tên: giá trị" có dấu hai chấm và một dấu cách; đặt chữ có ":" hoặc "#" trong dấu nháy.',
      };
  }
}

/** A level of indentation by its line: 'thụt vào dưới "viec-lam:"', 'ngang hàng với "value: 24000"'. */
function level(how: SyntaxArgs['aboveHow'], line: string): string {
  return `${how === 'under' ? 'thụt vào dưới' : 'ngang hàng với'} "${line}"`;
}

/** What the system's error codes mean to someone saving a report. */
const WRITE_FAILURES: Record<string, string> = {
  EACCES: 'không có quyền ghi',
  EPERM: 'không có quyền ghi, hoặc tệp đang mở trong một chương trình khác',
  EBUSY: 'tệp đang mở trong một chương trình khác',
  EEXIST: 'có một tệp ở chỗ cần tạo thư mục',
  ENOTDIR: 'có một tệp ở chỗ cần tạo thư mục',
  EISDIR: 'có một thư mục ở chỗ cần ghi tệp',
  ENOSPC: 'ổ đĩa đã đầy',
  EROFS: 'ổ đĩa chỉ đọc',
};

const WRITE_FIX: Record<WriteFor, string> = {
  out: 'Dùng --out để chọn một thư mục bạn có quyền ghi, hoặc kiểm tra quyền ghi và dung lượng còn trống của thư mục.',
  data: 'Kiểm tra xem bạn có quyền ghi vào thư mục số liệu (--data) không.',
};

const DOING: Record<BrowserTask, string> = {
  print: 'in tệp PDF',
  start: 'khởi động',
  fonts: 'kiểm tra phông chữ',
  version: 'đọc phiên bản',
};

const seconds = (n: number) => `${String(n).replace('.', ',')} giây`;

function browserOrigin(a: ToolErrorArgsOf['BROWSER_PATH_NOT_FOUND']): string {
  if (a.origin === 'option') return 'tùy chọn --browser';
  if (a.origin === 'config') return 'mục "browser" trong hatinh-report.config.json';
  return `biến môi trường ${a.variable ?? ''}`;
}

const CONFIG_FIX_EXAMPLE = 'ví dụ { "browser": "/usr/bin/chromium", "lang": "vi" }';

const ERRORS: ToolErrorWords = {
  DATA_FOLDER_NOT_FOUND: (a) => ({
    message: `Không tìm thấy thư mục số liệu "${a.folder}".`,
    fix: 'Chạy lệnh trong thư mục dự án hoặc trong chính thư mục số liệu (thư mục có danh mục chỉ tiêu), hoặc chỉ ra thư mục bằng --data THƯ-MỤC.',
  }),
  DATA_FOLDER_NOT_A_FOLDER: (a) => ({
    message: `${a.folder} là một tệp, không phải thư mục số liệu.`,
    fix: 'Chỉ ra một thư mục bằng --data.',
  }),
  DATA_FOLDER_UNREADABLE: (a) => ({
    message: `Không đọc được thư mục số liệu ${a.folder}: ${a.reason}.`,
    fix: 'Kiểm tra quyền truy cập thư mục.',
  }),
  FILE_NOT_FOUND: (a) => ({
    message: `Không có tệp ${a.file}.`,
    fix: 'Kiểm tra tên tệp và thư mục --data.',
  }),
  FILE_UNREADABLE: (a) =>
    a.denied
      ? {
          message: `Không đọc được ${a.file} (không có quyền đọc).`,
          fix: 'Cấp quyền đọc tệp cho tài khoản của bạn.',
        }
      : {
          message: `Không đọc được ${a.file} (hệ thống báo: ${a.detail}).`,
          fix: 'Kiểm tra xem tệp có nằm trên ổ đĩa đọc được không.',
        },
  NOT_A_FILE: (a) => ({
    message: `${a.file} là một thư mục, không phải tệp số liệu.`,
    fix: 'Chỉ ra một tệp .yaml, hoặc dùng --data THƯ-MỤC.',
  }),
  CONFIG_INVALID: (a) => {
    const invalid = `Tệp cấu hình ${a.path} không hợp lệ:`;
    switch (a.problem) {
      case 'json':
        return {
          message: `${invalid} không phải JSON hợp lệ (${a.detail}).`,
          fix: `Ghi tệp dạng JSON, ${CONFIG_FIX_EXAMPLE}, hoặc xóa tệp.`,
        };
      case 'not_object':
        return {
          message: `${invalid} không phải một đối tượng JSON ({ ... }).`,
          fix: `Ghi tệp dạng một đối tượng JSON, ${CONFIG_FIX_EXAMPLE}, hoặc xóa tệp.`,
        };
      case 'browser':
        return {
          message: `${invalid} "browser" phải là chữ (đường dẫn đến trình duyệt).`,
          fix: 'Ghi đường dẫn đến chương trình Chrome, Chromium hoặc Edge trong dấu ngoặc kép, ví dụ "browser": "/usr/bin/chromium".',
        };
      case 'lang':
        return {
          message: `${invalid} "lang" phải là "vi" hoặc "en".`,
          fix: 'Ghi "lang": "vi" hoặc "lang": "en".',
        };
      case 'unknown':
        return {
          message: `${invalid} "${a.key}" không phải là một mục cài đặt của công cụ ("browser", "lang").`,
          fix: a.likely
            ? `Có phải định ghi "${a.likely}"? Sửa lại tên, hoặc xóa mục "${a.key}".`
            : `Xóa mục "${a.key}".`,
        };
    }
  },
  OUTPUT_NOT_WRITABLE: (a) => {
    if (a.problem === 'folder_in_way')
      return {
        message: `Không ghi được ${a.path}: có một thư mục ở chỗ cần ghi tệp.`,
        fix: 'Chuyển hoặc đổi tên thư mục đó, hoặc chọn thư mục khác bằng --out.',
      };
    const fix = WRITE_FIX[a.for];
    return {
      message: `Không ghi được ${a.path}: ${WRITE_FAILURES[a.reason] ?? `hệ thống báo: ${a.detail}`}.`,
      fix:
        a.reason === 'EBUSY' || a.reason === 'EPERM'
          ? `Đóng ${a.target} ở chương trình đang mở nó (trình xem PDF, Word), rồi chạy lại. ${fix}`
          : a.reason === 'EROFS'
            ? `Ổ đĩa chỉ đọc (đĩa CD, thư mục chia sẻ chỉ đọc). ${fix}`
            : fix,
    };
  },
  NO_RESULTS_FOR_YEAR: (a) =>
    a.from !== undefined
      ? {
          message: `Không năm nào trong giai đoạn ${a.from} - ${a.year} có tệp số liệu thực hiện trong ${a.folder} (các năm đã có số liệu thực hiện: ${a.have.join(', ') || 'chưa có năm nào'}): báo cáo giai đoạn cần ít nhất một năm.`,
          fix: `Thêm số liệu thực hiện của một năm trong giai đoạn, ví dụ tệp ${a.file} có "kind: results" và "year: ${a.from}" (lệnh "hatinh-report new ${a.from}" tạo sẵn tệp), hoặc lập báo cáo giai đoạn có năm đã có số liệu.`,
        }
      : a.months === undefined
        ? {
            message: `Không có tệp số liệu thực hiện năm ${a.year} trong ${a.folder} (các năm đã có số liệu thực hiện: ${a.have.join(', ') || 'chưa có năm nào'}).`,
            fix: `Thêm tệp ${a.file} có "kind: results" và "year: ${a.year}" (lệnh "hatinh-report new ${a.year}" tạo sẵn tệp), hoặc lập báo cáo năm khác.`,
          }
        : {
            message: `Không có tệp số liệu thực hiện ${periodSpanWords(a)} trong ${a.folder} (các kỳ đã có số liệu: ${a.have.join(', ') || 'chưa có kỳ nào'}).`,
            fix: `Thêm tệp ${a.file} có "kind: results", "year: ${a.year}" và "period: ${a.months}m" (lệnh "hatinh-report new ${a.year} --period ${a.months}m" tạo sẵn tệp), hoặc lập báo cáo kỳ khác.`,
          },
  NOT_A_REPORT_YEAR: (a) => ({
    message: `${a.file} chỉ dùng để so sánh (comparison_only: true): không có báo cáo năm ${a.year} để lập.`,
    fix: 'Lập báo cáo của một năm báo cáo (hatinh-report build không ghi năm sẽ lập tất cả), hoặc xóa "comparison_only: true" khỏi tệp.',
  }),
  NO_REPORT_YEARS: (a) => ({
    message: `Không có năm nào để lập báo cáo trong ${a.folder}: không có tệp số liệu thực hiện (NNNN.yaml), hoặc tệp nào cũng ghi comparison_only.`,
    fix: `Thêm số liệu của năm (${a.pattern}, "kind: results"), hoặc ghi rõ năm cần lập báo cáo.`,
  }),
  NEW_FILES_EXIST: (a) => {
    const what = a.report === undefined ? `năm ${a.year}` : `báo cáo ${a.report}`;
    return {
      message: `Các tệp của ${what} đã có (${a.paths.join(', ')}); lệnh "new" không bao giờ ghi đè tệp.`,
      fix: `Sửa trực tiếp các tệp đó, hoặc chuyển chúng đi chỗ khác nếu muốn bắt đầu lại ${what}.`,
    };
  },
  AGENCY_NOT_IN_FORCE: (a) => ({
    message: `Không có tên cơ quan nào trong ${a.file} có hiệu lực vào ngày ${a.date}${a.dated ? '' : ` (ngày cuối năm ${a.year}; báo cáo chưa ghi ngày)`}: không xác định được tên cơ quan ghi ở đầu văn bản.`,
    fix: 'Thêm vào "periods" trong agency.yaml một giai đoạn bao gồm ngày đó, hoặc ghi ngày ký báo cáo (--date).',
  }),
  NO_SCORES: (a) => ({
    message:
      a.lacks === 'figures'
        ? `Chưa có số liệu thi đua của các đơn vị năm ${a.year} trong ${a.data}: không có gì để chấm điểm.`
        : `Chấm điểm cần tệp ${a.lacks}.yaml trong ${a.data}, nhưng chưa có.`,
    fix:
      a.lacks === 'figures'
        ? `Thêm tệp ${a.data}/${a.year}-units.yaml với số liệu của từng đơn vị (xem docs/huong-dan.md, mục 5), hoặc ghi năm đã có số liệu.`
        : `Thêm tệp ${a.data}/${a.lacks}.yaml (xem docs/huong-dan.md, mục 5), hoặc chỉ đúng thư mục số liệu có tệp đó (--data).`,
  }),
  DOSSIER_NO_PROPOSALS: (a) => ({
    message: `Năm ${a.year} chưa có kết quả chấm điểm thi đua và đề xuất danh hiệu: không lập được hồ sơ khen thưởng.`,
    fix: `Thêm số liệu thi đua của các đơn vị năm ${a.year} (${a.folder}/${a.year}-units.yaml) cùng units.yaml và scoring.yaml, rồi chạy lại (xem docs/huong-dan.md, mục 5).`,
  }),
  DOSSIER_NO_MEETING: (a) => ({
    message: a.council
      ? `${a.file} chưa có cuộc họp Hội đồng Thi đua - Khen thưởng xét năm ${a.year}: hồ sơ cần biên bản họp và kết quả bỏ phiếu.`
      : `Chưa có tệp ${a.file} (Hội đồng Thi đua - Khen thưởng và các cuộc họp): hồ sơ cần biên bản họp và kết quả bỏ phiếu.`,
    fix: a.council
      ? `Thêm vào meetings của ${a.file} cuộc họp năm ${a.year}: year, date, place, present, written (thành viên vắng có ý kiến bằng văn bản), ballots (phiếu đồng ý, không đồng ý của từng tập thể).`
      : `Tạo ${a.file} theo mẫu examples/thi-dua/council.yaml: các thành viên Hội đồng và cuộc họp năm ${a.year}.`,
  }),
  WHOLE_YEAR_ONLY: (a) => ({
    message: `${a.what === 'unit' ? 'Phiếu điểm của đơn vị' : 'Hồ sơ đề nghị khen thưởng'} lập theo cả năm: các đơn vị được chấm điểm vào cuối năm, không theo ${a.report}.`,
    fix: `Bỏ kỳ báo cáo: ${a.what === 'unit' ? `build ${a.year} --unit <mã đơn vị>` : `dossier ${a.year}`}.`,
  }),
  UNIT_NOT_IN_SCORES: (a) => ({
    message:
      a.scored.length === 0
        ? `Năm ${a.year} không có đơn vị nào được chấm điểm: không lập được phiếu điểm của "${a.unit}".`
        : `Đơn vị "${a.unit}" không được chấm điểm năm ${a.year}.${a.suggestion ? ` Có phải bạn muốn ghi "${a.suggestion}"?` : ''}`,
    fix:
      a.scored.length === 0
        ? `Thêm số liệu thi đua của các đơn vị năm ${a.year} (${a.year}-units.yaml) cùng units.yaml và scoring.yaml (xem docs/huong-dan.md, mục 5).`
        : `Ghi mã của một đơn vị được chấm điểm năm đó: ${a.scored.join(', ')}.`,
  }),
  UNKNOWN_KIND: (a) => ({
    message: `Không có lược đồ (schema) "${a.kind}".`,
    fix: `Ghi một trong các loại: ${a.allowed.join(', ')}.`,
  }),
  SCHEMA_NEEDS_KIND: (a) => ({
    message: 'Hãy ghi loại tệp cần in lược đồ, hoặc dùng --out THƯ-MỤC để ghi tất cả.',
    fix: `Ví dụ: hatinh-report schema ${a.allowed[0] ?? ''} (các loại: ${a.allowed.join(', ')})`,
  }),
  TEMPLATE_NOT_FOUND: (a) => {
    switch (a.problem) {
      case 'unreadable':
        return {
          message: `Không đọc được mẫu ${a.path} (${a.reason}).`,
          fix: 'Kiểm tra xem bạn có quyền đọc tệp đó không, hoặc xóa nó để dùng mẫu có sẵn.',
        };
      case 'shipped_missing':
        return {
          message: `Thiếu mẫu có sẵn ${a.path} của công cụ.`,
          fix: 'Cài lại hatinh-report (npm ci, rồi npm run build).',
        };
      case 'folder_missing':
        return {
          message: `Không có thư mục mẫu ${a.folder}.`,
          fix: `Kiểm tra đường dẫn ghi sau --templates, hoặc sao chép các mẫu có sẵn (${a.shipped}) vào đó.`,
        };
      case 'folder_empty':
        return {
          message: `Thư mục mẫu ${a.folder} không chứa mẫu nào (${a.files.join(', ')}, partials/).`,
          fix: `Sao chép các mẫu bạn muốn sửa từ ${a.shipped} vào đó, hoặc kiểm tra đường dẫn ghi sau --templates.`,
        };
      case 'unknown_file':
        return {
          message: `${a.path} không phải là mẫu mà phiên bản này đọc (phiên bản này đọc ${a.files.join(', ')} và thư mục partials/); những chỗ bạn sửa trong tệp đó sẽ không có tác dụng.`,
          fix: `Sửa như vậy trong mẫu của phần tương ứng, sao chép từ ${a.shipped} (văn bản được vẽ bằng document.html.hbs hoặc document.md.hbs và một mẫu con cho mỗi phần, ví dụ partials/html/table-results.hbs), rồi xóa ${a.path}.`,
        };
    }
  },
  TEMPLATE_SYNTAX: (a) => ({
    message: `${a.path}:${a.line}: mẫu có lỗi cú pháp (Handlebars báo: ${a.detail})`,
    fix: 'Kiểm tra các thẻ {{ }} trên dòng đó: mỗi {{#if}} hoặc {{#each}} cần có {{/if}} hoặc {{/each}} tương ứng.',
  }),
  TEMPLATE_MISSING_VARIABLE: (a) => ({
    message: `${a.path}:${a.line}:${a.column}: mẫu dùng "${a.name}", nhưng báo cáo không có mục này.`,
    fix: 'Sửa lại tên (xem các mẫu có sẵn để biết những tên được dùng), hoặc xóa nó.',
  }),
  TEMPLATE_MISSING_PARTIAL: (a) => ({
    message: `${a.path}: mẫu dùng mẫu con (partial) "${a.name}", nhưng thư mục partials không có.`,
    fix: `Thêm tệp partials/${a.name}.hbs, hoặc sửa lại tên.`,
  }),
  TEMPLATE_ERROR: (a) => ({
    message: `${a.path}: lỗi trong mẫu (Handlebars báo: ${a.detail})`,
    fix: 'So sánh mẫu với mẫu có sẵn.',
  }),
  PREVIEW_PORT_UNAVAILABLE: (a) => ({
    message:
      a.reason === 'EADDRINUSE'
        ? `Cổng ${a.port} đang được một chương trình khác dùng: không mở được bản xem trước trên cổng này.`
        : `Người dùng này không được phép mở cổng ${a.port}: không mở được bản xem trước trên cổng này.`,
    fix: 'Chọn cổng khác bằng --port, hoặc bỏ --port để công cụ tự chọn một cổng còn trống.',
  }),
  BROWSER_NOT_FOUND: (a) => ({
    message: `Không tìm thấy trình duyệt Chrome, Chromium hoặc Edge (đã tìm ở: ${a.looked.join(', ')}).`,
    fix: browserInstallHint(a.platform),
  }),
  BROWSER_PATH_NOT_FOUND: (a) => ({
    message: `Trình duyệt ghi trong ${browserOrigin(a)} không phải là chương trình chạy được (không tồn tại, là một thư mục, hoặc không được phép chạy): ${a.given}`,
    fix: `Sửa ${browserOrigin(a)} thành đường dẫn đầy đủ đến tệp chạy của Chrome, Chromium hoặc Edge, hoặc bỏ đi để dùng trình duyệt đã cài.`,
  }),
  BROWSER_FAILED: (a) => {
    switch (a.problem) {
      case 'start':
        return {
          message: `Không khởi động được trình duyệt ${a.browser} (trình duyệt báo: ${a.detail})`,
          fix: 'Kiểm tra xem đó có phải Chrome, Chromium hoặc Edge chạy được không (chạy thử với --version; cài các thư viện còn thiếu), hoặc chọn trình duyệt khác bằng --browser ĐƯỜNG-DẪN.',
        };
      case 'crashed':
        return {
          message: `Trình duyệt ${a.browser} bị tắt đột ngột khi đang ${DOING[a.task]}.`,
          fix: 'Chạy `hatinh-report doctor` để kiểm tra trình duyệt; nếu vẫn bị tắt, giải phóng bớt bộ nhớ hoặc chọn trình duyệt khác bằng --browser ĐƯỜNG-DẪN.',
        };
      case 'task':
        return {
          message: `Trình duyệt gặp lỗi khi đang ${DOING[a.task]} (trình duyệt báo: ${a.detail})`,
          fix: 'Chạy `hatinh-report doctor` để kiểm tra trình duyệt, hoặc chọn trình duyệt khác bằng --browser ĐƯỜNG-DẪN.',
        };
    }
  },
  BROWSER_CLOSED: (a) => ({
    message: `Trình duyệt đã bị đóng khi đang ${DOING[a.task]}.`,
    fix: 'Chạy lại lệnh.',
  }),
  BROWSER_TIMEOUT: (a) =>
    a.problem === 'start'
      ? {
          message: `Trình duyệt ${a.browser} không khởi động xong trong ${seconds(a.seconds)}.`,
          fix: 'Kiểm tra xem trình duyệt có khởi động được khi chạy trực tiếp không (chạy với --version), đóng bớt các chương trình nặng, hoặc chọn trình duyệt khác bằng --browser ĐƯỜNG-DẪN.',
        }
      : {
          message: `Sau ${seconds(a.seconds)}, trình duyệt vẫn chưa ${DOING[a.task]} xong.`,
          fix: 'Chạy lại; nếu vẫn bị treo, chạy `hatinh-report doctor`, rút gọn văn bản, hoặc tăng thời gian chờ (--timeout).',
        },
  PDF_NAVIGATION_BLOCKED: (a) => ({
    message: `Trang HTML tìm cách tự chuyển sang ${a.navigation}; việc chuyển trang này đã bị chặn, nên tệp PDF sẽ chỉ là một trang báo lỗi.`,
    fix: 'Xóa thẻ <meta http-equiv="refresh"> (hoặc lệnh chuyển trang tương tự) khỏi mẫu HTML.',
  }),
  NODE_TOO_OLD: (a) => ({
    message: `Node.js ${a.version} đã quá cũ; hatinh-report cần Node.js ${a.minimum} trở lên.`,
    fix: `Cài Node.js ${a.minimum} LTS trở lên từ https://nodejs.org/ (hoặc bằng nvm: \`nvm install ${a.minimum}\`).`,
  }),
  FONT_NO_VIETNAMESE_SERIF: (a) => ({
    message: `Chữ tiếng Việt không được hiển thị hoàn toàn bằng phông Times New Roman hay Liberation Serif; trình duyệt phải dùng phông thay thế: ${a.used.join(', ') || 'không có phông nào'}.`,
    fix:
      a.platform === 'darwin' || a.platform === 'win32'
        ? 'Times New Roman có sẵn trong hệ điều hành: khôi phục hoặc bật lại phông này (hoặc cài Liberation Serif 2.x từ https://github.com/liberationfonts/liberation-fonts).'
        : 'Cài Liberation Serif 2.x: `apt-get install -y --no-install-recommends fonts-liberation2` (Debian/Ubuntu; gói fonts-liberation cũ thiếu chữ tiếng Việt) hoặc `dnf install liberation-serif-fonts` (Fedora).',
  }),
};

const SOURCE_LABEL: Record<BrowserFrom, string> = {
  option: 'theo --browser',
  config: 'theo tệp cấu hình',
  env: 'theo biến môi trường',
  default: 'tìm thấy ở thư mục cài đặt thông thường',
};

const DOCTOR: DoctorWords = {
  title: 'hatinh-report doctor: kiểm tra máy',
  node: (version, ok, minimum) =>
    `  Node.js       ${version} (${ok ? 'đạt' : 'quá cũ'}; cần bản ${minimum} trở lên)`,
  browser: (path, from, kind, version) =>
    `  Trình duyệt   ${path} (${kind === 'headless-shell' ? 'bản headless shell, chuyên để in; ' : ''}${SOURCE_LABEL[from]})${version ? `, ${version}` : ''}`,
  shellNote: (platform) => [
    'Lưu ý: tệp PDF đang được in bằng trình duyệt đầy đủ. Bản headless shell (chuyên để in) in nhanh hơn khoảng ba lần:',
    platform === 'linux'
      ? '  cài bằng `apt-get install chromium-headless-shell` (Debian) hoặc `dnf install chromium-headless` (Fedora); Ubuntu không có gói này, PDF được in bằng trình duyệt đầy đủ.'
      : '  cài bằng `npx @puppeteer/browsers install chrome-headless-shell@stable` (bản này nằm trong thư mục lưu của puppeteer, nơi công cụ tự tìm đến).',
  ],
  browserNotFound: '  Trình duyệt   không tìm thấy',
  font: (font) => {
    if (!font) return '  Phông chữ     chưa kiểm tra (không có trình duyệt chạy được)';
    const families = font.families.join(', ') || 'không có';
    return `  Phông chữ     ${font.ok ? 'đạt' : 'CÓ VẤN ĐỀ'}, chữ tiếng Việt hiển thị bằng ${families}`;
  },
  endOfLife: (major, date) => {
    const [y, m, d] = date.split('-');
    return [
      `Lưu ý: Node.js ${major} đã hết thời hạn hỗ trợ từ ngày ${d}/${m}/${y} và không còn được vá lỗi bảo mật.`,
      '  hatinh-report vẫn chạy được; khi có thể, hãy cài bản LTS hiện hành từ https://nodejs.org/.',
    ];
  },
  allGood: 'Máy đã có đủ mọi thứ cần thiết để in tệp PDF.',
  problemCount: (n) => `${n} vấn đề:`,
};

const EXIT_CODES_HELP = `
Mã thoát:
  0    thành công (có thể có cảnh báo, trừ khi dùng --strict)
  1    số liệu có lỗi
  2    sai cách dùng lệnh, lỗi tệp, lỗi trình duyệt hoặc lỗi khi tạo văn bản
  130  bị dừng bằng Ctrl-C (143: bị tắt); không ghi tệp nào
  141  lệnh đọc kết quả đã dừng trước (check | head)`;

/** Commander's error lines, the English pattern and its Vietnamese. */
const COMMANDER_ERRORS: [RegExp, string][] = [
  [/^error: unknown option '([^']+)'/, "lỗi: không có tùy chọn '$1'"],
  [/^error: unknown command '([^']+)'/, "lỗi: không có lệnh '$1'"],
  [/^error: missing required argument '([^']+)'/, "lỗi: thiếu đối số bắt buộc '$1'"],
  [/^error: option '([^']+)' argument missing/, "lỗi: tùy chọn '$1' thiếu giá trị"],
  [
    /^error: option '([^']+)' argument '([^']*)' is invalid\./,
    "lỗi: giá trị '$2' của tùy chọn '$1' không hợp lệ.",
  ],
  [
    /^error: command-argument value '([^']*)' is invalid for argument '([^']+)'\./,
    "lỗi: giá trị '$1' của đối số '$2' không hợp lệ.",
  ],
  [
    /^error: too many arguments for '([^']+)'\. Expected 0 arguments but got (\d+)\./,
    "lỗi: lệnh '$1' không nhận đối số nào, nhưng đã ghi $2.",
  ],
  [
    /^error: too many arguments for '([^']+)'\. Expected (\d+) arguments? but got (\d+)\./,
    "lỗi: lệnh '$1' chỉ cần $2 đối số, nhưng đã ghi $3.",
  ],
  [
    /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./,
    'lỗi: lệnh chỉ cần $1 đối số, nhưng đã ghi $2.',
  ],
  [/Allowed choices are ([^.]+)\./, 'Các giá trị được phép: $1.'],
  [/\(Did you mean ([^)]+)\?\)/, '(Có phải bạn muốn ghi $1?)'],
];

const CLI: CliWords = {
  titles: {
    'Usage:': 'Cách dùng:',
    'Options:': 'Tùy chọn:',
    'Commands:': 'Lệnh:',
    'Arguments:': 'Đối số:',
    'Global Options:': 'Tùy chọn chung:',
  },
  helpExtras: (english) =>
    english.replace(/\(choices: /, '(chọn một trong: ').replace(/\bdefault: /, 'mặc định: '),
  usage: (english) => translateTerms(english),
  term: (english) => translateTerms(english),
  commanderError: (english) => COMMANDER_ERRORS.reduce((text, [from, to]) => text.replace(from, to), english),
  program:
    'Kiểm tra số liệu hằng năm của Sở LĐ-TBXH Hà Tĩnh và lập báo cáo tổng kết công tác thi đua, khen thưởng.',
  exitCodes: EXIT_CODES_HELP,
  help: 'hiện hướng dẫn của lệnh',
  helpCommand: 'hiện hướng dẫn của lệnh',
  version: 'hiện số phiên bản',
  lang: (configFile) =>
    `ngôn ngữ của thông báo: vi hoặc en (mặc định: mục "lang" trong ${configFile}, nếu không có thì theo ngôn ngữ của hệ thống)`,
  check: {
    description:
      'Kiểm tra các tệp số liệu theo lược đồ và đối chiếu giữa các tệp; liệt kê mọi vấn đề tìm thấy.',
    files: 'các tệp cần kiểm tra (mặc định: mọi tệp .yaml trong thư mục số liệu)',
    data: 'thư mục số liệu (mặc định: ./data, hoặc thư mục chứa tệp đầu tiên được nêu trong lệnh)',
    format: 'dạng kết quả',
    strict: 'coi cảnh báo là lỗi (mã thoát 1)',
  },
  build: {
    description:
      'Lập báo cáo của từng năm được nêu (không nêu năm: mọi năm báo cáo): Markdown, HTML, PDF và bản Word để sửa, theo thể thức văn bản hành chính.',
    years:
      'các năm cần lập báo cáo, ví dụ 2018, các tháng đầu của một năm, ví dụ 2019-9m, hoặc một giai đoạn, ví dụ 2016-2020 (mặc định: mọi báo cáo của số liệu, xem "hatinh-report years")',
    format: (formats) => `các dạng tệp cần tạo, ngăn cách bằng dấu phẩy: ${formats.join(', ')}`,
    data: 'thư mục số liệu',
    out: 'thư mục kết quả; mỗi năm một thư mục con',
    templates: 'dùng các mẫu văn bản do bạn tự sửa (sao chép từ thư mục templates/ của công cụ)',
    date: 'ngày của văn bản (mặc định: document.date trong số liệu, nếu không có thì để trống)',
    percentDecimals:
      'số chữ số thập phân của tỷ lệ so với kế hoạch và mức tăng/giảm, từ 0 đến 4 (mặc định: report.percent_decimals trong agency.yaml, nếu không có thì 1)',
    rounding:
      'cách làm tròn tỷ lệ phần trăm: round (làm tròn: 74,815% → 74,82%) hoặc truncate (bỏ các chữ số thừa, không làm tròn: 59,578% → 59,57%) (mặc định: report.rounding, nếu không có thì round)',
    charts:
      'biểu đồ trong báo cáo: none (không có), attainment (mức hoàn thành kế hoạch) hoặc all (tất cả) (mặc định: report.charts, nếu không có thì attainment)',
    ratePercentOfPlan:
      'ghi cả tỷ lệ phần trăm so với kế hoạch cho các chỉ tiêu tỷ lệ (mặc định: report.rate_percent_of_plan, nếu không có thì ghi chênh lệch bằng điểm phần trăm)',
    strict: 'không lập báo cáo khi số liệu còn cảnh báo (mã thoát 1)',
    messages:
      'cách in vấn đề và cảnh báo: human (cho người đọc), hoặc github (thêm dạng chú thích của GitHub Actions)',
    browser: 'trình duyệt Chromium, Chrome hoặc Edge dùng để in PDF',
    timeout: 'bỏ dở nếu trình duyệt không xong sau số giây này (1 đến 3600)',
    unit: 'lập phiếu điểm thi đua của một đơn vị (phieu-diem-NĂM-MÃ) thay cho báo cáo, để gửi lại đơn vị',
    period:
      'lập báo cáo sơ kết các tháng đầu của mỗi năm đã ghi, ví dụ 9m cho tệp 2019-9m.yaml: bao-cao-2019-9m.*',
  },
  dossier: {
    description:
      'Lập hồ sơ đề nghị khen thưởng của năm từ kết quả chấm điểm và cuộc họp Hội đồng Thi đua - Khen thưởng (council.yaml): biên bản họp và kết quả kiểm phiếu, tờ trình Chủ tịch UBND tỉnh, dự thảo quyết định của Giám đốc Sở, mỗi văn bản kèm danh sách, và danh mục hồ sơ; ghi vào THƯ-MỤC/NĂM/ho-so/.',
    year: 'năm xét thi đua, khen thưởng, ví dụ 2024',
    out: 'thư mục kết quả (hồ sơ ghi vào THƯ-MỤC/NĂM/ho-so/)',
    date: 'ngày của tờ trình và quyết định (mặc định: để trống cho văn thư ghi); biên bản mang ngày họp',
  },
  new: {
    description:
      'Bắt đầu một năm: tạo tệp số liệu thực hiện (NĂM.yaml) và tệp chỉ tiêu kế hoạch năm sau, liệt kê sẵn mọi chỉ tiêu và mọi phần của báo cáo để trống kèm chú thích cần ghi gì; với một giai đoạn (2016-2020), tạo tệp lời văn của báo cáo tổng kết giai đoạn (2016-2020.yaml). Không bao giờ ghi đè tệp.',
    year: 'năm cần bắt đầu, ví dụ 2019; các tháng đầu năm, ví dụ 2019-9m; hoặc giai đoạn, ví dụ 2016-2020',
    period:
      'thay vào đó, tạo tệp số liệu các tháng đầu năm (NĂM-9m.yaml), ví dụ 9m; chỉ tiêu là kế hoạch của năm',
    data: 'thư mục số liệu',
  },
  export: {
    description:
      'Xuất biểu Excel (.xlsx) cho từng đơn vị điền số liệu thi đua của năm: chỉ tiêu theo thang điểm của khối, kết quả năm trước, số lượng và xếp loại cán bộ, trang hướng dẫn; các ô cần điền tô vàng, các ô khác bị khóa.',
    year: 'năm của số liệu cần điền',
    data: 'thư mục số liệu',
    out: 'thư mục ghi biểu (biểu ghi vào THƯ-MỤC/NĂM/don-vi/MÃ-ĐƠN-VỊ.xlsx)',
    format: 'định dạng biểu (hiện có xlsx)',
    unit: 'chỉ xuất biểu của một đơn vị (mã trong units.yaml)',
    wrote: (count, folder) => `đã ghi ${count} biểu vào ${folder}`,
    dataErrors:
      'Số liệu có lỗi; chưa xuất biểu nào. Sửa các lỗi (hatinh-report check) rồi chạy lại "export".',
  },
  import: {
    description:
      'Nhập các biểu Excel các đơn vị đã điền vào tệp số liệu thi đua của năm (YYYY-units.yaml): mỗi đơn vị thay cả mục của mình, giữ nguyên chú thích của tệp; có lỗi thì không ghi gì.',
    files: 'các tệp .xlsx đã điền',
    data: 'thư mục số liệu',
    year: 'chỉ nhận biểu của năm này',
    merged: (path, changed, unchanged) =>
      changed.length > 0
        ? `đã ghi ${path}: cập nhật ${changed.length} mục (${changed.join(', ')})${unchanged > 0 ? `, ${unchanged} mục giữ nguyên` : ''}`
        : `không ghi lại ${path}: cả ${unchanged} mục trong các biểu trùng với tệp`,
    nothingWritten: 'Có lỗi trong các biểu; chưa ghi tệp nào. Sửa các ô đã chỉ ra rồi nhập lại.',
    dataErrors:
      'Thư mục số liệu đang có lỗi; chưa nhập biểu nào. Sửa các lỗi (hatinh-report check) rồi nhập lại.',
  },
  years: {
    description:
      'Liệt kê các năm có thể lập báo cáo từ số liệu (các tệp số liệu thực hiện không đánh dấu comparison_only): đó là những năm lệnh "build" sẽ lập.',
    data: 'thư mục số liệu',
    json: 'in thành mảng JSON (cho ma trận CI)',
  },
  score: {
    description:
      'Chấm điểm và xếp hạng thi đua các đơn vị trong từng khối của một năm, từ units.yaml, scoring.yaml và tệp YYYY-units.yaml của năm: để Hội đồng thi đua xét.',
    year: 'năm chấm điểm',
    data: 'thư mục số liệu',
    format: 'text (bảng từng khối), json, csv hoặc xlsx (sổ tính Excel, mỗi khối một trang tính)',
    out: 'ghi kết quả vào tệp này thay vì in ra màn hình (xlsx: mặc định xep-hang-thi-dua-NĂM.xlsx)',
    strict: 'coi cảnh báo như lỗi',
    title: (year) => `KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM ${year}`,
    illustrative: 'Số liệu minh họa',
    scheme: (name, maxTotal, source) => `${name}, tối đa ${maxTotal} điểm. Căn cứ: ${source}.`,
    columns: { rank: 'Hạng', unit: 'Đơn vị', total: 'Tổng điểm', band: 'Xếp loại' },
    tieBroken: (upper, lower, total, criterion, penalty) =>
      `${upper} và ${lower} cùng đạt ${total} điểm; ${upper} xếp trên do ${penalty ? `bị trừ ít điểm hơn ở tiêu chí “${criterion}”` : `có điểm tiêu chí “${criterion}” cao hơn`} (thứ tự xét khi bằng điểm theo thang điểm).`,
    tieShared: (units, total, rank, ruled) =>
      `${listed(units, 'và')} cùng đạt ${total} điểm${ruled ? ' và bằng điểm ở mọi tiêu chí xét khi bằng điểm' : ' (thang điểm không quy định tiêu chí xét khi bằng điểm)'}: đồng hạng ${rank}.`,
    qualified: (figures, pairs, units) =>
      `${figures.map((f) => `Kết quả “${f.figure}” (${f.name}) của ${f.unit}`).join('; ')} được tính bằng đúng số đã ghi; số liệu chính xác có thể làm thay đổi ${[...(pairs.length > 0 ? [`thứ tự giữa các hạng ${pairs.join(', ')}`] : []), ...(units.length > 0 ? [`xếp loại của ${units.join(', ')}`] : [])].join(' và ')}.`,
    unscored: (units) => `Chưa có số liệu, chưa xếp hạng: ${units.join(', ')}.`,
    unclassified: 'Chưa xếp loại',
    ranks: (upper, lower) => `${upper} và ${lower}`,
    proposals: 'Đề nghị:',
    proposal: (title, basis, units, higher) =>
      `${title}, căn cứ ${basis}: ${units.length > 0 ? units.join('; ') : higher > 0 ? 'không đề nghị' : 'không có đơn vị đủ tiêu chuẩn'}${higher > 0 ? ` (${higher} đơn vị ${units.length > 0 ? 'khác ' : ''}đủ tiêu chuẩn đã được đề nghị danh hiệu cao hơn)` : ''}.`,
    individual: (title, count) => `${title}: ${count} người (theo đề nghị của các đơn vị).`,
    money: (total, base, basis, day) =>
      `Tiền thưởng: ${total} đồng, tính theo mức lương cơ sở ${base} đồng (${basis}) áp dụng tại ngày ${day}; tiền thưởng được chi theo mức lương cơ sở áp dụng tại thời điểm ban hành quyết định khen thưởng.`,
    noPrize: (titles) => `Chưa xác định được mức thưởng: ${titles.join('; ')} (không tính vào tổng).`,
    noBaseSalary: (day) =>
      `Chưa tính tiền thưởng: chưa có mức lương cơ sở áp dụng tại ngày ${day} (bổ sung vào base_salaries trong titles.yaml).`,
    noRuleSet: (year, day) =>
      `Không có quy định danh hiệu, khen thưởng nào có hiệu lực ngày ${day}: chưa đề nghị được cho năm ${year}.`,
    dataErrors: 'Số liệu có lỗi; chưa chấm điểm. Sửa các lỗi (hatinh-report check) rồi chạy lại "score".',
  },
  schema: {
    description:
      'In lược đồ JSON (JSON Schema) của một loại tệp số liệu, hoặc ghi tất cả vào một thư mục cho trình soạn thảo.',
    kind: (kinds) => kinds.join(', '),
    out: 'ghi mọi lược đồ (hoặc chỉ lược đồ được nêu tên) vào thư mục này',
  },
  doctor: {
    description:
      'Kiểm tra máy này có in được PDF không: Node.js, trình duyệt, và phông chữ có đủ chữ tiếng Việt.',
    browser: 'trình duyệt Chromium, Chrome hoặc Edge cần kiểm tra',
    json: 'in kết quả dạng JSON',
  },
  preview: {
    description:
      'Xem báo cáo của một năm trên trình duyệt web, luôn cập nhật: mỗi lần lưu tệp số liệu, trang hiện báo cáo mới, hoặc chỉ ra chỗ số liệu còn sai.',
    year: 'năm cần xem, ví dụ 2018',
    period: 'xem báo cáo sơ kết các tháng đầu năm, ví dụ 9m cho tệp 2019-9m.yaml',
    port: 'cổng để mở trang (mặc định: một cổng còn trống); trang chỉ mở được trên chính máy này',
    pdf: 'in lại cả tệp PDF sau mỗi lần lưu (vào thư mục --out, như lệnh build)',
    out: 'thư mục --pdf ghi tệp PDF vào; mỗi năm một thư mục con',
    serving: (url, year, watched) =>
      `Báo cáo năm ${year}: ${url} (mở địa chỉ này bằng trình duyệt web; chỉ mở được trên máy này)\nĐang theo dõi ${watched.join(' và ')}: mỗi lần lưu thay đổi, trang được cập nhật. Nhấn Ctrl-C để dừng.`,
    updated: (time, ms) => `${time} đã cập nhật trang (${Math.round(ms)} ms)`,
    dataErrors: (time, errors) =>
      `${time} số liệu có ${errors} lỗi: trang hiện các lỗi thay cho báo cáo; sửa và lưu tệp để xem lại báo cáo.`,
    failed: (time) => `${time} không lập được báo cáo; trang ghi rõ lý do.`,
    pdfWritten: (path) => `đã cập nhật PDF: ${path}`,
    stopped: 'Đã dừng xem trước.',
    watchFailed: (reason) =>
      reason === 'ENOSPC'
        ? 'hệ thống không theo dõi thêm được tệp nào (đã hết giới hạn): các lần lưu sẽ không được nhận ra. Đóng các chương trình khác đang theo dõi tệp, hoặc nâng giới hạn (sysctl fs.inotify.max_user_watches=524288), rồi mở lại bản xem trước.'
        : `không theo dõi được các tệp (${reason}): các lần lưu có thể không được nhận ra. Hãy mở lại bản xem trước.`,
    page: {
      title: (year) => `Chưa hiện được báo cáo năm ${year}`,
      waiting: (year) => `Đang lập báo cáo năm ${year}…`,
      lead: (errors) =>
        `Số liệu còn ${errors} lỗi. Sửa và lưu tệp: trang sẽ hiện báo cáo ngay khi số liệu đúng.`,
    },
  },
  invalid: {
    year: 'Cần ghi một năm, ví dụ 2018.',
    report:
      'Cần ghi một năm, ví dụ 2018, các tháng đầu của một năm, ví dụ 2019-9m, hoặc một giai đoạn từ 2 đến 10 năm, ví dụ 2016-2020.',
    period: 'Cần ghi số tháng đầu năm, từ 1m đến 11m, ví dụ 9m.',
    formats: (wrong, all) =>
      `Không có dạng ${wrong.join(', ')}; hãy dùng ${all.join(', ')} (nhiều dạng thì ngăn cách bằng dấu phẩy, ví dụ md,html).`,
    date: 'Cần ghi ngày theo thứ tự năm-tháng-ngày, ví dụ 2019-01-05.',
    notADay: (value) => `${value} không phải là một ngày có thật.`,
    range: (min, max) => `Cần ghi một số nguyên từ ${min} đến ${max}.`,
  },
  wrote: (path) => `đã ghi ${path}`,
  kept: (path) => `giữ nguyên ${path} (tệp đã có; lệnh "new" không bao giờ ghi đè tệp)`,
  fillIn: (command) => `Điền vào các chỗ trống, rồi chạy: ${command}`,
  nothingBuilt: (strict) =>
    `Số liệu có ${strict ? 'lỗi hoặc cảnh báo (--strict)' : 'lỗi'}; chưa lập báo cáo nào. Sửa các lỗi (hatinh-report check) rồi lập lại.`,
  nothingWritten: 'Số liệu có lỗi; chưa ghi tệp nào. Sửa các lỗi (hatinh-report check) rồi chạy lại "new".',
  noYearListed: (folder) =>
    `Số liệu trong ${folder} có lỗi; chưa liệt kê năm nào. Chạy "hatinh-report check" để xem các lỗi.`,
  pdfPrinted: (year) => `${year}: đã in PDF`,
  rendering: (index, total, year) => `[${index}/${total}] ${year}: đang tạo văn bản`,
  interrupted: (signal) => `${signal === 'SIGINT' ? 'Đã dừng' : `Đã bị tắt (${signal})`}: không ghi tệp nào.`,
};

/** Returns one sentence telling the user how to get a Chromium-based browser on `platform`. */
function browserInstallHint(platform: NodeJS.Platform): string {
  const override =
    'hoặc dùng `--browser ĐƯỜNG-DẪN` / đặt biến PUPPETEER_EXECUTABLE_PATH chỉ đến Chrome, Chromium hoặc Edge đã cài';
  switch (platform) {
    case 'darwin':
      return `Cài Google Chrome (https://www.google.com/chrome/ hoặc \`brew install --cask google-chrome\`), ${override}.`;
    case 'win32':
      return `Cài Google Chrome (https://www.google.com/chrome/) hoặc Microsoft Edge, ${override}.`;
    default:
      return (
        'Cài Chromium (Debian: `apt-get install -y --no-install-recommends chromium fonts-liberation2`; ' +
        'Ubuntu: Google Chrome từ https://www.google.com/chrome/, vì gói chromium của Ubuntu chỉ là snap; ' +
        `Fedora: \`dnf install chromium liberation-serif-fonts\`), ${override}.`
      );
  }
}

export const vi: Catalogue = {
  diagnostics: DIAGNOSTICS,
  problems: {
    error: 'lỗi',
    warning: 'cảnh báo',
    fix: 'cách sửa:',
    summary: (files, errors, warnings) =>
      errors + warnings === 0
        ? `Đã kiểm tra ${files} tệp, không có vấn đề nào.`
        : `Đã kiểm tra ${files} tệp: ${errors} lỗi, ${warnings} cảnh báo.`,
  },
  errors: ERRORS,
  failures: {
    bug: 'lỗi nội bộ: hatinh-report gặp lỗi lập trình. Vui lòng báo lỗi, kèm câu lệnh bạn đã chạy và nội dung dưới đây (chạy lại với HATINH_REPORT_DEBUG=1 để có số dòng trong mã nguồn):',
    usage: 'xem "hatinh-report --help" hoặc "hatinh-report LỆNH --help".',
  },
  browserInstallHint,
  doctor: DOCTOR,
  cli: CLI,
};
