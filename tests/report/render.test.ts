// @vitest-environment happy-dom
// The two renderers of one tree: the page's DOM and the standalone file carry the same sections,
// headings, tables and charts; text stays text (a run may be called anything); the file fetches
// nothing and runs nothing.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/index.js';
import { buildReport, renderDom, renderHtml, reportChartIds, type ReportInput } from '../../src/report/index.js';
import { RUN_COLORS } from '../../src/ui/charts/timelineChart.js';
import { drawReportCharts, REPORT_CHART_WIDTH, reportChartInput } from '../../src/ui/report/reportCharts.js';
import { smallServiceView } from '../ui/smallRun.js';

const NAME = 'Canary <script>alert(1)</script> & "friends"';

function report() {
  const main = { ...smallServiceView(), name: NAME };
  const other = { ...smallServiceView(), id: 'compare-1', name: 'Other run', paramsHash: 'ffff0000' };
  const input: ReportInput = {
    runs: [{ view: main, description: 'A <b>bold</b> claim.' }, { view: other, description: '' }],
    baseline: null, link: 'https://example.org/?v=1&seed=7', command: null, madeAtMs: Date.UTC(2026, 0, 2),
  };
  const doc = buildReport(input, createI18n('en'));
  const art = drawReportCharts(reportChartIds(doc), reportChartInput([main, other], null));
  return { doc, art, svgs: art.svgs };
}

describe('report renderers', () => {
  it('draws every chart of the report as SVG at the print width, without the run line (the header has it)', () => {
    const { doc, svgs } = report();
    expect([...svgs.keys()]).toEqual(reportChartIds(doc));
    expect(reportChartIds(doc)).toEqual(['timeline', 'sectors', 'org-spread', 'regions', 'flights', 'money']);
    for (const svg of svgs.values()) {
      expect(svg).toMatch(new RegExp(`^<svg[^>]* width="${REPORT_CHART_WIDTH}"`));
      // The run's hash and link are in the report's header, not under each chart (nor in metadata).
      expect(svg.replace(/<desc>[\s\S]*?<\/desc>/, '')).not.toContain('abcd1234');
      expect(svg).not.toContain('https://example.org/?s=snapshot');
    }
  });

  it('the DOM and the HTML file have the same sections, headings, table rows and figures', () => {
    const { doc, art } = report();
    const dom = renderDom(doc, art, document);
    const file = new DOMParser().parseFromString(renderHtml(doc, art, '.report{}'), 'text/html');
    const shape = (root: ParentNode) => ({
      sections: [...root.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section')),
      headings: [...root.querySelectorAll('h1, h2')].map((h) => h.textContent),
      rows: [...root.querySelectorAll('tr[data-key]')].map((r) => [r.getAttribute('data-key'), r.textContent]),
      figures: [...root.querySelectorAll('figure')].map((f) => [f.getAttribute('data-chart'), f.querySelectorAll('svg').length]),
      links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    });
    const a = shape(dom);
    expect(a).toEqual(shape(file));
    expect(a.sections).toEqual(['scenario', 'figures', 'parameters', 'limits', 'reproduce', 'charts']);
    expect(a.figures).toEqual([['timeline', 1], ['sectors', 1], ['org-spread', 1], ['regions', 1], ['flights', 1], ['money', 1]]);
    expect(a.links).toEqual(['https://example.org/?v=1&seed=7']);
  });

  it('each run\'s swatch has the colour of its lines on the charts', () => {
    const { doc, art } = report();
    const html = renderHtml(doc, art, '');
    const swatches = [...html.matchAll(/class="report-swatch" style="background:([^"]+)"/g)].map((m) => m[1]);
    expect(swatches).toEqual([RUN_COLORS[0], RUN_COLORS[1]]);
    const dom = renderDom(doc, art, document);
    expect(dom.querySelectorAll('.report-swatch').length).toBe(2);
  });

  it('names and descriptions stay text in both renderers', () => {
    const { doc, art } = report();
    const dom = renderDom(doc, art, document);
    expect(dom.querySelector('script, b')).toBeNull();
    expect(dom.querySelector('h1')!.textContent).toContain(NAME);
    const html = renderHtml(doc, art, '');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Canary &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;');
  });

  it('the file is self-contained: inline CSS and SVG, a policy that forbids fetching, nothing external', () => {
    const { doc, art } = report();
    const html = renderHtml(doc, art, '@page { size: A4; }');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en-GB">'.replace('en-GB', doc.htmlLang));
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"");
    expect(html).toContain('@page { size: A4; }');
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/\s(src|srcset)=/i);
    // The only URL outside the SVGs' namespaces is the link that reproduces the report.
    const urls = [...html.matchAll(/https?:\/\/[^"'\s<)]+/g)].map((m) => m[0]).filter((u) => !u.startsWith('http://www.w3.org/'));
    expect(new Set(urls)).toEqual(new Set(['https://example.org/?v=1&amp;seed=7']));
  });

  it('a link that is not http(s) is shown, not linked', () => {
    const { doc, art } = report();
    const bad = { ...doc, sections: doc.sections.map((s) => ({ ...s, blocks: s.blocks.map((b) => (b.kind === 'link' ? { ...b, href: 'javascript:alert(1)' } : b)) })) };
    expect(renderDom(bad, art, document).querySelector('a')).toBeNull();
    expect(renderHtml(bad, art, '')).not.toContain('href="javascript');
  });
});
