import { FilterForm, FilterSelect } from "@/features/admin/components/FilterForm";
import { ALL_VOIVODESHIPS, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { AGE_LABELS, type QueueParams, type QueueState } from "../queue-params";

const STATE_NAMES: Record<QueueState, string> = {
  oczekujace: "czekające na redakcję (nowe i w ocenie)",
  nowe: "nowe",
  "w-ocenie": "w ocenie",
  "do-poprawy": "do poprawy",
  przyjete: "przyjęte",
  odrzucone: "odrzucone",
  wszystkie: "wszystkie",
};

const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A GET form: every filtered view of the queue is a URL. */
export function QueueFilters({ params }: { params: QueueParams }) {
  return (
    <FilterForm action="/admin/zgloszenia" label="Filtruj zgłoszenia" columns="sm:grid-cols-3">
      <FilterSelect name="stan" label="Stan" defaultValue={params.stan} options={optionsOf(STATE_NAMES)} />
      <FilterSelect
        name="wojewodztwo"
        label="Województwo"
        defaultValue={params.wojewodztwo ? VOIVODESHIPS[params.wojewodztwo].slug : ""}
        anyLabel="wszystkie"
        options={ALL_VOIVODESHIPS.map((value) => ({ value: VOIVODESHIPS[value].slug, label: VOIVODESHIPS[value].label }))}
      />
      <FilterSelect name="wiek" label="Czeka" defaultValue={params.wiek ?? ""} anyLabel="dowolnie długo" options={optionsOf(AGE_LABELS)} />
    </FilterForm>
  );
}
