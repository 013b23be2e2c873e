import { describe, expect, it } from 'vitest';
import { CLASSES, PARAM_BY_KEY, SECTORS, SERVICES, defaultParams } from '../../src/engine/index.js';
import { SERVICE_BY_ID, SERVICE_INFO } from '../../src/services/catalog.js';

describe('SERVICE_INFO', () => {
  it('SERVICE_INFO describes every service once, and every sector runs at least one', () => {
    expect(SERVICE_INFO.map((s) => s.id)).toEqual([...SERVICES]);
    for (const sector of SECTORS) expect(SERVICE_INFO.some((s) => s.sector === sector), sector).toBe(true);
  });

  it('SERVICE_INFO: each service needs known device classes, at most once each, with open hours inside the day', () => {
    for (const s of SERVICE_INFO) {
      expect(s.deps.length, s.id).toBeGreaterThan(0);
      expect(new Set(s.deps.map((d) => d.cls)).size, s.id).toBe(s.deps.length);
      for (const d of s.deps) expect(CLASSES).toContain(d.cls);
      if (s.hours) {
        expect(s.hours.from).toBeGreaterThanOrEqual(0);
        expect(s.hours.to).toBeLessThanOrEqual(24);
        expect(s.hours.from).toBeLessThan(s.hours.to);
      }
    }
  });

  it('every service has its fallback, deferred-work and (unless costed by flights) cost parameters in the registry', () => {
    const p = defaultParams();
    for (const id of SERVICES) {
      for (const k of ['fallbackLevel', 'fallbackMinutes', 'deferShare']) expect(PARAM_BY_KEY.has(`services.${id}.${k}`), `${id}.${k}`).toBe(true);
      const costed = SERVICE_BY_ID.get(id)!.costedBy === 'hours';
      expect(PARAM_BY_KEY.has(`services.${id}.costPerHour`), id).toBe(costed);
      if (costed) expect(p.services[id].costPerHour).toBeGreaterThan(0);
    }
    for (const sector of SECTORS) {
      expect(p.services.unitDevices[sector]).toBeGreaterThan(0);
      expect(p.services.onWindowsShare[sector]).toBeGreaterThan(0);
    }
  });
});
