import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.js';
import { LEVERS, tornadoInputs, tornadoPlan, tornadoRows } from '../../src/ensemble/index.js';
import { summarize } from '../../src/results/index.js';
import { validateOverrides } from '../../src/scenario/validate.js';
import { smallParams } from '../helpers/params.js';

describe('tornado', () => {
  it('every lever end is a valid set of parameter values', () => {
    for (const l of LEVERS) {
      expect(validateOverrides({ ...l.low }, l.id).ok, `${l.id} low`).toBe(true);
      expect(validateOverrides({ ...l.high }, l.id).ok, `${l.id} high`).toBe(true);
    }
  });

  it('the plan runs the scenario, then each input low and high, all on the same seed', () => {
    const inputs = tornadoInputs('levers');
    const plan = tornadoPlan(smallParams(), 5, inputs);
    expect(plan.runs).toHaveLength(1 + 2 * LEVERS.length);
    expect(new Set(plan.runs.map((r) => r.seed))).toEqual(new Set([5]));
    const revert = inputs.findIndex((i) => i.id === 'revert');
    expect(plan.runs[1 + 2 * revert]!.params.push.revertMinutes).toBe(15);
    expect(plan.runs[2 + 2 * revert]!.params.push.revertMinutes).toBe(240);
    expect(tornadoInputs('assumptions').every((i) => i.kind === 'assumption')).toBe(true);
    expect(tornadoInputs('both').length).toBe(tornadoInputs('levers').length + tornadoInputs('assumptions').length);
  });

  it('rows rank the levers by swing; staff and revert move the right way', () => {
    const p = smallParams();
    const inputs = tornadoInputs('levers').filter((i) => ['revert', 'staff', 'kernel'].includes(i.id));
    const plan = tornadoPlan(p, 2, inputs);
    const summaries = plan.runs.map((r) => summarize(simulate(r.params, r.seed), r.params));
    const rows = tornadoRows(plan, summaries, 'deviceHoursLost', p.run.horizonDays * 24);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.swing).toBeGreaterThanOrEqual(rows[i]!.swing);
    const staff = rows.find((r) => r.id === 'staff')!;
    expect(staff.high!).toBeLessThan(staff.low!); // more hands, fewer device-hours lost
    const revert = rows.find((r) => r.id === 'revert')!;
    expect(revert.low!).toBeLessThan(revert.high!); // a faster revert loses less
    const kernel = rows.find((r) => r.id === 'kernel')!;
    expect(kernel.high!).toBeLessThan(kernel.low!);
    expect(rows[0]!.base).toBe(summaries[0]!.deviceHoursLost);
  });
});
