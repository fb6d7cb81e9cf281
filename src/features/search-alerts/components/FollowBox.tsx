import Link from "next/link";
import { issueFormStamp } from "@/features/public-forms/guard";
import { paths } from "@/features/open-data/paths";
import { searchQueryString, type SearchParams } from "@/features/search/schema";
import { isNarrowedCategoryListing } from "@/features/search/scope";
import { alertQuery as alertQueryOf, EMPTY_ALERT_FORM } from "@/features/search-alerts/schema";
import { alertPaths } from "@/features/search-alerts/paths";
import { FollowForm } from "./FollowForm";

type Props = {
  /** The Atom feed of exactly this listing. */
  feedUrl: string;
  /** The canonical query string the alert follows (schema.ts, alertQuery). */
  alertQuery: string;
  /**
   * The e-mail form in place (pages rendered per request); on cached pages a link to /obserwuj
   * instead, whose form carries a fresh stamp of the abuse guard (a cached one would expire).
   */
  inlineForm: boolean;
};

/** "Obserwuj": the feed of a search or category and its e-mail alert. */
export async function FollowBox({ feedUrl, alertQuery, inlineForm }: Props) {
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
        {!inlineForm && (
          <li>
            <Link href={alertPaths.form(alertQuery)}>Powiadomienia e-mail o tej liście</Link>
          </li>
        )}
      </ul>
      {inlineForm && (
        <>
          <h3 className="mt-4 font-bold">Powiadomienia e-mail</h3>
          <p className="text-sm text-slate-700">
            Raz dziennie lub raz w tygodniu, tylko gdy pojawi się coś nowego. Wypiszesz się jednym kliknięciem z każdej wiadomości.
          </p>
          <FollowForm query={alertQuery} initial={{ values: EMPTY_ALERT_FORM, errors: [], refusal: null, stamp: await issueFormStamp() }} />
        </>
      )}
    </section>
  );
}

/** On /szukaj (rendered per request): the feed of the same parameters, and the form in place. */
export function SearchFollowBox({ params }: { params: SearchParams }) {
  return <FollowBox feedUrl={paths.searchFeed(searchQueryString(params, { strona: 1 }))} alertQuery={alertQueryOf(params)} inlineForm />;
}

/**
 * On a category page (its first pages are cached): the category's feed, or, narrowed by words or
 * filters, the feed of exactly that search; and a link to the form of the same search.
 */
export function CategoryFollowBox({ slug, params }: { slug: string; params: SearchParams }) {
  const query = alertQueryOf({ ...params, kategoria: [slug] });
  const feedUrl = isNarrowedCategoryListing(params) ? paths.searchFeed(query) : paths.categoryFeed(slug);
  return <FollowBox feedUrl={feedUrl} alertQuery={query} inlineForm={false} />;
}
