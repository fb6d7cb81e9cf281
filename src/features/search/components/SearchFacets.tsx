import type { CategoryNode } from "@/features/category/data";
import { ALL_UNIT_TYPES, ALL_VOIVODESHIPS, UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { FacetCounts } from "@/features/search/facet-counts";
import { YEAR_RANGE, type SearchParams } from "@/features/search/schema";
import type { SearchScope } from "@/features/search/scope";
import { POPULATION_BANDS } from "@/features/search/vocabulary";
import { formatInteger } from "@/lib/format";
import { AutoApplyForm } from "./AutoApplyForm";

type Option = { name: string; value: string; label: string; count: number; checked: boolean; nested?: boolean };

function FacetOption({ option }: { option: Option }) {
  const id = `f-${option.name}-${option.value}`;
  return (
    <li className={option.nested ? "ml-5" : undefined}>
      <input type="checkbox" id={id} name={option.name} value={option.value} defaultChecked={option.checked} className="mr-2 size-4 align-middle" />
      <label htmlFor={id}>
        {option.label} <span className="text-slate-700">({formatInteger(option.count)})</span>
      </label>
    </li>
  );
}

/**
 * One filter's values. Those that would find nothing under the other filters (and are not ticked)
 * wait at the end, folded under "Bez wyników", so the ones that lead somewhere come first.
 */
function FacetGroup({ legend, options }: { legend: string; options: Option[] }) {
  const useful = options.filter((option) => option.count > 0 || option.checked);
  const empty = options.filter((option) => option.count === 0 && !option.checked);
  return (
    <fieldset className="mt-4 border-t border-slate-300 pt-3">
      <legend className="font-bold">{legend}</legend>
      <ul className="mt-1 space-y-1">
        {useful.map((option) => (
          <FacetOption key={option.value} option={option} />
        ))}
      </ul>
      {empty.length > 0 && (
        <details className="mt-1 text-slate-700">
          <summary className="cursor-pointer">
            Bez wyników ({formatInteger(empty.length)})<span className="sr-only">: {legend.toLowerCase()}</span>
          </summary>
          <ul className="mt-1 space-y-1">
            {empty.map((option) => (
              <FacetOption key={option.value} option={{ ...option, nested: false }} />
            ))}
          </ul>
        </details>
      )}
    </fieldset>
  );
}

/** "od"/"do" on screen, beside the legend; the field's own name says it in full ("Rok wprowadzenia: od"). */
function YearField({ name, value }: { name: "od" | "do"; value?: number }) {
  return (
    <div>
      <label htmlFor={`rok-${name}`}>
        <span className="sr-only">Rok wprowadzenia: </span>
        {name}
      </label>
      <input
        id={`rok-${name}`}
        name={name}
        type="number"
        inputMode="numeric"
        min={YEAR_RANGE.min}
        max={YEAR_RANGE.max}
        defaultValue={value}
        className="ml-1 w-20 border border-slate-600 px-1"
      />
    </div>
  );
}

type Props = { params: SearchParams; facets: FacetCounts; tree: CategoryNode[]; scope: SearchScope };

/**
 * Filters as a GET form of checkboxes: counts under the other active filters; works without
 * JavaScript. On a category page the categories are not a filter (the page is one).
 */
export function SearchFacets({ params, facets, tree, scope }: Props) {
  const categoryOptions = tree.flatMap((node) => [
    { node, nested: false },
    ...node.children.map((child) => ({ node: child, nested: true })),
  ]);
  return (
    <AutoApplyForm action={scope.path} aria-labelledby="filtry-naglowek">
      <h2 id="filtry-naglowek" className="text-lg font-bold">
        Zawęź wyniki
      </h2>
      {params.q && <input type="hidden" name="q" value={params.q} />}
      {params.sort !== (params.q ? "trafnosc" : "najnowsze") && <input type="hidden" name="sort" value={params.sort} />}
      <FacetGroup
        legend="Województwo"
        options={ALL_VOIVODESHIPS.map((v) => ({
          name: "wojewodztwo", value: VOIVODESHIPS[v].slug, label: VOIVODESHIPS[v].label,
          count: facets.voivodeship[v] ?? 0, checked: params.wojewodztwo.includes(v),
        }))}
      />
      <FacetGroup
        legend="Typ jednostki"
        options={ALL_UNIT_TYPES.map((t) => ({
          name: "typ", value: UNIT_TYPES[t].slug, label: UNIT_TYPES[t].label,
          count: facets.unitType[t] ?? 0, checked: params.typ.includes(t),
        }))}
      />
      {!scope.categorySlug && (
        <FacetGroup
          legend="Kategoria"
          options={categoryOptions.map(({ node, nested }) => ({
            name: "kategoria", value: node.slug, label: node.name, nested,
            count: facets.category[String(node.id)] ?? 0, checked: params.kategoria.includes(node.slug),
          }))}
        />
      )}
      <FacetGroup
        legend="Liczba mieszkańców"
        options={POPULATION_BANDS.map((band) => ({
          name: "ludnosc", value: band.slug, label: band.label,
          count: facets.band[band.slug] ?? 0, checked: params.ludnosc.includes(band.slug),
        }))}
      />
      <fieldset className="mt-4 border-t border-slate-300 pt-3">
        <legend className="font-bold">Rok wprowadzenia do banku</legend>
        <div className="mt-1 flex gap-3">
          <YearField name="od" value={params.od} />
          <YearField name="do" value={params.do} />
        </div>
      </fieldset>
      <fieldset className="mt-4 border-t border-slate-300 pt-3">
        <legend className="font-bold">Wdrożenia</legend>
        <div className="mt-1">
          <input type="checkbox" id="f-wdrozone" name="wdrozone" value="tak" defaultChecked={params.wdrozone} className="mr-2 size-4 align-middle" />
          <label htmlFor="f-wdrozone">wdrożone w innych samorządach</label>
        </div>
      </fieldset>
      <button type="submit" className="mt-4 bg-brand-800 px-4 py-2 font-semibold text-white">
        Zastosuj filtry
      </button>
    </AutoApplyForm>
  );
}
