// The few parameters that decided July 2024, or would have changed it most: shown first, above
// the full registry. The rollout (publish time, revert, canary ring and its bake, an automatic
// halt, customers holding content back, agents outside the kernel) and the repair (escrowed
// BitLocker keys, repair staff); see docs/MODEL.md for why each matters.
export const KEY_LEVERS: readonly string[] = [
  'push.publishAt',
  'push.revertMinutes',
  'push.canaryShare',
  'push.canaryBakeMinutes',
  'push.haltAfterCrashes',
  'push.holdbackShare',
  'push.holdbackHours',
  'push.kernelModeShare',
  'repair.keyEscrowedShare',
  'repair.staffPer1000',
];
