// The report as DOM, for the page's print container: the same tree and the same markup as the
// standalone file (renderHtml.ts), built with text nodes only (names and descriptions may hold
// anything) and the charts' SVG parsed as SVG. Colours are set through the style object, which
// the page's Content Security Policy allows where an inline style attribute would be refused.
import type { ReportArt, ReportBlock, ReportChartId, ReportDoc } from './types.js';

export function renderDom(doc: ReportDoc, art: ReportArt, d: Document = document): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
    const e = d.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const svgOf = (chart: ReportChartId): Node | null => {
    const text = art.svgs.get(chart);
    if (!text) return null;
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    return parsed.documentElement.nodeName === 'svg' ? d.importNode(parsed.documentElement, true) : null;
  };
  const block = (b: ReportBlock): HTMLElement => {
    switch (b.kind) {
      case 'paragraph':
        return el('p', b.muted ? 'report-muted' : undefined, b.text);
      case 'runs': {
        const ul = el('ul', 'report-runs');
        for (const r of b.items) {
          const li = el('li');
          const sw = el('span', 'report-swatch');
          sw.style.background = art.swatch(r.colorIndex);
          li.append(sw, el('strong', undefined, r.name), r.text);
          ul.append(li);
        }
        return ul;
      }
      case 'list': {
        const ul = el('ul', 'report-limits');
        for (const i of b.items) ul.append(el('li', undefined, i));
        return ul;
      }
      case 'table': {
        const table = el('table');
        const num = (i: number) => (b.numeric[i] ? 'report-num' : undefined);
        const headRow = el('tr');
        b.head.forEach((h, i) => {
          const th = el('th', num(i), h);
          th.scope = 'col';
          headRow.append(th);
        });
        const thead = el('thead');
        thead.append(headRow);
        const tbody = el('tbody');
        b.rows.forEach((r, k) => {
          const tr = el('tr');
          tr.dataset['key'] = b.keys[k]!;
          r.forEach((c, i) => {
            const cell = i === 0 ? el('th', undefined, c) : el('td', num(i), c);
            if (i === 0) (cell as HTMLTableCellElement).scope = 'row';
            tr.append(cell);
          });
          tbody.append(tr);
        });
        table.append(thead, tbody);
        return table;
      }
      case 'figure': {
        const fig = el('figure');
        fig.dataset['chart'] = b.chart;
        const svg = svgOf(b.chart);
        if (svg) fig.append(svg);
        return fig;
      }
      case 'link': {
        if (!/^https?:\/\//i.test(b.href)) return el('span', 'report-link', b.text);
        const a = el('a', 'report-link', b.text);
        a.href = b.href;
        return a;
      }
      case 'code':
        return el('code', undefined, b.text);
    }
  };

  const article = el('article', doc.comparison ? 'report report-comparison' : 'report');
  article.lang = doc.htmlLang;
  const head = el('header', 'report-head');
  const lines = el('ul', 'report-lines');
  for (const l of doc.lines) lines.append(el('li', undefined, l));
  head.append(el('p', 'report-kicker', doc.kicker), el('h1', undefined, doc.title), lines);
  article.append(head);
  for (const s of doc.sections) {
    const sec = el('section', `report-section report-section-${s.id}`);
    sec.dataset['section'] = s.id;
    sec.append(el('h2', undefined, s.heading), ...s.blocks.map(block));
    article.append(sec);
  }
  return article;
}
