import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/Notice";
import { ListHeading } from "@/features/admin/components/ListHeading";
import { requireAdministrator } from "@/features/auth/authorize";
import { listCategoriesForAdmin } from "@/features/category/data";
import { formatInteger } from "@/lib/format";

export const metadata: Metadata = { title: "Kategorie" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CategoriesPage({ searchParams }: Props) {
  await requireAdministrator("/admin/kategorie");
  const [categories, query] = await Promise.all([listCategoriesForAdmin(), searchParams]);
  return (
    <>
      <ListHeading title="Kategorie" add={{ href: "/admin/kategorie/nowa", label: "Dodaj kategorię" }} />
      {query.zapisano === "1" && <Notice>Zapisano kategorię. Serwis pokazuje już nowe drzewo kategorii.</Notice>}
      {query.usunieto === "1" && <Notice>Usunięto kategorię.</Notice>}
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Drzewo kategorii</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-2 pr-4">Nazwa</th>
              <th scope="col" className="py-2 pr-4">Adres</th>
              <th scope="col" className="py-2 pr-4">Pozycja</th>
              <th scope="col" className="py-2 pr-4">Praktyki (wszystkie stany)</th>
              <th scope="col" className="py-2">Działania</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => (
              <tr key={category.id} className="border-b border-slate-300">
                <td className="py-2 pr-4">
                  <span className={category.depth > 0 ? "pl-6" : "font-semibold"}>
                    {category.depth > 0 && <span aria-hidden="true">└ </span>}
                    <Link prefetch={false} href={`/admin/kategorie/${category.id}`}>{category.name}</Link>
                  </span>
                </td>
                <td className="py-2 pr-4 font-mono text-sm">{category.slug}</td>
                <td className="py-2 pr-4">{category.position}</td>
                <td className="py-2 pr-4">{formatInteger(category._count.practiceLinks)}</td>
                <td className="py-2">
                  <Link prefetch={false} href={`/admin/kategorie/nowa?rodzic=${category.id}`}>
                    Dodaj podkategorię<span className="sr-only"> do „{category.name}”</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
