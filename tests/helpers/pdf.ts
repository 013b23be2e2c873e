// Reading a printed PDF in tests: its page count straight from the bytes (every page is one
// `/Type /Page` object; the page tree is `/Type /Pages`), and its text with poppler's pdftotext
// (Debian's poppler-utils; .ci/run installs it when missing).
import { spawnSync } from 'node:child_process';

export function pdfPageCount(bytes: Buffer): number {
  return bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** The PDF's text, whitespace collapsed to single spaces (headings may wrap). */
export function pdfText(path: string): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`pdftotext failed (install poppler-utils): ${r.error?.message ?? r.stderr}`);
  return r.stdout.replace(/\s+/g, ' ');
}
