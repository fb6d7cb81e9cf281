import type { Metadata } from "next";
import { requireEditor } from "@/features/auth/authorize";
import { listCategoryOptions } from "@/features/practice-editor/data";
import { PracticeForm } from "@/features/practice-editor/components/PracticeForm";
import { EMPTY_VALUES } from "@/features/practice-editor/form-values";

export const metadata: Metadata = { title: "Nowa praktyka" };

export default async function NewPracticePage() {
  await requireEditor("/admin/praktyki/nowa");
  const categories = await listCategoryOptions();
  return (
    <>
      <h1 className="text-3xl font-bold">Nowa praktyka</h1>
      <p className="mt-2 max-w-prose">
        Szkic nie jest widoczny w serwisie. Załączniki dodasz po pierwszym zapisaniu, na stronie edycji praktyki.
      </p>
      <PracticeForm practice={null} categories={categories} initial={{ values: EMPTY_VALUES, errors: [], conflict: null, preview: false, revision: 0 }} />
    </>
  );
}
