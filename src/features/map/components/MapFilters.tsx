import Link from "next/link";
import type { CategoryNode } from "@/features/category/data";
import { ALL_UNIT_TYPES, UNIT_TYPES } from "@/features/practice/vocabulary";
import type { SearchParams } from "@/features/search/schema";
import { POPULATION_BANDS } from "@/features/search/vocabulary";

const field = "mt-1 block w-full border-2 border-slate-700 bg-white px-2 py-1";

/**
 * The map's filters as a GET form (works without JavaScript). One value per filter: a link from
 * the search with several values still shades by all of them, and the first is preselected here.
 */
export function MapFilters({ params, tree, hasFilters }: { params: SearchParams; tree: CategoryNode[]; hasFilters: boolean }) {
  const categories = tree.flatMap((node) => [{ node, nested: false }, ...node.children.map((child) => ({ node: child, nested: true }))]);
  return (
    <form action="/mapa" method="get" aria-labelledby="mapa-filtry" className="mt-6 border border-slate-300 bg-slate-50 p-4">
      <h2 id="mapa-filtry" className="text-lg font-bold">
        Pokaż na mapie tylko wybrane praktyki
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="mapa-kategoria" className="font-semibold">
            Kategoria
          </label>
          <select id="mapa-kategoria" name="kategoria" defaultValue={params.kategoria[0] ?? ""} className={field}>
            <option value="">wszystkie kategorie</option>
            {categories.map(({ node, nested }) => (
              <option key={node.slug} value={node.slug}>
                {nested ? `– ${node.name}` : node.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="mapa-typ" className="font-semibold">
            Typ jednostki
          </label>
          <select id="mapa-typ" name="typ" defaultValue={params.typ[0] ? UNIT_TYPES[params.typ[0]].slug : ""} className={field}>
            <option value="">wszystkie typy</option>
            {ALL_UNIT_TYPES.map((unitType) => (
              <option key={unitType} value={UNIT_TYPES[unitType].slug}>
                {UNIT_TYPES[unitType].label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="mapa-ludnosc" className="font-semibold">
            Liczba mieszkańców
          </label>
          <select id="mapa-ludnosc" name="ludnosc" defaultValue={params.ludnosc[0] ?? ""} className={field}>
            <option value="">dowolna</option>
            {POPULATION_BANDS.map((band) => (
              <option key={band.slug} value={band.slug}>
                {band.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="mapa-q" className="font-semibold">
            Słowa (opcjonalnie)
          </label>
          <input id="mapa-q" name="q" type="search" defaultValue={params.q} maxLength={200} className={field} />
        </div>
      </div>
      {/* Years have no field here; a map opened from the search keeps them. */}
      {params.od && <input type="hidden" name="od" value={params.od} />}
      {params.do && <input type="hidden" name="do" value={params.do} />}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="bg-brand-800 px-4 py-2 font-semibold text-white">
          Pokaż na mapie
        </button>
        {hasFilters && <Link href="/mapa">Pokaż wszystkie praktyki</Link>}
      </div>
    </form>
  );
}
