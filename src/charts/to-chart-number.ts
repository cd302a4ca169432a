/** The decimal string as a JS number for plotting only (positions, never displayed); throws if not a finite number. */
export function toChartNumber(decimal: string, what: string): number {
  const value = decimal.trim() === '' ? Number.NaN : Number(decimal);
  if (!Number.isFinite(value)) throw new RangeError(`Chart value for ${what} is not a number: "${decimal}"`);
  return value;
}
