import type { Say } from '../diagnostics/say.js';
import { overlappingPeriods } from '../domain/agency-periods.js';
import type { Agency } from '../model/types.js';
import { agencySchema } from '../schemas/agency-schema.js';
import type { AgencyFile } from '../schemas/file-types.js';
import type { DataKind } from './kind.js';

/**
 * Widths of letters in Times New Roman Bold, in em, near enough to tell whether a header line fits: capitals
 * about 0,72 (I and J narrower, M and W wider), small letters and digits about 0,5, a space 0,25.
 */
function widthEm(line: string): number {
  let em = 0;
  for (const ch of line.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (/[IJ]/.test(ch)) em += 0.4;
    else if (/[MW]/.test(ch)) em += 0.95;
    else if (/\p{Lu}/u.test(ch)) em += 0.72;
    else if (/[\p{Ll}\d]/u.test(ch)) em += 0.5;
    else if (ch === ' ') em += 0.25;
    else em += 0.33;
  }
  return em;
}

/**
 * The room of the header's left column, in em of its 12 pt capitals: the 16 cm text column less the national
 * name ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12 pt bold) and the gap between them (templates/report.css).
 * "SỞ LAO ĐỘNG - THƯƠNG BINH" is 15,3 em.
 */
const LEFT_COLUMN_EM = 16.5;

/** Warns about each line of the agency's names too long for the header's left column: it would not break. */
function checkHeaderLines(agency: Pick<Agency, 'parent' | 'name'>, at: (string | number)[], say: Say): void {
  for (const field of ['parent', 'name'] as const) {
    for (const line of agency[field].split(/\r?\n/)) {
      if (widthEm(line.trim().toLocaleUpperCase('vi')) > LEFT_COLUMN_EM) {
        say(
          'HEADER_LINE_TOO_LONG',
          [...at, field],
          { line: line.trim(), field, limit: Math.floor(LEFT_COLUMN_EM / 0.72) },
          { severity: 'warning' },
        );
      }
    }
  }
}

/**
 * Refuses dates that cannot choose one name: a period (the agency's own names included, from its `from` and
 * `until`) that ends before it begins, and two that overlap. The agency's own names without dates are the names
 * of every date no period covers, and overlap nothing.
 */
function checkPeriods(agency: Agency, say: Say): void {
  const own = { from: agency.from ?? '0000-01-01', until: agency.until, at: [] as (string | number)[] };
  const periods = (agency.periods ?? []).map((p, i) => ({
    from: p.from,
    until: p.until,
    at: ['periods', i],
  }));
  const dated = agency.from !== undefined || agency.until !== undefined;
  const all = dated ? [own, ...periods] : periods;
  for (const p of all) {
    if (p.until !== undefined && p.until < p.from) {
      say('AGENCY_PERIOD_BACKWARDS', [...p.at, 'until'], { from: p.from, until: p.until });
    }
  }
  const overlap = overlappingPeriods(all);
  if (overlap) {
    const [a, b] = overlap.map((i) => all[i] as (typeof all)[number]);
    const span = (p: typeof a) => `${p?.from === '0000-01-01' ? '…' : p?.from}..${p?.until ?? '…'}`;
    say('AGENCY_PERIODS_OVERLAP', [...(b?.at ?? []), 'from'], { first: span(a), second: span(b) });
  }
}

/** The agency (data/agency.yaml): the document's header, "Nơi nhận", signature and report settings. */
export const agencyKind: DataKind<'agency', Agency> = {
  name: 'agency',
  schema: agencySchema,
  fileName: { yearly: false, hint: /agency|co-quan/i },
  // It passed its schema (validate-schema.ts): the file is the model, field for field.
  read: (document): Agency => document.data as AgencyFile,
  check: (agency, _context, say) => {
    checkHeaderLines(agency, [], say);
    for (const [i, period] of (agency.periods ?? []).entries()) checkHeaderLines(period, ['periods', i], say);
    checkPeriods(agency, say);
  },
};
