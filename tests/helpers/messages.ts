// What every validation message must look like: the source first, then the field it is about.
const FIELD = /^(version|name|description|seed|params|basedOn)\b/;

/** True when `msg` starts with `${source}: ` and then names a field (or says the whole input is wrong). */
export function namesSourceAndField(msg: string, source: string): boolean {
  if (!msg.startsWith(`${source}: `)) return false;
  const rest = msg.slice(source.length + 2);
  return FIELD.test(rest)
    || /^(\S+|".*"): unknown field; allowed fields are version, name, description, seed, params, basedOn$/s.test(rest)
    || rest.startsWith('expected a JSON object with version, name, description, seed, params')
    || rest.startsWith('not valid JSON')
    || /^file is \d+ bytes/.test(rest);
}

/** Logs how many cases a property tried, for the team note. */
export function logCases(label: string, n: number): void {
  console.log(`[fuzz] ${label}: ${n} cases`);
}
