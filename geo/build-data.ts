/** `npm run data`: validate seeds/ and write public/data/. Exits 1 with file › record › field on bad input. */
import { resolve } from 'node:path';
import { buildData } from './build/build';
import { DataBuildError } from './build/errors';
import { paths } from './build/paths';

try {
  const r = buildData(paths());
  console.log(
    `data: ${r.projects} projects, ${r.profiles} profiles, ${r.indicators} indicators, ${r.plans} plans → ${resolve(paths().outDir)}` +
      (r.quotesChecked ? ' (quotes verified)' : ' (QUOTES NOT VERIFIED)') +
      (r.shrunk.length ? ` (shrank on purpose: ${r.shrunk.join('; ')})` : '') +
      (paths().synthetic ? ` (including ${paths().synthetic} SYNTHETIC projects, for the benchmark only)` : ''),
  );
} catch (e) {
  if (e instanceof DataBuildError) {
    console.error(`data build failed; public/data/ left unchanged.\n${e.message}`);
    process.exit(1);
  }
  throw e;
}
