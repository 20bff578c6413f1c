/** `npm run data:report`: prints counts of the built data and any record missing an English name, source or location. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profilesSchema, projectCollectionSchema } from '../src/data/model';
import { readBuiltProjects } from './build/built';
import { paths } from './build/paths';
import { buildReport, formatReport } from './build/report';

const out = paths().outDir;
const read = (f: string): unknown => JSON.parse(readFileSync(join(out, f), 'utf8'));
const projects = projectCollectionSchema.parse(readBuiltProjects(out)).features;
const profiles = profilesSchema.parse(read('profiles.json'));
const report = buildReport(projects, profiles);
console.log(formatReport(report));
if (report.gaps.length) process.exitCode = 1;
