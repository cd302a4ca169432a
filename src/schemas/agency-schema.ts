import { kindField, SCHEMA_BASE, text } from './common.js';

/** JSON Schema of the agency file (data/agency.yaml): the document header and signature block. */
export const agencySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}agency.schema.json`,
  title: 'hatinh-report agency',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'parent', 'name', 'document_code', 'place', 'signer', 'recipients', 'archive'],
  properties: {
    kind: kindField('agency'),
    parent: { ...text, description: 'The parent agency, e.g. UBND TỈNH HÀ TĨNH.' },
    name: { ...text, description: 'The issuing agency, e.g. SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI.' },
    short_name: text,
    document_code: {
      ...text,
      description: 'What follows the number in "Số: 05/BC-SLĐTBXH", e.g. BC-SLĐTBXH.',
    },
    place: { ...text, description: 'The place in the date line, e.g. Hà Tĩnh.' },
    signer: {
      type: 'object',
      additionalProperties: false,
      required: ['title'],
      properties: {
        on_behalf: {
          ...text,
          description: 'KT. GIÁM ĐỐC when a deputy signs; leave out when the director signs.',
        },
        title: { ...text, description: 'GIÁM ĐỐC or PHÓ GIÁM ĐỐC.' },
        name: { ...text, description: "The signer's full name; leave out to sign by hand." },
      },
    },
    recipients: {
      type: 'array',
      minItems: 1,
      description: 'The "Nơi nhận" list, without the leading dash or the closing semicolon.',
      items: text,
    },
    archive: { ...text, description: 'The filing note of the last line, e.g. "VT, VP" for "- Lưu: VT, VP."' },
  },
} as const;
