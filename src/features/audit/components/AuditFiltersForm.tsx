import type { AuditFilters } from "../schema";
import { ACTION_LABELS, ALL_ACTIONS, actionSlug } from "../vocabulary";

const controlClass = "mt-1 block w-full border-2 border-slate-700 bg-white px-2 py-1.5";

type Props = { filters: AuditFilters; actors: { id: number; name: string; email: string }[] };

export function AuditFiltersForm({ filters, actors }: Props) {
  return (
    <form method="get" action="/admin/dziennik" aria-label="Filtry dziennika" className="mt-6 grid gap-4 border-2 border-slate-300 p-4 sm:grid-cols-2 lg:grid-cols-5">
      <div>
        <label htmlFor="filtr-rodzaj" className="block font-semibold">Zdarzenie</label>
        <select id="filtr-rodzaj" name="rodzaj" defaultValue={filters.rodzaj ? actionSlug(filters.rodzaj) : ""} className={controlClass}>
          <option value="">wszystkie</option>
          {ALL_ACTIONS.map((action) => (
            <option key={action} value={actionSlug(action)}>{ACTION_LABELS[action]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filtr-konto" className="block font-semibold">Kto</label>
        <select id="filtr-konto" name="konto" defaultValue={filters.konto ?? ""} className={controlClass}>
          <option value="">wszyscy</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>{actor.name} ({actor.email})</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filtr-praktyka" className="block font-semibold">Numer praktyki</label>
        <input id="filtr-praktyka" name="praktyka" inputMode="numeric" defaultValue={filters.praktyka ?? ""} className={controlClass} />
      </div>
      <div>
        <label htmlFor="filtr-od" className="block font-semibold">Od dnia</label>
        <input id="filtr-od" name="od" type="date" defaultValue={filters.od ?? ""} className={controlClass} />
      </div>
      <div>
        <label htmlFor="filtr-do" className="block font-semibold">Do dnia</label>
        <input id="filtr-do" name="do" type="date" defaultValue={filters.do ?? ""} className={controlClass} />
      </div>
      <div className="flex items-end gap-4 lg:col-span-5">
        <button type="submit" className="bg-brand-800 px-4 py-2 font-semibold text-white">Pokaż</button>
        <a href="/admin/dziennik">Wyczyść filtry</a>
      </div>
    </form>
  );
}
