import { formatInteger, formatLongDate } from "@/lib/format";
import { FUNDING_SOURCES } from "./vocabulary";
import type { FundingSource } from "@/generated/prisma/enums";

// The record's structured details in words, as the practice page shows them.

type Period = { periodStart: Date | null; periodEnd: Date | null; ongoing: boolean };

/** "od 1 stycznia 2011 r. do 31 grudnia 2011 r.", "od 1 marca 2020 r. – trwa"; null when nothing is known. */
export function periodText({ periodStart, periodEnd, ongoing }: Period): string | null {
  const parts = [periodStart && `od ${formatLongDate(periodStart)}`, periodEnd && `do ${formatLongDate(periodEnd)}`].filter(Boolean);
  if (ongoing) return parts.length > 0 ? `${parts.join(" ")} – trwa` : "trwa";
  return parts.length > 0 ? parts.join(" ") : null;
}

/** 250000 → "250 000 zł". */
export function costText(totalCostPln: number): string {
  return `${formatInteger(totalCostPln)}\u00a0zł`;
}

export function fundingSourcesText(sources: FundingSource[]): string {
  return sources.map((source) => FUNDING_SOURCES[source].label).join(", ");
}

/** 97 → "97", 12.5 → "12,5", 1250 → "1 250". */
export function figureText(value: number): string {
  const [whole, fraction] = String(value).split(".");
  return fraction ? `${formatInteger(Number(whole))},${fraction}` : formatInteger(value);
}
