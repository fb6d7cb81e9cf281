import type { MailFilters } from "../schema";
import { ALL_STATUSES, STATUS_LABELS, statusSlug } from "../vocabulary";

const controlClass = "mt-1 block w-full border-2 border-slate-700 bg-white px-2 py-1.5";

export function MailFiltersForm({ filters, kinds }: { filters: MailFilters; kinds: string[] }) {
  return (
    <form method="get" action="/admin/poczta" aria-label="Filtry poczty" className="mt-6 grid gap-4 border-2 border-slate-300 p-4 sm:grid-cols-3">
      <div>
        <label htmlFor="filtr-stan" className="block font-semibold">Stan</label>
        <select id="filtr-stan" name="stan" defaultValue={filters.stan ? statusSlug(filters.stan) : ""} className={controlClass}>
          <option value="">wszystkie</option>
          {ALL_STATUSES.map((status) => (
            <option key={status} value={statusSlug(status)}>{STATUS_LABELS[status]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filtr-rodzaj" className="block font-semibold">Rodzaj</label>
        <select id="filtr-rodzaj" name="rodzaj" defaultValue={filters.rodzaj ?? ""} className={controlClass}>
          <option value="">wszystkie</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>{kind}</option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-4">
        <button type="submit" className="bg-brand-800 px-4 py-2 font-semibold text-white">Pokaż</button>
        <a href="/admin/poczta">Wyczyść filtry</a>
      </div>
    </form>
  );
}
