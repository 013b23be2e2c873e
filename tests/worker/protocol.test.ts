import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.js';
import { transferablesOf } from '../../src/worker/protocol.js';
import { smallParams } from '../helpers/params.js';

describe('transferablesOf', () => {
  it('transferablesOf(result) lists every typed array buffer once, the site table\'s included', () => {
    const r = simulate(smallParams({ 'run.horizonDays': 2 }), 1);
    const buffers = transferablesOf(r);
    expect(new Set(buffers).size).toBe(buffers.length);
    for (const a of [r.binEdges, r.crashedBySector, r.classCrashed, r.sites.customer, r.sites.backAt, r.sites.firstCrash]) {
      expect(buffers).toContain(a.buffer);
    }
    const views = [...Object.values(r), ...Object.values(r.sites)].filter((v) => ArrayBuffer.isView(v));
    expect(buffers.length).toBe(new Set(views.map((v) => (v as Float64Array).buffer)).size);
  });
});
