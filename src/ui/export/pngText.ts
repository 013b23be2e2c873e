// Text chunks for PNG files, so an exported image carries its title, source and the run that
// made it. Pure byte work (no DOM), so it is unit-tested in node.
// Chunk layout: length (4, big-endian), type (4), data, CRC-32 of type + data (4).
// https://www.w3.org/TR/png/#11tEXt and #11iTXt
import { crc32 } from './crc32.js';

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export interface PngTextEntry {
  /** 1-79 Latin-1 characters, e.g. Title, Description, Source, Comment, Software. */
  keyword: string;
  text: string;
}

const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

/** True when every character fits in one Latin-1 byte (what tEXt allows). */
const isLatin1 = (s: string) => [...s].every((ch) => ch.codePointAt(0)! <= 0xff);

/** One chunk: length, type, data and the CRC-32 of type and data. */
export function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(ascii(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function cleanKeyword(k: string): string {
  // Keywords are printable Latin-1 without leading, trailing or double spaces.
  const s = k.replace(/[^\x20-\x7e\xa1-\xff]/g, '').replace(/ +/g, ' ').trim().slice(0, 79);
  if (!s) throw new Error('PNG text keyword is empty');
  return s;
}

/** Drops NUL and other C0 controls except newline, which PNG text allows. */
const cleanText = (s: string) => s.replace(/[\x00-\x09\x0b-\x1f\x7f]/g, ' ');

/** One tEXt chunk, or an iTXt chunk (UTF-8) when the text needs characters beyond Latin-1. */
export function textChunk(entry: PngTextEntry): Uint8Array {
  const keyword = ascii(cleanKeyword(entry.keyword));
  const text = cleanText(entry.text);
  if (isLatin1(text)) {
    const body = ascii(text);
    const data = new Uint8Array(keyword.length + 1 + body.length);
    data.set(keyword, 0);
    data.set(body, keyword.length + 1);
    return chunk('tEXt', data);
  }
  // iTXt: keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, UTF-8 text.
  const body = new TextEncoder().encode(text);
  const data = new Uint8Array(keyword.length + 5 + body.length);
  data.set(keyword, 0);
  data.set(body, keyword.length + 5);
  return chunk('iTXt', data);
}

export interface PngChunkInfo {
  type: string;
  offset: number;
  length: number;
}

/** Lists the chunks of a PNG file; throws if the bytes are not a PNG. */
export function pngChunks(png: Uint8Array): PngChunkInfo[] {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('Not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: PngChunkInfo[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    out.push({ type, offset: at, length });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return out;
}

/** Returns a copy of `png` with one text chunk per entry, placed just before IEND. */
export function insertTextChunks(png: Uint8Array, entries: readonly PngTextEntry[]): Uint8Array<ArrayBuffer> {
  const iend = pngChunks(png).find((c) => c.type === 'IEND');
  if (!iend) throw new Error('PNG file has no IEND chunk');
  const chunks = entries.filter((e) => e.text.length > 0).map(textChunk);
  const added = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + added);
  out.set(png.subarray(0, iend.offset), 0);
  let at = iend.offset;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(iend.offset), at);
  return out;
}

/** Reads tEXt and iTXt entries back (for tests and for checking an export). */
export function readTextChunks(png: Uint8Array): PngTextEntry[] {
  const out: PngTextEntry[] = [];
  for (const c of pngChunks(png)) {
    if (c.type !== 'tEXt' && c.type !== 'iTXt') continue;
    const data = png.subarray(c.offset + 8, c.offset + 8 + c.length);
    const nul = data.indexOf(0);
    const keyword = String.fromCharCode(...data.subarray(0, nul));
    if (c.type === 'tEXt') {
      out.push({ keyword, text: String.fromCharCode(...data.subarray(nul + 1)) });
    } else {
      // Skip the flag, the method, the language tag and the translated keyword.
      let at = nul + 3;
      at = data.indexOf(0, at) + 1;
      at = data.indexOf(0, at) + 1;
      out.push({ keyword, text: new TextDecoder().decode(data.subarray(at)) });
    }
  }
  return out;
}
