import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { Notice } from "@/components/ui/Notice";
import { Pagination } from "@/components/ui/Pagination";
import { requireEditor } from "@/features/auth/authorize";
import { ADMIN_PAGE_SIZE, listAdminPractices, listCategoryOptions } from "@/features/practice-editor/data";
import { PracticeFilters } from "@/features/practice-editor/components/PracticeFilters";
import { PracticeTable } from "@/features/practice-editor/components/PracticeTable";
import { adminListHref, adminListParamsSchema } from "@/features/practice-editor/list-params";
import { formatInteger, pluralPl } from "@/lib/format";

export const metadata: Metadata = { title: "Praktyki" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, string> = {
  "przeniesiono-do-kosza": "Praktykę przeniesiono do kosza. Można ją stamtąd przywrócić.",
  "usunieto-na-stale": "Praktykę usunięto na stałe razem z jej załącznikami.",
  "nie-znaleziono": "Tej praktyki już nie ma.",
};

export default async function PracticeListPage({ searchParams }: Props) {
  await requireEditor("/admin");
  const raw = await searchParams;
  const params = adminListParamsSchema.parse(raw);
  const categories = await listCategoryOptions();
  const category = params.kategoria ? categories.find((option) => option.slug === params.kategoria) : undefined;
  const { items, total } = await listAdminPractices(params, category ? category.subtreeIds : null);
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const notice = Object.keys(NOTICES).find((key) => raw[key] === "1");
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">Praktyki</h1>
        <Link prefetch={false} href="/admin/praktyki/nowa" className={buttonClass()}>
          Dodaj praktykę
        </Link>
      </div>
      {notice && <Notice>{NOTICES[notice]}</Notice>}
      <PracticeFilters params={params} categories={categories} />
      <h2 className="mt-6 text-xl font-bold" id="wyniki">
        {total === 0
          ? "Nie znaleziono praktyk"
          : `${formatInteger(total)} ${pluralPl(total, "praktyka", "praktyki", "praktyk")}${pageCount > 1 ? ` (strona ${Math.min(params.strona, pageCount)} z ${pageCount})` : ""}`}
      </h2>
      {items.length > 0 && <PracticeTable items={items} />}
      <Pagination page={params.strona} pageCount={pageCount} hrefFor={(page) => adminListHref(params, { strona: page })} label="Strony listy praktyk" />
    </>
  );
}
