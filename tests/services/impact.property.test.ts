// Property: for any valid parameters (the service ones included) and seed, the service layer's
// figures are finite, in range and consistent with each other. The fast-check seed is in the title.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { simulate, withOverrides } from '../../src/engine/index.js';
import { serviceImpact } from '../../src/services/index.js';
import { seedArb, smallSimParamsArb } from '../helpers/arbitraries.js';
import { logCases } from '../helpers/messages.js';

const FC_SEED = 20072024;
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('serviceImpact (property)', () => {
  it(`serviceImpact gives finite, consistent figures for random valid parameters and seeds (fc seed ${FC_SEED})`, () => {
    let runs = 0;
    fc.assert(
      fc.property(smallSimParamsArb, seedArb, (overrides, seed) => {
        runs++;
        const params = withOverrides(overrides);
        const r = simulate(params, seed);
        const im = serviceImpact(r, params);
        const bad: string[] = [];
        const check = (ok: boolean, what: string) => { if (!ok && bad.length < 10) bad.push(what); };
        const n = im.timeMs.length;
        check(Number.isFinite(im.lossUSD) && im.lossUSD >= 0, `lossUSD ${im.lossUSD}`);
        check(close(im.lossUSD, im.sectors.reduce((a, s) => a + s.lossUSD, 0)), 'lossUSD = sum of sectors');
        check(close(im.lossUSD, im.customerLoss.reduce((a, b) => a + b, 0)), 'lossUSD = sum of customers');
        check(im.sectorOutput.every((x) => x >= -1e-9 && x <= 1 + 1e-9), 'sector output in [0, 1]');
        check(im.sectorLoss.every((x) => x >= 0 && Number.isFinite(x)), 'sector loss finite and >= 0');
        for (const s of im.services) {
          check(s.affectedUnits <= s.units + 1e-9, `${s.id}: affected <= units`);
          check(s.lostHours >= 0 && Number.isFinite(s.lostHours), `${s.id}: lost hours`);
          for (let k = 0; k < n; k++) {
            const inState = s.stopped[k]! + s.manual[k]! + s.degraded[k]! + s.catchingUp[k]!;
            if (inState > s.affectedUnits + 1e-6) { check(false, `${s.id}: more units in a state than affected at step ${k}`); break; }
          }
        }
        const f = im.flights;
        check(f.cancelled >= 0 && f.cancelled <= f.scheduled + 1e-6, `flights cancelled ${f.cancelled} of ${f.scheduled}`);
        check(close(f.cancelled, f.byDay.reduce((a, d) => a + d.cancelled, 0)), 'flights by day add up');
        check(f.knockOn <= f.cancelled + 1e-6, 'knock-on within cancellations');
        const h = im.hospitals;
        check(h.shareDisrupted >= 0 && h.shareDisrupted <= 1 + 1e-9, `hospital share ${h.shareDisrupted}`);
        for (const q of [h.outageHours, im.emergency.hours]) {
          check(q.p10 === null || (q.p10 <= q.p50! && q.p50! <= q.p90! && q.p90! <= q.max!), 'quantiles in order');
        }
        check(im.emergency.unable <= im.emergency.centres + 1e-9, 'centres unable <= centres');
        check(im.fortune500.lossUSD <= im.lossUSD + 1e-6, 'Fortune-500-like loss within the total');
        if (r.crashed === 0) check(im.lossUSD === 0 && f.cancelled === 0 && h.disrupted === 0, 'nothing crashed, nothing lost');
        if (bad.length) throw new Error(`${bad.join('\n')}\nparams: ${JSON.stringify(overrides)}, seed ${seed}`);
      }),
      { numRuns: 30, seed: FC_SEED, endOnFailure: true },
    );
    logCases('serviceImpact on random parameters', runs);
  }, 240_000);
});
