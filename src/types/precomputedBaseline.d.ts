// The baseline computed when the page is built (vite.config.ts, precomputedBaseline): where its
// result file is and which parameters and seed it was run with. null in the dev server.
declare module 'virtual:precomputed-baseline' {
  const baseline: { url: string; paramsHash: string; seed: number } | null;
  export default baseline;
}
