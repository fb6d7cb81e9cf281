import type { Metadata } from "next";
import Link from "next/link";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { paths } from "@/features/open-data/paths";
import { issueFormStamp } from "@/features/public-forms/guard";
import { searchParamsSchema, searchQueryString } from "@/features/search/schema";
import { FollowForm } from "@/features/search-alerts/components/FollowForm";
import { getCategoryNames } from "@/features/search-alerts/data";
import { searchDescription } from "@/features/search-alerts/mail";
import { alertQuery, EMPTY_ALERT_FORM } from "@/features/search-alerts/schema";

export const metadata: Metadata = { title: "Powiadomienia e-mail o praktykach", robots: { index: false, follow: true } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The e-mail alert of any search (the parameters of /szukaj), on its own page rendered per request:
// the category pages, which are cached, link here.
export default async function FollowPage({ searchParams }: Props) {
  const params = searchParamsSchema.parse(await searchParams);
  const description = searchDescription(params, await getCategoryNames(params.kategoria));
  const query = searchQueryString(params, { strona: 1 });
  // A category alone is the category's page; anything else is a search.
  const listing = params.kategoria.length === 1 && query === `kategoria=${params.kategoria[0]}` ? paths.category(params.kategoria[0]!) : paths.search(query);
  return (
    <CataloguePage>
      <h1 className="text-title font-bold">Powiadomienia e-mail o praktykach</h1>
      <p className="mt-4 max-w-prose">
        Obserwujesz: <strong>{description}</strong>. Wyślemy Ci listę nowych i zaktualizowanych praktyk tylko wtedy, gdy takie się pojawią.
      </p>
      <div className="mt-6 max-w-prose">
        <FollowForm query={alertQuery(params)} initial={{ values: EMPTY_ALERT_FORM, errors: [], refusal: null, stamp: await issueFormStamp() }} />
      </div>
      <p className="mt-6">
        <Link href={listing}>Wróć do listy praktyk</Link> · <Link href="/polityka-prywatnosci#powiadomienia">Jakie dane przechowujemy</Link>
      </p>
    </CataloguePage>
  );
}
