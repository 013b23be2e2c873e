// The code that puts a live chart in another page: an <iframe> of this page's link for the run,
// with `embed=<chart>` (embed mode shows that chart alone), titled for screen readers.
import { escapeAttr } from './svgExport.js';

/** `link` is the page link of the run (its query keeps the scenario and the view). */
export function embedUrl(link: string, chartId: string): string {
  const u = new URL(link);
  u.searchParams.set('embed', chartId);
  u.hash = '';
  return u.href;
}

export function embedCode(link: string, chartId: string, title: string, height: number): string {
  const h = Math.max(320, Math.min(1400, Math.round(height)));
  return `<iframe src="${escapeAttr(embedUrl(link, chartId))}" title="${escapeAttr(title)}" width="100%" height="${h}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/** The full page's link for the same view: the embed parameter taken out. */
export function fullPageLink(href: string): string {
  const u = new URL(href);
  u.searchParams.delete('embed');
  return u.href;
}
