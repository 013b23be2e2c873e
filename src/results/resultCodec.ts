// A run's result as one compact binary file, for the baseline computed when the page is built
// (so the page opens on a drawn chart before its workers have run anything) and read back
// exactly. A JSON header lists every field: numbers and nulls as values, typed arrays by type,
// length and offset; arrays of whole numbers are stored as 32-bit integers. The per-site table
// is left out (it is large, and only the service figures need it: the live run brings those).
import type { SimResult, SiteTable } from '../engine/types.js';

const MAGIC = 'OISR1';

type ArrayKind = 'f64' | 'i32' | 'f32' | 'u8';
interface FieldHeader {
  name: string;
  /** A scalar (number or null) kept as it is. */
  value?: number | null;
  array?: { kind: ArrayKind; stored: ArrayKind; length: number; offset: number };
}

const kindOf = (a: ArrayBufferView): ArrayKind =>
  a instanceof Float64Array ? 'f64' : a instanceof Int32Array ? 'i32' : a instanceof Float32Array ? 'f32' : 'u8';

const BYTES: Record<ArrayKind, number> = { f64: 8, i32: 4, f32: 4, u8: 1 };
const CTOR = { f64: Float64Array, i32: Int32Array, f32: Float32Array, u8: Uint8Array } as const;

const integral = (a: Float64Array) => a.every((x) => Number.isInteger(x) && x >= -0x80000000 && x <= 0x7fffffff);

/** An empty per-site table, for results that come without one. */
export function emptySiteTable(): SiteTable {
  return {
    n: 0, nCustomers: 0, customer: new Int32Array(0), sector: new Uint8Array(0), region: new Uint8Array(0),
    devices: new Int32Array(0), crashed: new Int32Array(0), firstCrash: new Float32Array(0), backAt: new Float32Array(0),
  } as SiteTable;
}

export function encodeResult(r: SimResult): Uint8Array {
  const fields: FieldHeader[] = [];
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const [name, v] of Object.entries(r)) {
    if (name === 'sites') continue;
    if (typeof v === 'number' || v === null) {
      fields.push({ name, value: v });
      continue;
    }
    if (!ArrayBuffer.isView(v)) throw new TypeError(`encodeResult: field ${name} is neither a number nor a typed array`);
    const kind = kindOf(v);
    const stored: ArrayKind = kind === 'f64' && integral(v as Float64Array) ? 'i32' : kind;
    const data = stored === kind ? new (CTOR[kind] as Float64ArrayConstructor)(v as unknown as ArrayLike<number>) : Int32Array.from(v as Float64Array);
    // Keep every array aligned to 8 bytes so it can be viewed in place.
    const pad = (8 - (offset % 8)) % 8;
    if (pad) chunks.push(new Uint8Array(pad));
    offset += pad;
    fields.push({ name, array: { kind, stored, length: data.length, offset } });
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    chunks.push(bytes);
    offset += bytes.length;
  }
  const header = new TextEncoder().encode(JSON.stringify({ magic: MAGIC, fields }));
  // [4 bytes header length][header][pad to 8][data]
  const headPad = (8 - ((4 + header.length) % 8)) % 8;
  const out = new Uint8Array(4 + header.length + headPad + offset);
  new DataView(out.buffer).setUint32(0, header.length, true);
  out.set(header, 4);
  let at = 4 + header.length + headPad;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Reads a result written by encodeResult; throws with a plain message when the bytes are not one. */
export function decodeResult(bytes: ArrayBuffer | Uint8Array): SimResult {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8.length < 4) throw new Error('not a stored result: too short');
  const headLen = new DataView(u8.buffer, u8.byteOffset, u8.byteLength).getUint32(0, true);
  if (4 + headLen > u8.length) throw new Error('not a stored result: header runs past the end');
  let head: { magic?: string; fields?: FieldHeader[] };
  try {
    head = JSON.parse(new TextDecoder().decode(u8.subarray(4, 4 + headLen)));
  } catch {
    throw new Error('not a stored result: unreadable header');
  }
  if (head.magic !== MAGIC || !Array.isArray(head.fields)) throw new Error('not a stored result of this version');
  const base = 4 + headLen + ((8 - ((4 + headLen) % 8)) % 8);
  const out: Record<string, unknown> = {};
  for (const f of head.fields) {
    if (!f.array) {
      out[f.name] = f.value ?? null;
      continue;
    }
    const { kind, stored, length, offset } = f.array;
    const start = base + offset;
    if (start + length * BYTES[stored] > u8.length) throw new Error(`not a stored result: ${f.name} runs past the end`);
    const copy = u8.slice(start, start + length * BYTES[stored]);
    const raw = new (CTOR[stored] as Float64ArrayConstructor)(copy.buffer, 0, length);
    out[f.name] = stored === kind ? raw : new (CTOR[kind] as Float64ArrayConstructor)(raw);
  }
  out['sites'] = emptySiteTable();
  return out as unknown as SimResult;
}
