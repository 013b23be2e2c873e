import { crc32 as zlibCrc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { insertTextChunks, pngChunks, readTextChunks, textChunk } from '../../../src/ui/export/pngText.js';

/** A valid 1×1 white RGBA PNG, built here so the test does not depend on a file. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlibCrc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 255, 255, 255, 255]));
  return new Uint8Array(Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0)),
  ]));
}

/** Every chunk's stored CRC equals zlib's CRC of its type and data. */
function crcsValid(png: Uint8Array): boolean {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return pngChunks(png).every((c) => view.getUint32(c.offset + 8 + c.length) === zlibCrc32(png.subarray(c.offset + 4, c.offset + 8 + c.length)));
}

describe('pngText', () => {
  it('textChunk writes a tEXt chunk: length, type, keyword NUL text, CRC', () => {
    const c = textChunk({ keyword: 'Title', text: 'Hi' });
    expect(Array.from(c.subarray(0, 4))).toEqual([0, 0, 0, 8]);
    expect(String.fromCharCode(...c.subarray(4, 8))).toBe('tEXt');
    expect(Array.from(c.subarray(8, 16))).toEqual([...'Title'].map((ch) => ch.charCodeAt(0)).concat([0, 72, 105]));
    expect(new DataView(c.buffer).getUint32(16)).toBe(zlibCrc32(c.subarray(4, 16)));
  });

  it('insertTextChunks places the chunks before IEND with valid CRCs and keeps the image', () => {
    const png = tinyPng();
    const out = insertTextChunks(png, [
      { keyword: 'Title', text: 'Timeline' },
      { keyword: 'Comment', text: 'Scenario July 2024, seed 1, parameters 0a0162bb. https://example.org/?seed=1' },
    ]);
    expect(pngChunks(out).map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'tEXt', 'tEXt', 'IEND']);
    expect(crcsValid(out)).toBe(true);
    expect(out.subarray(0, 8)).toEqual(png.subarray(0, 8));
    expect(readTextChunks(out)).toEqual([
      { keyword: 'Title', text: 'Timeline' },
      { keyword: 'Comment', text: 'Scenario July 2024, seed 1, parameters 0a0162bb. https://example.org/?seed=1' },
    ]);
  });

  it('Latin-1 text stays tEXt; other characters go to an iTXt chunk in UTF-8', () => {
    const out = insertTextChunks(tinyPng(), [
      { keyword: 'Title', text: 'São Paulo' },
      { keyword: 'Description', text: 'Tokyo 東京 − 8.5M' },
    ]);
    expect(pngChunks(out).map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'tEXt', 'iTXt', 'IEND']);
    expect(crcsValid(out)).toBe(true);
    expect(readTextChunks(out).map((e) => e.text)).toEqual(['São Paulo', 'Tokyo 東京 − 8.5M']);
  });

  it('NUL and control characters in text cannot end the field early', () => {
    const out = insertTextChunks(tinyPng(), [{ keyword: 'Title', text: 'a\u0000b\u0007c\nd' }]);
    expect(readTextChunks(out)).toEqual([{ keyword: 'Title', text: 'a b c\nd' }]);
  });

  it('empty texts are skipped; bad input throws', () => {
    expect(pngChunks(insertTextChunks(tinyPng(), [{ keyword: 'Title', text: '' }])).length).toBe(3);
    expect(() => insertTextChunks(new Uint8Array([1, 2, 3]), [])).toThrow(/Not a PNG/);
    expect(() => textChunk({ keyword: '\u0000', text: 'x' })).toThrow(/keyword/);
  });
});
