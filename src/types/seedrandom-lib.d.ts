// seedrandom ships each fast generator as its own CommonJS file; @types/seedrandom only types
// the umbrella module, whose entry also pulls in Node's crypto. We import the file we use.
declare module 'seedrandom/lib/xor128.js' {
  interface Prng { (): number; int32(): number; double(): number }
  const xor128: (seed?: string | number, opts?: { state?: boolean | object }) => Prng;
  export default xor128;
}
