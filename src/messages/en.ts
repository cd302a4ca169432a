/** The English catalogue: every message of the tool in English (see catalogue.ts for its shape). */
import type { NumberArgs, SchemaArgs, SyntaxArgs } from '../diagnostics/diagnostic.js';
import type { BrowserTask, ToolErrorArgsOf, WriteFor } from '../errors.js';
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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const didYouMean = (a: { suggestion?: string | undefined }) =>
  a.suggestion ? ` Did you mean "${s(a.suggestion)}"?` : '';

/** The members' counts of a units' year, as the messages name them. */
const MEMBER_FIELD_EN: Record<string, string> = {
  excellent: 'rated hoàn thành xuất sắc',
  good: 'rated hoàn thành tốt',
  complete: 'rated hoàn thành',
  incomplete: 'rated không hoàn thành',
  advanced: 'Lao động tiên tiến',
  emulation_fighters: 'Chiến sĩ thi đua cơ sở',
  initiatives: 'with a recognised initiative or research topic',
  disciplined: 'disciplined',
};

/** What a file that is not UTF-8 seems to be in. */
const ENCODING_EN: Record<'utf16-le' | 'utf16-be' | 'utf16-or-binary' | 'legacy', string> = {
  'utf16-le': 'UTF-16 LE',
  'utf16-be': 'UTF-16 BE',
  'utf16-or-binary': 'UTF-16 or a binary file',
  legacy: 'a legacy encoding such as Windows-1258 or TCVN3',
};

/** A ground a title's holder may qualify by, as the messages name it. */
const GROUND_EN: Record<string, string> = {
  excellent: 'rated hoàn thành xuất sắc nhiệm vụ (excellent)',
  initiatives: 'credited with a recognised initiative, research topic or project (initiatives)',
};

const DIAGNOSTICS: DiagnosticWords = {
  FILE_NOT_UTF8: (a) => ({
    message: `The file is not saved as UTF-8 (it looks like ${ENCODING_EN[a.encoding]}), so Vietnamese letters would be read wrongly.`,
    fix: `Open it in your editor and save it again with the encoding "UTF-8" (Notepad: File > Save As, Encoding: UTF-8; VS Code: click "${isUtf16(s(a.encoding)) ? 'UTF-16' : 'Windows 1258'}" in the status bar, Save with Encoding, UTF-8).${isUtf16(s(a.encoding)) ? '' : ' Text typed with a TCVN3 or VNI font must first be converted to Unicode (Unikey: Công cụ chuyển mã).'}`,
  }),
  FILE_TOO_LARGE: (a) => ({
    message: `The file is ${s(a.size)} bytes; data files are refused above ${s(a.limit)} bytes.`,
    fix: 'Check that this is the right file: a yearly data file is a few kilobytes.',
  }),
  FILE_EMPTY: (a) => ({
    message:
      s(a.content) === 'comments'
        ? 'The file holds only comments, no data.'
        : 'The file is empty: it holds no data.',
    fix: a.guess
      ? `Write the ${s(a.guess)} data in it, starting with the line "${kindLine(a.guess)}" (see the README), or delete the file.`
      : `Write the data in it, starting with a "kind:" line (${kindList('or')}; see the README), or delete the file.`,
  }),
  YAML_SYNTAX: (a) => syntaxProblem(a),
  YAML_TAB_INDENT: () => ({
    message: 'A tab is used for indentation; YAML allows only spaces.',
    fix: 'Replace the tab at the start of this line with spaces (two per level).',
  }),
  YAML_DUPLICATE_KEY: (a) => ({
    message: a.key
      ? `"${a.key}" appears twice in the same group${a.firstLine ? ` (first on line ${a.firstLine})` : ''}; the second would silently replace the first.`
      : 'This key appears twice in the same group; the second would silently replace the first.',
    fix: a.key
      ? `Keep one of the two "${a.key}" entries (merge what they say) and delete the other.`
      : 'Keep one of the two entries (merge their fields) and delete the other.',
  }),
  YAML_ALIAS_LIMIT: (a) => ({
    message: `The file uses YAML aliases (*name) that expand more than ${s(a.limit)} times.`,
    fix: 'Write the values out in full; data files do not need anchors (&) or aliases (*).',
  }),
  YAML_TOO_DEEP: (a) => ({
    message:
      typeof a.depth === 'number'
        ? `The file nests groups ${s(a.depth)} levels deep; data files are refused above ${s(a.limit)}.`
        : `The file nests groups too deeply to be read; data files are refused above ${s(a.limit)} levels.`,
    fix: 'Check for unclosed [ or { brackets; data files need only a few levels.',
  }),
  YAML_CUSTOM_TAG: (a) => ({
    message: `The file uses the YAML tag "${s(a.tag ?? a.detail)}", which this tool does not accept: data files hold plain values only.`,
    fix: `Remove "${s(a.tag ?? '!')}" and write the plain value.`,
  }),
  YAML_MULTIPLE_DOCUMENTS: (a) => ({
    message:
      s(a.marker) === '...'
        ? `The "..." line ends the file's data; what follows it is read as ${s(a.count)} separate YAML documents, and a data file holds one.`
        : `The file holds ${s(a.count)} YAML documents (separated by "---"); a data file holds one.`,
    fix: `Remove the "${s(a.marker) || '---'}" line, or split the file in two.`,
  }),
  TOP_LEVEL_NOT_MAP: (a) => ({
    message:
      s(a.actual) === 'list'
        ? 'The file is a list ("- " items) at the top level, but a data file is a group of fields ("kind: ...", "year: ...").'
        : 'The file holds a single value at the top level, but a data file is a group of fields ("kind: ...", "year: ...").',
    fix: `Start the file with "${a.guess ? kindLine(a.guess) : 'kind: ...'}" and write each field as "name: value" at the left margin, without "- " in front (see the README).`,
  }),
  KIND_MISSING: (a) => ({
    message: 'The file does not say what kind of data it holds, so it cannot be checked.',
    fix: a.guess
      ? `Add the line "${kindLine(a.guess)}" at the top of the file.`
      : `Add a "kind:" line at the top: ${kindList('or')}.`,
  }),
  KIND_UNKNOWN: (a) => ({
    message: `"${s(a.actual)}" is not a kind of data file.${didYouMean(a)}`,
    fix: `Write one of: ${s(a.allowed)}.`,
  }),
  SCHEMA_TYPE: (a) => ({
    message: `${s(a.path) || 'The file'} should be ${article(s(a.expected))}, but it is ${found(a.found, s(a.shown))}.`,
    fix: a.asText
      ? `Write it in quotes, as text: ${a.asText}.`
      : a.blank
        ? `Fill it in: write the ${s(a.field)} after "${s(a.field)}:", on the same line.`
        : typeFix(s(a.expected)),
  }),
  SCHEMA_REQUIRED: (a) => ({
    message: `"${s(a.missing)}" is missing from ${s(a.where) || 'the top level'}.`,
    fix: `Add "${s(a.missing)}:" with its value under ${s(a.where) || 'the top level'}.`,
  }),
  SCHEMA_UNKNOWN_FIELD: (a) => ({
    message: `"${s(a.field)}" is not a field here.${didYouMean(a)}`,
    fix: a.suggestion
      ? `Rename it to "${s(a.suggestion)}", or remove it.`
      : `Remove it, or move it to where it belongs. Fields allowed here: ${s(a.allowed)}.`,
  }),
  SCHEMA_ENUM: (a) => ({
    message: `"${s(a.actual)}" is not allowed for ${s(a.field)}.${didYouMean(a)}`,
    fix: `Write one of: ${allowedValues(s(a.field), a.allowed)}.`,
  }),
  SCHEMA_CONST: (a) => ({
    message: `${s(a.field)} is "${s(a.actual)}" but must be "${s(a.expected)}" in this file.`,
    fix: `Write "${s(a.field)}: ${s(a.expected)}".`,
  }),
  SCHEMA_RANGE: (a) => ({
    message: `${s(a.path)} is ${s(a.actual)}; it must be ${comparisonWords(s(a.comparison))} ${s(a.limit)}.`,
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
  NUMBER_THOUSANDS_DOT: (a) => thousandsDot(a),
  NUMBER_DECIMAL_COMMA: (a) => ({
    message: `"${s(a.source)}" uses a comma for decimals; YAML reads it as text, not a number.`,
    fix: `Write ${s(a.meant)}: a dot for decimals and no thousands separator. The report prints it the Vietnamese way.`,
  }),
  NUMBER_AMBIGUOUS_COMMA: (a) => ({
    message: `"${s(a.source)}" is ambiguous: written the English way it is ${s(a.asThousands)}, the Vietnamese way (a decimal comma) it is ${s(a.asDecimal)}; YAML reads it as text.${likelyNote(a)}`,
    fix:
      a.likely === 'decimal'
        ? `Write ${s(a.asDecimal)}: a dot for decimals, nothing between thousands.`
        : `Write ${s(a.asThousands)} for the English reading${a.likely === 'thousands' ? ' (the likely one)' : ''}, or ${s(a.asDecimal)} for the Vietnamese one: a dot for decimals, nothing between thousands.`,
  }),
  NUMBER_NOTATION: (a) => notation(a),
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
    message: `The ${s(a.what).replace('_', ' ')} id "${s(a.id)}" is used twice.`,
    fix: `Give each ${s(a.what).replace('_', ' ')} its own id.`,
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
  UNKNOWN_BLOCK: (a) => ({
    message: `There is no emulation block "${s(a.id)}" under "blocks:" in this file.${didYouMean(a)}`,
    fix: a.suggestion
      ? `Rename it to "${s(a.suggestion)}".`
      : 'Use the id of one of the blocks listed under "blocks:", or add the block there.',
  }),
  UNKNOWN_SOURCE: (a) => ({
    message: `There is no source "${s(a.id)}" under "sources:" in this file.${didYouMean(a)}`,
    fix: 'Use the id of one of the sources listed at the top of the file, or add the source there.',
  }),
  YEAR_MISMATCH: (a) => ({
    message: `The file says year ${s(a.year)}, but its name (${s(a.name)}) says ${s(a.named)}.`,
    fix: 'Correct the year, or rename the file to match it.',
  }),
  PERIOD_MISMATCH: (a) => ({
    message: `The file ${Number(a.months) === 12 ? 'has no period (the whole year)' : `says period: ${s(a.months)}m`}, but its name (${s(a.name)}) says ${Number(a.named) === 12 ? 'the whole year' : `${s(a.named)}m (the first ${s(a.named)} months)`}.`,
    fix: `Correct the period (period: 9m beside year: for the first nine months; none for the whole year), or rename the file to ${s(a.expected)}.`,
  }),
  SPAN_MISMATCH: (a) => {
    const what = s(a.kind) === 'targets' ? 'targets' : 'report';
    return {
      message: `The file ${Number(a.from) === Number(a.year) ? `has no from: (the ${what} of one year)` : `says from: ${s(a.from)} (the span ${s(a.from)}-${s(a.year)})`}, but its name (${s(a.name)}) says ${Number(a.named) === Number(a.year) ? 'one year' : `the span ${s(a.named)}-${s(a.year)}`}.`,
      fix: `Correct from: (the span's first year, beside year:, its last; none for one year's ${what}), or rename the file to ${s(a.expected)}.`,
    };
  },
  SPAN_FIGURES: (a) => ({
    message:
      a.period === undefined
        ? `The words of the span ${s(a.from)}-${s(a.year)} hold figures (${(a.ids as readonly string[]).join(', ')}): a span's figures are its years', each in its own file, and the report sums them up itself.`
        : `The words of the span ${s(a.from)}-${s(a.year)} say period: ${s(a.period)}: a span covers whole years.`,
    fix:
      a.period === undefined
        ? `Move each figure to the results file of its year (${s(a.year)}.yaml for ${s(a.year)}'s) and remove values: from this file.`
        : 'Remove period: (a report on the first months of a year is a file of its own, 2019-9m.yaml).',
  }),
  NEXT_SPAN: (a) => ({
    message: `next_span: ${s(a.next)} is not a span after ${s(a.from)}-${s(a.year)}: the direction is for a span that begins in ${s(a.year)}, the span's last year, or later, written first year - last year, of at most ${s(a.most)} years.`,
    fix: `Write the span the direction is for as the office's plan names it (next_span: ${Number(a.year) + 1}-${Number(a.year) + Number(a.year) - Number(a.from) + 1}), or remove next_span: (the direction is then headed "giai đoạn tới").`,
  }),
  SPAN_YEARS: (a) => ({
    message: `The span from ${s(a.from)} to ${s(a.year)} is not one a report covers: its first year must come before its last, and it may hold at most ${s(a.most)} years.`,
    fix: 'Write the first year of the span in from: and its last in year: (from: 2016, year: 2020 for 2016-2020).',
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
  TARGET_SHAPE: (a) => {
    const shapes: Record<string, Description> = {
      range_order: {
        message: `The range of ${s(a.id)} has its minimum above its maximum.`,
        fix: 'Swap min and max.',
      },
      change_amount: {
        message: `A change target for ${s(a.id)} needs either "by" or both "min" and "max".`,
        fix: 'Write "by: 1.5", or "min: 0.6" and "max: 1.0".',
      },
      points_not_rate: {
        message: `${s(a.id)} is a ${s(a.kind)}, not a rate, so its change cannot be in percentage points.`,
        fix: 'Write "measure: percent" (a change in percent of last year), or remove "measure".',
      },
    };
    return (
      shapes[s(a.problem)] ?? {
        message: `The target of ${s(a.id)} is not well formed.`,
        fix: 'Compare with the README.',
      }
    );
  },
  NOT_INTEGER: (a) => ({
    message: `${s(a.id)} counts whole ${s(a.unit)}, but the figure is ${s(a.value)}.`,
    // Only three digits after the dot can be a thousands group: 24.5 cannot mean 245.
    fix: looksLikeThousands(s(a.value))
      ? `Write a whole number. If you meant thousands, write it without the dot: ${s(a.value).replace('.', '')}.`
      : 'Write a whole number, as the source gives it.',
  }),
  NEGATIVE: (a) => ({
    message: `${s(a.id)} cannot be negative (${s(a.value)}).`,
    fix: 'Write the figure itself; a fall from last year is computed by the tool.',
  }),
  RATE_OVER_100: (a) => ({
    message: `${s(a.id)} is a rate in percent and cannot be ${s(a.value)}.`,
    fix: 'Write the percentage without the % sign, between 0 and 100 (6.92 for 6,92%).',
  }),
  AGENCY_NOT_IN_FORCE: (a) => ({
    message: `No name of the agency in agency.yaml is in force on ${s(a.date)}${a.dated ? ', the date of the report' : `, the end of ${s(a.year)} (the report has no date)`}: its header and signature cannot be chosen.`,
    fix: 'Add a period to "periods" in agency.yaml covering that date (from, until, and the names in force then), or correct the dates.',
  }),
  AGENCY_PERIOD_BACKWARDS: (a) => ({
    message: `This period ends (${s(a.until)}) before it begins (${s(a.from)}).`,
    fix: 'Swap the dates, or correct the one that is wrong.',
  }),
  UNIT_PERIOD_BACKWARDS: (a) => ({
    message: `The unit "${s(a.id)}" ends (${s(a.until)}) before it begins (${s(a.from)}).`,
    fix: 'Swap the dates, or correct the one that is wrong.',
  }),
  BLOCK_WITHOUT_UNITS: (a) => ({
    message: `No unit is in the emulation block "${s(a.id)}": it has nothing to rank.`,
    fix: 'Put its units in it (block: its id), or remove the block.',
  }),
  AGENCY_PERIODS_OVERLAP: (a) => ({
    message: `The periods ${s(a.first)} and ${s(a.second)} overlap: a report dated in both could take either name.`,
    fix: 'End the earlier period (until) the day before the later one begins (from).',
  }),
  SOURCE_BLANK: (a) => ({
    message: `This source has no ${s(a.field)} yet: no figure can name it, and the report does not list it.`,
    fix: 'Fill in its id (lower-case letters without accents, digits and hyphens) and its title (the document the figures come from), or delete it.',
  }),
  FIGURE_BLANK: (a) => ({
    message: `"${s(a.id)}" has no figure for ${s(a.year)} yet: the report leaves it out, or shows "Chưa có số liệu" where it has a target.`,
    fix: `Write the figure under it ("value: 24000", with "qualifier: over" for "trên" and so on), or delete the line if ${s(a.year)} has none.`,
  }),
  TARGET_BLANK: (a) => ({
    message: `"${s(a.id)}" has no target for ${s(a.year)} yet: the report sets no plan for it.`,
    fix: 'Write the target under it ("type: level" and "value: 23500", or a ceiling, range or change; see the README), or delete the line if there is none.',
  }),
  DOCUMENT_DATE: (a) =>
    a.from !== undefined
      ? {
          message: `The report on ${s(a.from)}-${s(a.year)} is dated ${s(a.date)}, ${s(a.problem) === 'early' ? `before ${s(a.year)}, the span's last year` : `more than a year after the span`}.`,
          fix: `Check document.date: a span's summing-up is dated in its last year (at its emulation congress) or in the next, from ${s(a.year)} to the end of ${Number(a.year) + 1}.`,
        }
      : a.months === undefined
        ? {
            message: `The report on ${s(a.year)} is dated ${s(a.date)}, ${s(a.problem) === 'early' ? `before the last two months of ${s(a.year)}` : 'more than a year after it'}.`,
            fix: `Check document.date: a year-end report on ${s(a.year)} is dated from November ${s(a.year)} to the end of ${Number(a.year) + 1}.`,
          }
        : {
            message: `The report on the first ${s(a.months)} months of ${s(a.year)} is dated ${s(a.date)}, ${s(a.problem) === 'early' ? `before month ${s(a.months)}, the last of its period` : `after ${s(a.year)}`}.`,
            fix: `Check document.date: a report on the first ${s(a.months)} months of ${s(a.year)} is dated from the first day of month ${s(a.months)} to the end of ${s(a.year)}.`,
          },
  PERIOD_EXCEEDS_YEAR: (a) => ({
    message: `${s(a.id)} of the first ${s(a.months)} months of ${s(a.year)} (${s(a.value)}) is more than the whole year's (${s(a.total)}), and it adds up over the year.`,
    fix: `Check both figures against their sources: the figure of the first months is part of the year's (the whole year's is in the results file of ${s(a.year)}).`,
  }),
  TOO_MANY_DECIMALS: (a) => ({
    message: `${s(a.value)} has more decimals than the report shows for ${s(a.id)} (${s(a.decimals)}); it will be rounded.`,
    fix: 'Round it as the source does, or raise "decimals" for this indicator in the catalogue.',
  }),
  // emulation: scoring rules and the units' years
  BLOCK_IN_TWO_SCHEMES: (a) => ({
    message: `The block "${s(a.id)}" is already scored by the scheme "${s(a.other)}": a block has one scheme.`,
    fix: `Remove "${s(a.id)}" from the blocks of one of the two schemes.`,
  }),
  BLOCK_WITHOUT_SCHEME: (a) => ({
    message: `No scheme scores the block "${s(a.id)}" of units.yaml: its units cannot be ranked.`,
    fix: `Add "${s(a.id)}" to the "blocks" of the scheme that scores it, or write a scheme for it.`,
  }),
  INDICATOR_NOT_SCORABLE: (a) => ({
    message: `The indicator "${s(a.id)}" is neither better higher nor lower (direction: neutral), so attaining it cannot be scored.`,
    fix: 'Score an indicator whose direction is higher or lower, or make it a yes/no or judged criterion.',
  }),
  MAX_TOTAL_MISMATCH: (a) => ({
    message: `The criteria of the scheme "${s(a.id)}" have maxima adding up to ${s(a.sum)} points, not ${s(a.total)} as max_total says (bonus and penalty aside).`,
    fix: "Check each criterion's max against the regulation, or correct max_total.",
  }),
  BANDS_ORDER: (a) => ({
    message: `The band "${s(a.id)}" starts at ${s(a.value)} points, not below the band above it (${s(a.above)}): the bands must go from the highest minimum down.`,
    fix: 'Order the bands from the highest "min" to the lowest, each lower than the one before.',
  }),
  NEEDS_FILE: (a) => ({
    message: `The units' year is scored against ${s(a.kind) === 'units' ? 'units.yaml (the units and their blocks)' : 'scoring.yaml (the scoring rules)'}, and the folder has none that passed its checks.`,
    fix: `Add ${s(a.kind)}.yaml to the folder (see the README, "Emulation"), or fix the problems reported in it.`,
  }),
  UNKNOWN_UNIT: (a) => ({
    message: `There is no unit "${s(a.id)}" in units.yaml.${didYouMean(a)}`,
    fix: a.suggestion
      ? `Rename it to "${s(a.suggestion)}".`
      : 'Use the id of a unit of units.yaml, or add the unit there.',
  }),
  UNIT_OUTSIDE_PERIOD: (a) => ({
    message: `The unit "${s(a.id)}" did not exist in ${s(a.year)} (units.yaml: ${s(a.from) || '…'} – ${s(a.until) || '…'}).`,
    fix: 'Remove it from this year, or correct its from/until dates in units.yaml.',
  }),
  UNIT_NOT_SCORED: (a) =>
    a.entry
      ? {
          message: `The unit "${s(a.id)}" has an entry for ${s(a.year)} with no figure in it: it is not ranked (score and the report list it as without figures), not scored 0.`,
          fix: `Write its results under "${s(a.id)}:", or remove the entry if the unit has none this year.`,
        }
      : {
          message: `The unit "${s(a.id)}" existed in ${s(a.year)} but has no entry here: it is not ranked.`,
          fix: `Add "${s(a.id)}:" under "units:" with its figures, or end its period in units.yaml.`,
        },
  UNSCORED_INDICATOR: (a) => ({
    message: `The scheme "${s(a.scheme)}" of this unit's block scores no indicator "${s(a.id)}".${didYouMean(a)}`,
    fix: a.suggestion
      ? `Rename it to "${s(a.suggestion)}".`
      : "Give only the indicators the scheme's criteria name, or add a criterion for it in scoring.yaml.",
  }),
  TARGET_ZERO: (a) => ({
    message: `A target of 0 for "${s(a.id)}", where more is better, cannot be scored as a ratio (result / target).`,
    fix: 'Write the target the unit registered, or leave "target" out: the unit is then scored against the best result of its block.',
  }),
  UNKNOWN_CRITERION: (a) => ({
    message: `There is no criterion "${s(a.id)}" in the scheme.${didYouMean(a)}`,
    fix: a.suggestion
      ? `Rename it to "${s(a.suggestion)}".`
      : 'Use the id of one of the criteria of the scheme in scoring.yaml.',
  }),
  CRITERION_VALUE: (a) => ({
    message: {
      figures: `"${s(a.id)}" is scored from an indicator: its figures go under "indicators", not "criteria".`,
      yes_no: `"${s(a.id)}" is a yes/no criterion: write true (met) or false (not met).`,
      points: `"${s(a.id)}" is marked by the council: write its points, a number.`,
      events: `"${s(a.id)}" counts events: write how many, a whole number.`,
    }[a.expected],
    fix:
      a.expected === 'figures'
        ? `Move it to "indicators:" with its target and result.`
        : 'Write the value in the form the criterion asks for.',
  }),
  POINTS_OVER_MAX: (a) => ({
    message: `${s(a.value)} points for "${s(a.id)}" is more than its maximum, ${s(a.max)}.`,
    fix: `Give at most ${s(a.max)} points.`,
  }),
  CRITERION_MISSING: (a) => ({
    message: `The unit "${s(a.id)}" has no ${s(a.criterion)} yet: it is shown as missing and scores 0 points for it.`,
    fix: 'Write the figure or the value when it is known.',
  }),
  MEMBER_COUNTS: (a) => ({
    message:
      s(a.field) === 'ratings'
        ? `The members' ratings add up to ${s(a.count)}, and the unit has ${s(a.limit)} members: every member has one rating.`
        : `${s(a.field)}: ${s(a.count)} ${MEMBER_FIELD_EN[s(a.field)] ?? ''} is more than the ${s(a.limit)} ${s(a.of) === 'advanced' ? 'Lao động tiên tiến (a Chiến sĩ thi đua cơ sở is first a Lao động tiên tiến)' : 'members of the unit (total)'}.`,
    fix:
      s(a.field) === 'ratings'
        ? "Make excellent + good + complete + incomplete equal total, or check the counts against the unit's records."
        : `Write at most ${s(a.limit)} there, or check the counts against the unit's records.`,
  }),
  EARLIER_YEAR: (a) => ({
    message: `${s(a.earlier)} is not a year before ${s(a.year)}: "earlier" lists the titles and awards of earlier years.`,
    fix: "Write the year the title or award was given, or move it to that year's file.",
  }),
  UNITS_EXCEED_TOTAL: (a) => ({
    message: `The units' results for ${s(a.id)} (${s(a.parts)}) add up to ${s(a.sum)}, more than the department's ${s(a.total)} for ${s(a.year)}.`,
    fix: "Check the units' figures and the department's against their sources: the units are parts of the department.",
  }),
  UNKNOWN_TITLE: (a) => ({
    message: `There is no title, award or rating "${s(a.id)}" in the rules.${didYouMean(a)}`,
    fix: a.suggestion
      ? `Rename it to "${s(a.suggestion)}".`
      : 'Use the id of a title or award of the rules (titles.yaml, or the national rules: see the README, "Emulation"), or of a rating such as hoan-thanh-xuat-sac-nhiem-vu.',
  }),
  MEMBER_PERIOD_BACKWARDS: (a) => ({
    message: `The council member "${s(a.id)}" leaves (${s(a.until)}) before joining (${s(a.from)}).`,
    fix: 'Swap the dates, or correct the one that is wrong.',
  }),
  DUPLICATE_MEETING: (a) => ({
    message: `Two meetings are on the emulation of ${s(a.year)}.`,
    fix: "Keep one meeting a year: put the ballots of a second sitting in the first's list, or correct the year.",
  }),
  MEETING_DATE_OUTSIDE: (a) => ({
    message: `The meeting on ${s(a.year)} is dated ${s(a.date)}, neither in ${s(a.year)} nor in the year after.`,
    fix: 'Check the date and the year the meeting considered.',
  }),
  UNKNOWN_MEMBER: (a) => ({
    message: `There is no council member "${s(a.id)}" in "members:".${didYouMean(a)}`,
    fix: a.suggestion
      ? `Rename it to "${s(a.suggestion)}".`
      : 'Use the id of a member listed under "members:", or add the member.',
  }),
  MEMBER_NOT_IN_OFFICE: (a) => ({
    message: `The council member "${s(a.id)}" was not on the council on ${s(a.date)} (on it ${s(a.from) || '…'} – ${s(a.until) || '…'}).`,
    fix: "Take the member out of the meeting, or correct the member's from/until.",
  }),
  MEMBER_PRESENT_AND_WRITTEN: (a) => ({
    message: `The council member "${s(a.id)}" is both present and absent with a written opinion.`,
    fix: 'Keep the member in one list: "present" if they attended, "written" if they sent their opinion in writing.',
  }),
  BALLOT_TITLE_NOT_COLLECTIVE: (a) => ({
    message: `"${s(a.name)}" (${s(a.id)}) is a title for individuals; a ballot here is on a collective's proposal.`,
    fix: 'Name a title for collectives (co-thi-dua-cap-tinh), or take the ballot out.',
  }),
  BALLOT_NOT_NEEDED: (a) => ({
    message: `"${s(a.name)}" (${s(a.id)}) needs no ballot of the council under the rules in force: this ballot decides nothing.`,
    fix: 'Take the ballot out, or give the title a vote rule in titles.yaml if a rule asks for one.',
  }),
  DUPLICATE_BALLOT: (a) => ({
    message: `The ballot on ${s(a.title)} for ${s(a.unit)} is written twice.`,
    fix: 'Keep one ballot per title and unit.',
  }),
  BALLOT_OVER_VOTERS: (a) => ({
    message: `The ballot on ${s(a.title)} for ${s(a.unit)} counts ${s(a.votes)} votes, more than the ${s(a.voters)} members present or writing.`,
    fix: 'Correct yes and no, or the lists of members present and writing.',
  }),
  MEETING_UNDER_QUORUM: (a) => ({
    message: `The meeting on ${s(a.year)} had ${s(a.present)} of its ${s(a.members)} members present, under the ${s(a.percent)}% of all members its quorum asks (${s(a.basis)}).`,
    fix: 'Check the members present (present); if it is right, the meeting could not decide under the regulation.',
  }),
  BALLOT_WHO: (a) => ({
    message: a.both
      ? `The ballot on ${s(a.title)} names both a unit and a person: a ballot is on one collective or one person.`
      : `The ballot on ${s(a.title)} names no one: it lacks "unit" (a collective) or "person" (a member named).`,
    fix: 'Write "unit: the unit\'s id" for a collective, or "person: the id" of an individual of the YEAR-units.yaml file.',
  }),
  BALLOT_TITLE_NOT_INDIVIDUAL: (a) => ({
    message: `"${s(a.name)}" (${s(a.id)}) is a collective's title; this ballot is on a person.`,
    fix: 'Name an individual title (chien-si-thi-dua-co-so), or write "unit" instead of "person".',
  }),
  UNKNOWN_PERSON: (a) => ({
    message: `${s(a.year)}-units.yaml names no individual "${s(a.id)}" in any unit's individuals.${didYouMean(a)}`,
    fix: a.suggestion
      ? `Change it to "${s(a.suggestion)}".`
      : `Use the id of an individual proposed (individuals in ${s(a.year)}-units.yaml), or add them.`,
  }),
  BALLOT_NOT_PROPOSED: (a) => ({
    message: `"${s(a.id)}" is not proposed for ${s(a.title)}${a.proposed.length > 0 ? ` (proposed for: ${a.proposed.map(s).join(', ')})` : ''}: the ballot decides nothing.`,
    fix: "Correct the ballot's title, or add the title to the person's titles.",
  }),
  PERSON_BALLOT_MISSING: (a) => ({
    message: `"${s(a.id)}" (${s(a.unit)}) is proposed for ${s(a.title)}, which needs a ballot${a.basis ? ` (${s(a.basis)})` : ''}, but the meeting records none on them.`,
    fix: `Add to the meeting's ballots: "- title: ${s(a.title)}, person: ${s(a.id)}, yes: …, no: …", or take the title off their proposal.`,
  }),
  INDIVIDUAL_NOT_WITHIN: (a) => ({
    message: `"${s(a.id)}" is proposed for ${s(a.title)} but not for ${s(a.within)}: a holder of ${s(a.title)} holds ${s(a.within)} (${s(a.basis)}).`,
    fix: `Add ${s(a.within)} to their titles if they meet it, or take ${s(a.title)} off.`,
  }),
  INDIVIDUAL_RATING: (a) => ({
    message: `"${s(a.id)}" is rated ${s(a.rating)}, below the ${s(a.required)} or better that ${s(a.title)} asks (${s(a.basis)}).`,
    fix: `Correct the rating if it is wrong, or take ${s(a.title)} off their proposal.`,
  }),
  REPORT_EARLIER: (a) => ({
    message: `"${s(a.id)}" has a report of achievements but no titles and awards of earlier years: its part III lists them.`,
    fix: 'Write them under "earlier" by year ("2023": [lao-dong-tien-tien]), or "earlier: {}" if they have none.',
  }),
  INDIVIDUAL_NO_GROUNDS: (a) => ({
    message: `"${s(a.id)}" is proposed for ${s(a.title)} but rated ${s(a.rating)} with no recognised initiative written: it asks an excellent rating or a recognised initiative, research topic or project (${s(a.basis)}).`,
    fix: 'Write the initiative and its recognition in "initiative", or correct the rating, or take the title off.',
  }),
  HOLDERS_RATED: (a) => ({
    message: `Unit "${s(a.id)}" counts ${s(a.count)} ${s(a.title)}, more than the ${s(a.limit)} members rated ${s(a.rating)} or better: a holder of ${s(a.title)} is rated ${s(a.rating)} or better (${s(a.basis)}).`,
    fix: "Correct the title's count, or the counts of members by rating (excellent, good, ...) in members.",
  }),
  INDIVIDUALS_OVER_COUNT: (a) => ({
    message:
      a.count === undefined
        ? `Unit "${s(a.id)}" names ${s(a.named)} people for ${s(a.title)} but gives no count (members.${s(a.field)}).`
        : `Unit "${s(a.id)}" names ${s(a.named)} people for ${s(a.title)}, more than the ${s(a.count)} of members.${s(a.field)}.`,
    fix: `Correct members.${s(a.field)} to the number proposed, or remove the names written in excess.`,
  }),
  ABSENT_WITHOUT_OPINION: (a) => ({
    message: `The council member "${s(a.id)}" is neither present nor listed with a written opinion, and the meeting held ballots: an absent member gives their opinion in writing${a.basis ? ` (${s(a.basis)})` : ''}.`,
    fix: 'Add the member to "written" once their written opinion is in, or to "present" if they attended.',
  }),
  RULE_SETS_OVERLAP: (a) => ({
    message: `The rule sets ${s(a.first)} and ${s(a.second)} overlap: a year in both would not know which to follow.`,
    fix: 'End the earlier set (until) the day before the later one begins (from).',
  }),
  NO_RULE_SET: (a) => ({
    message: `No rule set of titles and awards is in force on ${s(a.day)}, the last day of ${s(a.year)}: no title or award can be proposed for the year.`,
    fix: 'Add to titles.yaml the rules in force that year (see the README, "Emulation"), with their dates.',
  }),
  TITLE_HOLDERS: (a) => ({
    message: `${a.count} ${s(a.title)}, but ${a.written.length === 0 ? 'no count is written of the members' : `only ${a.limit} members are`} ${a.written.map((g) => GROUND_EN[g]).join(' or ')}${a.unwritten.length > 0 && a.written.length > 0 ? `, and no count is written of those ${a.unwritten.map((g) => GROUND_EN[g]).join(' or ')}` : a.written.length === 0 ? a.unwritten.map((g) => GROUND_EN[g]).join(' or ') : ''}: under ${s(a.basis)}, each must be ${[...a.written, ...a.unwritten].map((g) => GROUND_EN[g]?.replace(/ \(.*\)$/, '')).join(' or ')}.`,
    fix:
      a.unwritten.length > 0
        ? `Add to members: ${a.unwritten.join(', ')} (how many members are ${a.unwritten.map((g) => GROUND_EN[g]?.replace(/ \(.*\)$/, '')).join(' or ')}), so that the ${s(a.title)} can be checked.`
        : "Check the counts against the unit's records: no more members hold the title than qualify for it.",
  }),
  TITLE_CAP: (a) => ({
    message: `${s(a.count)} ${s(a.title)} is more than ${s(a.percent)}% of the unit's Lao động tiên tiến (at most ${s(a.limit)}; ${s(a.basis)}).`,
    fix: 'Propose at most that many, or check the counts.',
  }),
  COMPONENTS_EXCEED_TOTAL: (a) => ({
    message: `The parts of ${s(a.id)} (${s(a.parts)}) add up to ${s(a.sum)}, more than its total ${s(a.total)}.`,
    fix: 'Check the figures against the source; published figures are sometimes rounded differently.',
  }),
  COMPONENTS_DONT_ADD_UP: (a) => ({
    message: `The parts of ${s(a.id)} (${s(a.parts)}) add up to ${s(a.sum)}, not to its total ${s(a.total)}.`,
    fix: 'Check the figures against the source; this is a warning, as published figures often do not add up.',
  }),
  REPORT_SECTION_MISSING: (a) => ({
    message: `The report on ${a.from !== undefined ? `${s(a.from)}-${s(a.year)}` : a.months === undefined ? s(a.year) : `the first ${s(a.months)} months of ${s(a.year)}`} has no "${s(a.name)}" (narrative.${s(a.section)}), which an official ${a.from !== undefined ? "span's summing-up (tổng kết giai đoạn)" : a.months === undefined ? 'year-end summing-up' : 'summing-up (sơ kết)'} must have; the document leaves the part out.`,
    fix: `Write it under narrative, after "${s(a.section)}:", as ${s(a.section) === 'situation' ? 'a paragraph of text' : 'a list of items ("- ...")'} (see the README, "The data"). If the source says nothing of it, leave the warning: the report does not invent it.`,
  }),
  COMMENDATION_CATEGORY: (a) => ({
    message: `"${s(a.form)}" is not a title or a form of commendation the tool knows, so it cannot tell whether it is recognised (danh hiệu thi đua) or given (hình thức khen thưởng).`,
    fix: 'Add "category: title" for an emulation title (Lao động tiên tiến, Chiến sĩ thi đua, Cờ thi đua, ...) or "category: award" for a form of commendation (Bằng khen, Giấy khen, Huân chương, ...).',
  }),
  HEADER_LINE_TOO_LONG: (a) => ({
    message: `The header line "${s(a.line)}" is too long for the header's left column (about ${s(a.limit)} capital letters fit beside the national name).`,
    fix: `Break ${s(a.field)} into lines where the name may break, e.g. ${s(a.field)}: |- then each line on its own, indented (see data/agency.yaml).`,
  }),
  // a unit's workbook
  WORKBOOK_UNREADABLE: (a) => {
    const problem = s(a.problem);
    const saveAs =
      'Open it in Excel, choose File > Save As, "Save as type" Excel Workbook (*.xlsx), and import that .xlsx file.';
    if (problem === 'xls')
      return {
        message: 'The file is an old Excel workbook (.xls); only .xlsx files can be read.',
        fix: saveAs,
      };
    if (problem === 'ods')
      return {
        message: 'The file is an OpenDocument spreadsheet (.ods); only .xlsx files can be read.',
        fix: 'Open it in LibreOffice Calc, choose File > Save As, type "Excel 2007-365 (.xlsx)", and import that file.',
      };
    if (problem === 'encrypted')
      return {
        message: 'The file is protected by a password to open, so it cannot be read.',
        fix: 'Open it in Excel, File > Info > Protect Workbook > Encrypt with Password, clear the password, save and import again.',
      };
    if (problem === 'missing')
      return { message: 'There is no such file.', fix: 'Check the file name and folder.' };
    if (problem === 'not_xlsx')
      return {
        message: 'The file is not an Excel workbook (.xlsx).',
        fix: `Import the .xlsx file the unit filled in from the workbook the export command wrote. ${saveAs}`,
      };
    return {
      message: `The .xlsx file is damaged and cannot be read${a.detail ? ` (${s(a.detail)})` : ''}.`,
      fix: 'Try opening it in Excel: if Excel repairs it, save it and import again; if not, ask the unit to send it again.',
    };
  },
  WORKBOOK_NOT_EXPORTED: (a) => ({
    message: `The workbook is not one the export command wrote (it has no hidden "hatinh-report" sheet; its sheets: ${
      listed(
        a.sheets.map((x) => `"${s(x)}"`),
        'and',
      ) || 'none'
    }).`,
    fix: 'Write the unit\'s workbook with "hatinh-report export YEAR --format xlsx --unit ID", copy the figures into its yellow cells and import that workbook.',
  }),
  WORKBOOK_YEAR: (a) => ({
    message: `This workbook is for ${s(a.year)}, not ${s(a.expected)}, the year being imported.`,
    fix: `Import the workbook of ${s(a.expected)}, or import this one on its own (without --year, or with --year ${s(a.year)}).`,
  }),
  WORKBOOK_UNIT_TWICE: (a) => ({
    message: `Unit "${s(a.id)}" has two workbooks in this import (the other: ${s(a.other)}).`,
    fix: 'Import one workbook per unit: leave out the older file.',
  }),
  SHEET_MISSING: (a) => ({
    message: `The workbook has no sheet "${s(a.sheet)}" (its sheets: ${
      listed(
        a.found.map((x) => `"${s(x)}"`),
        'and',
      ) || 'none'
    }).${a.suggestion ? ` Sheet "${s(a.suggestion)}" looks like it, renamed.` : ''}`,
    fix: `Rename the sheet back to "${s(a.sheet)}" (double-click its tab), save and import again.`,
  }),
  CELL_MOVED: (a) => ({
    message: `This cell should be the column heading "${s(a.expected)}" but is "${s(a.found)}": a column was inserted, deleted or moved.`,
    fix: 'Delete the inserted column (or restore the deleted one) so the columns are where the export put them; or copy the figures into a new workbook from the export command.',
  }),
  ROW_KEY: (a) => ({
    message:
      s(a.problem) === 'twice'
        ? `This row has the hidden key "${s(a.key)}" of a row above (it was copied), so which figures are right is not known.`
        : `This row has the hidden key "${s(a.key)}", which is not one of the unit's workbook (column A was changed, or the scheme changed since the export).`,
    fix: 'Delete the extra row, or copy the figures into a new workbook from the export command.',
  }),
  ROW_MISSING: (a) => ({
    message: `The row "${s(a.row)}" is no longer on this sheet: it was deleted, or its hidden key (column A) was changed.`,
    fix: 'Copy the figures into a new workbook from the export command; do not delete rows or change column A.',
  }),
  CELL_MERGED: (a) => ({
    message: `Cells ${s(a.range)} are merged, so which cell a figure belongs to is not known.`,
    fix: 'Select them, click Merge & Center again to unmerge, write each figure in its own cell, save and import again.',
  }),
  CELL_NOT_NUMBER: (a) => {
    const found = s(a.found);
    if (found === 'qualified')
      return {
        message: `The cell says "${s(a.text)}": the word "${s(a.qualifier)}" does not belong in a figure's cell.`,
        fix: `Write ${s(a.figure)} in this cell and choose "${s(a.qualifier)}" in the row's "Mức" column.`,
      };
    if (found === 'date')
      return {
        message: `Excel read "${s(a.text)}" as a date, not a number.`,
        fix: "Format the cell as a number (right-click > Format Cells > Number) and type the figure again, with the system's decimal separator.",
      };
    if (found === 'boolean')
      return {
        message: `The cell says "${s(a.text)}" where a number belongs.`,
        fix: 'Type the figure in the cell.',
      };
    return {
      message: `The cell says "${s(a.text)}", which is not a number.`,
      fix: 'Type only the figure (no unit of measure or explanation; an explanation goes in the "Ghi chú" column).',
    };
  },
  CELL_TEXT_NUMBER: (a) => {
    const form = s(a.form);
    if (form === 'thousands_dot')
      return {
        message: `The cell holds "${s(a.text)}" as text, with a dot grouping thousands, so it is not a number.`,
        fix: `Clear the cell and type ${s(a.meant)} (no dot)${a.other ? `; if the figure is ${s(a.other)}, type that` : ''}.`,
      };
    if (form === 'decimal_comma')
      return {
        message: `The cell holds "${s(a.text)}" as text, so it is not a number.`,
        fix: `Clear the cell and type ${s(a.meant)} with the system's decimal separator (6,92 on a Vietnamese-format system).`,
      };
    if (form === 'ambiguous_comma')
      return {
        message: `The cell holds "${s(a.text)}" as text; it may be ${s(a.meant)} (a comma grouping thousands) or ${s(a.other)} (a decimal comma).`,
        fix: `Clear the cell and type the figure it is: ${s(a.meant)} or ${s(a.other)}.`,
      };
    return {
      message: `The cell holds "${s(a.text)}" as text, so it is not a number.`,
      fix: `Clear the cell and type ${s(a.meant)} (no grouping, spaces or % sign).`,
    };
  },
  CELL_NUMBER_AS_TEXT: (a) => ({
    message: `The cell holds the number ${s(a.text)} as text (Excel marks it with a green triangle); it was read as ${s(a.text)}.`,
    fix: 'Nothing to do if the figure is right; to be safe, select the cell, click the warning sign, Convert to Number.',
  }),
  CELL_NOT_WHOLE: (a) => ({
    message: `The cell says ${s(a.value)}, but a whole number belongs here (people, events).`,
    fix: 'Type a whole number, 0 or more.',
  }),
  CELL_CHOICE: (a) => ({
    message: `The cell says "${s(a.text)}", which is not one of its choices.`,
    fix: `Choose from the list: ${listed(
      a.allowed.map((x) => `"${s(x)}"`),
      'or',
    )}.`,
  }),
  CELL_FORMULA: (a) =>
    s(a.problem) === 'error'
      ? {
          message: `The cell's formula gives the error ${s(a.error)}.`,
          fix: 'Correct the formula or type the figure in the cell, save and import again.',
        }
      : {
          message:
            'The cell has a formula but the file does not keep its result (it was not recalculated by Excel).',
          fix: 'Open the file in Excel or LibreOffice, let it recalculate, save and import again; or type the figure instead of the formula.',
        },
  ROW_INCOMPLETE: (a) => {
    const words: Record<string, [string, string]> = {
      name: ['a name', 'Write its name in the "Chỉ tiêu, tiêu chí" column'],
      unit: ['a unit of measure', 'Write its unit of measure (người, lượt, %…)'],
      direction: ['a direction', 'Choose whether more or less is better'],
      target: [
        'the target registered',
        "Write the target the unit registered (its own targets are scored on the result's share of it)",
      ],
      value: ['the figure', 'Write the figure'],
    };
    const [what, fix] = words[s(a.missing)] ?? ['its figures', 'Complete the row'];
    return {
      message: `This row has some of its figures but not ${what}.`,
      fix: `${fix}, or clear what the row has if it is not used.`,
    };
  },
  RESULTS_FILE_MISSING: (a) => ({
    message: `The data folder has no results file for ${s(a.year)} (${s(a.year)}.yaml) to import this workbook into.`,
    fix: `Start it with "hatinh-report new ${s(a.year)}" and import the workbook again.`,
  }),
};

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

/** What a value of the wrong type is: 'the text "12 người"', 'number 05', 'a list'. */
function found(kind: SchemaArgs['found'], shown: string): string {
  switch (kind) {
    case 'text':
      return `the text "${shown}"`;
    case 'number':
    case 'boolean':
      return `${kind} ${shown}`;
    case 'list':
      return 'a list';
    case 'group':
      return 'a group of fields';
    default:
      return 'nothing';
  }
}

/** A level of indentation by its line: 'under "viec-lam:"' (one step deeper), 'like "value: 24000"'. */
function level(how: SyntaxArgs['aboveHow'], line: string): string {
  return `${how === 'under' ? 'under' : 'like'} "${line}"`;
}

function typeFix(type: string): string {
  if (type === 'number' || type === 'integer')
    return 'Write the number without quotes, units or "%": 24000, 6.92.';
  if (type === 'array') return 'Write a list: each item on its own line starting with "- ".';
  if (type === 'object') return 'Write the fields indented under this key, one "name: value" per line.';
  return 'Write the value as text; put it in quotes if it starts with a special character.';
}

/** ajv's comparisons in words: ">=" is "at least". */
function comparisonWords(comparison: string): string {
  const words: Record<string, string> = {
    '>=': 'at least',
    '<=': 'at most',
    '>': 'more than',
    '<': 'less than',
  };
  return words[comparison] ?? comparison;
}

function directionWords(direction: string): string {
  return direction === 'lower'
    ? 'lower is better'
    : direction === 'higher'
      ? 'higher is better'
      : 'neither is better';
}

const PLAIN_FIX =
  'Write digits with at most one dot for decimals, without spaces, "%" or units: 24000, 6.92.';

function notation(a: NumberArgs): Description {
  const source = s(a.source);
  const write = a.meant ? `Write ${s(a.meant)}: ` : 'Write ';
  switch (a.form) {
    case 'quoted':
      return {
        message: `"${source}" is in quotes, so YAML reads it as text, not as a number.`,
        fix: `Remove the quotes: ${s(a.meant)}.`,
      };
    case 'percent':
      return {
        message: `"${source}" has a % sign, so YAML reads it as text, not as a number.`,
        fix: a.meant
          ? `Write the percentage without %: ${s(a.meant)} (the report adds the %).`
          : 'Write the percentage without %, with a dot for decimals: 6.92 for 6,92%.',
      };
    case 'thousands_comma':
      return {
        message: `"${source}" uses commas to group thousands (the English way), so YAML reads it as text.`,
        fix: `${write}no thousands separator, a dot for decimals.`,
      };
    case 'thousands_space':
      return {
        message: `"${source}" uses spaces to group thousands, so YAML reads it as text.`,
        fix: `${write}no thousands separator, a dot for decimals.`,
      };
    case 'notation':
      return {
        message:
          s(a.read) === 'not-finite'
            ? `"${source}" is not a figure (YAML reads it as infinity or "not a number").`
            : `"${source}" is not written as a plain number (YAML reads it as ${s(a.read)}).`,
        fix: PLAIN_FIX,
      };
    default:
      return { message: `"${source}" is not written as a plain number.`, fix: PLAIN_FIX };
  }
}

function likelyNote(a: NumberArgs): string {
  if (a.likely === 'thousands')
    return ` ${s(a.indicator) || 'This figure'} is a whole number, so ${s(a.asThousands)} is the likely one.`;
  if (a.likely === 'decimal')
    return ` ${s(a.indicator) || 'A rate'} is a percentage, so it cannot be ${s(a.asThousands)}.`;
  return '';
}

function thousandsDot(a: NumberArgs): Description {
  const source = s(a.source);
  const read = s(a.read) === 'text' ? 'text' : s(a.read);
  if (a.likely === 'decimal') {
    return {
      message: `"${source}" looks like ${s(a.asThousands)} with a dot grouping thousands, but ${s(a.indicator) || 'this figure'} is a percentage, so it is probably ${s(a.asDecimal)}.`,
      fix: `Write ${s(a.asDecimal)}: a dot for decimals, without the trailing zeros that make it look like thousands.`,
    };
  }
  if (a.meant !== undefined) {
    return {
      message: `"${source}" uses a dot to group thousands; YAML reads it as ${read}, not ${s(a.meant)}.`,
      fix: `Write ${s(a.meant)} (no thousands separator). For a decimal, write it with one dot and the decimals, e.g. 6.92.`,
    };
  }
  const decimal = s(a.asDecimal);
  const longer = unambiguousDecimal(decimal);
  return {
    message: `"${source}" is ambiguous: a dot every three digits groups thousands in Vietnamese (${s(a.asThousands)}), but YAML reads it as the decimal ${read}.`,
    fix: `Write ${s(a.asThousands)} for the thousands reading. For the decimal ${decimal}, write ${longer}, so that it cannot be taken for thousands.`,
  };
}

function syntaxProblem(a: SyntaxArgs): Description {
  const indentFix =
    'Indent with spaces only, the fields of one group at the same depth (two spaces deeper than their group).';
  switch (a.problem) {
    case 'unclosed_quote':
      return {
        message: `A quote (${s(a.quote)}) opens a text here but is never closed.`,
        fix: `Add the closing ${s(a.quote)} at the end of the text, or remove the opening one.`,
      };
    case 'unclosed_bracket':
      return {
        message: `The "${s(a.bracket)}" opened here is never closed.`,
        fix: `Add the closing "${s(a.bracket) === '[' ? ']' : '}'}" on the same line, or write the items one per line.`,
      };
    case 'indentation':
      if (a.indent !== undefined && a.wanted !== undefined)
        return {
          message: `"${s(a.line)}" is indented ${a.indent} spaces, which no group above it has.`,
          fix:
            a.or !== undefined
              ? `Indent it ${a.wanted} spaces (${level(a.aboveHow, s(a.above))}) or ${a.or} (${level(a.orAboveHow, s(a.orAbove))}), with spaces only.`
              : `Indent it ${a.wanted} spaces (${level(a.aboveHow, s(a.above))}), with spaces only.`,
        };
      return { message: 'This line is not indented like the lines around it.', fix: indentFix };
    case 'colon_in_value':
      return {
        message: `The value "${s(a.value)}" contains ": ", which YAML reads as the start of another field.`,
        fix: `Put the whole value in quotes: "${s(a.value).replace(/"/g, "'")}".`,
      };
    case 'list_item_in_map':
      return {
        message:
          'A list item ("- ") stands among fields; a group holds either fields or list items, not both.',
        fix: 'Remove the "- ", or write the item as "name: value" like the fields around it.',
      };
    case 'missing_colon':
      return {
        message: `"${s(a.line)}" has no colon, so YAML cannot tell the field's name from its value.`,
        fix: a.suggestion
          ? `Write a colon and a space after the name: "${s(a.suggestion)}".`
          : 'Write a colon and a space after the name of the field, e.g. "year: 2018".',
      };
    case 'text_after_quote': {
      const value = s(a.value);
      const { quote, wrapped } = wrapInQuotes(value);
      return {
        message:
          'This value starts with a quote and goes on after the quote closes; YAML takes a quote at the start of a value as enclosing all of it.',
        fix: `Wrap the whole value in ${quote} quotes, which keeps the quote marks that are part of it: ${wrapped}`,
      };
    }
    case 'field_too_shallow':
      return {
        message: a.indicator
          ? `"${s(a.misplaced)}" belongs to the indicator above it ("${s(a.indicator)}") but is written at the indicators' depth, so it reads as an indicator of its own.`
          : `"${s(a.misplaced)}" is a field of an indicator but is written at the indicators' depth, so it reads as an indicator of its own.`,
        fix: a.indicator
          ? `Indent it two spaces deeper, under "${s(a.indicator)}:", like the fields of the other indicators.`
          : 'Indent it two spaces deeper, under the id of its indicator.',
      };
    case 'reserved_start':
      return {
        message: `A value cannot start with "${s(a.char)}" in YAML.`,
        fix: 'Put the value in quotes.',
      };
    case 'bad_escape':
      return {
        message: 'A backslash (\\) in double quotes starts an escape that YAML does not know.',
        fix: "Use single quotes instead ('C:\\data'), or write the backslash twice.",
      };
    case 'unknown_alias':
      return {
        message: 'A "*" alias refers to an anchor ("&") that does not exist.',
        fix: 'Write the value out in full; data files do not need anchors (&) or aliases (*).',
      };
    default:
      return {
        message: `The YAML cannot be read here: ${s(a.detail)}.`,
        fix: 'Check the indentation (spaces, the same depth for fields of one group) and that every "key: value" has a colon and a space; put text with ":" or "#" in quotes.',
      };
  }
}

/** What the system's error codes mean to someone saving a report. */
const WRITE_FAILURES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied, or the file is open in another program',
  EBUSY: 'the file is open in another program',
  EEXIST: 'a file is in the way where a folder is needed',
  ENOTDIR: 'a file is in the way where a folder is needed',
  EISDIR: 'a folder is in the way where a file is needed',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
};

const WRITE_FIX: Record<WriteFor, string> = {
  out: 'Choose a folder you can write to with --out, or check its permissions and free space.',
  data: 'Check that you may write to the data folder (--data).',
};

const DOING: Record<BrowserTask, string> = {
  print: 'printing the PDF',
  start: 'starting',
  fonts: 'checking the fonts',
  version: 'reading its version',
};

const seconds = (n: number) => `${n} s`;

function browserOrigin(a: ToolErrorArgsOf['BROWSER_PATH_NOT_FOUND']): string {
  if (a.origin === 'option') return 'the --browser option';
  if (a.origin === 'config') return 'the "browser" of hatinh-report.config.json';
  return `the environment variable ${a.variable ?? ''}`;
}

const CONFIG_FIX_EXAMPLE = 'e.g. { "browser": "/usr/bin/chromium", "lang": "vi" }';

const ERRORS: ToolErrorWords = {
  DATA_FOLDER_NOT_FOUND: (a) => ({
    message: `The data folder ${a.folder} does not exist.`,
    fix: 'Run the command in the project folder or in the data folder itself (the folder of the indicator catalogue), or name the folder with --data FOLDER.',
  }),
  DATA_FOLDER_NOT_A_FOLDER: (a) => ({
    message: `${a.folder} is a file, not a data folder.`,
    fix: 'Name a folder with --data.',
  }),
  DATA_FOLDER_UNREADABLE: (a) => ({
    message: `The data folder ${a.folder} cannot be read: ${a.reason}.`,
    fix: 'Check its permissions.',
  }),
  FILE_NOT_FOUND: (a) => ({
    message: `${a.file} does not exist.`,
    fix: 'Check the file name and the --data folder.',
  }),
  FILE_UNREADABLE: (a) =>
    a.denied
      ? { message: `${a.file} cannot be read (permission denied).`, fix: 'Give your user read access to it.' }
      : {
          message: `${a.file} cannot be read: ${a.detail}`,
          fix: 'Check that the file is on a readable disk.',
        },
  NOT_A_FILE: (a) => ({
    message: `${a.file} is a folder, not a data file.`,
    fix: 'Name a .yaml file, or use --data FOLDER.',
  }),
  CONFIG_INVALID: (a) => {
    const invalid = `${a.path} is not a valid configuration:`;
    switch (a.problem) {
      case 'json':
        return {
          message: `${invalid} it is not JSON (${a.detail}).`,
          fix: `Write it as JSON, ${CONFIG_FIX_EXAMPLE}, or delete it.`,
        };
      case 'not_object':
        return {
          message: `${invalid} it is not an object ({ ... }).`,
          fix: `Write it as one JSON object, ${CONFIG_FIX_EXAMPLE}, or delete it.`,
        };
      case 'browser':
        return {
          message: `${invalid} "browser" must be text (the path of a browser).`,
          fix: 'Write the path of a Chrome, Chromium or Edge program in quotes, e.g. "browser": "/usr/bin/chromium".',
        };
      case 'lang':
        return {
          message: `${invalid} "lang" must be "vi" or "en".`,
          fix: 'Write "lang": "vi" or "lang": "en".',
        };
      case 'unknown':
        return {
          message: `${invalid} "${a.key}" is not one of its settings ("browser", "lang").`,
          fix: a.likely
            ? `Did you mean "${a.likely}"? Correct the name, or remove "${a.key}".`
            : `Remove "${a.key}".`,
        };
    }
  },
  OUTPUT_NOT_WRITABLE: (a) => {
    if (a.problem === 'folder_in_way')
      return {
        message: `Cannot write ${a.path}: a folder is in the way where a file is needed.`,
        fix: 'Move or rename that folder, or choose another folder with --out.',
      };
    const fix = WRITE_FIX[a.for];
    return {
      message: `Cannot write ${a.path}: ${WRITE_FAILURES[a.reason] ?? a.detail}.`,
      fix:
        a.reason === 'EBUSY' || a.reason === 'EPERM'
          ? `Close ${a.target} where it is open (a PDF viewer, Word), then run again. ${fix}`
          : a.reason === 'EROFS'
            ? `The disk is read-only (a CD, a read-only share). ${fix}`
            : fix,
    };
  },
  NO_RESULTS_FOR_YEAR: (a) =>
    a.from !== undefined
      ? {
          message: `None of the years ${a.from} to ${a.year} has a results file in ${a.folder} (years with results: ${a.have.join(', ') || 'none'}): a report on the span needs one year at least.`,
          fix: `Add the results of a year of the span, such as ${a.file} with "kind: results" and "year: ${a.from}" ("hatinh-report new ${a.from}" writes it, ready to fill in), or name a span holding a year with results.`,
        }
      : a.months === undefined
        ? {
            message: `There is no results file for ${a.year} in ${a.folder} (years with results: ${a.have.join(', ') || 'none'}).`,
            fix: `Add ${a.file} with "kind: results" and "year: ${a.year}" ("hatinh-report new ${a.year}" writes it, ready to fill in), or build another year.`,
          }
        : {
            message: `There is no results file for the first ${a.months} months of ${a.year} in ${a.folder} (first months with results: ${a.have.join(', ') || 'none'}).`,
            fix: `Add ${a.file} with "kind: results", "year: ${a.year}" and "period: ${a.months}m" ("hatinh-report new ${a.year} --period ${a.months}m" writes it, ready to fill in), or build another period.`,
          },
  NOT_A_REPORT_YEAR: (a) => ({
    message: `${a.file} is kept only for comparison (comparison_only: true): there is no report on ${a.year} to build.`,
    fix: 'Build a report year (hatinh-report build, without years, builds them all), or remove "comparison_only: true" from the file.',
  }),
  NO_REPORT_YEARS: (a) => ({
    message: `There is no year to report on in ${a.folder}: no results file (YYYY.yaml), or every one is marked comparison_only.`,
    fix: `Add the year's results (${a.pattern}, "kind: results"), or name the year to build.`,
  }),
  NEW_FILES_EXIST: (a) => ({
    message: `The files of ${a.report ?? a.year} already exist (${a.paths.join(', ')}); "new" never overwrites a file.`,
    fix: `Edit them, or move them away first to start ${a.report ?? a.year} again.`,
  }),
  AGENCY_NOT_IN_FORCE: (a) => ({
    message: `No name of the agency in ${a.file} is in force on ${a.date}${a.dated ? '' : ` (the end of ${a.year}; the report has no date)`}: the report's header cannot be chosen.`,
    fix: 'Add a period to "periods" in agency.yaml covering that date, or give the report the date it is signed on (--date).',
  }),
  NO_SCORES: (a) => ({
    message:
      a.lacks === 'figures'
        ? `There are no units' figures for ${a.year} in ${a.data}: nothing to score.`
        : `Scoring needs ${a.lacks}.yaml in ${a.data}, and there is none.`,
    fix:
      a.lacks === 'figures'
        ? `Add ${a.data}/${a.year}-units.yaml with each unit's figures (see the README, "Emulation"), or name a year that has one.`
        : `Add ${a.data}/${a.lacks}.yaml (see the README, "Emulation"), or name the data folder that has it (--data).`,
  }),
  DOSSIER_NO_PROPOSALS: (a) => ({
    message: `${a.year} has no emulation scores and proposed titles: there is no award dossier to make.`,
    fix: `Add the units' figures of ${a.year} (${a.folder}/${a.year}-units.yaml) with units.yaml and scoring.yaml, then run it again (see the README, "Emulation").`,
  }),
  DOSSIER_NO_MEETING: (a) => ({
    message: a.council
      ? `${a.file} has no meeting of the emulation council on ${a.year}: the dossier needs its minutes and ballots.`
      : `There is no ${a.file} (the emulation council and its meetings): the dossier needs the meeting's minutes and ballots.`,
    fix: a.council
      ? `Add the ${a.year} meeting to ${a.file}'s meetings: year, date, place, present, written (absent members with a written opinion), ballots (yes and no for each collective).`
      : `Write ${a.file} after examples/thi-dua/council.yaml: the council's members and its ${a.year} meeting.`,
  }),
  WHOLE_YEAR_ONLY: (a) => ({
    message: `${a.what === 'unit' ? 'A unit’s score sheet' : 'The award dossier'} is of a whole year: units are scored at the year’s end, not on ${a.report}.`,
    fix: `Leave out the period: ${a.what === 'unit' ? `build ${a.year} --unit ID` : `dossier ${a.year}`}.`,
  }),
  UNIT_NOT_IN_SCORES: (a) => ({
    message:
      a.scored.length === 0
        ? `No unit was scored in ${a.year}: there is no score sheet of "${a.unit}" to build.`
        : `The unit "${a.unit}" was not scored in ${a.year}.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
    fix:
      a.scored.length === 0
        ? `Add the units' figures of ${a.year} (${a.year}-units.yaml) with units.yaml and scoring.yaml (see the README, "Emulation").`
        : `Name one of the units scored that year: ${a.scored.join(', ')}.`,
  }),
  UNKNOWN_KIND: (a) => ({
    message: `There is no schema "${a.kind}".`,
    fix: `Name one of: ${a.allowed.join(', ')}.`,
  }),
  SCHEMA_NEEDS_KIND: (a) => ({
    message: 'Name a kind to print, or --out FOLDER to write them all.',
    fix: `e.g. hatinh-report schema ${a.allowed[0] ?? ''} (kinds: ${a.allowed.join(', ')})`,
  }),
  TEMPLATE_NOT_FOUND: (a) => {
    switch (a.problem) {
      case 'unreadable':
        return {
          message: `The template ${a.path} cannot be read (${a.reason}).`,
          fix: 'Check that it is a file you may read, or remove it to use the shipped one.',
        };
      case 'shipped_missing':
        return {
          message: `The template ${a.path} shipped with the tool is missing.`,
          fix: 'Reinstall hatinh-report (npm ci, then npm run build).',
        };
      case 'folder_missing':
        return {
          message: `The templates folder ${a.folder} does not exist.`,
          fix: `Check the path given to --templates, or copy the shipped templates (${a.shipped}) there.`,
        };
      case 'folder_empty':
        return {
          message: `The templates folder ${a.folder} holds none of the templates (${a.files.join(', ')}, partials/).`,
          fix: `Copy the templates you want to change from ${a.shipped} into it, or check the path given to --templates.`,
        };
      case 'unknown_file':
        return {
          message: `${a.path} is not a template this version reads (it reads ${a.files.join(', ')} and partials/); your changes to it would be lost.`,
          fix: `Make the same change in the template of that part, copied from ${a.shipped} (a document is drawn by document.html.hbs or document.md.hbs and a partial per part, e.g. partials/html/table-results.hbs), then remove ${a.path}.`,
        };
    }
  },
  TEMPLATE_SYNTAX: (a) => ({
    message: `${a.path}:${a.line}: the template has a syntax error: ${a.detail}`,
    fix: 'Check the {{ }} tags on that line: every {{#if}} or {{#each}} needs its {{/if}} or {{/each}}.',
  }),
  TEMPLATE_MISSING_VARIABLE: (a) => ({
    message: `${a.path}:${a.line}:${a.column}: the template uses "${a.name}", which the report does not have.`,
    fix: 'Correct the name (see the shipped templates for the names available), or remove it.',
  }),
  TEMPLATE_MISSING_PARTIAL: (a) => ({
    message: `${a.path}: the template uses the partial "${a.name}", which is not in the partials folder.`,
    fix: `Add partials/${a.name}.hbs, or correct the name.`,
  }),
  TEMPLATE_ERROR: (a) => ({
    message: `${a.path}: ${a.detail}`,
    fix: 'Compare the template with the shipped one.',
  }),
  PREVIEW_PORT_UNAVAILABLE: (a) => ({
    message:
      a.reason === 'EADDRINUSE'
        ? `Port ${a.port} is already in use by another program: the preview cannot listen on it.`
        : `Port ${a.port} may not be opened by this user: the preview cannot listen on it.`,
    fix: 'Choose another port with --port, or leave --port out to take a free one.',
  }),
  BROWSER_NOT_FOUND: (a) => ({
    message: `No Chrome, Chromium or Edge browser was found (looked in: ${a.looked.join(', ')}).`,
    fix: browserInstallHint(a.platform),
  }),
  BROWSER_PATH_NOT_FOUND: (a) => ({
    message: `The browser given by ${browserOrigin(a)} is not a program that can be run (missing, a folder, or not executable): ${a.given}`,
    fix: `Correct ${browserOrigin(a)} to the full path of a Chrome, Chromium or Edge executable, or remove it to use an installed browser.`,
  }),
  BROWSER_FAILED: (a) => {
    switch (a.problem) {
      case 'start':
        return {
          message: `The browser ${a.browser} could not be started: ${a.detail}`,
          fix: 'Check that it is a working Chrome, Chromium or Edge (run it with --version; install any missing libraries), or choose another browser with --browser PATH.',
        };
      case 'crashed':
        return {
          message: `The browser ${a.browser} quit unexpectedly while ${DOING[a.task]}.`,
          fix: 'Run `hatinh-report doctor` to check the browser; if it keeps crashing, free some memory or choose another browser with --browser PATH.',
        };
      case 'task':
        return {
          message: `The browser failed while ${DOING[a.task]}: ${a.detail}`,
          fix: 'Run `hatinh-report doctor` to check the browser, or choose another browser with --browser PATH.',
        };
    }
  },
  BROWSER_CLOSED: (a) => ({
    message: `The browser was closed while ${DOING[a.task]}.`,
    fix: 'Run the command again.',
  }),
  BROWSER_TIMEOUT: (a) =>
    a.problem === 'start'
      ? {
          message: `The browser ${a.browser} did not start within ${seconds(a.seconds)}.`,
          fix: 'Check that it starts by hand (run it with --version), close other heavy programs, or choose another browser with --browser PATH.',
        }
      : {
          message: `The browser did not finish ${DOING[a.task]} within ${seconds(a.seconds)}.`,
          fix: 'Retry; if it hangs again, run `hatinh-report doctor`, make the document smaller, or raise the time limit.',
        },
  PDF_NAVIGATION_BLOCKED: (a) => ({
    message: `The HTML tried to replace itself with ${a.navigation}, which was blocked, so the PDF would be an error page.`,
    fix: 'Remove the <meta http-equiv="refresh"> (or similar redirect) from the HTML template.',
  }),
  NODE_TOO_OLD: (a) => ({
    message: `Node.js ${a.version} is too old; hatinh-report needs Node.js ${a.minimum} or newer.`,
    fix: `Install Node.js ${a.minimum} LTS or newer from https://nodejs.org/ (or with nvm: \`nvm install ${a.minimum}\`).`,
  }),
  FONT_NO_VIETNAMESE_SERIF: (a) => ({
    message: `Vietnamese text is not fully drawn with Times New Roman or Liberation Serif; the browser fell back to ${a.used.join(', ') || 'no font at all'}.`,
    fix:
      a.platform === 'darwin' || a.platform === 'win32'
        ? 'Times New Roman ships with the system: restore or re-enable it (or install Liberation Serif 2.x from https://github.com/liberationfonts/liberation-fonts).'
        : 'Install Liberation Serif 2.x: `apt-get install -y --no-install-recommends fonts-liberation2` (Debian/Ubuntu; the older fonts-liberation lacks Vietnamese glyphs) or `dnf install liberation-serif-fonts` (Fedora).',
  }),
};

const SOURCE_LABEL: Record<BrowserFrom, string> = {
  option: 'from --browser',
  config: 'from the configuration file',
  env: 'from the environment',
  default: 'found at a usual install path',
};

const DOCTOR: DoctorWords = {
  title: 'hatinh-report doctor',
  node: (version, ok, minimum) =>
    `  Node.js  ${version} (${ok ? 'ok' : 'too old'}; needs ${minimum} or newer)`,
  browser: (path, from, kind, version) =>
    `  Browser  ${path} (${kind === 'headless-shell' ? 'headless shell, made for printing; ' : ''}${SOURCE_LABEL[from]})${version ? `, ${version}` : ''}`,
  shellNote: (platform) => [
    'Note: PDFs are printed by a full browser. A headless shell (made for printing) prints them about three times faster:',
    platform === 'linux'
      ? '  install it with `apt-get install chromium-headless-shell` (Debian) or `dnf install chromium-headless` (Fedora); Ubuntu has no such package, and prints with the full browser.'
      : "  install it with `npx @puppeteer/browsers install chrome-headless-shell@stable` (it goes into puppeteer's cache, where the tool finds it).",
  ],
  browserNotFound: '  Browser  not found',
  font: (font) => {
    if (!font) return '  Font     not checked (no working browser)';
    const families = font.families.join(', ') || 'none';
    return `  Font     ${font.ok ? 'ok' : 'PROBLEM'}, Vietnamese text drawn with ${families}`;
  },
  endOfLife: (major, date) => {
    const [y, m, d] = date.split('-');
    return [
      `Note: Node.js ${major} reached its end of life on ${d}/${m}/${y} and gets no more security fixes.`,
      '  hatinh-report still runs on it; install the current LTS from https://nodejs.org/ when you can.',
    ];
  },
  allGood: 'Everything needed for PDF output is in place.',
  problemCount: (n) => `${plural(n, 'problem')}:`,
};

const EXIT_CODES_HELP = `
Exit codes:
  0    success (warnings allowed, unless --strict)
  1    the data has errors
  2    usage, file, browser or render failure
  130  stopped by Ctrl-C (143: by a kill); nothing written
  141  its output was cut off by the command reading it (check | head)`;

const CLI: CliWords = {
  titles: {},
  helpExtras: (english) => english,
  usage: (english) => english,
  term: (english) => english,
  commanderError: (english) => english,
  program: 'Check the yearly data of Sở LĐ-TBXH Hà Tĩnh and build its emulation (thi đua) report.',
  exitCodes: EXIT_CODES_HELP,
  help: 'display help for command',
  helpCommand: 'display help for command',
  version: 'output the version number',
  lang: (configFile) =>
    `the language of messages: vi or en (default: "lang" in ${configFile}, else the system's)`,
  check: {
    description: 'Check data files against their schemas and against each other; print every problem found.',
    files: 'files to check (default: every .yaml file in the data folder)',
    data: 'the data folder (default: ./data, or the folder of the first file named)',
    format: 'output format',
    strict: 'treat warnings as errors (exit 1)',
  },
  build: {
    description:
      'Build the report of each year named (none: every report year): Markdown, HTML and PDF, in the layout of an official document.',
    years:
      'the years to report on, e.g. 2018, the first months of one, e.g. 2019-9m, or a span of years, e.g. 2016-2020 (default: every report of the data, see "hatinh-report years")',
    format: (formats) => `comma-separated output formats: ${formats.join(', ')}`,
    data: 'the data folder',
    out: 'the output folder; each year goes into its own subfolder',
    templates: 'use your own copies of the templates (see templates/ in the package)',
    date: 'the date of the document (default: document.date in the data, else left blank)',
    percentDecimals:
      'decimals shown for percentages of plan and changes, 0 to 4 (default: report.percent_decimals in agency.yaml, else 1)',
    rounding:
      'how exact percentages are cut: round (half away from zero) or truncate (default: report.rounding, else round)',
    charts:
      'the charts the report carries: none, attainment or all (default: report.charts, else attainment)',
    ratePercentOfPlan:
      'also give rates as a percent of their target (default: report.rate_percent_of_plan, else the gap in points)',
    strict: 'refuse to build when the data has warnings too (exit 1)',
    messages: 'how problems and warnings are printed: human, or github (also as GitHub Actions annotations)',
    browser: 'the Chromium, Chrome or Edge to print PDFs with',
    timeout: 'give up on the browser after this many seconds (1 to 3600)',
    unit: "build one unit's score sheet (phieu-diem-YEAR-ID) instead of the report, to send back to it",
    period:
      'build the report on the first months of each year named (a sơ kết), e.g. 9m for 2019-9m.yaml: bao-cao-2019-9m.*',
  },
  dossier: {
    description:
      "Make the year's award dossier from the emulation's scores and the council's meeting (council.yaml): the minutes with the ballots' count, the tờ trình to the provincial chairman, the director's draft decision, each with its list, and the dossier's contents; written to OUT/YEAR/ho-so/.",
    year: 'the year considered, for example 2024',
    out: 'the output folder (the dossier goes to OUT/YEAR/ho-so/)',
    date: "the tờ trình's and the decision's date (default: left blank for the records office); the minutes carry the meeting's day",
  },
  new: {
    description:
      "Start a year: write its results file (YEAR.yaml) and next year's targets file, every indicator and every part of the report listed blank with what goes there; for a span of years (2016-2020), the words of its summing-up (2016-2020.yaml). Never overwrites a file.",
    year: 'the year to start, e.g. 2019; its first months, e.g. 2019-9m; or a span, e.g. 2016-2020',
    period:
      "start the first months of the year instead (YYYY-9m.yaml), e.g. 9m; their targets are the year's",
    data: 'the data folder',
  },
  export: {
    description:
      "Write each unit an Excel workbook (.xlsx) to fill in with its year's emulation figures: its block's criteria, last year's results, its members' counts and ratings, and instructions; the cells to fill in are yellow, the rest locked.",
    year: 'the year of the figures to fill in',
    data: 'the data folder',
    out: 'the folder to write to (workbooks go to FOLDER/YEAR/don-vi/UNIT-ID.xlsx)',
    format: 'the workbook format (xlsx)',
    unit: "only this unit's workbook (its id in units.yaml)",
    wrote: (count, folder) => `wrote ${count} workbook${count === 1 ? '' : 's'} to ${folder}`,
    dataErrors:
      'The data has errors; no workbook was written. Correct them (hatinh-report check) and run "export" again.',
  },
  import: {
    description:
      "Read the units' filled workbooks into the year's emulation file (YYYY-units.yaml): each unit's entry replaced whole, the file's comments kept; nothing written when there is an error.",
    files: 'the filled .xlsx files',
    data: 'the data folder',
    year: 'accept only workbooks of this year',
    merged: (path, changed, unchanged) =>
      changed.length > 0
        ? `wrote ${path}: ${changed.length} ${changed.length === 1 ? 'entry' : 'entries'} updated (${changed.join(', ')})${unchanged > 0 ? `, ${unchanged} unchanged` : ''}`
        : `${path} left as it was: all ${unchanged} entries of the workbooks agree with it`,
    nothingWritten:
      'The workbooks have errors; nothing was written. Correct the cells shown and import again.',
    dataErrors:
      'The data folder has errors; no workbook was imported. Correct them (hatinh-report check) and import again.',
  },
  years: {
    description:
      'List the years the data has a report for (results files not marked comparison_only): what "build" builds.',
    data: 'the data folder',
    json: 'print them as a JSON array (for a CI matrix)',
  },
  score: {
    description:
      "Score and rank the units of each emulation block for a year, from units.yaml, scoring.yaml and the year's YYYY-units.yaml: for the emulation council's meeting.",
    year: 'the year to score',
    data: 'the data folder',
    format: 'text (a table per block), json, csv or xlsx (an Excel workbook, a sheet per block)',
    out: 'write the ranking to this file instead of the terminal (xlsx: xep-hang-thi-dua-YEAR.xlsx by default)',
    strict: 'treat warnings as errors',
    title: (year) => `EMULATION SCORES ${year}`,
    illustrative: 'Số liệu minh họa: illustrative, made-up figures.',
    scheme: (name, maxTotal, source) => `${name}, at most ${maxTotal} points. Source: ${source}.`,
    columns: { rank: 'Rank', unit: 'Unit', total: 'Total', band: 'Classification' },
    tieBroken: (upper, lower, total, criterion, penalty) =>
      `${upper} and ${lower} both have ${total} points; ${upper} ranks first for ${penalty ? `fewer points taken off on "${criterion}"` : `more points on "${criterion}"`} (the scheme's tie-break order).`,
    tieShared: (units, total, rank, ruled) =>
      `${listed(units, 'and')} have ${total} points each${ruled ? ' and equal points on every tie-break criterion' : ' (the scale names no criteria to break a tie)'}: they share rank ${rank}.`,
    qualified: (figures, pairs, units) =>
      `${figures.map((f) => `The result “${f.figure}” (${f.name}) of ${f.unit}`).join('; ')} ${figures.length > 1 ? 'are' : 'is'} scored at the figure written; the exact figure could change ${[...(pairs.length > 0 ? [`the order of the ranks ${pairs.join(', ')}`] : []), ...(units.length > 0 ? [`the classification of ${units.join(', ')}`] : [])].join(' and ')}.`,
    unscored: (units) => `Not ranked, no figures yet: ${units.join(', ')}.`,
    unclassified: 'Not classified',
    ranks: (upper, lower) => `${upper} and ${lower}`,
    proposals: 'Proposed:',
    proposal: (title, basis, units, higher) =>
      `${title}, under ${basis}: ${units.length > 0 ? units.join('; ') : 'none'}${higher > 0 ? ` (${higher} ${units.length > 0 ? 'other ' : ''}unit${higher > 1 ? 's' : ''} meeting its conditions proposed for a higher title)` : units.length > 0 ? '' : ' meets its conditions'}.`,
    individual: (title, count) => `${title}: ${count} members (as the units propose).`,
    money: (total, base, basis, day) =>
      `Prize money: ${total} đồng, at the base salary of ${base} đồng (${basis}) that applies on ${day}; the prizes are paid at the base salary that applies when the decision is issued.`,
    noPrize: (titles) => `No prize known for: ${titles.join('; ')} (not counted in the total).`,
    noBaseSalary: (day) =>
      `No prize figured: no base salary is in force on ${day} (add it to base_salaries in titles.yaml).`,
    noRuleSet: (year, day) =>
      `No rules on titles and awards are in force on ${day}: nothing is proposed for ${year}.`,
    dataErrors:
      'The data has problems; nothing was scored. Fix them (hatinh-report check) and run "score" again.',
  },
  schema: {
    description:
      'Print the JSON Schema of a kind of data file, or write them all to a folder for your editor.',
    kind: (kinds) => kinds.join(', '),
    out: 'write every schema (or the one named) into this folder',
  },
  doctor: {
    description:
      'Check that this machine can print PDFs: Node.js, the browser, and fonts with Vietnamese letters.',
    browser: 'the Chromium, Chrome or Edge to check',
    json: 'print the findings as JSON',
  },
  preview: {
    description:
      "Show a year's report in your web browser and keep it up to date: each time a data file is saved, the page shows the new report, or what is wrong with the data.",
    year: 'the year to show, e.g. 2018',
    period: 'show the report on the first months of the year (a sơ kết), e.g. 9m for 2019-9m.yaml',
    port: 'the port to serve the page on (default: a free one); the page is served to this computer only',
    pdf: 'also print the PDF anew after each save (into --out, as build does)',
    out: 'where --pdf writes the PDF; each year goes into its own subfolder',
    serving: (url, year, watched) =>
      `The report on ${year}: ${url} (open it in a web browser; served to this computer only)\nWatching ${watched.join(' and ')}: each saved change updates the page. Ctrl-C stops.`,
    updated: (time, ms) => `${time} page updated (${Math.round(ms)} ms)`,
    dataErrors: (time, errors) =>
      `${time} the page shows ${plural(errors, 'error')} in the data instead of the report; save the corrected file to see the report again.`,
    failed: (time) => `${time} the report could not be made; the page says why.`,
    pdfWritten: (path) => `PDF updated: ${path}`,
    stopped: 'Preview stopped.',
    watchFailed: (reason) =>
      reason === 'ENOSPC'
        ? 'the system watches no more files (its limit is reached): saves are no longer seen. Close other programs that watch files, or raise the limit (sysctl fs.inotify.max_user_watches=524288), then start the preview again.'
        : `watching the files failed (${reason}): saves may no longer be seen. Start the preview again.`,
    page: {
      title: (year) => `The report on ${year} cannot be shown`,
      waiting: (year) => `Making the report on ${year}…`,
      lead: (errors) =>
        `The data has ${plural(errors, 'error')}. Correct ${errors === 1 ? 'it' : 'them'} and save: this page shows the report as soon as the data is right.`,
    },
  },
  invalid: {
    year: 'expected a year such as 2018.',
    report:
      'expected a year such as 2018, the first months of one such as 2019-9m, or a span of 2 to 10 years such as 2016-2020.',
    period: 'expected the first months of a year, 1m to 11m, such as 9m.',
    formats: (wrong, all) =>
      `unknown format ${wrong.join(', ')}; use ${all.join(', ')} (several with commas, e.g. md,html).`,
    date: 'expected a date written YYYY-MM-DD, e.g. 2019-01-05.',
    notADay: (value) => `${value} is not a day of the calendar.`,
    range: (min, max) => `expected a whole number from ${min} to ${max}.`,
  },
  wrote: (path) => `wrote ${path}`,
  kept: (path) => `kept ${path} (it exists; "new" never overwrites a file)`,
  fillIn: (command) => `Fill in the blanks, then run: ${command}`,
  nothingBuilt: (strict) =>
    `The data has ${strict ? 'errors or warnings (--strict)' : 'errors'}; nothing was built. Fix them (hatinh-report check) and build again.`,
  nothingWritten:
    'The data has errors; no file was written. Fix them (hatinh-report check) and run "new" again.',
  noYearListed: (folder) =>
    `The data in ${folder} has errors; no year is listed. Run "hatinh-report check" to see them.`,
  pdfPrinted: (year) => `${year}: PDF printed`,
  rendering: (index, total, year) => `[${index}/${total}] ${year}: rendering`,
  interrupted: (signal) =>
    `${signal === 'SIGINT' ? 'Interrupted' : `Stopped (${signal})`}: nothing was written.`,
};

/** Returns one sentence telling the user how to get a Chromium-based browser on `platform`. */
function browserInstallHint(platform: NodeJS.Platform): string {
  const override =
    'or pass `--browser PATH` / set PUPPETEER_EXECUTABLE_PATH to an installed Chrome, Chromium or Edge';
  switch (platform) {
    case 'darwin':
      return `Install Google Chrome (https://www.google.com/chrome/ or \`brew install --cask google-chrome\`), ${override}.`;
    case 'win32':
      return `Install Google Chrome (https://www.google.com/chrome/) or Microsoft Edge, ${override}.`;
    default:
      return (
        'Install Chromium (Debian: `apt-get install -y --no-install-recommends chromium fonts-liberation2`; ' +
        'Ubuntu: Google Chrome from https://www.google.com/chrome/, as Ubuntu’s chromium package is only a snap; ' +
        `Fedora: \`dnf install chromium liberation-serif-fonts\`), ${override}.`
      );
  }
}

export const en: Catalogue = {
  diagnostics: DIAGNOSTICS,
  problems: {
    error: 'error',
    warning: 'warning',
    fix: 'fix:',
    summary: (files, errors, warnings) =>
      errors + warnings === 0
        ? `${plural(files, 'file')} checked, no problems.`
        : `${plural(files, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`,
  },
  errors: ERRORS,
  failures: {
    bug: 'internal error: hatinh-report hit a bug. Please report it with the command you ran and this text (run it again with HATINH_REPORT_DEBUG=1 for the source lines):',
    usage: 'see "hatinh-report --help" or "hatinh-report COMMAND --help".',
  },
  browserInstallHint,
  doctor: DOCTOR,
  cli: CLI,
};
