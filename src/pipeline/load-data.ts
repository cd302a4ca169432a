import { resolve } from 'node:path';
import { assembleDataSet } from '../assemble/assemble-data-set.js';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { loadFiles } from '../load/load-data-files.js';
import type { ParsedFile } from '../load/parse-yaml-file.js';
import type { DataSet } from '../model/types.js';
import { validateData } from '../validate/validate-data.js';

/** A data folder read, checked and, where it could be, assembled. */
export interface LoadedData {
  /** How many files were read. */
  fileCount: number;
  /** Every problem found, sorted by file and position. */
  diagnostics: Diagnostic[];
  /** The data set, when the data has no errors and there is a catalogue and an agency to build it from. */
  dataSet: DataSet | undefined;
  /** The files as read and parsed (import checks them again with the entries it merges, without reading them twice). */
  files: readonly ParsedFile[];
}

/**
 * Returns a data folder loaded, validated and assembled: the first steps of the pipeline, for `check` and `build`
 * alike. With `only`, the diagnostics are those of the named files and of the catalogue they depend on; the rest
 * of the folder is read as context, so the cross-file rules still apply.
 */
export async function loadData(folder: string, only?: readonly string[]): Promise<LoadedData> {
  const files = await loadFiles(folder, only);
  const validation = validateData(files, folder);
  let diagnostics = validation.diagnostics;
  if (only !== undefined) {
    const shown = new Set(only.map((f) => resolve(f)));
    for (const f of files) if (f.kind === 'catalogue') shown.add(resolve(f.file));
    diagnostics = diagnostics.filter((d) => shown.has(resolve(d.file)) || d.file === folder);
  }
  // Only data without errors is assembled: the model's types hold only what validation allows.
  const dataSet = hasErrors(validation.diagnostics) ? undefined : assembleDataSet(validation.accepted);
  return { fileCount: files.length, diagnostics, dataSet, files };
}
