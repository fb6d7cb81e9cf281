// Growing delays after failed sign-ins, counted per account (the e-mail typed, whether or not an
// account has it, so the delay itself tells nothing) and per client address (many accounts tried
// from one place). The first failures cost nothing: people mistype.

export type ThrottleScope = "konto" | "ip";

type Policy = { freeFailures: number; firstDelaySeconds: number; maxDelaySeconds: number };

export const THROTTLE_POLICIES: Record<ThrottleScope, Policy> = {
  konto: { freeFailures: 5, firstDelaySeconds: 30, maxDelaySeconds: 15 * 60 },
  // An office shares one address: more room before it slows everybody there down.
  ip: { freeFailures: 30, firstDelaySeconds: 30, maxDelaySeconds: 15 * 60 },
};

/** Failures are forgotten after a day without any. */
export const FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000;

/** Seconds to refuse sign-ins after the n-th failure in a row: 0 … 0, 30, 60, 120, … up to 15 min. */
export function delayAfterFailure(scope: ThrottleScope, failures: number): number {
  const policy = THROTTLE_POLICIES[scope];
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 20);
  return Math.min(policy.firstDelaySeconds * 2 ** doublings, policy.maxDelaySeconds);
}
