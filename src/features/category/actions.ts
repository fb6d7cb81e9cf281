"use server";

import { redirect } from "next/navigation";
import type { FormError } from "@/components/ui/ErrorSummary";
import { requireAdministrator } from "@/features/auth/authorize";
import { clientAddress } from "@/features/auth/request-context";
import { revalidatePublicPages } from "@/features/practice-editor/revalidate";
import { formId, formText } from "@/lib/form-data";
import { createCategory, deleteCategory, updateCategory } from "./mutations";
import { categoryFormSchema } from "./schema";

export type CategoryFormState = { values: Record<string, string>; errors: FormError[] };

export async function saveCategoryAction(_previous: CategoryFormState, form: FormData): Promise<CategoryFormState> {
  const admin = await requireAdministrator();
  const id = formId(form, "id");
  const values = Object.fromEntries(["name", "slug", "description", "parentId", "position"].map((name) => [name, formText(form, name)]));
  const parsed = categoryFormSchema.safeParse(values);
  if (!parsed.success) return { values, errors: parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? "name"), message: issue.message })) };
  if (!parsed.data.slug) return { values, errors: [{ field: "slug", message: "Z tej nazwy nie da się utworzyć adresu: wpisz adres." }] };
  const author = { id: admin.id, email: admin.email };
  const result = id ? await updateCategory(id, parsed.data, author, await clientAddress()) : await createCategory(parsed.data, author, await clientAddress());
  if (!result.ok) return { values, errors: [{ field: result.field === "delete" ? "name" : result.field, message: result.message }] };
  revalidatePublicPages();
  redirect(`/admin/kategorie?zapisano=1`);
}

export async function deleteCategoryAction(_previous: CategoryFormState, form: FormData): Promise<CategoryFormState> {
  const admin = await requireAdministrator();
  const id = formId(form, "id");
  if (!id) redirect("/admin/kategorie");
  const result = await deleteCategory(id, { id: admin.id, email: admin.email }, await clientAddress());
  if (!result.ok) return { values: {}, errors: [{ field: "usun-kategorie", message: result.message }] };
  revalidatePublicPages();
  redirect("/admin/kategorie?usunieto=1");
}
