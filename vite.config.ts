// Vite: a static build that works from any folder (base './'), the simulation worker as an ES
// module, and a Content Security Policy added to the built page only (Vite's dev server injects
// inline scripts that the policy would block).
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { buildBaseline } from './src/results/builtBaseline.js';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
    },
  };
}

/**
 * The July 2024 baseline, run by the same engine when the page is built and shipped as a small
 * binary file: the page draws it at once on opening, before its workers have run anything, and
 * then runs it live (the live run replaces it with the same figures plus the service figures; a
 * test checks they agree). Any other scenario, and any change, runs live. The dev server skips it.
 */
function precomputedBaseline(): Plugin {
  const VIRTUAL = 'virtual:precomputed-baseline';
  const RESOLVED = `\0${VIRTUAL}`;
  let serve = false;
  return {
    name: 'precomputed-baseline',
    configResolved(c) {
      serve = c.command === 'serve';
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      if (serve) return 'export default null;';
      const file = 'scenarios/july-2024.json';
      const b = buildBaseline(readFileSync(file, 'utf8'), file);
      const ref = this.emitFile({ type: 'asset', name: 'baseline.bin', source: b.bytes });
      return `export default { url: import.meta.ROLLUP_FILE_URL_${ref}, paramsHash: ${JSON.stringify(b.paramsHash)}, seed: ${b.seed} };`;
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy(), precomputedBaseline()],
  worker: { format: 'es' },
  // The baseline run takes a second or two of the build by design: no timing warning for it.
  // One page bundle of about 500 KB (175 KB gzipped, world shapes included): no need to split it.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 700, rolldownOptions: { checks: { pluginTimings: false } } },
  preview: { port: 4173, strictPort: true },
});
