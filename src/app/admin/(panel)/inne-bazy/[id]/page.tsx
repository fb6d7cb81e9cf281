import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireEditor } from "@/features/auth/authorize";
import { ExternalLinkForm } from "@/features/external-links/components/ExternalLinkForm";
import { getExternalLink } from "@/features/external-links/data";
import { recordIdSchema } from "@/lib/record-id";

export const metadata: Metadata = { title: "Odnośnik" };

type Props = { params: Promise<{ id: string }> };

export default async function ExternalLinkAdminPage({ params }: Props) {
  await requireEditor();
  const id = recordIdSchema.safeParse((await params).id);
  const link = id.success ? await getExternalLink(id.data) : null;
  if (!link) notFound();
  return (
    <>
      <p><Link prefetch={false} href="/admin/inne-bazy">Inne bazy danych</Link> › {link.title}</p>
      <h1 className="mt-2 text-3xl font-bold">{link.title}</h1>
      <ExternalLinkForm link={link} nextPosition={link.position} />
      <section aria-labelledby="usuwanie" className="mt-10 border-t-2 border-slate-300 pt-4">
        <h2 id="usuwanie" className="text-2xl font-bold">Usuwanie</h2>
        <p className="mt-2">
          <Link prefetch={false} href={`/admin/inne-bazy/${link.id}/usun`}>Usuń odnośnik</Link>
        </p>
      </section>
    </>
  );
}
