import { datasetFiles, DATA_DIR } from '../../src/dataset/files.js';
import { readProgramFiles, type ProgramSource } from '../../src/dataset/read.js';

/** The shipped program files, validated. */
export async function shippedSources(): Promise<ProgramSource[]> {
  return readProgramFiles(await datasetFiles(), DATA_DIR);
}

/** A shipped program by the municipality's code. */
export async function shippedSource(municipalityCode: string): Promise<ProgramSource> {
  const source = (await shippedSources()).find(
    (s) => s.data.municipality.code === municipalityCode,
  );
  if (!source) throw new Error(`no shipped program for ${municipalityCode}`);
  return source;
}

export const ISEHARA = '14214';
export const ASAHI = '12215';
