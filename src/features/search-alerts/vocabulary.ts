import { SearchAlertFrequency } from "@/generated/prisma/enums";

// How often an alert's digest goes out: the slugs of the form and the windows of the job.

export const FREQUENCIES = {
  [SearchAlertFrequency.DAILY]: { slug: "codziennie", label: "codziennie", adjective: "dzienne", hours: 24 },
  [SearchAlertFrequency.WEEKLY]: { slug: "co-tydzien", label: "raz w tygodniu", adjective: "tygodniowe", hours: 7 * 24 },
} as const satisfies Record<SearchAlertFrequency, { slug: string; label: string; adjective: string; hours: number }>;

export const FREQUENCY_SLUGS = ["codziennie", "co-tydzien"] as const;

export type FrequencySlug = (typeof FREQUENCY_SLUGS)[number];

export function frequencyOfSlug(slug: FrequencySlug): SearchAlertFrequency {
  return slug === "codziennie" ? SearchAlertFrequency.DAILY : SearchAlertFrequency.WEEKLY;
}

/** How long the confirmation link works; an unconfirmed alert is deleted after that (purge.ts). */
export const CONFIRM_TOKEN_HOURS = 72;
