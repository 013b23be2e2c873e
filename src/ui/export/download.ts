// File names that say what is inside (chart, scenario, seed), never "chart.png", and the one
// place that hands a file to the browser.

/** "July 2024 (baseline)" -> "july-2024-baseline". Accents folded, digit grouping dropped
 * ("1,000" -> "1000"), anything else becomes a dash; a long name is cut at a word boundary. */
export function slug(text: string, maxLength = 48): string {
  const full = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let s = full.slice(0, maxLength);
  if (full.length > maxLength && full[maxLength] !== '-') {
    const cut = s.lastIndexOf('-');
    if (cut > maxLength / 2) s = s.slice(0, cut);
  }
  s = s.replace(/-+$/g, '');
  return s || 'scenario';
}

/** e.g. exportFileName('timeline', 'July 2024', 1, 'svg') = "timeline-july-2024-seed-1.svg". */
export function exportFileName(what: string, scenarioName: string, seed: number, ext: string): string {
  const seedPart = Number.isFinite(seed) ? `-seed-${Math.trunc(seed)}` : '';
  return `${slug(what, 24)}-${slug(scenarioName)}${seedPart}.${ext.replace(/^\./, '')}`;
}

/** Saves `blob` under `fileName` through a temporary <a download>. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns; give them a moment before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
