import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { pageMetadata } from "@/features/site/page-metadata";
import { profileInWords } from "@/features/units/comparable";
import { ComparablePractices } from "@/features/units/components/ComparablePractices";
import { UNITS_LIKE_MINE_PATH, UnitsLikeMineForm } from "@/features/units/components/UnitsLikeMineForm";
import { UnitPopulation } from "@/features/units/components/UnitPopulation";
import { listComparablePractices } from "@/features/units/data";
import { POPULATION_STATE_DATE, REGISTRY_STATE_DATE, unitLabel } from "@/features/units/registry";
import { comparableQueryString, isCanonicalQuery, parseComparableQuery } from "@/features/units/schema";
import { formatLongDate } from "@/lib/format";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITLE = "Gminy takie jak moja";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseComparableQuery(await searchParams);
  const shared = query.profile ? comparableQueryString(query) : "";
  return {
    ...pageMetadata({
      title: TITLE,
      path: shared ? `${UNITS_LIKE_MINE_PATH}?${shared}` : UNITS_LIKE_MINE_PATH,
      description: "Dobre praktyki samorządów podobnych do Twojego: tego samego rodzaju, podobnej wielkości, z Twojego województwa.",
    }),
    ...(shared ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function UnitsLikeMinePage({ searchParams }: Props) {
  const raw = await searchParams;
  const query = parseComparableQuery(raw);
  // The form sends every select, empty ones too, and both the unit and its selects: the results
  // live at one shareable address.
  if (query.profile && !isCanonicalQuery(raw, comparableQueryString(query))) redirect(`${UNITS_LIKE_MINE_PATH}?${comparableQueryString(query)}`);
  const practices = query.profile ? await listComparablePractices(query.profile) : [];
  const shared = `${UNITS_LIKE_MINE_PATH}?${comparableQueryString(query)}`;
  return (
    <CataloguePage>
      <ErrorSummary errors={query.errors} title="Nie możemy pokazać wyników" />
      <h1 className="text-title font-bold">{TITLE}</h1>
      <p className="mt-4 max-w-prose text-lg">
        Podaj swoją jednostkę, a pokażemy dobre praktyki samorządów do niej podobnych: najpierw tego samego rodzaju i
        podobnej wielkości, wyżej te z Twojego województwa.
      </p>
      <UnitsLikeMineForm query={query} />
      {query.profile && (
        <section aria-labelledby="wyniki" className="mt-10">
          <h2 id="wyniki" className="text-2xl font-bold">
            Praktyki jednostek podobnych do: {query.unit ? unitLabel(query.unit) : profileInWords(query.profile)}
          </h2>
          {query.unit && <UnitPopulation unit={query.unit} />}
          <p className="mt-2 text-sm">
            Link do tych wyników: <a href={shared}>{shared}</a>
          </p>
          <ComparablePractices practices={practices} />
        </section>
      )}
      <p className="mt-10 text-sm text-slate-700">
        Lista jednostek: rejestr TERYT (katalog TERC) Głównego Urzędu Statystycznego, stan na {formatLongDate(new Date(REGISTRY_STATE_DATE))}. Liczba
        mieszkańców: Bank Danych Lokalnych GUS, stan na {formatLongDate(new Date(POPULATION_STATE_DATE))} (w zaokrągleniu do 10 osób).
      </p>
    </CataloguePage>
  );
}
