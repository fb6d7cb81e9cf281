import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Field";
import { ALL_UNIT_TYPES, ALL_VOIVODESHIPS, UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { POPULATION_BANDS } from "@/features/search/vocabulary";
import { formatLongDate } from "@/lib/format";
import type { ComparableQuery } from "../schema";
import { POPULATION_STATE_DATE, unitBand, unitLabel } from "../registry";
import { UnitCombobox } from "./UnitCombobox";

export const UNITS_LIKE_MINE_PATH = "/gminy-takie-jak-moja";

const selects = [
  {
    name: "typ",
    label: "Typ jednostki",
    placeholder: "dowolny",
    options: ALL_UNIT_TYPES.map((type) => ({ value: UNIT_TYPES[type].slug, label: UNIT_TYPES[type].description })),
  },
  {
    name: "wojewodztwo",
    label: "Województwo",
    placeholder: "dowolne",
    options: ALL_VOIVODESHIPS.map((voivodeship) => ({ value: VOIVODESHIPS[voivodeship].slug, label: VOIVODESHIPS[voivodeship].label })),
  },
  {
    name: "ludnosc",
    label: "Liczba mieszkańców",
    hint: `Gdy wybierzesz jednostkę z listy, ustawimy przedział według liczby ludności z GUS (stan na ${formatLongDate(new Date(POPULATION_STATE_DATE))}). Możesz go zmienić.`,
    placeholder: "dowolna",
    options: POPULATION_BANDS.map((band) => ({ value: band.slug, label: band.label })),
  },
] as const;

/** A GET form: the selects work without JavaScript; with it the type-ahead fills them from a named unit. */
export function UnitsLikeMineForm({ query }: { query: ComparableQuery }) {
  const { values, unit, errors } = query;
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const selected = {
    typ: unit ? UNIT_TYPES[unit.unitType].slug : values.typ,
    wojewodztwo: unit ? VOIVODESHIPS[unit.voivodeship].slug : values.wojewodztwo,
    ludnosc: values.ludnosc ?? (unit ? unitBand(unit) : null),
  };
  return (
    <form method="get" action={UNITS_LIKE_MINE_PATH} className="max-w-xl">
      <UnitCombobox initial={unit ? { code: unit.code, label: unitLabel(unit) } : null} />
      {selects.map(({ name, ...select }) => (
        <SelectField key={name} id={name} name={name} defaultValue={selected[name] ?? ""} error={errorOf(name)} {...select} />
      ))}
      <Button className="mt-6">Pokaż</Button>
    </form>
  );
}
