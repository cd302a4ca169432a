import type { Diagnostic } from './diagnostic.js';

/** The words of a diagnostic: what is wrong, and how to fix it. */
export interface Description {
  message: string;
  fix: string;
}

type Args = Diagnostic['args'];
const s = (v: Args[string]) => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
const didYouMean = (a: Args) => (a.suggestion ? ` Did you mean "${s(a.suggestion)}"?` : '');
const KIND_FIELD: Record<string, string> = {
  results: 'kind: results',
  targets: 'kind: targets',
  catalogue: 'kind: catalogue',
  agency: 'kind: agency',
};

const TEXT: Record<Diagnostic['code'], (a: Args) => Description> = {
  FILE_NOT_UTF8: (a) => ({
    message: `The file is not saved as UTF-8 (it looks like ${s(a.encoding)}), so Vietnamese letters would be read wrongly.`,
    fix: 'Open it in your editor and save it again with the encoding "UTF-8" (in Notepad: Save As, Encoding: UTF-8).',
  }),
  FILE_TOO_LARGE: (a) => ({
    message: `The file is ${s(a.size)} bytes; data files are refused above ${s(a.limit)} bytes.`,
    fix: 'Check that this is the right file: a yearly data file is a few kilobytes.',
  }),
  YAML_SYNTAX: (a) => ({
    message: `The YAML cannot be read here: ${s(a.detail)}.`,
    fix: 'Check the indentation (spaces, the same depth for fields of one group) and that every "key: value" has a colon and a space; put text with ":" or "#" in quotes.',
  }),
  YAML_TAB_INDENT: () => ({
    message: 'A tab is used for indentation; YAML allows only spaces.',
    fix: 'Replace the tab at the start of this line with spaces (two per level).',
  }),
  YAML_DUPLICATE_KEY: () => ({
    message: 'This key appears twice in the same group; the second would silently replace the first.',
    fix: 'Keep one of the two entries (merge their fields) and delete the other.',
  }),
  YAML_ALIAS_LIMIT: (a) => ({
    message: `The file uses YAML aliases (*name) that expand more than ${s(a.limit)} times.`,
    fix: 'Write the values out in full; data files do not need anchors (&) or aliases (*).',
  }),
  YAML_TOO_DEEP: (a) => ({
    message: `The file nests groups ${s(a.depth)} levels deep; data files are refused above ${s(a.limit)}.`,
    fix: 'Check for unclosed [ or { brackets; data files need only a few levels.',
  }),
  YAML_CUSTOM_TAG: (a) => ({
    message: `The file uses a YAML tag this tool does not accept (${s(a.detail)}).`,
    fix: 'Remove the "!" tag: write plain values.',
  }),
  YAML_MULTIPLE_DOCUMENTS: (a) => ({
    message: `The file holds ${s(a.count)} YAML documents (separated by "---"); a data file holds one.`,
    fix: 'Split the file in two, or remove the "---" line.',
  }),
  KIND_MISSING: (a) => ({
    message: 'The file does not say what kind of data it holds, so it cannot be checked.',
    fix: a.guess
      ? `Add the line "${KIND_FIELD[s(a.guess)]}" at the top of the file.`
      : 'Add a "kind:" line at the top: results, targets, catalogue or agency.',
  }),
  KIND_UNKNOWN: (a) => ({
    message: `"${s(a.actual)}" is not a kind of data file.${didYouMean(a)}`,
    fix: `Write one of: ${s(a.allowed)}.`,
  }),
  SCHEMA_TYPE: (a) => ({
    message: `${s(a.path) || 'The file'} should be ${article(s(a.expected))}, but it is ${s(a.actual)}.`,
    fix: typeFix(s(a.expected)),
  }),
  SCHEMA_REQUIRED: (a) => ({
    message: `"${s(a.missing)}" is missing from ${s(a.where)}.`,
    fix: `Add "${s(a.missing)}:" with its value under ${s(a.where)}.`,
  }),
  SCHEMA_UNKNOWN_FIELD: (a) => ({
    message: `"${s(a.field)}" is not a field here.${didYouMean(a)}`,
    fix: a.suggestion
      ? `Rename it to "${s(a.suggestion)}", or remove it.`
      : `Remove it, or move it to where it belongs. Fields allowed here: ${s(a.allowed)}.`,
  }),
  SCHEMA_ENUM: (a) => ({
    message: `"${s(a.actual)}" is not allowed for ${s(a.field)}.${didYouMean(a)}`,
    fix: `Write one of: ${s(a.allowed)}.`,
  }),
  SCHEMA_CONST: (a) => ({
    message: `${s(a.field)} is "${s(a.actual)}" but must be "${s(a.expected)}" in this file.`,
    fix: `Write "${s(a.field)}: ${s(a.expected)}".`,
  }),
  SCHEMA_RANGE: (a) => ({
    message: `${s(a.path)} is ${s(a.actual)}; it must be ${s(a.comparison)} ${s(a.limit)}.`,
    fix: 'Check the figure against the source.',
  }),
  SCHEMA_PATTERN: (a) => ({
    message: `"${s(a.actual)}" is not a valid id for ${s(a.path)}.`,
    fix: 'Use lower-case letters without accents, digits and hyphens, e.g. viec-lam.',
  }),
  SCHEMA_FORMAT: (a) => ({
    message: `"${s(a.actual)}" is not a valid ${s(a.format)} for ${s(a.path)}.`,
    fix:
      s(a.format) === 'date'
        ? 'Write the date as YYYY-MM-DD, e.g. 2019-02-28.'
        : 'Write a full address starting with https://.',
  }),
  SCHEMA_SIZE: (a) => ({
    message: `${s(a.path)} is empty.`,
    fix:
      s(a.keyword) === 'minItems'
        ? 'Add at least one entry, or remove the field.'
        : 'Write the text, or remove the field.',
  }),
  SCHEMA_OTHER: (a) => ({
    message: `${s(a.path)}: ${s(a.detail)}.`,
    fix: 'Compare with the example in the README.',
  }),
  NUMBER_THOUSANDS_DOT: (a) => ({
    message: `"${s(a.source)}" uses a dot to group thousands; YAML reads it as ${s(a.read) === 'text' ? 'text' : s(a.read)}, not ${s(a.meant)}.`,
    fix: `Write ${s(a.meant)} (no thousands separator). For a decimal, write it with one dot and the decimals, e.g. 6.92.`,
  }),
  NUMBER_DECIMAL_COMMA: (a) => ({
    message: `"${s(a.source)}" uses a comma for decimals; YAML reads it as text, not a number.`,
    fix: `Write ${s(a.meant)}: a dot for decimals and no thousands separator. The report prints it the Vietnamese way.`,
  }),
  NUMBER_NOTATION: (a) => ({
    message: `"${s(a.source)}" is not written as a plain number.`,
    fix: 'Write digits with at most one dot for decimals, without spaces, "%" or units: 24000, 6.92.',
  }),
  NO_CATALOGUE: (a) => ({
    message: `The data folder ${s(a.folder)} has no indicator catalogue (a file with "kind: catalogue").`,
    fix: 'Add indicators.yaml (see the README), or point --data at the folder that has it.',
  }),
  NO_AGENCY: (a) => ({
    message: `The data folder ${s(a.folder)} has no agency file (a file with "kind: agency").`,
    fix: 'Add agency.yaml with the agency name, signer and recipients (see the README).',
  }),
  DUPLICATE_FILE: (a) => ({
    message: a.year
      ? `Another ${s(a.kind)} file for ${s(a.year)} exists: ${s(a.other)}.`
      : `Another ${s(a.kind)} file exists: ${s(a.other)}.`,
    fix: 'Keep one file per kind and year; merge the two and delete the other.',
  }),
  DUPLICATE_ID: (a) => ({
    message: `The ${s(a.what)} id "${s(a.id)}" is used twice.`,
    fix: `Give each ${s(a.what)} its own id.`,
  }),
  UNKNOWN_AREA: (a) => ({
    message: `There is no area "${s(a.id)}" in the catalogue.${didYouMean(a)}`,
    fix: 'Use the id of one of the areas listed under "areas:".',
  }),
  UNKNOWN_PARENT: (a) => ({
    message: `There is no indicator "${s(a.id)}" to be the parent.${didYouMean(a)}`,
    fix: 'Use the id of an indicator in this catalogue, or remove "parent".',
  }),
  PARENT_CYCLE: (a) => ({
    message: `The parents of "${s(a.id)}" go round in a circle: ${s(a.chain)}.`,
    fix: 'An indicator cannot be part of its own part; remove one "parent".',
  }),
  UNKNOWN_INDICATOR: (a) => ({
    message: `There is no indicator "${s(a.id)}" in the catalogue.${didYouMean(a)}`,
    fix: a.suggestion
      ? `Rename it to "${s(a.suggestion)}".`
      : 'Add the indicator to indicators.yaml first, or fix its id.',
  }),
  UNKNOWN_SOURCE: (a) => ({
    message: `There is no source "${s(a.id)}" under "sources:" in this file.${didYouMean(a)}`,
    fix: 'Use the id of one of the sources listed at the top of the file, or add the source there.',
  }),
  YEAR_MISMATCH: (a) => ({
    message: `The file says year ${s(a.year)}, but its name (${s(a.name)}) says ${s(a.named)}.`,
    fix: 'Correct the year, or rename the file to match it.',
  }),
  FILE_NAME: (a) => ({
    message: `The file name ${s(a.name)} does not follow the usual pattern.`,
    fix: `Rename it to ${s(a.expected)}.`,
  }),
  UNIT_MISMATCH: (a) => ({
    message: `The unit "${s(a.unit)}" differs from the catalogue's unit for ${s(a.id)}, "${s(a.expected)}".`,
    fix: `Convert the figure to ${s(a.expected)} and write that unit, or remove "unit".`,
  }),
  TARGET_DIRECTION: (a) => ({
    message: `A ${s(a.type)} target does not fit ${s(a.id)}, for which ${directionWords(s(a.direction))}.`,
    fix:
      s(a.direction) === 'lower'
        ? 'Use "ceiling" (dưới), "level", or a "change" with "change: decrease".'
        : 'Use "level" or "range", or a "change" with "change: increase".',
  }),
  TARGET_SHAPE: (a) => ({
    message:
      s(a.problem) === 'range_order'
        ? `The range of ${s(a.id)} has its minimum above its maximum.`
        : `A change target for ${s(a.id)} needs either "by" or both "min" and "max".`,
    fix:
      s(a.problem) === 'range_order' ? 'Swap min and max.' : 'Write "by: 1.5", or "min: 0.6" and "max: 1.0".',
  }),
  NOT_INTEGER: (a) => ({
    message: `${s(a.id)} counts whole ${s(a.unit)}, but the figure is ${s(a.value)}.`,
    fix: `Write a whole number. If you meant thousands (e.g. 24.000), write it without the dot: ${s(a.value).replace('.', '')}.`,
  }),
  NEGATIVE: (a) => ({
    message: `${s(a.id)} cannot be negative (${s(a.value)}).`,
    fix: 'Write the figure itself; a fall from last year is computed by the tool.',
  }),
  RATE_OVER_100: (a) => ({
    message: `${s(a.id)} is a rate in percent and cannot be ${s(a.value)}.`,
    fix: 'Write the percentage without the % sign, between 0 and 100 (6.92 for 6,92%).',
  }),
  TOO_MANY_DECIMALS: (a) => ({
    message: `${s(a.value)} has more decimals than the report shows for ${s(a.id)} (${s(a.decimals)}); it will be rounded.`,
    fix: 'Round it as the source does, or raise "decimals" for this indicator in the catalogue.',
  }),
  COMPONENTS_EXCEED_TOTAL: (a) => ({
    message: `The parts of ${s(a.id)} (${s(a.parts)}) add up to ${s(a.sum)}, more than its total ${s(a.total)}.`,
    fix: 'Check the figures against the source; published figures are sometimes rounded differently.',
  }),
  COMPONENTS_DONT_ADD_UP: (a) => ({
    message: `The parts of ${s(a.id)} (${s(a.parts)}) add up to ${s(a.sum)}, not to its total ${s(a.total)}.`,
    fix: 'Check the figures against the source; this is a warning, as published figures often do not add up.',
  }),
};

/** Returns the message and fix of a diagnostic, in plain English for the department's staff. */
export function describeDiagnostic(d: Diagnostic): Description {
  return TEXT[d.code](d.args);
}

function article(type: string): string {
  const words: Record<string, string> = {
    number: 'a number',
    integer: 'a whole number',
    string: 'text',
    object: 'a group of fields',
    array: 'a list',
    boolean: 'true or false',
  };
  return words[type] ?? type;
}

function typeFix(type: string): string {
  if (type === 'number' || type === 'integer')
    return 'Write the number without quotes, units or "%": 24000, 6.92.';
  if (type === 'array') return 'Write a list: each item on its own line starting with "- ".';
  if (type === 'object') return 'Write the fields indented under this key, one "name: value" per line.';
  return 'Write the value as text; put it in quotes if it starts with a special character.';
}

function directionWords(direction: string): string {
  return direction === 'lower'
    ? 'lower is better'
    : direction === 'higher'
      ? 'higher is better'
      : 'neither is better';
}
