import { describe, expect, it } from 'vitest';
import { REGION_INFO } from '../../src/engine/regions.js';
import { REGIONS } from '../../src/engine/types.js';

describe('REGION_INFO', () => {
  it('REGION_INFO lists REGIONS in order, with July 2024 offsets and two weekend days', () => {
    expect(REGION_INFO.map((r) => r.id)).toEqual([...REGIONS]);
    for (const r of REGION_INFO) {
      expect(r.utcOffsetHours).toBeGreaterThanOrEqual(-12);
      expect(r.utcOffsetHours).toBeLessThanOrEqual(14);
      expect(r.weekend.length).toBe(2);
    }
    expect(REGION_INFO.find((r) => r.id === 'anz')!.utcOffsetHours).toBe(10);
    expect(REGION_INFO.find((r) => r.id === 'na-east')!.utcOffsetHours).toBe(-4);
  });
});
