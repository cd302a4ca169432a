/** Returns whether a YYYY-MM-DD string is a real calendar date. */
export function isValidIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  // A day or month out of range rolls over (31 April is 1 May): a real date reads back as it was written.
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
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
