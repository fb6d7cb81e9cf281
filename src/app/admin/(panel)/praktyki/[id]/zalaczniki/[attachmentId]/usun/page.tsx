import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ConfirmDeletion } from "@/features/admin/components/ConfirmDeletion";
import { removeAttachmentAction } from "@/features/attachments/actions";
import { getAttachmentForEditor } from "@/features/attachments/data";
import { requireEditor } from "@/features/auth/authorize";
import { attachmentIdSchema } from "@/features/practice/schema";
import { practiceIdSchema } from "@/features/practice-editor/schema";

export const metadata: Metadata = { title: "Usuwanie załącznika" };

type Props = { params: Promise<{ id: string; attachmentId: string }> };

export default async function RemoveAttachmentPage({ params }: Props) {
  await requireEditor();
  const raw = await params;
  const practiceId = practiceIdSchema.safeParse(raw.id);
  const attachmentId = attachmentIdSchema.safeParse(raw.attachmentId);
  if (!practiceId.success || !attachmentId.success) notFound();
  const attachment = await getAttachmentForEditor(practiceId.data, attachmentId.data);
  if (!attachment) notFound();
  if (attachment.practice.deletedAt) redirect(`/admin/praktyki/${practiceId.data}?zalaczniki-w-koszu=1`);
  return (
    <ConfirmDeletion
      heading="Usunąć załącznik?"
      action={removeAttachmentAction}
      fields={{ id: practiceId.data, zalacznik: attachment.id }}
      confirmLabel="Tak, usuń załącznik"
      back={{ href: `/admin/praktyki/${practiceId.data}#zalaczniki`, label: "Nie, wróć do praktyki" }}
    >
      <p>
        Załącznik „{attachment.title}” (plik {attachment.fileName}) zniknie z praktyki „{attachment.practice.title}” i z serwisu. Plik
        zostanie usunięty; w dzienniku zdarzeń zostanie zapis, kto i kiedy go usunął.
      </p>
    </ConfirmDeletion>
  );
}
