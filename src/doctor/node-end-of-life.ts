/**
 * The end of life of each Node.js major line, from the release schedule (https://github.com/nodejs/release#release-schedule):
 * after it, a line gets no security fixes. hatinh-report still runs on an ended line it supports (Node.js 20);
 * `doctor` says so, so that a new PC gets the current LTS.
 */
export const NODE_END_OF_LIFE: Readonly<Record<number, string>> = {
  18: '2025-04-30',
  19: '2023-06-01',
  20: '2026-04-30',
  21: '2024-06-01',
  22: '2027-04-30',
  23: '2025-06-01',
  24: '2028-04-30',
  25: '2026-06-01',
  26: '2029-04-30',
};

/** Returns the end-of-life date (YYYY-MM-DD) of a Node.js major line when it has passed by `today`, else null. */
export function nodeEndedOn(major: number, today: Date): string | null {
  const end = NODE_END_OF_LIFE[major];
  return end !== undefined && today.toISOString().slice(0, 10) > end ? end : null;
}
