// Turns validation messages into per-field messages: each message names its parameter key
// ("push.revertMinutes: got 0; expected ..." or "params.repair.workdayStartHour: 19 is not
// before ..."). Messages that name no single parameter (e.g. "every sector is 0") stay general.
import { PARAM_BY_KEY } from '../../engine/index.js';

export interface SortedErrors {
  byKey: Map<string, string>;
  general: string[];
}

export function sortErrors(messages: readonly string[]): SortedErrors {
  const byKey = new Map<string, string>();
  const general: string[] = [];
  for (const m of messages) {
    const head = m.slice(0, Math.max(0, m.indexOf(': ')));
    const keys = [...head.matchAll(/(?:params\.)?([A-Za-z]+(?:\.[A-Za-z0-9-]+)+)/g)]
      .map((x) => x[1]!)
      .filter((k) => PARAM_BY_KEY.has(k));
    const text = m.replace(/\bparams\./g, '');
    if (keys.length === 0) general.push(text);
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, text);
  }
  return { byKey, general };
}
