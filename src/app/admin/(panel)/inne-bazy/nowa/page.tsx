import type { Metadata } from "next";
import Link from "next/link";
import { requireEditor } from "@/features/auth/authorize";
import { ExternalLinkForm } from "@/features/external-links/components/ExternalLinkForm";
import { listExternalLinksForEditors } from "@/features/external-links/data";

export const metadata: Metadata = { title: "Nowy odnośnik" };

export default async function NewExternalLinkPage() {
  await requireEditor("/admin/inne-bazy/nowa");
  const links = await listExternalLinksForEditors();
  // A new link goes to the end of the list unless the editor says otherwise.
  const nextPosition = Math.min(10_000, Math.max(-1, ...links.map((link) => link.position)) + 1);
  return (
    <>
      <p><Link prefetch={false} href="/admin/inne-bazy">Inne bazy danych</Link> › nowy odnośnik</p>
      <h1 className="mt-2 text-3xl font-bold">Nowy odnośnik</h1>
      <ExternalLinkForm link={null} nextPosition={nextPosition} />
    </>
  );
}
