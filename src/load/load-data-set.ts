import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { ToolError } from '../errors.js';
import type { DataSet } from '../model/types.js';
import { checkCrossFile } from '../validate/check-cross-file.js';
import { checkKind } from '../validate/check-kind.js';
import { matchesSchema, validateSchema } from '../validate/validate-schema.js';
import { type ParsedFile, parseYamlFile } from './parse-yaml-file.js';
import { readDataFile } from './read-data-file.js';

export interface LoadedData {
  files: ParsedFile[];
  /** Every problem found, sorted by file and position. */
  diagnostics: Diagnostic[];
  /** The data set, when the catalogue and the agency could be read. */
  dataSet: DataSet | undefined;
}

/** Returns the .yaml files of a data folder, as paths joined to the folder as the user wrote it. */
export async function listDataFiles(folder: string): Promise<string[]> {
  const info = await stat(folder).catch(() => {
    throw new ToolError(
      'DATA_FOLDER_NOT_FOUND',
      `The data folder ${folder} does not exist.`,
      'Run the command in the project folder, or name the folder with --data FOLDER.',
    );
  });
  if (!info.isDirectory()) {
    throw new ToolError(
      'DATA_FOLDER_NOT_A_FOLDER',
      `${folder} is a file, not a data folder.`,
      'Name a folder with --data.',
    );
  }
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    throw new ToolError(
      'DATA_FOLDER_UNREADABLE',
      `The data folder ${folder} cannot be read: ${error.code}.`,
      'Check its permissions.',
    );
  });
  return names
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort()
    .map((n) => join(folder, n));
}

/** Returns one file read, parsed and checked against its schema. */
export async function loadFile(file: string): Promise<ParsedFile> {
  const read = await readDataFile(file, file);
  const parsed = parseYamlFile(file, read.text ?? '');
  if (read.text === undefined) {
    parsed.doc = undefined;
    parsed.diagnostics = read.diagnostics;
    return parsed;
  }
  parsed.diagnostics.push(...checkKind(parsed));
  const schemaProblems = validateSchema(parsed);
  parsed.diagnostics.push(...schemaProblems);
  // A figure reported as written wrongly ("2.018") hides the schema's own complaint about it, not the failure.
  parsed.schemaValid = schemaProblems.length === 0 && matchesSchema(parsed);
  return parsed;
}

/**
 * Returns every data file of `folder` loaded and checked together, so cross-file rules apply.
 * With `only`, the diagnostics are those of the named files (and of the catalogue they depend on);
 * the rest of the folder is read as context.
 */
export async function loadDataSet(folder: string, only?: readonly string[]): Promise<LoadedData> {
  const inFolder = await listDataFiles(folder);
  const wanted = only?.map((f) => resolve(f));
  const paths = [...inFolder];
  for (const f of only ?? []) if (!inFolder.some((p) => resolve(p) === resolve(f))) paths.push(f);
  const files = await Promise.all(
    paths.map(async (p) => {
      const named = only?.find((f) => resolve(f) === resolve(p));
      return loadFile(named ?? p);
    }),
  );
  const cross = checkCrossFile(files, folder);
  let diagnostics = [...files.flatMap((f) => f.diagnostics), ...cross.diagnostics];
  if (wanted) {
    const shown = new Set(wanted);
    for (const f of files) if (f.kind === 'catalogue') shown.add(resolve(f.file));
    diagnostics = diagnostics.filter((d) => shown.has(resolve(d.file)) || d.file === folder);
  }
  return { files, diagnostics: sortDiagnostics(diagnostics), dataSet: cross.dataSet };
}
