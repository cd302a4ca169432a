/**
 * Returns the place-and-date line of an official document (Nghị định 30/2020/NĐ-CP):
 * "Hà Tĩnh, ngày 05 tháng 01 năm 2019" — a leading zero for days below 10 and for months 1 and 2.
 * Without a date, the day and month are left blank for the office to fill in by hand.
 */
export function formatDocumentDate(place: string, isoDate: string | undefined, fallbackYear: number): string {
  if (isoDate === undefined) {
    // No-break spaces: the blanks must survive HTML's collapsing of white space.
    const blank = '\u00a0'.repeat(6);
    return `${place}, ngày ${blank} tháng ${blank} năm ${fallbackYear}`;
  }
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** Returns a day as the documents write it in running text: 2024-12-31 → 31/12/2024. */
export function dayMonthYear(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}
