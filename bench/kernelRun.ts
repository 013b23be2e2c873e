// The bare kernel (kernel.ts) once in a fresh process: prints its wall time.
import { bareKernel, KERNEL_DEVICES } from './kernel.js';

const t0 = performance.now();
const sum = bareKernel();
const ms = performance.now() - t0;
if (sum !== 4 * KERNEL_DEVICES) throw new Error(`kernel histogram holds ${sum}, expected ${4 * KERNEL_DEVICES}`);
process.stdout.write(`${JSON.stringify({ ms })}\n`);
