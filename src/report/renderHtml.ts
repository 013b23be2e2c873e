// The report as one standalone HTML file: inline CSS, inline SVG charts, no script and nothing
// fetched (a Content-Security-Policy in the file itself forbids it), so it opens and prints the
// same anywhere. Reads the same tree as the page's renderer (renderDom.ts).
import type { ReportArt, ReportBlock, ReportDoc, ReportSection } from './types.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Only http(s) links become links; anything else is shown as text. */
const safeHref = (href: string) => (/^https?:\/\//i.test(href) ? href : null);

function block(b: ReportBlock, art: ReportArt): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p${b.muted ? ' class="report-muted"' : ''}>${esc(b.text)}</p>`;
    case 'runs':
      return `<ul class="report-runs">${b.items.map((r) =>
        `<li><span class="report-swatch" style="background:${art.swatch(r.colorIndex)}"></span><strong>${esc(r.name)}</strong>${esc(r.text)}</li>`).join('')}</ul>`;
    case 'list':
      return `<ul class="report-limits">${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'table': {
      const cls = (i: number) => (b.numeric[i] ? ' class="report-num"' : '');
      const head = `<thead><tr>${b.head.map((h, i) => `<th scope="col"${cls(i)}>${esc(h)}</th>`).join('')}</tr></thead>`;
      const rows = b.rows.map((r, k) => `<tr data-key="${esc(b.keys[k]!)}">${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td${cls(i)}>${esc(c)}</td>`)).join('')}</tr>`);
      return `<table>${head}<tbody>${rows.join('')}</tbody></table>`;
    }
    case 'figure':
      // The SVG comes from the chart modules' serializer (src/ui/export/svgExport.ts): escaped text, no script.
      return `<figure data-chart="${b.chart}">${art.svgs.get(b.chart) ?? ''}</figure>`;
    case 'link': {
      const href = safeHref(b.href);
      return href ? `<a class="report-link" href="${esc(href)}">${esc(b.text)}</a>` : `<span class="report-link">${esc(b.text)}</span>`;
    }
    case 'code':
      return `<code>${esc(b.text)}</code>`;
  }
}

function section(s: ReportSection, art: ReportArt): string {
  return `<section class="report-section report-section-${s.id}" data-section="${s.id}"><h2>${esc(s.heading)}</h2>${s.blocks.map((b) => block(b, art)).join('')}</section>`;
}

/** The body of the report: the same markup the page's renderer builds. */
export function reportBodyHtml(doc: ReportDoc, art: ReportArt): string {
  return `<article class="report${doc.comparison ? ' report-comparison' : ''}" lang="${esc(doc.htmlLang)}">`
    + `<header class="report-head"><p class="report-kicker">${esc(doc.kicker)}</p><h1>${esc(doc.title)}</h1>`
    + `<ul class="report-lines">${doc.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></header>`
    + doc.sections.map((s) => section(s, art)).join('')
    + '</article>';
}

/** A whole HTML document. `css` is src/report/report.css. */
export function renderHtml(doc: ReportDoc, art: ReportArt, css: string): string {
  const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  // Screen only: the pages as sheets on grey, so the file reads like the print.
  const screen = '@media screen { html { background: #e8e8e8; } body { margin: 0; padding: 8mm 0; } .report { box-sizing: border-box; width: 210mm; margin: 0 auto; padding: 12mm 13mm; box-shadow: 0 1px 4px rgba(0,0,0,.25); } }\n@media print { body { margin: 0; } }';
  return `<!doctype html>
<html lang="${esc(doc.htmlLang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)}</title>
<style>
${css}
${screen}
</style>
</head>
<body>
${reportBodyHtml(doc, art)}
</body>
</html>
`;
}
