// Days are counted in Polish time: a visit at 00:30 in Warsaw belongs to that Warsaw day.
const warsawDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Warsaw",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** "YYYY-MM-DD" of the Warsaw calendar day containing `instant`. */
export function warsawDay(instant: Date): string {
  return warsawDate.format(instant);
}
