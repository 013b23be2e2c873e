import { describe, expect, it } from 'vitest';
import type { ExportMeta } from '../../../src/ui/export/meta.js';
import { escapeAttr, serializeSvg, type XmlNode } from '../../../src/ui/export/svgExport.js';

// Plain objects in the shape of DOM nodes: the serialiser reads nodeType, nodeName, nodeValue,
// attributes and childNodes only.
const text = (value: string): XmlNode => ({ nodeType: 3, nodeName: '#text', nodeValue: value, childNodes: [] });
const el = (name: string, attrs: Record<string, string> = {}, ...kids: XmlNode[]): XmlNode => ({
  nodeType: 1, nodeName: name, nodeValue: null,
  attributes: Object.entries(attrs).map(([n, value]) => ({ name: n, value })),
  childNodes: kids,
});

const meta: ExportMeta = {
  chartId: 'timeline', title: 'Devices down', description: 'What it shows.', source: 'Simulation', note: 'A note',
  scenarioName: '<script>alert(1)</script> & co', seed: 42, paramsHash: 'abc123', link: 'https://example.org/?a=1&b=2',
};

function sample(): XmlNode {
  return el('svg', { width: '100', height: '50', class: 'chart-svg', tabindex: '0', onload: 'alert(1)' },
    el('title', {}, text('screen title')),
    el('script', {}, text('alert(1)')),
    el('g', { onclick: 'x()', 'data-k': '1', transform: 'translate(1,2)', 'clip-path': 'url(#c1)' },
      el('clipPath', { id: 'c1' }, el('rect', { width: '10', height: '10' })),
      el('path', { d: 'M0,0L1,1', fill: 'url(https://evil.example/x.svg#p)' }),
      el('rect', { width: '5', height: '5', style: 'fill:red', fill: '#fff' }),
      el('foreignObject', {}, el('div', {}, text('html'))),
      el('use', { href: 'https://evil.example/sprite.svg#a' }),
      el('a', { href: 'javascript:alert(1)' }, el('text', {}, text('link'))),
      el('text', { x: '1', y: '2' }, text('Scenario <script>alert("x")</script> & "quotes"')),
    ),
  );
}

describe('serializeSvg', () => {
  const out = serializeSvg(sample(), meta);

  it('serializeSvg writes a standalone file with the SVG namespace', () => {
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(out).toContain('width="100" height="50"');
  });

  it('serializeSvg removes scripts, foreignObject, use, links and event handlers', () => {
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/\son[a-z]+=/i);
    expect(out).not.toContain('foreignObject');
    expect(out).not.toContain('<use');
    expect(out).not.toContain('<a ');
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('evil.example');
    expect(out).not.toContain('html');
  });

  it('serializeSvg drops screen-only attributes and keeps references inside the file', () => {
    expect(out).not.toMatch(/\s(class|tabindex|style|data-k)=/);
    expect(out).toContain('clip-path="url(#c1)"');
    expect(out).toContain('<clipPath id="c1"><rect width="10" height="10"/></clipPath>');
    expect(out).toContain('<rect width="5" height="5" fill="#fff"/>');
  });

  it('serializeSvg escapes text: a scenario name with <script> stays text', () => {
    expect(out).toContain('Scenario &lt;script&gt;alert("x")&lt;/script&gt; &amp; "quotes"');
    expect(out).toContain('<scenario>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</scenario>');
  });

  it('serializeSvg opens with title, desc and metadata naming the run (replacing the screen title)', () => {
    expect(out).toContain('<title>Devices down</title><desc>What it shows. Scenario &lt;script&gt;alert(1)&lt;/script&gt; &amp; co, seed 42, parameters abc123.</desc><metadata>');
    expect(out).not.toContain('screen title');
    for (const part of ['<chart>timeline</chart>', '<seed>42</seed>', '<paramsHash>abc123</paramsHash>',
      '<link>https://example.org/?a=1&amp;b=2</link>', '<source>Simulation</source>', '<generatedBy>Outage impact simulator']) {
      expect(out).toContain(part);
    }
    expect(out.indexOf('<title>')).toBeLessThan(out.indexOf('<g '));
  });

  it('serializeSvg output is well-formed: every tag closes in order', () => {
    const stack: string[] = [];
    for (const m of out.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
      const [, close, name, self] = m;
      if (self) continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });

  it('serializeSvg strips characters XML forbids and refuses a non-svg root', () => {
    expect(escapeAttr('a\u0001b\n"c"')).toBe('ab&#10;&quot;c&quot;');
    expect(() => serializeSvg(el('g'), meta)).toThrow(/svg/);
  });
});
