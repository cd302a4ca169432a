import type { ErrorObject, ValidateFunction } from 'ajv';
import {
  type Diagnostic,
  type DiagnosticCode,
  diagnostic,
  type NumberArgs,
  type SchemaArgs,
  type SyntaxArgs,
} from '../diagnostics/diagnostic.js';
import { appendPointer, pointerSegments } from '../diagnostics/pointer.js';
import { suggest } from '../diagnostics/suggest.js';
import { qualifierOfWords } from '../domain/qualifier-words.js';
import type { FileKind } from '../kinds/index.js';
import { classifyNumber } from '../load/classify-number.js';
import type { ParsedFile } from '../load/parse-yaml-file.js';
import { locate } from '../load/yaml-position.js';
import { findShallowFields, isExplained } from './find-shallow-fields.js';
import {
  agency,
  catalogue,
  council,
  results,
  scoring,
  targets,
  titles,
  unit_results,
  units,
} from './generated/schema-validators.js';

/**
 * The validator of each file kind: ajv's code for the kind's schema, compiled at build time
 * (bin/compile-validators.mjs), so that no run pays for ajv's compiler.
 */
const VALIDATORS: ReadonlyMap<FileKind, ValidateFunction> = new Map(
  Object.entries({
    catalogue,
    agency,
    results,
    targets,
    units,
    scoring,
    titles,
    'unit-results': unit_results,
    council,
  } satisfies Record<FileKind, ValidateFunction>) as [FileKind, ValidateFunction][],
);

/** Returns the schema problems of a parsed file of a known kind, each at the key or value it concerns. */
export function validateSchema(parsed: ParsedFile): Diagnostic[] {
  const { doc, kind } = parsed;
  if (!doc || !kind) return [];
  const validate = VALIDATORS.get(kind);
  if (!validate || validate(parsed.data)) return [];
  const seen = new Set<string>();
  const shallow = findShallowFields(parsed);
  const out: Diagnostic[] = [...shallow.diagnostics];
  for (const error of relevantErrors(validate.errors ?? [])) {
    const diagnostic = toDiagnostic(parsed, kind, error);
    // A field written at the indicators' depth is reported once, as that (find-shallow-fields.ts).
    if (isExplained(diagnostic.pointer, shallow.explained)) continue;
    // A number written "6,92" is reported once, as that, not also as a wrong type.
    if (parsed.diagnostics.some((d) => d.pointer === diagnostic.pointer && d.code.startsWith('NUMBER_')))
      continue;
    const key =
      diagnostic.code === 'SCHEMA_REQUIRED'
        ? `${diagnostic.code}|${diagnostic.pointer}|${String(diagnostic.args.missing)}`
        : `${diagnostic.code}|${diagnostic.pointer}|${JSON.stringify(diagnostic.args)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(diagnostic);
  }
  return out;
}

/** True when the data of a parsed file of a known kind passes its schema (whatever was reported about it). */
export function matchesSchema(parsed: ParsedFile): boolean {
  const validate = parsed.kind ? VALIDATORS.get(parsed.kind) : undefined;
  return validate !== undefined && parsed.data !== undefined && validate(parsed.data) === true;
}

/** Drops ajv's summary errors (oneOf, if) that repeat what the specific errors already say. */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if' && e.keyword !== 'propertyNames');
}

/** What an ajv error says, in our terms: the code, where it points (key or value), and the facts. */
interface Reading {
  code: DiagnosticCode;
  pointer: string;
  at: 'key' | 'value';
  args: SchemaArgs & Partial<NumberArgs & SyntaxArgs>;
}

/** What every keyword's reading starts from: the error, the value it is about, and the schema's facts. */
interface ErrorContext {
  error: ErrorObject;
  params: Record<string, unknown>;
  value: unknown;
  pointer: string;
  base: SchemaArgs;
  /** A number's text as the file wrote it ("05"), where the value is a number. */
  written: string | undefined;
}

const propertiesOf = (schema: unknown): string[] =>
  Object.keys((schema as { properties?: object } | undefined)?.properties ?? {});

/** How each ajv keyword is read; any other is SCHEMA_OTHER with ajv's own words. */
const KEYWORDS: Partial<Record<string, (c: ErrorContext) => Reading>> = {
  additionalProperties: ({ error, params, pointer, base }) => {
    const name = String(params.additionalProperty);
    const at = appendPointer(pointer, name);
    const allowed = propertiesOf(error.parentSchema);
    const args = { ...base, field: name, path: dotted(at), allowed, suggestion: suggest(name, allowed) };
    return { code: 'SCHEMA_UNKNOWN_FIELD', pointer: at, at: 'key', args };
  },
  required: ({ params, pointer, base }) => ({
    code: 'SCHEMA_REQUIRED',
    pointer,
    at: 'key',
    args: { ...base, missing: String(params.missingProperty), where: dotted(pointer) },
  }),
  type: ({ error, params, value, pointer, base, written }) => {
    // A part that may be left blank is "array,null" to ajv: what it should be is the first.
    const expected = String(params.type).split(',')[0] ?? '';
    const args = { ...base, expected, ...foundOf(value, written) };
    // A number written the Vietnamese way ("6,92") is text to YAML: say that, not that it is text.
    // Also where a number is one of the forms allowed (a criterion's value: yes/no or points).
    const types = String(params.type).split(',');
    const number =
      (types.includes('number') || types.includes('integer')) && typeof value === 'string'
        ? classifyNumber(value, 'text')
        : undefined;
    if (number) return { code: number.code, pointer, at: 'value', args: { ...args, ...number.args } };
    // "value 119" where a group of fields belongs: a colon left out.
    const colon =
      expected === 'object' && typeof value === 'string'
        ? missingColon(value, propertiesOf(error.parentSchema))
        : undefined;
    if (colon) {
      const syntax = { problem: 'missing_colon', line: String(value).trim(), suggestion: colon };
      return { code: 'YAML_SYNTAX', pointer, at: 'value', args: { ...args, ...syntax } };
    }
    // "number: 12" where text belongs (a document number): quotes make it text.
    const asText =
      expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
        ? JSON.stringify(written ?? String(value))
        : undefined;
    // "id:" with nothing after it: a blank to fill in, as "hatinh-report new" leaves them.
    const blank = value === null && ['string', 'number', 'integer'].includes(expected) ? { blank: true } : {};
    return {
      code: 'SCHEMA_TYPE',
      pointer,
      at: 'value',
      args: { ...args, ...blank, ...(asText ? { asText } : {}) },
    };
  },
  enum: ({ params, value, pointer, base }) => {
    const allowed = (params.allowedValues as unknown[]).map(String);
    // "qualifier: trên": the Vietnamese words of a qualifier name it as surely as a near spelling.
    const fromWords = base.field === 'qualifier' ? qualifierOfWords(String(value)) : undefined;
    const suggestion = fromWords ?? suggest(String(value), allowed);
    const args = { ...base, allowed, actual: String(value), suggestion };
    return { code: 'SCHEMA_ENUM', pointer, at: 'value', args };
  },
  const: ({ params, value, pointer, base }) => ({
    code: 'SCHEMA_CONST',
    pointer,
    at: 'value',
    args: { ...base, expected: String(params.allowedValue), actual: String(value) },
  }),
  discriminator: readDiscriminator,
  minimum: readRange,
  maximum: readRange,
  exclusiveMinimum: readRange,
  exclusiveMaximum: readRange,
  pattern: ({ params, value, pointer, base }) => ({
    code: 'SCHEMA_PATTERN',
    pointer,
    at: 'value',
    args: { ...base, actual: String(value), pattern: String(params.pattern) },
  }),
  format: ({ params, value, pointer, base }) => ({
    code: 'SCHEMA_FORMAT',
    pointer,
    at: 'value',
    args: { ...base, format: String(params.format), actual: String(value) },
  }),
  minItems: readSize,
  minLength: readSize,
};

function readRange({ params, value, pointer, base }: ErrorContext): Reading {
  const args = {
    ...base,
    comparison: String(params.comparison),
    limit: Number(params.limit),
    actual: String(value),
  };
  return { code: 'SCHEMA_RANGE', pointer, at: 'value', args };
}

function readSize({ error, params, pointer, base }: ErrorContext): Reading {
  return {
    code: 'SCHEMA_SIZE',
    pointer,
    at: 'value',
    args: { ...base, limit: Number(params.limit), keyword: error.keyword },
  };
}

/**
 * A target's `type` (the schema's discriminator): a value no branch allows, a missing type, or a type
 * misspelt as a field of its own ("tpye: level").
 */
function readDiscriminator({ error, params, value, pointer, base }: ErrorContext): Reading {
  // The values the schema's branches allow ("level", "ceiling", ...): read from the schema, not repeated.
  const tag = String(params.tag ?? 'type');
  const branches = (error.parentSchema as { oneOf?: { properties?: Record<string, { const?: unknown }> }[] })
    .oneOf;
  const allowed = (branches ?? []).map((b) => String(b.properties?.[tag]?.const ?? ''));
  const actual = String(params.tagValue ?? '');
  if (params.error === 'mapping') {
    const at = appendPointer(pointer, tag);
    const args = {
      ...base,
      field: tag,
      path: dotted(at),
      allowed,
      actual,
      suggestion: suggest(actual, allowed),
    };
    return { code: 'SCHEMA_ENUM', pointer: at, at: 'value', args };
  }
  const typo = Object.keys(value !== null && typeof value === 'object' ? value : {}).find(
    (k) => k !== tag && suggest(k, [tag]) === tag,
  );
  if (typo !== undefined) {
    const at = appendPointer(pointer, typo);
    const args = { ...base, field: typo, path: dotted(at), allowed: [tag], actual, suggestion: tag };
    return { code: 'SCHEMA_UNKNOWN_FIELD', pointer: at, at: 'key', args };
  }
  const args = {
    ...base,
    field: tag,
    path: dotted(pointer),
    allowed,
    actual,
    suggestion: suggest(actual, allowed),
    missing: tag,
    where: dotted(error.instancePath),
  };
  return { code: 'SCHEMA_REQUIRED', pointer, at: 'key', args };
}

function toDiagnostic(parsed: ParsedFile, kind: FileKind, error: ErrorObject): Diagnostic {
  const pointer = error.instancePath;
  const context: ErrorContext = {
    error,
    params: error.params as Record<string, unknown>,
    value: valueAt(parsed.data, pointer),
    pointer,
    base: { field: fieldName(pointer), path: dotted(pointer), kind },
    written: parsed.decimals.get(pointer),
  };
  const reading = KEYWORDS[error.keyword]?.(context) ?? {
    code: 'SCHEMA_OTHER',
    pointer,
    at: 'value',
    args: { ...context.base, detail: error.message ?? error.keyword },
  };
  const { doc, lines, file } = parsed;
  const position = doc ? locate(doc, lines, reading.pointer, reading.at) : { line: 1, column: 1 };
  // The code is read from the error: the facts are the schema's, with a number's or syntax's added.
  return diagnostic(reading.code as 'SCHEMA_OTHER', reading.args, {
    severity: 'error',
    file,
    ...position,
    pointer: reading.pointer,
  });
}

/** Returns "value: 119" when `text` ("value 119") is a field of `fields` whose colon was left out. */
function missingColon(text: string, fields: readonly string[]): string | undefined {
  const match = /^([A-Za-z_][\w-]*)\s+(\S.*)$/.exec(text.trim());
  if (!match?.[1] || !fields.includes(match[1])) return undefined;
  return `${match[1]}: ${match[2]}`;
}

function valueAt(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function fieldName(pointer: string): string {
  return pointerSegments(pointer).at(-1) ?? '';
}

/** Returns the pointer as a YAML reader would say it: values.viec-lam.value, sources[0].title. */
export function dotted(pointer: string): string {
  return pointerSegments(pointer)
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

/** Returns what a value of the wrong type is, and how it was written: the facts the message names it by. */
function foundOf(value: unknown, written: string | undefined): Pick<SchemaArgs, 'found' | 'shown'> {
  if (value === null || value === undefined) return { found: 'nothing' };
  if (Array.isArray(value)) return { found: 'list' };
  if (typeof value === 'object') return { found: 'group' };
  if (typeof value === 'string') return { found: 'text', shown: value };
  if (typeof value === 'number') return { found: 'number', shown: written ?? String(value) };
  return { found: 'boolean', shown: String(value) };
}
