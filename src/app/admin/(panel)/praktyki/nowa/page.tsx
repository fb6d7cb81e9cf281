import type { Metadata } from "next";
import { requireEditor } from "@/features/auth/authorize";
import { listCategoryOptions } from "@/features/practice-editor/data";
import { PracticeForm } from "@/features/practice-editor/components/PracticeForm";
import { initialFormState } from "@/features/practice-editor/form-state";
import { EMPTY_VALUES } from "@/features/practice-editor/form-values";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Nowa praktyka" };

export default async function NewPracticePage() {
  await requireEditor("/admin/praktyki/nowa");
  const categories = await listCategoryOptions();
  return (
    <>
      <h1 className="text-3xl font-bold">Nowa praktyka</h1>
      <p className="mt-2 max-w-prose">Szkic nie jest widoczny w serwisie. Pliki dodane w formularzu zostaną dołączone do praktyki, gdy ją zapiszesz.</p>
      <PracticeForm practice={null} categories={categories} initial={initialFormState(EMPTY_VALUES)} maxFileBytes={env().ATTACHMENT_MAX_MB * 1_000_000} />
    </>
  );
}
