import { countPl, formatLongDate } from "@/lib/format";
import type { DailyVisitsRow } from "./data";

// The charts' descriptions (<desc>): the figure in words, for people who cannot see it.

type Item = { label: string; count: number };

export const PRACTICES = ["praktyka", "praktyki", "praktyk"] as const;

/** "Najwięcej: mazowieckie (12 praktyk). Najmniej: opolskie (0 praktyk). Łącznie 120 praktyk." */
export function describeCounts(items: Item[], total: number, noun: readonly [string, string, string] = PRACTICES): string {
  if (items.length === 0 || total === 0) return `Brak danych: ${countPl(0, ...noun)}.`;
  const sorted = [...items].sort((a, b) => b.count - a.count);
  const most = sorted[0]!;
  const least = sorted.at(-1)!;
  return `Najwięcej: ${most.label} (${countPl(most.count, ...noun)}). Najmniej: ${least.label} (${countPl(least.count, ...noun)}). Łącznie ${countPl(total, ...noun)}.`;
}

function longDay(day: string): string {
  return formatLongDate(new Date(`${day}T00:00:00Z`));
}

export function sumVisits(days: DailyVisitsRow[]): { pageViews: number; uniqueVisitors: number } {
  return days.reduce((sum, day) => ({ pageViews: sum.pageViews + day.pageViews, uniqueVisitors: sum.uniqueVisitors + day.uniqueVisitors }), {
    pageViews: 0,
    uniqueVisitors: 0,
  });
}

export function describeVisits(days: DailyVisitsRow[]): string {
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return "Brak danych o odwiedzinach.";
  const sum = sumVisits(days);
  const busiest = days.reduce((best, day) => (day.pageViews > best.pageViews ? day : best), first);
  const period = `Od ${longDay(first.day)} do ${longDay(last.day)}: ${countPl(sum.pageViews, "odsłona", "odsłony", "odsłon")} i ${countPl(sum.uniqueVisitors, "unikalna wizyta", "unikalne wizyty", "unikalnych wizyt")}.`;
  return busiest.pageViews === 0 ? period : `${period} Najwięcej odsłon: ${longDay(busiest.day)} (${countPl(busiest.pageViews, "odsłona", "odsłony", "odsłon")}).`;
}
