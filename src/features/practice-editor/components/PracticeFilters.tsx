import { VOIVODESHIPS, ALL_VOIVODESHIPS } from "@/features/practice/vocabulary";
import { ADMIN_SORTS, type AdminListParams } from "../list-params";
import { STATUS_FILTERS } from "../status";

const STATUS_NAMES: Record<keyof typeof STATUS_FILTERS, string> = {
  szkic: "szkice",
  opublikowana: "opublikowane",
  wycofana: "wycofane z publikacji",
  kosz: "w koszu",
};

const controlClass = "mt-1 block w-full border-2 border-slate-700 bg-white px-2 py-1.5";

/** A GET form: every filtered view of the list is a URL. */
export function PracticeFilters({ params, categories }: { params: AdminListParams; categories: { slug: string; name: string; depth: number }[] }) {
  return (
    <form method="get" action="/admin" role="search" aria-label="Szukaj praktyk" className="mt-6 grid gap-4 border-2 border-slate-300 p-4 sm:grid-cols-2 lg:grid-cols-5">
      <div className="lg:col-span-2">
        <label htmlFor="filtr-q" className="block font-semibold">
          Tytuł zawiera
        </label>
        <input id="filtr-q" name="q" type="search" defaultValue={params.q} maxLength={200} className={controlClass} />
      </div>
      <div>
        <label htmlFor="filtr-stan" className="block font-semibold">
          Stan
        </label>
        <select id="filtr-stan" name="stan" defaultValue={params.stan ?? ""} className={controlClass}>
          <option value="">wszystkie (bez kosza)</option>
          {Object.entries(STATUS_NAMES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filtr-kategoria" className="block font-semibold">
          Kategoria
        </label>
        <select id="filtr-kategoria" name="kategoria" defaultValue={params.kategoria ?? ""} className={controlClass}>
          <option value="">wszystkie</option>
          {categories.map((category) => (
            <option key={category.slug} value={category.slug}>
              {category.depth > 0 ? `— ${category.name}` : category.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filtr-wojewodztwo" className="block font-semibold">
          Województwo
        </label>
        <select id="filtr-wojewodztwo" name="wojewodztwo" defaultValue={params.wojewodztwo ? VOIVODESHIPS[params.wojewodztwo].slug : ""} className={controlClass}>
          <option value="">wszystkie</option>
          {ALL_VOIVODESHIPS.map((value) => (
            <option key={value} value={VOIVODESHIPS[value].slug}>
              {VOIVODESHIPS[value].label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filtr-sort" className="block font-semibold">
          Kolejność
        </label>
        <select id="filtr-sort" name="sort" defaultValue={params.sort} className={controlClass}>
          {Object.entries(ADMIN_SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-4 lg:col-span-4">
        <button type="submit" className="bg-brand-800 px-4 py-2 font-semibold text-white">
          Pokaż
        </button>
        <a href="/admin">Wyczyść filtry</a>
      </div>
    </form>
  );
}
