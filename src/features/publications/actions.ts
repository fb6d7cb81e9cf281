"use server";

import { revalidateTag } from "next/cache";
import { redirect } from "next/navigation";
import type { FormError } from "@/components/ui/ErrorSummary";
import { requireEditor } from "@/features/auth/authorize";
import { changedBy } from "@/features/auth/request-context";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { formId, formText } from "@/lib/form-data";
import { createPublication, deletePublication, updatePublication } from "./mutations";
import { publicationFieldsSchema } from "./schema";
import { readPublicationFile } from "./upload";

export type PublicationFormState = {
  values: Record<string, string>;
  errors: FormError[];
  /** The file chosen in a submit that failed: browsers never keep it, so the form asks again. */
  droppedFileName?: string;
};

const FIELDS = ["title", "description", "publishedOn"] as const;

export async function savePublicationAction(_previous: PublicationFormState, form: FormData): Promise<PublicationFormState> {
  const editor = await requireEditor();
  const id = formId(form, "id");
  const values = Object.fromEntries(FIELDS.map((name) => [name, formText(form, name)]));
  const fields = publicationFieldsSchema.safeParse(values);
  const upload = form.get("file");
  const file = await readPublicationFile(upload, id === null);
  const errors: FormError[] = fields.success ? [] : fields.error.issues.map((issue) => ({ field: String(issue.path[0] ?? "title"), message: issue.message }));
  if (!file.ok) errors.push({ field: "file", message: file.message });
  if (!fields.success || !file.ok) {
    const droppedFileName = file.ok && file.file ? file.file.fileName : undefined;
    return { values, errors, droppedFileName };
  }
  const by = await changedBy(editor);
  if (id === null) {
    await createPublication(fields.data, file.file!, by);
  } else if (!(await updatePublication(id, fields.data, file.file, by))) {
    redirect("/admin/publikacje?brak=1");
  }
  revalidateTag(CACHE_TAGS.publications, { expire: 0 });
  redirect("/admin/publikacje?zapisano=1");
}

export async function deletePublicationAction(form: FormData): Promise<void> {
  const editor = await requireEditor();
  const id = formId(form, "id");
  if (id === null) redirect("/admin/publikacje");
  const deleted = await deletePublication(id, await changedBy(editor));
  revalidateTag(CACHE_TAGS.publications, { expire: 0 });
  redirect(`/admin/publikacje?${deleted ? "usunieto=1" : "brak=1"}`);
}
