import { formatInteger, formatLongDate } from "@/lib/format";
import { POPULATION_STATE_DATE, type TerytUnit } from "../registry";

/** "Liczba mieszkańców: ok. 6 800 (GUS, stan na 31 grudnia 2024 r.)": the figure behind the preset band. */
export function UnitPopulation({ unit }: { unit: TerytUnit }) {
  return (
    <p className="mt-2">
      {unit.population === null
        ? "GUS nie podaje jeszcze liczby mieszkańców tej jednostki: przedział wybierz z listy."
        : `Liczba mieszkańców: ok. ${formatInteger(unit.population)} (GUS, stan na ${formatLongDate(new Date(POPULATION_STATE_DATE))}).`}
    </p>
  );
}
