import type { Say } from '../diagnostics/say.js';
import { overlappingPeriods } from '../domain/agency-periods.js';
import type { Agency, AgencyPeriod } from '../model/types.js';
import { agencySchema } from '../schemas/agency-schema.js';
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

/** The agency (data/agency.yaml): the document's header, "Nơi nhận", signature and report settings. */
export const agencyKind: DataKind<'agency', Agency> = {
  name: 'agency',
  schema: agencySchema,
  fileName: { yearly: false, hint: /agency|co-quan/i },
  read: (document) => document.data as Agency,
  check: (agency, _context, say) => {
    checkHeaderLines(agency, [], say);
    (agency.periods ?? []).forEach((period, i) => {
      checkHeaderLines(period, ['periods', i], say);
      if (period.until !== undefined && period.until < period.from) {
        say('AGENCY_PERIOD_BACKWARDS', ['periods', i, 'until'], { from: period.from, until: period.until });
      }
    });
    const overlap = overlappingPeriods(agency.periods ?? []);
    if (overlap) {
      const [a, b] = overlap.map((i) => agency.periods?.[i] as AgencyPeriod);
      say('AGENCY_PERIODS_OVERLAP', ['periods', overlap[1], 'from'], {
        first: `${a?.from}..${a?.until ?? ''}`,
        second: `${b?.from}..${b?.until ?? ''}`,
      });
    }
  },
};
