import Link from "next/link";
import type { CategoryNode } from "@/features/category/data";
import { ALL_UNIT_TYPES, UNIT_TYPES } from "@/features/practice/vocabulary";
import type { SearchParams } from "@/features/search/schema";
import { POPULATION_BANDS } from "@/features/search/vocabulary";

const field = "mt-1 block w-full border-2 border-slate-700 bg-white px-2 py-1";

type Choice = { value: string; label: string };

/**
 * The values of a filter beyond the first, which only a link from the search can bring: ticked
 * boxes, so that submitting the form keeps them and each one can still be dropped.
 */
function MoreValues({ name, title, choices }: { name: string; title: string; choices: Choice[] }) {
  if (choices.length === 0) return null;
  return (
    <fieldset className="mt-2">
      <legend className="text-sm">{title} – także:</legend>
      {choices.map((choice) => (
        <div key={choice.value}>
          <input type="checkbox" id={`mapa-${name}-${choice.value}`} name={name} value={choice.value} defaultChecked className="mr-2 size-4 align-middle" />
          <label htmlFor={`mapa-${name}-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * The map's filters as a GET form (works without JavaScript): one value per filter in its list,
 * the further values of a link from the search kept beside it (MoreValues).
 */
export function MapFilters({ params, tree, hasFilters }: { params: SearchParams; tree: CategoryNode[]; hasFilters: boolean }) {
  const categories = tree.flatMap((node) => [{ node, nested: false }, ...node.children.map((child) => ({ node: child, nested: true }))]);
  const categoryNames = new Map(categories.map(({ node }) => [node.slug, node.name]));
  // Unknown slugs filter nothing (the search ignores them): they are not kept either.
  const [category, ...moreCategories] = params.kategoria.filter((slug) => categoryNames.has(slug));
  const [unitType, ...moreUnitTypes] = params.typ;
  const [band, ...moreBands] = params.ludnosc;
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
          <select id="mapa-kategoria" name="kategoria" defaultValue={category ?? ""} className={field}>
            <option value="">wszystkie kategorie</option>
            {categories.map(({ node, nested }) => (
              <option key={node.slug} value={node.slug}>
                {nested ? `– ${node.name}` : node.name}
              </option>
            ))}
          </select>
          <MoreValues name="kategoria" title="Kategoria" choices={moreCategories.map((slug) => ({ value: slug, label: categoryNames.get(slug)! }))} />
        </div>
        <div>
          <label htmlFor="mapa-typ" className="font-semibold">
            Typ jednostki
          </label>
          <select id="mapa-typ" name="typ" defaultValue={unitType ? UNIT_TYPES[unitType].slug : ""} className={field}>
            <option value="">wszystkie typy</option>
            {ALL_UNIT_TYPES.map((unitType) => (
              <option key={unitType} value={UNIT_TYPES[unitType].slug}>
                {UNIT_TYPES[unitType].label}
              </option>
            ))}
          </select>
          <MoreValues name="typ" title="Typ jednostki" choices={moreUnitTypes.map((type) => ({ value: UNIT_TYPES[type].slug, label: UNIT_TYPES[type].label }))} />
        </div>
        <div>
          <label htmlFor="mapa-ludnosc" className="font-semibold">
            Liczba mieszkańców
          </label>
          <select id="mapa-ludnosc" name="ludnosc" defaultValue={band ?? ""} className={field}>
            <option value="">dowolna</option>
            {POPULATION_BANDS.map((band) => (
              <option key={band.slug} value={band.slug}>
                {band.label}
              </option>
            ))}
          </select>
          <MoreValues
            name="ludnosc"
            title="Liczba mieszkańców"
            choices={moreBands.map((slug) => ({ value: slug, label: POPULATION_BANDS.find((known) => known.slug === slug)!.label }))}
          />
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
