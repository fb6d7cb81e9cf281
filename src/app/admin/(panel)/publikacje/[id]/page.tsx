import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireEditor } from "@/features/auth/authorize";
import { PublicationForm } from "@/features/publications/components/PublicationForm";
import { publicationHref } from "@/features/publications/components/PublicationList";
import { getPublication } from "@/features/publications/data";
import { formatIsoDate, polishIsoDay } from "@/lib/format";
import { recordIdSchema } from "@/lib/record-id";

export const metadata: Metadata = { title: "Publikacja" };

type Props = { params: Promise<{ id: string }> };

export default async function PublicationAdminPage({ params }: Props) {
  await requireEditor();
  const id = recordIdSchema.safeParse((await params).id);
  const publication = id.success ? await getPublication(id.data) : null;
  if (!publication) notFound();
  return (
    <>
      <p><Link prefetch={false} href="/admin/publikacje">Publikacje i dokumenty</Link> › {publication.title}</p>
      <h1 className="mt-2 text-3xl font-bold">{publication.title}</h1>
      <p className="mt-2">
        <a href={publicationHref(publication.id)} download={publication.fileName}>Pobierz obecny plik<span className="sr-only"> {publication.fileName}</span></a>
      </p>
      <PublicationForm publication={{ ...publication, publishedOn: formatIsoDate(publication.publishedOn) }} today={polishIsoDay(new Date())} />
      <section aria-labelledby="usuwanie" className="mt-10 border-t-2 border-slate-300 pt-4">
        <h2 id="usuwanie" className="text-2xl font-bold">Usuwanie</h2>
        <p className="mt-2">
          <Link prefetch={false} href={`/admin/publikacje/${publication.id}/usun`}>Usuń publikację</Link>
        </p>
      </section>
    </>
  );
}
