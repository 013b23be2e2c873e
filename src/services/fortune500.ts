// A stand-in for the Fortune 500 companies that ran the sensor, to compare with Parametrix's
// $5.4 billion: the largest customers whose home region (where most of their devices are) is in
// North America.
import { CLASSES, REGIONS, SECTORS, type Sector, type SiteTable } from '../engine/types.js';

const NC = CLASSES.length;

export interface Fortune500Figures {
  customers: number;
  devices: number;
  lossUSD: number;
  bySector: { sector: Sector; customers: number; lossUSD: number }[];
}

export function fortune500Like(t: SiteTable, customerLoss: Float64Array, count: number): Fortune500Figures {
  const size = new Float64Array(t.nCustomers);
  const homeSize = new Float64Array(t.nCustomers);
  const home = new Int32Array(t.nCustomers).fill(-1);
  const sector = new Int32Array(t.nCustomers);
  for (let s = 0; s < t.n; s++) {
    let d = 0;
    for (let c = 0; c < NC; c++) d += t.devices[s * NC + c]!;
    const cu = t.customer[s]!;
    size[cu]! += d;
    sector[cu] = t.sector[s]!;
    if (d > homeSize[cu]!) {
      homeSize[cu] = d;
      home[cu] = t.region[s]!;
    }
  }
  const isNA = (g: number) => g >= 0 && REGIONS[g]!.startsWith('na-');
  const chosen = Array.from({ length: t.nCustomers }, (_, i) => i)
    .filter((i) => isNA(home[i]!) && size[i]! > 0)
    .sort((a, b) => size[b]! - size[a]! || a - b)
    .slice(0, count);
  const rows = SECTORS.map((s) => ({ sector: s, customers: 0, lossUSD: 0 }));
  let devices = 0;
  let loss = 0;
  for (const i of chosen) {
    devices += size[i]!;
    loss += customerLoss[i]!;
    rows[sector[i]!]!.customers++;
    rows[sector[i]!]!.lossUSD += customerLoss[i]!;
  }
  return { customers: chosen.length, devices, lossUSD: loss, bySector: rows.filter((x) => x.customers > 0) };
}
