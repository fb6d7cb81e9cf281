import type { RateRule } from "@/features/public-forms/rate-limit";

// Throttling of the public form, per client address and per e-mail address typed: a person
// starts a submission or two a day; a script starting hundreds is stopped within the hour.

/** Starting a submission (step 1). */
export const START_RATE: RateRule = { limit: 5, windowSeconds: 3600 };
/** Sending it, each time with a confirmation link mailed. */
export const SEND_RATE: RateRule = { limit: 5, windowSeconds: 3600 };
