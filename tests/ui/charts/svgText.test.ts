import { describe, expect, it } from 'vitest';
import { textWidth, wrapLines } from '../../../src/ui/charts/svgText.js';

describe('svgText', () => {
  it('textWidth estimates within 5% of DejaVu Sans at 12 px (measured in Chromium)', () => {
    // Measured with getComputedTextLength() in headless Chromium on Linux.
    expect(textWidth("Crashed, % of the sector's Windows devices", 12)).toBeCloseTo(264.9, -1);
    expect(textWidth('North America, Mountain & Pacific', 12) / 205.5).toBeGreaterThan(0.95);
    expect(textWidth('abcdefghijklmnopqrstuvwxyz', 12) / 175.8).toBeLessThan(1.05);
    expect(textWidth('abc', 12, true)).toBeGreaterThan(textWidth('abc', 12));
  });

  it('wrapLines keeps words whole, fits the width and cuts a long link', () => {
    const lines = wrapLines('Source: Simulation (outage impact simulator). Microsoft, 20 Jul 2024.', 150, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe('Source: Simulation (outage impact simulator). Microsoft, 20 Jul 2024.');
    const url = `https://example.org/?${'x'.repeat(200)}`;
    const cut = wrapLines(url, 200, 12);
    expect(cut.join('')).toBe(url);
    for (const l of cut) expect(textWidth(l, 12)).toBeLessThanOrEqual(200);
  });
});
