import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { copyOfData, ROOT } from './run-cli.js';

/** The made-up full 2019 year of test/fixtures/trial-2019 (results, 2020 targets, a deputy signing). */
export const TRIAL = join(ROOT, 'test', 'fixtures', 'trial-2019');

/** Returns a copy of the shipped data with the trial 2019 year added: a clerk's plausible, complete year. */
export async function trialData(): Promise<string> {
  const data = await copyOfData();
  for (const file of ['2019.yaml', '2020-targets.yaml', 'agency.yaml']) {
    await cp(join(TRIAL, file), join(data, file));
  }
  return data;
}
