// Guards for everything added later: no code path may turn data into markup or code. Scenario
// names, descriptions and links come from other people; the page shows them only as text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|html)$/.test(name) ? [p] : [];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML / outerHTML', /\b(inner|outer)HTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['eval', /(^|[^\w.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timers', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ["d3's .html()", /\.html\s*\(/],
  ['Math.random in the engine', /Math\.random\s*\(/],
];

describe('source scan', () => {
  const sources = [...files(join(ROOT, 'src')), join(ROOT, 'index.html')];
  it(`no source file uses markup or code injection sinks (${sources.length} files)`, () => {
    const hits: string[] = [];
    for (const f of sources) {
      const text = readFileSync(f, 'utf8');
      for (const [what, re] of FORBIDDEN) {
        // Math.random is only forbidden in the engine; the UI has no use for it either, but say why.
        if (what.startsWith('Math.random') && !f.includes(join('src', 'engine'))) continue;
        text.split('\n').forEach((line, i) => {
          if (re.test(line) && !line.trim().startsWith('//')) hits.push(`${relative(ROOT, f)}:${i + 1}: ${what}`);
        });
      }
    }
    expect(hits).toEqual([]);
  });

  it('the engine has no DOM, clock or global randomness', () => {
    const hits: string[] = [];
    for (const f of files(join(ROOT, 'src', 'engine'))) {
      const text = readFileSync(f, 'utf8');
      text.split('\n').forEach((line, i) => {
        const code = line.trim();
        if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
        if (/\b(document|window|localStorage|navigator)\.|\b(Date\.now|performance\.now)\(|new Date\(\)/.test(line)) hits.push(`${relative(ROOT, f)}:${i + 1}`);
      });
    }
    expect(hits).toEqual([]);
  });
});
