/** Reads the projects a build wrote into `outDir`, the thin file joined with its details files (tools, tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkCount, detailsFile, joinDetails, type DetailsChunk } from '../../src/data/details';
import type { ProjectCollection, ProjectRecordCollection } from '../../src/data/model';

const read = (dir: string, file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

export function readBuiltProjects(outDir: string): ProjectRecordCollection {
  const thin = read(outDir, 'projects.geojson') as ProjectCollection;
  // An output from before the split (session 10) holds the whole records in this one file.
  if (thin.features[0] && 'sources' in thin.features[0].properties) return thin as unknown as ProjectRecordCollection;
  const n = chunkCount(thin.features.length);
  const chunks = Array.from({ length: n }, (_, k) => read(outDir, detailsFile(k)) as DetailsChunk);
  return joinDetails(thin, chunks);
}
