import { FilterForm, FilterInput, FilterSelect } from "@/features/admin/components/FilterForm";
import type { AuditFilters } from "../schema";
import { ACTION_LABELS, ALL_ACTIONS, actionSlug } from "../vocabulary";

type Props = { filters: AuditFilters; actors: { id: number; name: string; email: string }[] };

export function AuditFiltersForm({ filters, actors }: Props) {
  return (
    <FilterForm action="/admin/dziennik" label="Filtry dziennika" columns="sm:grid-cols-2 lg:grid-cols-5">
      <FilterSelect
        name="rodzaj"
        label="Zdarzenie"
        defaultValue={filters.rodzaj ? actionSlug(filters.rodzaj) : ""}
        anyLabel="wszystkie"
        options={ALL_ACTIONS.map((action) => ({ value: actionSlug(action), label: ACTION_LABELS[action] }))}
      />
      <FilterSelect
        name="konto"
        label="Kto"
        defaultValue={filters.konto === undefined ? "" : String(filters.konto)}
        anyLabel="wszyscy"
        options={actors.map((actor) => ({ value: String(actor.id), label: `${actor.name} (${actor.email})` }))}
      />
      <FilterInput name="praktyka" label="Numer praktyki" type="number" defaultValue={filters.praktyka === undefined ? "" : String(filters.praktyka)} />
      <FilterInput name="od" label="Od dnia" type="date" defaultValue={filters.od ?? ""} />
      <FilterInput name="do" label="Do dnia" type="date" defaultValue={filters.do ?? ""} />
    </FilterForm>
  );
}
