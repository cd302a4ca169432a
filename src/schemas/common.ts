/** Pieces shared by the data-file schemas. */

export const SCHEMA_BASE = 'https://hatinh-report.invalid/schemas/';

export const qualifier = {
  description:
    'How the source qualifies the figure: exact; over ("trên"); nearly ("gần"); about ("khoảng"); estimate ("ước"); below ("dưới"); at_least ("ít nhất"); at_most ("không quá").',
  enum: ['exact', 'over', 'nearly', 'about', 'estimate', 'below', 'at_least', 'at_most'],
} as const;

export const id = {
  type: 'string',
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  description: 'A stable id: lower-case ASCII letters, digits and hyphens, e.g. viec-lam.',
} as const;

export const text = { type: 'string', minLength: 1 } as const;

export const year = { type: 'integer', minimum: 1945, maximum: 2100 } as const;

export const isoDate = {
  type: 'string',
  format: 'date',
  description: 'A date written YYYY-MM-DD, e.g. 2019-02-28.',
} as const;

export const decimal = {
  type: 'number',
  description: 'A number written with a dot for decimals and no thousands separator: 24000, 6.92.',
} as const;

/** A part of a report's words that may be left blank (as `hatinh-report new` writes it): a warning, not an error. */
export const orBlank = <S extends { type: string }>(schema: S) =>
  ({ ...schema, type: [schema.type, 'null'] }) as const;

export const source = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title'],
  properties: {
    // Blank while a new year's file waits for its source (as "hatinh-report new" writes it): a warning.
    id: orBlank(id),
    title: orBlank(text),
    publisher: text,
    author: text,
    date: isoDate,
    url: { type: 'string', format: 'uri' },
    note: {
      ...text,
      description:
        "A remark on the source for the drafter (a secondary source, not yet checked against the original): listed in the drafter's notes, never printed in the document.",
    },
  },
} as const;

export const sources = {
  type: 'array',
  minItems: 1,
  description:
    'Where the figures in this file come from. Each figure names one by id, or uses default_source.',
  items: source,
} as const;

/**
 * An indicator's entry that may be left blank ("viec-lam:" with nothing under it, as `hatinh-report new` writes
 * it): blank passes, and `check` warns that the figure or target is still missing; anything else is the entry.
 */
export const blankOr = <const S extends object>(entry: S) =>
  ({
    description: 'Left blank until the figure is known: check warns that it is missing.',
    if: { type: 'null' },
    // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a promise
    then: true,
    else: entry,
  }) as const;

export const kindField = <const K extends string>(kind: K) =>
  ({ const: kind, description: `The kind of data file: always "${kind}" in this file.` }) as const;
