import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
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
import { type FileKind, KINDS } from '../kinds/index.js';
import { classifyNumber } from '../load/classify-number.js';
import type { ParsedFile } from '../load/parse-yaml-file.js';
import { locate } from '../load/yaml-position.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let compiled: Map<FileKind, ValidateFunction> | undefined;

/** Returns a validator per file kind, compiled once per process. */
function validators(): Map<FileKind, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    discriminator: true,
    allowUnionTypes: true,
  });
  addFormats(ajv);
  compiled = new Map(KINDS.map((kind) => [kind.name, ajv.compile(kind.schema)]));
  return compiled;
}

/** Returns the schema problems of a parsed file of a known kind, each at the key or value it concerns. */
export function validateSchema(parsed: ParsedFile): Diagnostic[] {
  const { doc, kind } = parsed;
  if (!doc || !kind) return [];
  const validate = validators().get(kind);
  if (!validate || validate(parsed.data)) return [];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of relevantErrors(validate.errors ?? [])) {
    const diagnostic = toDiagnostic(parsed, kind, error);
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
  const validate = parsed.kind ? validators().get(parsed.kind) : undefined;
  return validate !== undefined && parsed.data !== undefined && validate(parsed.data) === true;
}

/** Drops ajv's summary errors (oneOf, if) that repeat what the specific errors already say. */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if' && e.keyword !== 'propertyNames');
}

function toDiagnostic(parsed: ParsedFile, kind: FileKind, error: ErrorObject): Diagnostic {
  const { doc, lines, file } = parsed;
  let pointer = error.instancePath;
  let at: 'key' | 'value' = 'value';
  let code: DiagnosticCode = 'SCHEMA_OTHER';
  // The schema's facts; a number written wrongly or a missing colon adds its own (and takes its code).
  const args: SchemaArgs & Partial<NumberArgs & SyntaxArgs> = {
    field: fieldName(pointer),
    path: dotted(pointer),
    kind,
  };
  const params = error.params as Record<string, unknown>;
  const value = valueAt(parsed.data, pointer);

  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      pointer = appendPointer(pointer, name);
      at = 'key';
      code = 'SCHEMA_UNKNOWN_FIELD';
      const allowed = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      Object.assign(args, {
        field: name,
        path: dotted(pointer),
        allowed,
        suggestion: suggest(name, allowed),
      });
      break;
    }
    case 'required': {
      code = 'SCHEMA_REQUIRED';
      at = 'key';
      Object.assign(args, {
        missing: String(params.missingProperty),
        where: dotted(pointer) || 'the top level',
      });
      break;
    }
    case 'type': {
      const expected = String(params.type);
      code = 'SCHEMA_TYPE';
      Object.assign(args, { expected, actual: describeValue(value) });
      if ((expected === 'number' || expected === 'integer') && typeof value === 'string') {
        const problem = classifyNumber(value, 'text');
        if (problem) {
          code = problem.code;
          Object.assign(args, problem.args);
        }
      }
      if (expected === 'object' && typeof value === 'string') {
        const fields = Object.keys(
          (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
        );
        const colon = missingColon(value, fields);
        if (colon) {
          code = 'YAML_SYNTAX';
          Object.assign(args, { problem: 'missing_colon', line: value.trim(), suggestion: colon });
        }
      }
      break;
    }
    case 'enum': {
      code = 'SCHEMA_ENUM';
      const allowed = (params.allowedValues as unknown[]).map(String);
      Object.assign(args, { allowed, actual: String(value), suggestion: suggest(String(value), allowed) });
      break;
    }
    case 'const': {
      code = 'SCHEMA_CONST';
      Object.assign(args, { expected: String(params.allowedValue), actual: String(value) });
      break;
    }
    case 'discriminator': {
      code = 'SCHEMA_ENUM';
      // The values the schema's branches allow ("level", "ceiling", ...): read from the schema, not repeated.
      const tag = String(params.tag ?? 'type');
      const branches = (
        error.parentSchema as { oneOf?: { properties?: Record<string, { const?: unknown }> }[] }
      ).oneOf;
      const allowed = (branches ?? []).map((b) => String(b.properties?.[tag]?.const ?? ''));
      if (params.error === 'mapping') pointer = `${pointer}/type`;
      else at = 'key';
      const actual = String(params.tagValue ?? '');
      Object.assign(args, {
        field: 'type',
        path: dotted(pointer),
        allowed,
        actual,
        suggestion: suggest(actual, allowed),
      });
      if (params.error !== 'mapping') {
        code = 'SCHEMA_REQUIRED';
        Object.assign(args, { missing: 'type', where: dotted(error.instancePath) });
        // "tpye: level": the type is there, misspelt; say that rather than that it is missing.
        const typo = Object.keys(value !== null && typeof value === 'object' ? value : {}).find(
          (k) => k !== 'type' && suggest(k, ['type']) === 'type',
        );
        if (typo !== undefined) {
          code = 'SCHEMA_UNKNOWN_FIELD';
          pointer = appendPointer(pointer, typo);
          Object.assign(args, { field: typo, path: dotted(pointer), suggestion: 'type', allowed: ['type'] });
        }
      }
      break;
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      code = 'SCHEMA_RANGE';
      Object.assign(args, {
        comparison: String(params.comparison),
        limit: Number(params.limit),
        actual: String(value),
      });
      break;
    case 'pattern':
      code = 'SCHEMA_PATTERN';
      Object.assign(args, { actual: String(value), pattern: String(params.pattern) });
      break;
    case 'format':
      code = 'SCHEMA_FORMAT';
      Object.assign(args, { format: String(params.format), actual: String(value) });
      break;
    case 'minItems':
    case 'minLength':
      code = 'SCHEMA_SIZE';
      Object.assign(args, { limit: Number(params.limit), keyword: error.keyword });
      break;
    default:
      Object.assign(args, { detail: error.message ?? error.keyword });
  }
  const position = doc ? locate(doc, lines, pointer, at) : { line: 1, column: 1 };
  // The code is chosen above from the error: the facts are the schema's, with a number's or syntax's added.
  return diagnostic(code as 'SCHEMA_OTHER', args, { severity: 'error', file, ...position, pointer });
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

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value}"`;
  return `${typeof value} ${String(value)}`;
}
