// Text in SVG does not wrap, and a detached SVG cannot be measured, so widths are estimated from
// typical sans-serif advance widths (em units). Good to a few per cent, which is enough to wrap
// footers and keep labels apart. Japanese has no spaces: a line of it breaks between any two
// characters (splitLong), which Japanese typesetting allows.
import type { Selection } from 'd3-selection';

// Calibrated on DejaVu Sans (Linux's usual fallback, wider than Segoe UI or San Francisco), so
// estimates err towards wrapping early rather than overflowing.
const NARROW = new Set("iljtfr.,:;'|!()[] ");
const WIDE = new Set('mwMW@%');
/** Japanese kana and kanji, full-width punctuation and forms: a full em each. */
const FULL_WIDTH = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/** Estimated width in px of `text` at `fontSize` px; `bold` for weights 600 and above. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (FULL_WIDTH.test(ch)) em += 1;
    else if (NARROW.has(ch)) em += 0.33;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else if (ch >= '0' && ch <= '9') em += 0.64;
    else em += 0.6;
  }
  return em * fontSize * (bold ? 1.13 : 1);
}

/** Cuts a word wider than the line (a long link) into pieces that fit. */
function splitLong(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  if (textWidth(word, fontSize, bold) <= maxWidth) return [word];
  const out: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && textWidth(piece + ch, fontSize, bold) > maxWidth) {
      out.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) out.push(piece);
  return out;
}

/** Splits `text` into lines no wider than `maxWidth`. */
export function wrapLines(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean).flatMap((w) => splitLong(w, maxWidth, fontSize, bold));
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Appends wrapped text lines starting with the first baseline at y; returns the y below the block. */
export function appendLines(
  g: G, text: string, x: number, y: number, maxWidth: number,
  style: { size: number; fill: string; weight?: number; lineHeight?: number },
): number {
  const lh = style.lineHeight ?? Math.round(style.size * 1.35);
  const lines = wrapLines(text, maxWidth, style.size, (style.weight ?? 400) >= 600);
  const t = g.append('text').attr('x', x).attr('y', y).attr('font-size', style.size).attr('fill', style.fill);
  if (style.weight) t.attr('font-weight', style.weight);
  lines.forEach((line, i) => t.append('tspan').attr('x', x).attr('dy', i === 0 ? 0 : lh).text(line));
  return y + lines.length * lh;
}

