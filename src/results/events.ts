// The moments a reader needs on the time axis: publish, revert (or automatic halt), Microsoft's
// USB recovery tool and CrowdStrike's automated remediation. Times come from the run and its
// parameters; a default that matches July 2024 keeps its published source, a changed one says so.
// A time that never comes (content never stopped, a tool set to "never") has no mark.
import { PARAM_BY_KEY } from '../engine/params.js';
import type { Params, SimResult } from '../engine/types.js';

export type EventId = 'publish' | 'content-end' | 'usb-tool' | 'auto-remediation';

export interface EventMark {
  id: EventId;
  label: string;
  timeMs: number;
  source: string;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;

const PIR = 'CrowdStrike Preliminary Post Incident Review, 24 Jul 2024';
/** Short citations for the July 2024 times (the parameter specs carry the long form). */
const CITATION: Record<string, string> = {
  'push.publishAt': PIR,
  'push.revertMinutes': PIR,
  'vendor.usbToolHours': 'Microsoft, 20-21 Jul 2024',
  'vendor.autoRemediationHours': 'CrowdStrike, 21-22 Jul 2024',
};

/** The July 2024 citation if the run uses that parameter's default, otherwise "scenario setting". */
function sourceFor(key: string, value: number | string): string {
  const spec = PARAM_BY_KEY.get(key);
  return spec && spec.default === value ? (CITATION[key] ?? spec.source) : 'scenario setting';
}

/**
 * The event marks of a run, in time order of their kind. A time that never comes has no mark: no
 * "reverted" line when the content was never stopped, no vendor tool that never came.
 */
export function eventMarks(result: SimResult, params: Params): EventMark[] {
  const t0 = result.publishAtMs;
  const halted = result.haltAtMinutes !== null;
  const v = params.vendor;
  const marks: EventMark[] = [
    { id: 'publish', label: 'Faulty update published', timeMs: t0, source: sourceFor('push.publishAt', params.push.publishAt) },
  ];
  if (result.contentEndMinutes !== null) {
    marks.push({
      id: 'content-end',
      label: !halted ? 'Update reverted' : params.push.revertMinutes === 'never' ? 'Reverted on crash telemetry' : 'Rollout halted automatically',
      timeMs: t0 + result.contentEndMinutes * MINUTE,
      source: halted ? 'scenario setting' : sourceFor('push.revertMinutes', params.push.revertMinutes),
    });
  }
  if (v.usbToolHours !== 'never') {
    marks.push({ id: 'usb-tool', label: 'Microsoft USB recovery tool', timeMs: t0 + v.usbToolHours * HOUR, source: sourceFor('vendor.usbToolHours', v.usbToolHours) });
  }
  if (v.autoRemediationHours !== 'never') {
    marks.push({
      id: 'auto-remediation',
      label: 'CrowdStrike automated remediation',
      timeMs: t0 + v.autoRemediationHours * HOUR,
      source: sourceFor('vendor.autoRemediationHours', v.autoRemediationHours),
    });
  }
  return marks;
}
