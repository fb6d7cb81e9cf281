import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/Button";
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
  return (
    <>
      <h1 className="text-3xl font-bold">Usunąć załącznik?</h1>
      <p className="mt-4 max-w-prose">
        Załącznik „{attachment.title}” (plik {attachment.fileName}) zniknie z praktyki „{attachment.practice.title}” i z serwisu. Plik
        zostanie usunięty; w dzienniku zdarzeń zostanie zapis, kto i kiedy go usunął.
      </p>
      <form action={removeAttachmentAction} className="mt-6 flex flex-wrap items-center gap-6">
        <input type="hidden" name="id" value={practiceId.data} />
        <input type="hidden" name="zalacznik" value={attachment.id} />
        <Button variant="danger">Tak, usuń załącznik</Button>
        <Link prefetch={false} href={`/admin/praktyki/${practiceId.data}#zalaczniki`}>Nie, wróć do praktyki</Link>
      </form>
    </>
  );
}
