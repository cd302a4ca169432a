/** Returns whether a YYYY-MM-DD string is a real calendar date. */
export function isValidIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Returns 'early' when a report on `year` is dated before that year, 'late' when dated after the next year,
 * and undefined when the date is plausible (a yearly report is dated late in its year or in the next).
 */
export function reportDateProblem(isoDate: string, year: number): 'early' | 'late' | undefined {
  const dated = Number(isoDate.slice(0, 4));
  if (dated < year) return 'early';
  return dated > year + 1 ? 'late' : undefined;
}
