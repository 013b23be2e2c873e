import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, fullPageLink } from '../../../src/ui/export/embedCode.js';

describe('embed code', () => {
  const link = 'https://example.org/sim/?v=1&name=July+2024+baseline&push.revertMinutes=20&zoom=h6#x';
  it('embedUrl keeps the run and the view and adds embed=chart; the full page link takes it out again', () => {
    const u = embedUrl(link, 'timeline');
    expect(new URL(u).searchParams.get('embed')).toBe('timeline');
    expect(new URL(u).searchParams.get('push.revertMinutes')).toBe('20');
    expect(new URL(u).searchParams.get('zoom')).toBe('h6');
    expect(u).not.toContain('#');
    expect(fullPageLink(u)).toBe('https://example.org/sim/?v=1&name=July+2024+baseline&push.revertMinutes=20&zoom=h6');
  });
  it('embedCode is one iframe with an escaped title and a bounded height', () => {
    const code = embedCode(link, 'sectors', 'Who was down "by sector" <b>', 90);
    expect(code).toMatch(/^<iframe src="https:\/\/example\.org\/sim\/\?[^"]*embed=sectors" title="Who was down &quot;by sector&quot; &lt;b&gt;" width="100%" height="320" loading="lazy"/);
    expect(code.endsWith('</iframe>')).toBe(true);
    expect(embedCode(link, 'timeline', 't', 99999)).toContain('height="1400"');
  });
});
