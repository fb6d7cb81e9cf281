import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/Notice";
import { ListHeading } from "@/features/admin/components/ListHeading";
import { requireEditor } from "@/features/auth/authorize";
import { listExternalLinksForEditors } from "@/features/external-links/data";

export const metadata: Metadata = { title: "Inne bazy danych" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExternalLinksAdminPage({ searchParams }: Props) {
  await requireEditor("/admin/inne-bazy");
  const [links, query] = await Promise.all([listExternalLinksForEditors(), searchParams]);
  return (
    <>
      <ListHeading title="Inne bazy danych" add={{ href: "/admin/inne-bazy/nowa", label: "Dodaj odnośnik" }} />
      <p className="mt-2 max-w-prose">
        Odnośniki na stronie <a href="/inne-bazy">Inne bazy danych</a>, w kolejności pozycji. Zmiany widać w serwisie od razu po zapisaniu.
      </p>
      {query.zapisano === "1" && <Notice>Zapisano odnośnik.</Notice>}
      {query.usunieto === "1" && <Notice>Usunięto odnośnik.</Notice>}
      {query.brak === "1" && <Notice tone="warning">Tego odnośnika już nie ma: ktoś usunął go w międzyczasie.</Notice>}
      {links.length === 0 ? (
        <p className="mt-6">Nie ma jeszcze żadnego odnośnika.</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Odnośniki do innych baz, w kolejności na stronie</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-4">Pozycja</th>
                <th scope="col" className="py-2 pr-4">Nazwa</th>
                <th scope="col" className="py-2 pr-4">Adres</th>
                <th scope="col" className="py-2">Działania</th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={link.id} className="border-b border-slate-300">
                  <td className="py-2 pr-4">{link.position}</td>
                  <td className="py-2 pr-4">
                    <Link prefetch={false} href={`/admin/inne-bazy/${link.id}`}>{link.title}</Link>
                  </td>
                  <td className="py-2 pr-4 break-all font-mono text-sm">{link.url}</td>
                  <td className="py-2">
                    <Link prefetch={false} href={`/admin/inne-bazy/${link.id}/usun`}>
                      Usuń<span className="sr-only"> „{link.title}”</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
