// Entry point for `npm run simulate`: bundles the TypeScript command line and its worker thread
// (scripts/bundle.mjs, cached) and runs it.
import { pathToFileURL } from 'node:url';
import { bundle } from './bundle.mjs';

const files = bundle({ cli: 'src/cli/main.ts', poolWorker: 'src/cli/poolWorker.ts' });
const { main } = await import(pathToFileURL(files.cli).href);
process.exitCode = await main(process.argv.slice(2), { workerFile: files.poolWorker });
