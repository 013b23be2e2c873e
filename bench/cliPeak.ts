// The command line's main in a fresh process, as `npm run simulate` runs it, writing its result
// to a file: prints the wall time of main and the process's peak RSS, worker threads included
// (they share the process).
import { main } from '../src/cli/main.js';

const [workerFile, out, ...args] = process.argv.slice(2);
const t0 = performance.now();
const code = await main([...args, '--out', out!], { workerFile });
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ code, ms, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
