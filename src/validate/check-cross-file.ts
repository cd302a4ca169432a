import { Big } from 'big.js';
import type { Diagnostic, DiagnosticCode } from '../diagnostics/diagnostic.js';
import { toPointer } from '../diagnostics/pointer.js';
import { suggest } from '../diagnostics/suggest.js';
import { commendationCategory } from '../domain/commendation-forms.js';
import { computeComponentSums } from '../domain/component-sums.js';
import { reportDateProblem } from '../domain/report-date.js';
import { missingSections, REQUIRED_SECTIONS } from '../domain/report-sections.js';
import { unitsMatch } from '../domain/units.js';
import type { ParsedFile } from '../load/parse-yaml-file.js';
import { toAgency, toCatalogue, toResults, toTargets } from '../load/to-model.js';
import type { Agency, Catalogue, DataSet, Indicator, Results, Target, Targets } from '../model/types.js';
import { checkAgency } from './check-agency.js';
import { checkIdsOfBrokenFile, checkIndicatorId, checkSources, type SourceUse } from './check-ids.js';
import { guessKind, YEARLY_FILE_NAMES } from './check-kind.js';
import { explainNumbers } from './explain-numbers.js';
import { reporter, type Say } from './reporter.js';

/** What the cross-file rules found, and the data set when it could be assembled. */
export interface CrossFileResult {
  diagnostics: Diagnostic[];
  /** Present when a catalogue and an agency were found; built even when other files have errors. */
  dataSet: DataSet | undefined;
}

/**
 * Returns the problems that only show when files are read together (unknown ids, years, units, directions,
 * components) and the assembled data set. A file whose schema failed gets only the id rules (unknown indicators
 * and sources), as far as its shape allows; a figure written wrongly (24.000) is left out of the figure rules.
 */
export function checkCrossFile(files: readonly ParsedFile[], folder: string): CrossFileResult {
  const out: Diagnostic[] = [];
  const clean = files.filter((f) => f.schemaValid);
  const ofKind = (kind: string) => clean.filter((f) => f.kind === kind);

  const catalogueFiles = ofKind('catalogue');
  const agencyFiles = ofKind('agency');
  const brokenKinds = new Set(
    files.filter((f) => !clean.includes(f)).map((f) => f.kind ?? guessKind(f.file)),
  );
  for (const extra of [...catalogueFiles.slice(1), ...agencyFiles.slice(1)]) {
    const first = extra.kind === 'catalogue' ? catalogueFiles[0] : agencyFiles[0];
    reporter(extra, out)('DUPLICATE_FILE', ['kind'], { kind: extra.kind ?? '', other: first?.file ?? '' });
  }
  const catalogueFile = catalogueFiles[0];
  const catalogue = catalogueFile ? toCatalogue(catalogueFile) : undefined;
  const indicators = new Map(catalogue?.indicators.map((i) => [i.id, i]));
  for (const file of files) explainNumbers(file, indicators);
  if (!catalogueFile || !catalogue) {
    if (!brokenKinds.has('catalogue')) {
      out.push(wholeFolder('NO_CATALOGUE', folder));
    }
    return { diagnostics: out, dataSet: undefined };
  }
  checkCatalogue(catalogueFile, catalogue, out);
  for (const file of files) {
    if (!file.schemaValid && (file.kind === 'results' || file.kind === 'targets'))
      checkIdsOfBrokenFile(file.kind, file.data, indicators, reporter(file, out));
  }

  const results = new Map<number, Results>();
  const targets = new Map<number, Targets>();
  const firstOfYear = new Map<string, ParsedFile>();
  for (const file of [...ofKind('results'), ...ofKind('targets')]) {
    const say = reporter(file, out);
    const year = (file.data as { year: number }).year;
    const key = `${file.kind}:${year}`;
    if (!checkFileName(file, year, say)) continue;
    const earlier = firstOfYear.get(key);
    if (earlier) {
      say('DUPLICATE_FILE', ['year'], { kind: file.kind ?? '', year, other: earlier.file });
      continue;
    }
    firstOfYear.set(key, file);
    const flagged = numberProblems(file);
    if (file.kind === 'results') {
      const model = toResults(file);
      checkResults(model, indicators, say, flagged);
      results.set(year, model);
    } else {
      const model = toTargets(file, indicators);
      checkTargets(model, indicators, say, flagged);
      targets.set(year, model);
    }
  }

  const agencyFile = agencyFiles[0];
  if (!agencyFile) {
    if (!brokenKinds.has('agency')) out.push(wholeFolder('NO_AGENCY', folder));
    return { diagnostics: out, dataSet: undefined };
  }
  const agency: Agency = toAgency(agencyFile);
  checkAgency(agency, reporter(agencyFile, out));
  return { diagnostics: out, dataSet: { catalogue, agency, results, targets } };
}

/** Returns the pointers of the figures of a file that are written wrongly: no rule reads them. */
function numberProblems(file: ParsedFile): Set<string> {
  return new Set(file.diagnostics.filter((d) => d.code.startsWith('NUMBER_')).map((d) => d.pointer));
}

function wholeFolder(code: DiagnosticCode, folder: string): Diagnostic {
  return { code, severity: 'error', file: folder, line: 1, column: 1, pointer: '', args: { folder } };
}

function checkCatalogue(file: ParsedFile, catalogue: Catalogue, out: Diagnostic[]): void {
  const say = reporter(file, out);
  const areaIds = new Set<string>();
  catalogue.areas.forEach((area, i) => {
    if (areaIds.has(area.id)) say('DUPLICATE_ID', ['areas', i, 'id'], { id: area.id, what: 'area' });
    areaIds.add(area.id);
  });
  const ids = new Map<string, Indicator>();
  catalogue.indicators.forEach((indicator, i) => {
    if (ids.has(indicator.id))
      say('DUPLICATE_ID', ['indicators', i, 'id'], { id: indicator.id, what: 'indicator' });
    ids.set(indicator.id, indicator);
    if (!areaIds.has(indicator.area)) {
      say('UNKNOWN_AREA', ['indicators', i, 'area'], {
        id: indicator.area,
        suggestion: suggest(indicator.area, [...areaIds]),
      });
    }
  });
  catalogue.indicators.forEach((indicator, i) => {
    if (indicator.parent === undefined) return;
    if (!ids.has(indicator.parent)) {
      say('UNKNOWN_PARENT', ['indicators', i, 'parent'], {
        id: indicator.parent,
        suggestion: suggest(indicator.parent, [...ids.keys()]),
      });
      return;
    }
    const seen = new Set([indicator.id]);
    for (let p = ids.get(indicator.parent); p; p = p.parent ? ids.get(p.parent) : undefined) {
      if (seen.has(p.id)) {
        say('PARENT_CYCLE', ['indicators', i, 'parent'], { id: indicator.id, chain: [...seen, p.id] });
        break;
      }
      seen.add(p.id);
    }
  });
}

/** Reports a file whose name and year disagree; returns false when they do, so the file is left out. */
function checkFileName(file: ParsedFile, year: number, say: Say): boolean {
  const base = file.file.split(/[\\/]/).at(-1) ?? '';
  const pattern =
    file.kind === 'results' || file.kind === 'targets' ? YEARLY_FILE_NAMES[file.kind] : undefined;
  const match = pattern?.exec(base);
  const anyYear = /(\d{4})/.exec(base);
  const named = match?.[1] ?? anyYear?.[1];
  if (named !== undefined && Number(named) !== year) {
    say('YEAR_MISMATCH', ['year'], { year, named: Number(named), name: base });
    return false;
  }
  if (!match) {
    const expected = file.kind === 'results' ? `${year}.yaml` : `${year}-targets.yaml`;
    say('FILE_NAME', ['kind'], { name: base, expected }, { severity: 'warning' });
  }
  return true;
}

function checkUnit(
  indicator: Indicator,
  unit: string | undefined,
  path: (string | number)[],
  say: Say,
): void {
  if (unit !== undefined && !unitsMatch(indicator, { unit })) {
    say('UNIT_MISMATCH', [...path, 'unit'], { id: indicator.id, unit, expected: indicator.unit });
  }
}

/** Checks one figure against what its indicator allows: whole counts, no negatives, rates up to 100. */
function checkFigure(
  indicator: Indicator,
  value: string,
  path: (string | number)[],
  say: Say,
  isResult: boolean,
): void {
  const n = new Big(value);
  if (n.lt(0) && isResult) say('NEGATIVE', path, { id: indicator.id, value });
  if (indicator.kind === 'count' && !n.round(0, Big.roundDown).eq(n)) {
    say('NOT_INTEGER', path, { id: indicator.id, value, unit: indicator.unit });
  }
  if (indicator.kind === 'rate' && n.gt(100)) say('RATE_OVER_100', path, { id: indicator.id, value });
  const decimals = value.includes('.') ? (value.split('.')[1]?.length ?? 0) : 0;
  if (
    indicator.kind !== 'count' &&
    decimals > indicator.decimals &&
    new Big(value).round(indicator.decimals).cmp(n) !== 0
  ) {
    say(
      'TOO_MANY_DECIMALS',
      path,
      { id: indicator.id, value, decimals: indicator.decimals },
      { severity: 'warning' },
    );
  }
}

function checkResults(
  results: Results,
  indicators: ReadonlyMap<string, Indicator>,
  say: Say,
  flagged: ReadonlySet<string>,
): void {
  const date = results.document?.date;
  const problem = date === undefined ? undefined : reportDateProblem(date, results.year);
  if (problem !== undefined) {
    say(
      'DOCUMENT_DATE',
      ['document', 'date'],
      { year: results.year, date, problem },
      { severity: 'warning' },
    );
  }
  const used: SourceUse[] = [];
  for (const [id, v] of Object.entries(results.values)) {
    used.push([['values', id, 'source'], v.source]);
    if (checkIndicatorId(id, 'values', indicators, say)) continue;
    const indicator = indicators.get(id) as Indicator;
    checkUnit(indicator, v.unit, ['values', id], say);
    if (!flagged.has(toPointer(['values', id, 'value'])))
      checkFigure(indicator, v.value, ['values', id, 'value'], say, true);
  }
  (results.narrative?.commendations ?? []).forEach((c, i) => {
    used.push([['narrative', 'commendations', i, 'source'], c.source]);
    if (commendationCategory(c) === undefined) {
      say(
        'COMMENDATION_CATEGORY',
        ['narrative', 'commendations', i, 'form'],
        { form: c.form },
        { severity: 'warning' },
      );
    }
  });
  // A file with a narrative is a report's: it must have the parts of an official summing-up.
  if (results.narrative !== undefined) {
    for (const section of missingSections(results.narrative)) {
      const name = REQUIRED_SECTIONS.find((r) => r.key === section)?.name ?? section;
      say(
        'REPORT_SECTION_MISSING',
        ['narrative'],
        { year: results.year, section, name },
        { at: 'key', severity: 'warning' },
      );
    }
  }
  checkSources(results.sources, results.default_source, used, say);
  checkComponents(results, indicators, say, flagged);
}

/** Warns where parts add up to more than their total, or (parts_complete) to other than it. */
function checkComponents(
  results: Results,
  indicators: ReadonlyMap<string, Indicator>,
  say: Say,
  flagged: ReadonlySet<string>,
): void {
  // Figures written wrongly are reported as such; summing their misread values would only add noise.
  const readable = Object.fromEntries(
    Object.entries(results.values).filter(([id]) => !flagged.has(toPointer(['values', id, 'value']))),
  );
  for (const sum of computeComponentSums([...indicators.values()], readable)) {
    if (sum.parentActual === undefined || sum.difference === undefined) continue;
    const args = { id: sum.parentId, total: sum.parentActual.value, sum: sum.sum, parts: sum.summed };
    const path = ['values', sum.parentId, 'value'];
    if (new Big(sum.difference).gt(0)) {
      say('COMPONENTS_EXCEED_TOTAL', path, args, { severity: 'warning' });
    } else if (sum.partsComplete && !new Big(sum.difference).eq(0)) {
      say('COMPONENTS_DONT_ADD_UP', path, args, { severity: 'warning' });
    }
  }
}

/** Which target types make sense for which direction. */
function fitsDirection(target: Target, indicator: Indicator): boolean {
  if (indicator.direction === 'neutral') return true;
  if (target.type === 'ceiling') return indicator.direction === 'lower';
  if (target.type === 'change') return (target.change === 'decrease') === (indicator.direction === 'lower');
  return true;
}

function checkTargets(
  targets: Targets,
  indicators: ReadonlyMap<string, Indicator>,
  say: Say,
  flagged: ReadonlySet<string>,
): void {
  const used: SourceUse[] = [];
  for (const [id, t] of Object.entries(targets.targets)) {
    used.push([['targets', id, 'source'], t.source]);
    if (checkIndicatorId(id, 'targets', indicators, say)) continue;
    const indicator = indicators.get(id) as Indicator;
    const path = ['targets', id];
    checkUnit(indicator, t.unit, path, say);
    if (!fitsDirection(t, indicator)) {
      say('TARGET_DIRECTION', [...path, 'type'], {
        id,
        type: t.type === 'change' ? `${t.type} (${t.change})` : t.type,
        direction: indicator.direction,
      });
    }
    // A figure written wrongly is reported as that; the rules below would only misread it.
    if (['value', 'min', 'max', 'by'].some((f) => flagged.has(toPointer([...path, f])))) continue;
    if (t.type === 'level' || t.type === 'ceiling')
      checkFigure(indicator, t.value, [...path, 'value'], say, false);
    if (t.type === 'range') {
      checkFigure(indicator, t.min, [...path, 'min'], say, false);
      checkFigure(indicator, t.max, [...path, 'max'], say, false);
      if (new Big(t.min).gt(t.max)) say('TARGET_SHAPE', [...path, 'max'], { id, problem: 'range_order' });
    }
    if (t.type === 'change') {
      const hasBy = t.by !== undefined;
      const hasRange = t.min !== undefined || t.max !== undefined;
      if (hasBy === hasRange || (hasRange && (t.min === undefined || t.max === undefined))) {
        say('TARGET_SHAPE', [...path, 'type'], { id, problem: 'change_amount' });
      } else if (hasRange && new Big(t.min as string).gt(t.max as string)) {
        say('TARGET_SHAPE', [...path, 'max'], { id, problem: 'range_order' });
      }
      if (t.measure === 'points' && indicator.kind !== 'rate') {
        say('TARGET_SHAPE', [...path, 'measure'], { id, problem: 'points_not_rate', kind: indicator.kind });
      }
    }
  }
  checkSources(targets.sources, targets.default_source, used, say);
}
