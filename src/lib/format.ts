// Polish formatting for figures shown to people. Intl's "pl-PL" groups 4-digit numbers
// without a separator ("1234"), which is correct Polish typography; from 10 000 up it uses a
// non-breaking space. We normalise that to a plain NBSP so tests and copy-paste behave.
const integerFormat = new Intl.NumberFormat("pl-PL", { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat("pl-PL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const longDate = new Intl.DateTimeFormat("pl-PL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const NBSP = "\u00a0";

function normaliseSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0 ]/g, NBSP);
}

/** 178443 → "178 443", 1756820 → "1 756 820" (with non-breaking spaces). */
export function formatInteger(value: number): string {
  // Group every number with 4+ digits, as the original site did ("178.443"), in today's Polish form.
  const formatted = integerFormat.format(value);
  if (Math.abs(value) >= 1000 && Math.abs(value) < 10000) {
    return formatted.replace(/^(-?\d)(\d{3})$/, `$1${NBSP}$2`);
  }
  return normaliseSpaces(formatted);
}

/** Calendar dates are stored as UTC midnight; 2008-04-01 → "1 kwietnia 2008 r.". */
export function formatLongDate(date: Date): string {
  return `${longDate.format(date)} r.`;
}

/** 2008-01-02 as ISO "2008-01-02", the form the original record used for its metadata. */
export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 1234567 bytes → "1,2 MB"; sizes use decimal units as people see them in file managers. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${normaliseSpaces(decimalFormat.format(bytes / 1000))} kB`;
  return `${normaliseSpaces(decimalFormat.format(bytes / 1_000_000))} MB`;
}

/** 0.0132 s → "0,01 s". */
export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(2).replace(".", ",")} s`;
}

/** Polish plural forms: 1 praktyka, 2–4 (not 12–14) praktyki, otherwise praktyk. */
export function pluralPl(count: number, one: string, few: string, many: string): string {
  const n = Math.abs(count);
  if (n === 1) return one;
  const lastDigit = n % 10;
  const lastTwo = n % 100;
  return lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
}

const shortDate = new Intl.DateTimeFormat("pl-PL", { day: "numeric", month: "short", timeZone: "UTC" });

/** "2026-11-23" → "23 lis" (axis labels). */
export function formatShortDate(isoDay: string): string {
  return shortDate.format(new Date(`${isoDay}T00:00:00Z`));
}

/** Singular, 2–4 and other forms chosen by the number, with the number: "3 praktyki", "1 234 odsłony". */
export function countPl(count: number, one: string, few: string, many: string): string {
  return `${formatInteger(count)} ${pluralPl(count, one, few, many)}`;
}

const dateTime = new Intl.DateTimeFormat("pl-PL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Warsaw",
});

/** An instant as people in Poland read it: "23 listopada 2026 r., 14:32". */
export function formatDateTime(instant: Date): string {
  const parts = dateTime.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? "";
  return `${part("day")} ${part("month")} ${part("year")} r., ${part("hour")}:${part("minute")}`;
}

const polishCalendarDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Warsaw" });

/** The calendar day in Poland at an instant, as "YYYY-MM-DD" (sv-SE writes dates the ISO way). */
export function polishIsoDay(instant: Date): string {
  return polishCalendarDay.format(instant);
}
