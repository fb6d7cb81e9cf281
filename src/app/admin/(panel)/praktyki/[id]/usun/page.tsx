import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { requireEditor } from "@/features/auth/authorize";
import { moveToBinAction } from "@/features/practice-editor/bin-actions";
import { getPracticeForEditing } from "@/features/practice-editor/data";
import { practiceIdSchema } from "@/features/practice-editor/schema";

export const metadata: Metadata = { title: "Usuwanie praktyki" };

type Props = { params: Promise<{ id: string }> };

export default async function DeletePracticePage({ params }: Props) {
  await requireEditor();
  const id = practiceIdSchema.safeParse((await params).id);
  const practice = id.success ? await getPracticeForEditing(id.data) : null;
  if (!practice || practice.deletedAt) notFound();
  return (
    <>
      <h1 className="text-3xl font-bold">Usunąć praktykę?</h1>
      <p className="mt-4 max-w-prose">
        Praktyka „{practice.title}” trafi do kosza{practice.status === "PUBLISHED" ? " i od razu zniknie z serwisu" : ""}. Jej historia i
        załączniki ({practice.attachments.length}) zostaną zachowane: każdy redaktor może ją przywrócić z kosza, a tylko administrator może
        usunąć ją na stałe.
      </p>
      <form action={moveToBinAction} className="mt-6 flex flex-wrap items-center gap-6">
        <input type="hidden" name="id" value={practice.id} />
        <input type="hidden" name="wersja" value={practice.version} />
        <Button variant="danger">Tak, przenieś do kosza</Button>
        <Link prefetch={false} href={`/admin/praktyki/${practice.id}`}>Nie, wróć do praktyki</Link>
      </form>
    </>
  );
}
