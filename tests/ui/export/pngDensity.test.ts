import { crc32 as zlibCrc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CSS_DPI, dpiOf, readDensity, withDensity } from '../../../src/ui/export/pngDensity.js';
import { pngChunks } from '../../../src/ui/export/pngText.js';

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlibCrc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A 1×1 PNG, optionally with a pHYs chunk already in it. */
function tinyPng(phys?: Buffer): Uint8Array {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 255, 255, 255, 255]));
  return new Uint8Array(Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), ...(phys ? [chunk('pHYs', phys)] : []),
    chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0)),
  ]));
}

describe('pngDensity', () => {
  it('withDensity adds one pHYs chunk after IHDR, in pixels per metre, with a valid CRC', () => {
    const out = withDensity(tinyPng(), 2 * CSS_DPI);
    expect(pngChunks(out).map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    const d = readDensity(out)!;
    expect(d).toEqual({ xPerMetre: 7559, yPerMetre: 7559, unit: 1 });
    expect(dpiOf(d)).toBe(192);
    const c = pngChunks(out)[1]!;
    const view = new DataView(out.buffer, out.byteOffset);
    expect(view.getUint32(c.offset + 8 + c.length)).toBe(zlibCrc32(out.subarray(c.offset + 4, c.offset + 8 + c.length)));
  });

  it('withDensity replaces a density already there; readDensity is null without one', () => {
    expect(readDensity(tinyPng())).toBeNull();
    const old = Buffer.alloc(9);
    old.writeUInt32BE(2835, 0);
    old.writeUInt32BE(2835, 4);
    old[8] = 1;
    const out = withDensity(tinyPng(old), 96);
    expect(pngChunks(out).filter((c) => c.type === 'pHYs')).toHaveLength(1);
    expect(dpiOf(readDensity(out)!)).toBe(96);
  });

  it('withDensity refuses what is not a PNG', () => {
    expect(() => withDensity(new Uint8Array([1, 2, 3]), 96)).toThrow(/Not a PNG/);
  });
});
