// The per-site outcomes the service layer reads (SimResult.sites). Declared here, with the same
// shape as the engine's, until the engine publishes them; then this file only re-exports.
export const BACK_SHARES = [0.1, 0.25, 0.5, 0.75, 0.9, 1] as const;

export interface SiteTable {
  n: number;
  nCustomers: number;
  /** Customer index 0..nCustomers-1 (a multinational has several sites). */
  customer: Int32Array;
  sector: Uint8Array;
  region: Uint8Array;
  /** Devices per class: [site * NC + class]. */
  devices: Int32Array;
  /** Crashed devices per class: [site * NC + class]. */
  crashed: Int32Array;
  /** Minutes after publish of the site's first crash of the class (0 when crashed is 0). */
  firstCrash: Float32Array;
  /** Minutes after publish when share BACK_SHARES[k] of the crashed devices of the class were back; Infinity if not within the run. Index [(site * NC + class) * 6 + k]. */
  backAt: Float32Array;
}
