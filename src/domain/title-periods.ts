import type { Titles } from '../model/emulation.js';

/** Returns the rule set in force on a day (YYYY-MM-DD), if any. */
export function ruleSetOn(titles: Titles, day: string): Titles['rule_sets'][number] | undefined {
  return titles.rule_sets.find((s) => s.from <= day && (s.until === undefined || day <= s.until));
}

/** Returns the base salary in force on a day, if any. */
export function baseSalaryOn(titles: Titles, day: string): Titles['base_salaries'][number] | undefined {
  return [...titles.base_salaries].sort((a, b) => b.from.localeCompare(a.from)).find((b) => b.from <= day);
}
