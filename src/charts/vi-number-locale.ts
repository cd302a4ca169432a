/**
 * The vega number format locale for Vietnamese: "24.000", "102,5".
 * Passed per chart through `config.locale`, so the process-wide vega default is never changed.
 */

/** The d3/vega number locale definition for vi-VN (decimal ',', thousands '.', no currency symbol). */
export function viNumberLocale(): {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
} {
  return { decimal: ',', thousands: '.', grouping: [3], currency: ['', ''] };
}
