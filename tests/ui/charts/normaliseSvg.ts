// Chart snapshots compare normalised SVG: one element per line, numbers rounded to one decimal,
// generated ids renumbered, so a diff shows what moved.
/** One element per line, numbers rounded to one decimal, generated ids renumbered. */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  const [decl, ...rest] = svg.split('\n');
  return [decl, rest.join('\n')
    .replace(/-?\d+\.\d+/g, (m) => String(Math.round(Number(m) * 10) / 10))
    .replace(/((?:timeline|org-spread)-clip-)\d+/g, (_m, p: string) => {
      if (!ids.has(_m)) ids.set(_m, `${p}${ids.size + 1}`);
      return ids.get(_m)!;
    })
    .replace(/></g, '>\n<')].join('\n');
}
