// PNG export: draws the export SVG onto a canvas at twice its size (sharp on high-density
// screens and in slides), then adds text chunks naming the run and a pHYs chunk saying the
// density (192 dpi at 2x), so a document places the image at its on-screen size.
// Needs the page's CSP to allow img-src blob: (the SVG is loaded as an image from a Blob URL).
import { GENERATED_BY, runComment, type ExportMeta } from './meta.js';
import { CSS_DPI, withDensity } from './pngDensity.js';
import { insertTextChunks, type PngTextEntry } from './pngText.js';

export const PNG_SCALE = 2;

/** "2x (2 image pixels per screen pixel), 192 dpi". */
export const resolutionText = (scale: number): string =>
  `${scale}x (${scale} image pixel${scale === 1 ? '' : 's'} per screen pixel), ${Math.round(CSS_DPI * scale)} dpi`;

export function pngTextEntries(meta: ExportMeta, scale = PNG_SCALE): PngTextEntry[] {
  return [
    { keyword: 'Title', text: meta.title },
    { keyword: 'Description', text: meta.description },
    { keyword: 'Source', text: meta.source },
    { keyword: 'Comment', text: runComment(meta) },
    { keyword: 'Resolution', text: resolutionText(scale) },
    { keyword: 'Software', text: GENERATED_BY },
  ];
}

/** Width and height from the root <svg width=".." height=".."> of our own export. */
function svgSize(svgText: string): { width: number; height: number } {
  const tag = /<svg\b[^>]*>/.exec(svgText)?.[0] ?? '';
  const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(tag)?.[1] ?? NaN);
  const width = num('width');
  const height = num('height');
  if (!(width > 0 && height > 0)) throw new Error('Export SVG has no width and height');
  return { width, height };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The browser could not draw the chart as an image (is img-src blob: allowed?)'));
    img.src = url;
  });
}

/** Renders standalone SVG text to PNG bytes with text chunks. */
export async function svgToPng(svgText: string, meta: ExportMeta, scale = PNG_SCALE): Promise<Blob> {
  const { width, height } = svgSize(svgText);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('Canvas 2D is not available');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('Canvas gave no PNG'))), 'image/png'),
    );
    const bytes = withDensity(insertTextChunks(new Uint8Array(await png.arrayBuffer()), pngTextEntries(meta, scale)), CSS_DPI * scale);
    return new Blob([bytes], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
