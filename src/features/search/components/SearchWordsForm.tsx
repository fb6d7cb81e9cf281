import type { SearchParams } from "@/features/search/schema";
import { scopeQueryPairs, type SearchScope } from "@/features/search/scope";

type Props = { params: SearchParams; scope: SearchScope; label: string; ariaLabel: string };

/** The words of a listing's search; a new query keeps the filters and starts again at page 1 with the default order. */
export function SearchWordsForm({ params, scope, label, ariaLabel }: Props) {
  const kept = scopeQueryPairs(scope, params, { q: "", sort: undefined, strona: 1 });
  return (
    <form action={scope.path} method="get" role="search" aria-label={ariaLabel} className="mt-4 flex items-end gap-2">
      <div className="min-w-0 flex-1 sm:flex-none">
        <label htmlFor="szukaj-q" className="block font-semibold">
          {label}
        </label>
        <input id="szukaj-q" name="q" type="search" defaultValue={params.q} maxLength={200} className="w-full border-2 border-slate-700 px-2 py-1 sm:w-72" />
      </div>
      {kept.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="shrink-0 bg-brand-800 px-4 py-1.5 font-semibold text-white">
        Szukaj
      </button>
    </form>
  );
}
