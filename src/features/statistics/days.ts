// Calendar days as "YYYY-MM-DD" strings (UTC arithmetic on dates, so no time zone can shift them).

const DAY_MS = 86_400_000;

/** The `count` days ending on `lastDay`, oldest first. */
export function daysEndingOn(lastDay: string, count: number): string[] {
  const end = Date.parse(`${lastDay}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(end - (count - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}
