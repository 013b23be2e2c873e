import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.js';
import { scaleParams } from '../../src/fit/scale.js';
import { scaleResult } from '../../src/results/scaleResult.js';
import { summarize, toSeries } from '../../src/results/index.js';
import { smallParams } from '../helpers/params.js';

describe('scaleResult', () => {
  it('scales counts, keeps shares and times; a tenth-scale preview lands near the full run', () => {
    const p = smallParams({ 'fleet.windowsSensors': 2_000_000, 'fleet.customers': 4000 });
    const full = simulate(p, 3);
    const tenth = simulate(scaleParams(p, 0.1), 3);
    const preview = scaleResult(tenth, 10);
    expect(preview.fleet).toBe(tenth.fleet * 10);
    expect(preview.binEdges).toBe(tenth.binEdges);
    expect(preview.regionOnAtPublish).toBe(tenth.regionOnAtPublish);
    expect(preview.crashedBySector[5]).toBe(tenth.crashedBySector[5]! * 10);
    const a = summarize(full, p);
    const b = summarize(preview, p, toSeries(preview));
    // The same model at a tenth of the size: within a few per cent on crashed, a couple of points on shares.
    expect(Math.abs(b.crashed - a.crashed) / a.crashed).toBeLessThan(0.08);
    expect(Math.abs(b.sensorsOnlineAtCheck - a.sensorsOnlineAtCheck)).toBeLessThan(0.03);
    expect(preview.sites.n).toBe(0);
  });

  it('times stay times: the stop on crash telemetry, the content\'s end and the known-bad list are not scaled', () => {
    const p = smallParams({ 'push.revertMinutes': 'never', 'push.haltAfterCrashes': 100, 'crash.knownBadDelayMinutes': 30, 'push.kernelModeShare': 0.5 });
    const r = simulate(p, 3);
    const preview = scaleResult(r, 10);
    expect(preview.detectedAtMinutes).toBe(r.detectedAtMinutes);
    expect(preview.haltAtMinutes).toBe(r.haltAtMinutes);
    expect(preview.contentEndMinutes).toBe(r.contentEndMinutes);
    expect(preview.knownBadMinutes).toBe(r.knownBadMinutes);
    expect(preview.agentOnly).toBe(r.agentOnly * 10);
    expect(preview.agentFailedByRegion[0]).toBe(r.agentFailedByRegion[0]! * 10);
  });
});
