import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASSES, type DeviceClass } from '../../src/engine/index.js';
import { DownCurve } from '../../src/services/downCurve.js';
import { makeGrid, stepMid, STEP_MINUTES, type Grid } from '../../src/services/grid.js';
import { CATCHING_UP, MANUAL, NORMAL, STOPPED, ServiceRunner, ramp, type Dependency, type ServiceKnobs } from '../../src/services/serviceRun.js';
import { HAND_PUBLISH } from '../helpers/handMade.js';
import { siteTable, straight, type HandSite } from '../helpers/siteTables.js';

const grid: Grid = makeGrid(HAND_PUBLISH, 14 * 1440);
const ALWAYS = new Uint8Array(grid.n).fill(1);
const NONE: ServiceKnobs = { fallbackLevel: 0, fallbackMinutes: 0, deferShare: 0, surgeShare: 0.25 };

/** A service needing core servers and front-line workstations at one hand-made site. */
function setup(site: HandSite) {
  const t = siteTable([site]);
  const curves = CLASSES.map((_, c) => new DownCurve().load(t, 0, c));
  const dep = (cls: DeviceClass, role: 'core' | 'front'): Dependency => ({
    curve: curves[CLASSES.indexOf(cls)]!, stopBelow: role === 'core' ? 0.5 : 0.1, fullAt: role === 'core' ? 0.9 : 0.8,
  });
  return { deps: [dep('server', 'core'), dep('workstation', 'front')], runner: new ServiceRunner(grid) };
}

const site = (over: Partial<HandSite> = {}): HandSite => ({
  sector: 'other', devices: { server: 20, workstation: 200, fixed: 10 }, crashed: { server: 18, workstation: 150 }, firstCrash: 5,
  back: { server: straight(120, 600), workstation: straight(300, 3000) }, ...over,
});

describe('ramp', () => {
  it('ramp is 0 up to stopBelow, 1 from fullAt, straight in between', () => {
    expect(ramp(0.4, 0.5, 0.9)).toBe(0);
    expect(ramp(0.5, 0.5, 0.9)).toBe(0);
    expect(ramp(0.7, 0.5, 0.9)).toBeCloseTo(0.5, 12);
    expect(ramp(0.9, 0.5, 0.9)).toBe(1);
    expect(ramp(1, 0.5, 0.9)).toBe(1);
  });
});

describe('ServiceRunner.run', () => {
  it('ServiceRunner.run: a service whose devices did not crash never stops, whatever else crashed', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 3000 }),
      fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      (fixed, vm, first, level, defer) => {
        // Fixed endpoints and VMs crash; the service needs servers and workstations only.
        const { deps, runner } = setup({ sector: 'other', devices: { server: 5, workstation: 50, fixed, vm }, crashed: { fixed, vm }, firstCrash: first,
          back: { fixed: straight(first + 60, first + 9000), vm: straight(first + 10, first + 100) } });
        const r = runner.run(deps, { fallbackLevel: level, fallbackMinutes: 30, deferShare: defer, surgeShare: 0.25 }, ALWAYS);
        expect(r.from).toBe(r.to);
        expect(r.lostHours).toBe(0);
        expect(r.stoppedHours).toBe(0);
        expect(r.normalAt).toBe(-Infinity);
      },
    ), { seed: 10, numRuns: 200 });
  });

  it('ServiceRunner.run: without a fallback good enough, the service is never back before the devices it needs', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 600 }),
      fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 6, maxLength: 6 }), fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 6, maxLength: 6 }),
      fc.double({ min: 0, max: 0.99, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      (cs, cw, first, ds, dw, level, defer) => {
        const cum = (d: number[]) => { let a = first; return d.map((x) => (a += x)); };
        const { deps, runner } = setup({ sector: 'other', devices: { server: 20, workstation: 200 }, crashed: { server: cs, workstation: cw }, firstCrash: first,
          back: { server: cum(ds), workstation: cum(dw) } });
        const r = runner.run(deps, { fallbackLevel: level, fallbackMinutes: 20, deferShare: defer, surgeShare: 0.25 }, ALWAYS);
        if (r.devicesBackAt === -Infinity) {
          expect(r.from).toBe(r.to); // the crash never took either class below its threshold
          return;
        }
        expect(r.normalAt).toBeGreaterThanOrEqual(r.devicesBackAt - STEP_MINUTES);
        const early: number[] = [];
        for (let k = r.from; k < r.to; k++) {
          const t = stepMid(grid, k);
          if (t >= first && t < r.devicesBackAt - STEP_MINUTES && (runner.output[k]! >= 1 || runner.state[k] === NORMAL)) early.push(t);
        }
        expect(early).toEqual([]);
      },
    ), { seed: 11, numRuns: 200 });
  });

  it('ServiceRunner.run: a manual fallback at full output brings the service back before its devices', () => {
    const { deps, runner } = setup(site());
    const r = runner.run(deps, { fallbackLevel: 1, fallbackMinutes: 30, deferShare: 0, surgeShare: 0.25 }, ALWAYS);
    const back = r.devicesBackAt;
    expect(back).toBeGreaterThan(120);
    const early = Array.from({ length: r.to - r.from }, (_, i) => r.from + i).filter((k) => stepMid(grid, k) > 60 && stepMid(grid, k) < back - 60);
    expect(early.length).toBeGreaterThan(0);
    for (const k of early) {
      expect(runner.output[k]).toBe(1);
      expect(runner.state[k]).toBe(MANUAL);
    }
    // Before the fallback is set up, nothing runs: every server crashed at once.
    expect(runner.state[r.from]).toBe(STOPPED);
  });

  it('ServiceRunner.run: manual work starts fallbackMinutes after the service drops, and lifts output to its level', () => {
    const { deps, runner } = setup(site());
    const r = runner.run(deps, { fallbackLevel: 0.4, fallbackMinutes: 60, deferShare: 0, surgeShare: 0.25 }, ALWAYS);
    for (let k = r.from; k < r.to; k++) {
      const t = stepMid(grid, k);
      if (t < 5 + 60) expect(runner.output[k]).toBe(runner.capacity[k]);
      else expect(runner.output[k]).toBe(Math.max(0.4, runner.capacity[k]!));
    }
    expect(r.manualHours).toBeGreaterThan(0);
  });

  it('ServiceRunner.run: the backlog drains once the devices are back, at the catch-up rate', () => {
    const { deps, runner } = setup(site());
    const k0: ServiceKnobs = { fallbackLevel: 0, fallbackMinutes: 0, deferShare: 0.8, surgeShare: 0.25 };
    const r = runner.run(deps, k0, ALWAYS);
    expect(Number.isFinite(r.normalAt)).toBe(true);
    expect(r.normalAt).toBeGreaterThan(r.devicesBackAt);
    const lastImpaired = Array.from({ length: r.to - r.from }, (_, i) => r.from + i).filter((k) => runner.capacity[k]! < 1).pop()!;
    const left = runner.backlog[lastImpaired]!;
    expect(left).toBeGreaterThan(0);
    // Catching up after the devices are back: backlog falls every step, and it takes backlog / surge hours.
    for (let k = lastImpaired + 1; k < r.to; k++) {
      // The step in which the last of it is done ends normal.
      expect(runner.state[k]).toBe(k < r.to - 1 ? CATCHING_UP : NORMAL);
      expect(runner.backlog[k]).toBeLessThan(runner.backlog[k - 1]!);
    }
    expect(runner.backlog[r.to - 1]).toBe(0);
    // The tail the tallies take apart: it starts once the devices are back and holds full output.
    expect(r.catchUpFrom).toBeGreaterThan(lastImpaired);
    expect(r.catchUpFrom).toBeLessThan(r.to);
    for (let k = r.catchUpFrom; k < r.to; k++) {
      expect(runner.capacity[k]).toBe(1);
      expect(runner.output[k]).toBe(1);
    }
    expect(runner.state[r.catchUpFrom - 1]).not.toBe(CATCHING_UP);
    const catchUpHours = ((r.to - lastImpaired - 1) * STEP_MINUTES) / 60;
    expect(catchUpHours).toBeCloseTo(left / 0.25, 0);
    // Without deferred work, it is normal as soon as the devices allow.
    const r2 = runner.run(deps, NONE, ALWAYS);
    expect(r2.normalAt).toBeLessThan(r.normalAt);
    expect(r2.normalAt - r2.devicesBackAt).toBeLessThanOrEqual(STEP_MINUTES);
  });

  it('ServiceRunner.run: lost hours count only opening hours, impaired hours count the clock', () => {
    const { deps, runner } = setup(site());
    const all = runner.run(deps, NONE, ALWAYS);
    const half = new Uint8Array(grid.n).map((_, k) => (k % 2 === 0 ? 1 : 0));
    const some = runner.run(deps, NONE, half);
    expect(some.impairedHours).toBeCloseTo(all.impairedHours, 9);
    expect(some.lostHours).toBeGreaterThan(0.4 * all.lostHours);
    expect(some.lostHours).toBeLessThan(0.6 * all.lostHours);
    expect(all.lostHours).toBeLessThanOrEqual(all.impairedHours + 1e-9);
  });

  it('ServiceRunner.run: a service stopped past the end of the run is never normal again', () => {
    const { deps, runner } = setup(site({ back: { server: [60, Infinity, Infinity, Infinity, Infinity, Infinity], workstation: straight(60, 120) } }));
    const r = runner.run(deps, NONE, ALWAYS);
    expect(r.normalAt).toBe(Infinity);
    expect(r.to).toBe(grid.n);
    expect(r.devicesBackAt).toBe(Infinity);
  });
});
