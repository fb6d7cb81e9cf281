import Link from "next/link";
import { paths } from "@/features/open-data/paths";
import { searchQueryString, type SearchParams } from "@/features/search/schema";
import { isNarrowedCategoryListing } from "@/features/search/scope";
import { alertQuery as alertQueryOf } from "@/features/search-alerts/schema";
import { alertPaths } from "@/features/search-alerts/paths";

type Props = {
  /** The Atom feed of exactly this listing. */
  feedUrl: string;
  /** The canonical query string the alert follows (schema.ts, alertQuery). */
  alertQuery: string;
};

/**
 * "Obserwuj": the feed of a search or category and a link to its e-mail alert. Listings are cached
 * pages, so the alert's form is not in place: /obserwuj serves it with a fresh stamp of the abuse
 * guard (a cached one would grow old, and a bot could skip the minimum fill time).
 */
export function FollowBox({ feedUrl, alertQuery }: Props) {
  return (
    <section aria-labelledby="obserwuj" className="mt-8 border-2 border-slate-300 p-4 print-hidden">
      <h2 id="obserwuj" className="text-xl font-bold">
        Obserwuj
      </h2>
      <p className="mt-1">Dowiedz się o nowych i zaktualizowanych praktykach z tej listy.</p>
      <ul className="mt-2 space-y-1">
        <li>
          <a href={feedUrl} type="application/atom+xml">
            Kanał Atom tej listy
          </a>{" "}
          <span className="text-sm text-slate-700">(do czytnika kanałów)</span>
        </li>
        <li>
          <Link href={alertPaths.form(alertQuery)}>Powiadomienia e-mail o tej liście</Link>{" "}
          <span className="text-sm text-slate-700">(raz dziennie lub raz w tygodniu, bez konta)</span>
        </li>
      </ul>
    </section>
  );
}

/** On /szukaj: the feed and the alert of the same parameters. */
export function SearchFollowBox({ params }: { params: SearchParams }) {
  return <FollowBox feedUrl={paths.searchFeed(searchQueryString(params, { strona: 1 }))} alertQuery={alertQueryOf(params)} />;
}

/**
 * On a category page: the category's feed, or, narrowed by words or filters, the feed of exactly
 * that search; and the alert of the same search.
 */
export function CategoryFollowBox({ slug, params }: { slug: string; params: SearchParams }) {
  const query = alertQueryOf({ ...params, kategoria: [slug] });
  const feedUrl = isNarrowedCategoryListing(params) ? paths.searchFeed(query) : paths.categoryFeed(slug);
  return <FollowBox feedUrl={feedUrl} alertQuery={query} />;
}
