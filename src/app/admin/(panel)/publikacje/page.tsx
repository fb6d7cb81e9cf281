import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/Notice";
import { ListHeading } from "@/features/admin/components/ListHeading";
import { formatName } from "@/features/attachments/formats";
import { requireEditor } from "@/features/auth/authorize";
import { listPublicationsForEditors } from "@/features/publications/data";
import { formatFileSize, formatInteger, formatIsoDate } from "@/lib/format";

export const metadata: Metadata = { title: "Publikacje i dokumenty" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PublicationsAdminPage({ searchParams }: Props) {
  await requireEditor("/admin/publikacje");
  const [publications, query] = await Promise.all([listPublicationsForEditors(), searchParams]);
  return (
    <>
      <ListHeading title="Publikacje i dokumenty" add={{ href: "/admin/publikacje/nowa", label: "Dodaj publikację" }} />
      <p className="mt-2 max-w-prose">
        Dokumenty do pobrania na stronie <a href="/publikacje">Publikacje i dokumenty</a>. Zmiany widać w serwisie od razu po zapisaniu.
      </p>
      {query.zapisano === "1" && <Notice>Zapisano publikację.</Notice>}
      {query.usunieto === "1" && <Notice>Usunięto publikację i jej plik.</Notice>}
      {query.brak === "1" && <Notice tone="warning">Tej publikacji już nie ma: ktoś usunął ją w międzyczasie.</Notice>}
      {publications.length === 0 ? (
        <p className="mt-6">Nie ma jeszcze żadnej publikacji.</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Publikacje, od najnowszych</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-4">Tytuł</th>
                <th scope="col" className="py-2 pr-4">Data publikacji</th>
                <th scope="col" className="py-2 pr-4">Plik</th>
                <th scope="col" className="py-2 pr-4 text-right">Pobrania</th>
                <th scope="col" className="py-2">Działania</th>
              </tr>
            </thead>
            <tbody>
              {publications.map((publication) => (
                <tr key={publication.id} className="border-b border-slate-300">
                  <td className="py-2 pr-4">
                    <Link prefetch={false} href={`/admin/publikacje/${publication.id}`}>{publication.title}</Link>
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">{formatIsoDate(publication.publishedOn)}</td>
                  <td className="py-2 pr-4">
                    {publication.fileName} ({formatName(publication.mimeType, publication.fileName)}, {formatFileSize(publication.byteSize)})
                  </td>
                  <td className="py-2 pr-4 text-right">{formatInteger(publication.downloadCount)}</td>
                  <td className="py-2">
                    <Link prefetch={false} href={`/admin/publikacje/${publication.id}/usun`}>
                      Usuń<span className="sr-only"> „{publication.title}”</span>
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
