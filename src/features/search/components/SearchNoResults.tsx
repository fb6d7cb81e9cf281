import Link from "next/link";
import type { Relaxation } from "@/features/search/relaxations";
import type { SearchOutcome } from "@/features/search/run-search";
import { scopeHref, type SearchScope } from "@/features/search/scope";
import { countPl } from "@/lib/format";

type Props = { outcome: SearchOutcome; relaxations: Relaxation[]; scope: SearchScope };

/** Nothing found: what to relax (each condition with what the search finds without it), similar localities. */
export function SearchNoResults({ outcome, relaxations, scope }: Props) {
  const { params } = outcome;
  if (scope.categorySlug && relaxations.length === 0) return <p className="mt-3">W tej kategorii nie ma jeszcze opublikowanych praktyk.</p>;
  return (
    <div className="mt-3 space-y-3">
      {outcome.localities.length > 0 && (
        <p>
          Miejscowości o podobnej nazwie:{" "}
          {outcome.localities.map((locality, index) => (
            <span key={locality}>
              {index > 0 && ", "}
              <Link href={scopeHref(scope, params, { q: locality, strona: 1 })}>{locality}</Link>
            </span>
          ))}
        </p>
      )}
      {relaxations.length > 0 && (
        <>
          <p id="bez-warunku">Bez jednego z warunków wyszukiwanie znajdzie:</p>
          <ul aria-labelledby="bez-warunku" className="list-disc space-y-1 pl-6">
            {relaxations.map((relaxation) => {
              const text = `${relaxation.label}: ${countPl(relaxation.count, "praktyka", "praktyki", "praktyk")}`;
              return <li key={relaxation.href}>{relaxation.count > 0 ? <Link href={relaxation.href}>{text}</Link> : text}</li>;
            })}
          </ul>
        </>
      )}
      {params.q && <p>Spróbuj też użyć innych lub mniej szczegółowych słów albo przejrzeć praktyki według kategorii.</p>}
    </div>
  );
}
