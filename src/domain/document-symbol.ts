/**
 * A document's number and symbol (số, ký hiệu), as Nghị định 30/2020/NĐ-CP sets them: the symbol is the kind of
 * document's abbreviation, a hyphen, then the issuing agency's ("BC-SLĐTBXH": a báo cáo of the Sở Lao động -
 * Thương binh và Xã hội). The abbreviations of the kinds are those of its Phụ lục III.
 */
export const DOCUMENT_KIND_CODES = {
  report: 'BC',
  notice: 'TB',
  submission: 'TTr',
  decision: 'QĐ',
  plan: 'KH',
  minutes: 'BB',
} as const;

export type DocumentKind = keyof typeof DOCUMENT_KIND_CODES;

const KIND_PREFIX = new RegExp(`^(${Object.values(DOCUMENT_KIND_CODES).join('|')})-`);

/**
 * Returns the symbol of a document of `kind` from the agency's code as its reports carry it (agency.yaml's
 * document_code): "BC-SLĐTBXH" is "TB-SLĐTBXH" for a notice; a code without a kind ("SLĐTBXH") takes one.
 */
export function documentSymbol(code: string, kind: DocumentKind): string {
  return `${DOCUMENT_KIND_CODES[kind]}-${code.replace(KIND_PREFIX, '')}`;
}
