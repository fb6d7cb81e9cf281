import { formatIsoDate, formatLongDate } from "@/lib/format";

/** The site's one date style, "2 stycznia 2008 r.", with the machine-readable date behind it. */
export function CalendarDate({ date }: { date: Date }) {
  return <time dateTime={formatIsoDate(date)}>{formatLongDate(date)}</time>;
}
