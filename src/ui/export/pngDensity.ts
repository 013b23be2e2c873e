// The pHYs chunk: how many image pixels make an inch (stored per metre), so a 2x export placed
// in a document or slide comes in at its on-screen size instead of twice as large.
// https://www.w3.org/TR/png/#11pHYs
import { chunk, pngChunks } from './pngText.js';

/** CSS pixels per inch: a 1x image at this density prints at its on-screen size. */
export const CSS_DPI = 96;
const METRES_PER_INCH = 0.0254;

export interface PngDensity {
  xPerMetre: number;
  yPerMetre: number;
  /** 1 = metre; 0 = only the aspect ratio is known. */
  unit: number;
}

export const dpiOf = (d: PngDensity): number => Math.round(d.xPerMetre * METRES_PER_INCH);

/** A copy of `png` whose pHYs chunk (replacing any) says `dpi`; placed right after IHDR, before the image data. */
export function withDensity(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  const chunks = pngChunks(png);
  const ihdr = chunks[0];
  if (!ihdr || ihdr.type !== 'IHDR') throw new Error('PNG file does not start with IHDR');
  const perMetre = Math.round(dpi / METRES_PER_INCH);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1;
  const phys = chunk('pHYs', data);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const c of chunks) {
    if (c.type === 'pHYs') continue;
    parts.push(png.subarray(c.offset, c.offset + 12 + c.length));
    if (c.type === 'IHDR') parts.push(phys);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The density a PNG declares, or null without a pHYs chunk. */
export function readDensity(png: Uint8Array): PngDensity | null {
  const c = pngChunks(png).find((x) => x.type === 'pHYs');
  if (!c || c.length !== 9) return null;
  const view = new DataView(png.buffer, png.byteOffset + c.offset + 8, 9);
  return { xPerMetre: view.getUint32(0), yPerMetre: view.getUint32(4), unit: view.getUint8(8) };
}
