import { describe, expect, it } from 'vitest';
import { rowForKey, rowLayout } from '../../../src/ui/charts/rows.js';

describe('rows', () => {
  it('rowForKey moves with arrows, jumps with Home/End, clears with Escape and ignores other keys', () => {
    expect(rowForKey('ArrowDown', null, 5)).toBe(0);
    expect(rowForKey('ArrowDown', 4, 5)).toBe(4);
    expect(rowForKey('ArrowUp', 0, 5)).toBe(0);
    expect(rowForKey('ArrowUp', 3, 5)).toBe(2);
    expect(rowForKey('End', 0, 5)).toBe(4);
    expect(rowForKey('Home', 3, 5)).toBe(0);
    expect(rowForKey('Escape', 3, 5)).toBeNull();
    expect(rowForKey('a', 3, 5)).toBeUndefined();
    expect(rowForKey('ArrowDown', null, 0)).toBeUndefined();
  });

  it('rowLayout fits the panels in the width, from a phone to a wide screen', () => {
    for (const width of [320, 360, 560, 900, 1600]) {
      const l = rowLayout(width, ['Retail & payments', 'North America, Mountain & Pacific'], [0.45, 0.55], ['Heading one', 'Heading two']);
      const last = l.panels[l.panels.length - 1]!;
      expect(last.x + last.w).toBeLessThanOrEqual(width);
      expect(l.labelW).toBeLessThanOrEqual(width * 0.28);
      expect(l.narrow).toBe(width < 560);
      expect(l.height).toBe(l.top + 2 * l.rowH + 8);
    }
  });
});
