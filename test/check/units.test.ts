/**
 * The units file (units.yaml, issue 9): the units an emulation report scores and the blocks they are ranked in,
 * checked like every other file: its schema and its rules, each problem at its line and column.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/pipeline/load-data.js';
import { copyOfData, positionOf, ROOT, runInProcess } from '../helpers/run-cli.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'units', 'units.yaml');

/** A copy of the shipped data with the fixture's units.yaml, changed by `edit`. */
async function dataWithUnits(edit: (text: string) => string = (t) => t): Promise<string> {
  const data = await copyOfData();
  await cp(FIXTURE, join(data, 'units.yaml'));
  const file = join(data, 'units.yaml');
  await writeFile(file, edit(await readFile(file, 'utf8')));
  return data;
}

/** Runs check --format json on the units file; returns its diagnostics. */
async function problems(
  data: string,
): Promise<{ code: string; severity: string; line: number; column: number }[]> {
  const run = await runInProcess(['check', join(data, 'units.yaml'), '--format', 'json']);
  return JSON.parse(run.stdout);
}

describe('units.yaml', () => {
  it('a sound file passes, and the data set holds its units and blocks', async () => {
    const data = await dataWithUnits();
    expect(await problems(data)).toEqual([]);
    const loaded = await loadData(data);
    expect(loaded.dataSet?.units?.units.map((u) => u.id)).toEqual([
      'trung-tam-dvvl',
      'trung-tam-dieu-duong',
      'truong-viet-duc',
      'phong-loc-ha',
      'phong-thach-ha',
    ]);
    expect(loaded.dataSet?.units?.blocks.map((b) => b.id)).toEqual(['su-nghiep', 'cap-huyen']);
  });

  it('data without units.yaml still makes a data set (the report does not need one)', async () => {
    const loaded = await loadData(await copyOfData());
    expect(loaded.dataSet).toBeDefined();
    expect(loaded.dataSet?.units).toBeUndefined();
  });

  const faults = [
    {
      name: 'a unit in a block that is not listed, with the likely one',
      edit: (t: string) => t.replace('block: cap-huyen\n    until: 2024', 'block: cap-huyn\n    until: 2024'),
      code: 'UNKNOWN_BLOCK',
      at: 'cap-huyn',
      message: 'Did you mean "cap-huyen"?',
    },
    {
      name: 'a unit id used twice',
      edit: (t: string) => t.replace('id: truong-viet-duc', 'id: trung-tam-dvvl'),
      code: 'DUPLICATE_ID',
      at: 'trung-tam-dvvl\n    name: Trường',
      message: 'The unit id "trung-tam-dvvl" is used twice.',
    },
    {
      name: 'a unit that ends before it begins',
      edit: (t: string) => t.replace('until: 2024-12-31', 'from: 2025-01-01\n    until: 2024-12-31'),
      code: 'UNIT_PERIOD_BACKWARDS',
      at: '2024-12-31',
      message: 'ends (2024-12-31) before it begins (2025-01-01)',
    },
    {
      name: 'a kind of unit the tool does not know',
      edit: (t: string) => t.replace('kind: school', 'kind: college'),
      code: 'SCHEMA_ENUM',
      at: 'college',
      message: '',
    },
  ];

  for (const fault of faults) {
    it(`${fault.name}: ${fault.code} at its line and column`, async () => {
      const data = await dataWithUnits(fault.edit);
      const text = await readFile(join(data, 'units.yaml'), 'utf8');
      const found = await problems(data);
      expect(found.map((d) => d.code)).toEqual([fault.code]);
      expect(found[0]).toMatchObject({ severity: 'error', ...positionOf(text, fault.at) });
      if (fault.message)
        expect((found[0] as unknown as { message: string }).message).toContain(fault.message);
    });
  }

  it('a block with no unit is a warning: it has nothing to rank', async () => {
    const data = await dataWithUnits((t) =>
      t.replace('units:\n', '  - id: van-phong\n    name: Khối văn phòng\nunits:\n'),
    );
    const text = await readFile(join(data, 'units.yaml'), 'utf8');
    const found = await problems(data);
    expect(found).toEqual([
      expect.objectContaining({
        code: 'BLOCK_WITHOUT_UNITS',
        severity: 'warning',
        ...positionOf(text, 'van-phong'),
      }),
    ]);
  });

  it('its schema is written for editors with the others', async () => {
    const run = await runInProcess(['schema', 'units']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).$id).toMatch(/units\.schema\.json$/);
  });
});
