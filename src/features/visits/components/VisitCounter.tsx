import { getVisitFigures } from "@/features/visits/data";
import { formatInteger, formatLongDate, pluralPl } from "@/lib/format";

/** The original bank's counter: "1 756 820 gości odwiedziło nas od 1 kwietnia 2008 r." */
export async function VisitCounter() {
  const figures = await getVisitFigures();
  return (
    <p>
      <strong className="font-semibold">{formatInteger(figures.totalVisits)}</strong>{" "}
      {pluralPl(figures.totalVisits, "gość odwiedził", "gości odwiedziło", "gości odwiedziło")} nas od{" "}
      {formatLongDate(new Date(`${figures.countingSince}T00:00:00Z`))}
      <br />
      <strong className="font-semibold">{formatInteger(figures.uniqueVisitors)}</strong>{" "}
      {pluralPl(figures.uniqueVisitors, "unikalna wizyta", "unikalne wizyty", "unikalnych wizyt")}
    </p>
  );
}
