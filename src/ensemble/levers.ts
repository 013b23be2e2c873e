// The levers a reader asks about, each a change to the July 2024 baseline with a low and a high
// setting (the sensitivity ranking runs both): a faster or slower revert, a canary ring with an
// automatic halt, customers holding content back, agents outside the kernel, reachable keys, more
// or fewer hands, repair over the network, another release hour, vendor tools sooner or never.
export interface Lever {
  id: string;
  label: string;
  /** Overrides for the two ends; the baseline lies between them or at one end. */
  low: Readonly<Record<string, number | string>>;
  high: Readonly<Record<string, number | string>>;
  lowLabel: string;
  highLabel: string;
  why: string;
}

export const LEVERS: readonly Lever[] = [
  {
    id: 'revert', label: 'Time to revert the content', low: { 'push.revertMinutes': 15 }, high: { 'push.revertMinutes': 240 },
    lowLabel: '15 min', highLabel: '4 h', why: 'July 2024: 78 min (CrowdStrike PIR)',
  },
  {
    id: 'canary', label: 'Canary ring (1%, 1 h bake) with an automatic halt', low: {},
    high: { 'push.canaryShare': 0.01, 'push.canaryBakeMinutes': 60, 'push.haltAfterCrashes': 1000, 'push.haltDetectionMinutes': 15 },
    lowLabel: 'none (July 2024)', highLabel: '1% canary, halt at 1,000 crashes', why: 'CrowdStrike committed to staged rings with monitoring (PIR)',
  },
  {
    id: 'halt', label: 'Automatic halt on crash telemetry', low: {}, high: { 'push.haltAfterCrashes': 10_000, 'push.haltDetectionMinutes': 15 },
    lowLabel: 'none (July 2024)', highLabel: 'halt at 10,000 crashes', why: 'a halt without rings stops the push once enough machines crash',
  },
  {
    id: 'holdback', label: 'Customers holding content back a day (N-1)', low: {}, high: { 'push.holdbackShare': 0.5, 'push.holdbackHours': 24 },
    lowLabel: 'none (July 2024)', highLabel: 'half of customers', why: 'customer control over content delivery (PIR)',
  },
  {
    id: 'kernel', label: 'Agents outside the kernel', low: {}, high: { 'push.kernelModeShare': 0.5 },
    lowLabel: 'all in the kernel (July 2024)', highLabel: 'half outside', why: 'Microsoft\'s resilience work moves security agents to user mode',
  },
  {
    id: 'keys', label: 'BitLocker keys reachable', low: { 'repair.keyEscrowedShare': 0.9, 'repair.onPremKeyServerShare': 0.7 },
    high: { 'repair.keyEscrowedShare': 1, 'repair.onPremKeyServerShare': 0 },
    lowLabel: 'more keys lost, key servers down', highLabel: 'every key escrowed off-site', why: 'key servers that crashed too slowed repairs',
  },
  {
    id: 'staff', label: 'Hands for repair', low: { 'repair.staffPer1000': 2.75 }, high: { 'repair.staffPer1000': 11 },
    lowLabel: 'half', highLabel: 'double', why: 'repair was limited by people',
  },
  {
    id: 'network', label: 'Repair over the network (remote console, network boot)', low: {},
    high: { 'repair.networkFixShare': 0.5, 'repair.networkFixHours': 12 },
    lowLabel: 'none (July 2024 as modelled)', highLabel: 'half the stuck devices, from 12 h', why: 'no travel and less hands-on time where a machine can be reached remotely',
  },
  {
    id: 'release', label: 'Release hour', low: { 'push.publishAt': '2024-07-19T14:00:00Z' }, high: { 'push.publishAt': '2024-07-20T02:00:00Z' },
    lowLabel: 'Fri 14:00 UTC (US morning)', highLabel: 'Sat 02:00 UTC (Friday evening in the US)', why: 'who has a machine on depends on the local hour',
  },
  {
    id: 'vendor', label: 'Vendor recovery tools', low: { 'vendor.usbToolHours': 'never', 'vendor.autoRemediationHours': 'never' },
    high: { 'vendor.usbToolHours': 12, 'vendor.autoRemediationHours': 24 },
    lowLabel: 'never', highLabel: 'within a day', why: 'July 2024: USB tool after 40 h, automated remediation after 68 h',
  },
];
