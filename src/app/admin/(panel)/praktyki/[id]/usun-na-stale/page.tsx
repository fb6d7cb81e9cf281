import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { requireAdministrator } from "@/features/auth/authorize";
import { purgePracticeAction } from "@/features/practice-editor/bin-actions";
import { getPracticeForEditing } from "@/features/practice-editor/data";
import { practiceIdSchema } from "@/features/practice-editor/schema";

export const metadata: Metadata = { title: "Usuwanie praktyki na stałe" };

type Props = { params: Promise<{ id: string }> };

export default async function PurgePracticePage({ params }: Props) {
  await requireAdministrator();
  const id = practiceIdSchema.safeParse((await params).id);
  const practice = id.success ? await getPracticeForEditing(id.data) : null;
  if (!practice?.deletedAt) notFound();
  return (
    <>
      <h1 className="text-3xl font-bold">Usunąć praktykę na stałe?</h1>
      <p className="mt-4 max-w-prose">
        Praktyka „{practice.title}”, wszystkie jej wersje i załączniki ({practice.attachments.length}) zostaną usunięte bezpowrotnie. W
        dzienniku zdarzeń zostanie zapis z ostatnią wersją jej treści.
      </p>
      <form action={purgePracticeAction} className="mt-6 flex flex-wrap items-center gap-6">
        <input type="hidden" name="id" value={practice.id} />
        <Button variant="danger">Tak, usuń na stałe</Button>
        <Link prefetch={false} href={`/admin/praktyki/${practice.id}`}>Nie, wróć</Link>
      </form>
    </>
  );
}
