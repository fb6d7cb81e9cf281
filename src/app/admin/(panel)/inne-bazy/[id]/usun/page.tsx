import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmDeletion } from "@/features/admin/components/ConfirmDeletion";
import { requireEditor } from "@/features/auth/authorize";
import { deleteExternalLinkAction } from "@/features/external-links/actions";
import { getExternalLink } from "@/features/external-links/data";
import { recordIdSchema } from "@/lib/record-id";

export const metadata: Metadata = { title: "Usuwanie odnośnika" };

type Props = { params: Promise<{ id: string }> };

export default async function DeleteExternalLinkPage({ params }: Props) {
  await requireEditor();
  const id = recordIdSchema.safeParse((await params).id);
  const link = id.success ? await getExternalLink(id.data) : null;
  if (!link) notFound();
  return (
    <ConfirmDeletion
      heading="Usunąć odnośnik?"
      action={deleteExternalLinkAction}
      fields={{ id: link.id }}
      confirmLabel="Tak, usuń odnośnik"
      back={{ href: `/admin/inne-bazy/${link.id}`, label: "Nie, wróć do odnośnika" }}
    >
      <p>
        Odnośnik „{link.title}” ({link.url}) zniknie ze strony Inne bazy danych. W dzienniku zdarzeń zostanie zapis, kto i kiedy go
        usunął, z adresem strony.
      </p>
    </ConfirmDeletion>
  );
}
