import { describe, expect, it } from 'vitest';
import type { Params, SimResult } from '../../../src/engine/index.js';
import { validateOrg } from '../../../src/scenario/org.js';
import { baselineScenario } from '../../../src/scenario/scenario.js';
import type { Job, JobHandlers } from '../../../src/ui/app/jobQueue.js';
import { orgRunKey, OrgRuns, type OrgRunState } from '../../../src/ui/app/orgRuns.js';
import { smallRun, smallServiceView } from '../smallRun.js';

/** A queue that records jobs and lets the test answer them. */
function fakeQueue() {
  const jobs: { job: Job; handlers: JobHandlers; lane?: string; cancelled: boolean }[] = [];
  return {
    jobs,
    submit(job: Job, handlers: JobHandlers, opts: { lane?: string } = {}) {
      for (const j of jobs) if (j.lane === opts.lane) j.cancelled = true;
      jobs.push({ job, handlers, lane: opts.lane, cancelled: false });
      return { id: jobs.length, cancel: () => true };
    },
    cancelLane(lane: string) {
      const live = jobs.filter((j) => j.lane === lane && !j.cancelled);
      for (const j of live) j.cancelled = true;
      return live.length > 0;
    },
  };
}

const org = (staff = 10) => {
  const r = validateOrg({ name: 'Clinic', sector: 'healthcare', repairStaff: staff, sites: [{ region: 'uk-ie', devices: { server: 20, workstation: 300 } }] }, 'x');
  if (!r.ok) throw new Error('bad');
  return r.value;
};

/** Answers a job as a worker does: the result with the parameters it ran with, then the service figures. */
function answer(h: JobHandlers, result: SimResult, params: Params) {
  h.onProgress?.(0.5);
  h.onResult(0, result, { prepareMs: 1, runMs: 1, totalMs: 2 }, params);
  h.onImpact?.(0, smallServiceView().services!);
}

describe('OrgRuns', () => {
  it('OrgRuns runs the organisation under the scenario as one split job in its own lane, devices first, then services', () => {
    const q = fakeQueue();
    const states: OrgRunState[] = [];
    const runs = new OrgRuns(q, (s) => states.push(s));
    const scenario = baselineScenario();
    runs.run(org(), scenario, { name: 'Clinic under the baseline', link: 'https://example.org/?x' });
    expect(q.jobs).toHaveLength(1);
    const { job, lane } = q.jobs[0]!;
    expect(lane).toBe('org');
    expect(job).toMatchObject({ kind: 'split', seed: scenario.seed, services: true, org: org() });
    expect(runs.state).toMatchObject({ status: 'running', key: orgRunKey(org(), scenario), view: null });
    const { result, params } = smallRun();
    const h = q.jobs[0]!.handlers;
    h.onResult(0, result, { prepareMs: 1, runMs: 1, totalMs: 2 }, params);
    expect(runs.state.status).toBe('running');
    expect(runs.state.view?.services).toBeUndefined();
    expect(runs.state.view).toMatchObject({ id: 'org', name: 'Clinic under the baseline', paramsHash: orgRunKey(org(), scenario) });
    h.onImpact?.(0, smallServiceView().services!);
    expect(runs.state.status).toBe('done');
    expect(runs.state.view?.services?.lossUSD).toBeGreaterThan(0);
    // The same organisation and scenario again: nothing new runs.
    runs.run(org(), scenario, { name: 'x', link: '' });
    expect(q.jobs).toHaveLength(1);
    expect(states.map((s) => s.status)).toEqual(['running', 'running', 'done']);
  });

  it('OrgRuns: a newer organisation replaces the running one; going back is drawn from the cache', () => {
    const q = fakeQueue();
    const runs = new OrgRuns(q, () => undefined);
    const scenario = baselineScenario();
    const { result, params } = smallRun();
    runs.run(org(10), scenario, { name: 'a', link: '' });
    answer(q.jobs[0]!.handlers, result, params);
    runs.run(org(20), scenario, { name: 'b', link: '' });
    expect(q.jobs).toHaveLength(2);
    // A late answer for the first organisation does not overwrite the second one's state.
    q.jobs[0]!.handlers.onImpact?.(0, smallServiceView().services!);
    expect(runs.state.key).toBe(orgRunKey(org(20), scenario));
    expect(runs.state.status).toBe('running');
    runs.run(org(10), scenario, { name: 'a again', link: '' });
    expect(q.jobs).toHaveLength(2);
    expect(q.jobs[1]!.cancelled).toBe(true);
    expect(runs.state).toMatchObject({ status: 'done', key: orgRunKey(org(10), scenario), ms: null, view: { name: 'a again' } });
    // Another scenario is another run.
    runs.run(org(10), { ...scenario, seed: 2 }, { name: 'a', link: '' });
    expect(q.jobs).toHaveLength(3);
    q.jobs[2]!.handlers.onError('the simulation worker stopped', true);
    expect(runs.state).toMatchObject({ status: 'error', failure: 'the simulation worker stopped' });
    runs.clear();
    expect(runs.state).toMatchObject({ status: 'idle', view: null, key: null });
  });
});
