import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/ui/export/crc32.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('crc32', () => {
  it('crc32 matches the standard check value for "123456789"', () => {
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
  });

  it('crc32 of nothing is 0 and of the PNG IEND type is the well-known AE426082', () => {
    expect(crc32(new Uint8Array())).toBe(0);
    expect(crc32(bytes('IEND'))).toBe(0xae426082);
  });

  it('crc32 agrees with node:zlib on random bytes, also when continued over two buffers', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 50 }), (a, b) => {
        expect(crc32(a)).toBe(zlibCrc32(a));
        expect(crc32(b, crc32(a))).toBe(zlibCrc32(Buffer.concat([a, b])));
      }),
      { seed: 20240719, numRuns: 200 },
    );
  });
});
