// Entry point for `npm run report`: bundles the TypeScript report command and its worker thread
// (scripts/bundle.mjs, cached) and runs it with the report's stylesheet, which the file inlines.
// happy-dom stays outside the bundle: it is loaded from node_modules like any dependency.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, root } from './bundle.mjs';

// Its own worker bundle, so building it never rewrites the file a running `simulate` loads.
const files = bundle({ report: 'src/cli/reportMain.ts', reportPoolWorker: 'src/cli/poolWorker.ts' }, { external: ['happy-dom'] });
const css = readFileSync(join(root, 'src', 'report', 'report.css'), 'utf8');
const { reportMain } = await import(pathToFileURL(files.report).href);
process.exitCode = await reportMain(process.argv.slice(2), { workerFile: files.reportPoolWorker, css });
