import { FilterForm, FilterSelect } from "@/features/admin/components/FilterForm";
import type { MailFilters } from "../schema";
import { ALL_STATUSES, STATUS_LABELS, statusSlug } from "../vocabulary";

export function MailFiltersForm({ filters, kinds }: { filters: MailFilters; kinds: string[] }) {
  return (
    <FilterForm action="/admin/poczta" label="Filtry poczty" columns="sm:grid-cols-2">
      <FilterSelect
        name="stan"
        label="Stan"
        defaultValue={filters.stan ? statusSlug(filters.stan) : ""}
        anyLabel="wszystkie"
        options={ALL_STATUSES.map((status) => ({ value: statusSlug(status), label: STATUS_LABELS[status] }))}
      />
      <FilterSelect name="rodzaj" label="Rodzaj" defaultValue={filters.rodzaj ?? ""} anyLabel="wszystkie" options={kinds.map((kind) => ({ value: kind, label: kind }))} />
    </FilterForm>
  );
}
