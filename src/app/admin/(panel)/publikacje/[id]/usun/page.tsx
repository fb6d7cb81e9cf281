import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmDeletion } from "@/features/admin/components/ConfirmDeletion";
import { requireEditor } from "@/features/auth/authorize";
import { deletePublicationAction } from "@/features/publications/actions";
import { getPublication } from "@/features/publications/data";
import { recordIdSchema } from "@/lib/record-id";

export const metadata: Metadata = { title: "Usuwanie publikacji" };

type Props = { params: Promise<{ id: string }> };

export default async function DeletePublicationPage({ params }: Props) {
  await requireEditor();
  const id = recordIdSchema.safeParse((await params).id);
  const publication = id.success ? await getPublication(id.data) : null;
  if (!publication) notFound();
  return (
    <ConfirmDeletion
      heading="Usunąć publikację?"
      action={deletePublicationAction}
      fields={{ id: publication.id }}
      confirmLabel="Tak, usuń publikację"
      back={{ href: `/admin/publikacje/${publication.id}`, label: "Nie, wróć do publikacji" }}
    >
      <p>
        Publikacja „{publication.title}” (plik {publication.fileName}) zniknie ze strony Publikacje i dokumenty, a jej plik zostanie
        usunięty. Tego nie da się cofnąć; w dzienniku zdarzeń zostanie zapis, kto i kiedy ją usunął.
      </p>
    </ConfirmDeletion>
  );
}
