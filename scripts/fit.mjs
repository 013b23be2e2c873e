// Entry point for `npm run fit`: bundles the TypeScript fit command and its worker thread
// (scripts/bundle.mjs, cached) and runs it.
import { pathToFileURL } from 'node:url';
import { bundle } from './bundle.mjs';

const files = bundle({ fit: 'src/cli/fitMain.ts', poolWorker: 'src/cli/poolWorker.ts' });
const { fitMain } = await import(pathToFileURL(files.fit).href);
process.exitCode = await fitMain(process.argv.slice(2), { workerFile: files.poolWorker });
