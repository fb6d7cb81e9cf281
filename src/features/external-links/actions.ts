"use server";

import { revalidateTag } from "next/cache";
import { redirect } from "next/navigation";
import type { FormError } from "@/components/ui/ErrorSummary";
import { requireEditor } from "@/features/auth/authorize";
import { changedBy } from "@/features/auth/request-context";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { formId, formText } from "@/lib/form-data";
import { createExternalLink, deleteExternalLink, updateExternalLink } from "./mutations";
import { externalLinkFieldsSchema } from "./schema";

export type ExternalLinkFormState = { values: Record<string, string>; errors: FormError[] };

const FIELDS = ["title", "url", "description", "position"] as const;

export async function saveExternalLinkAction(_previous: ExternalLinkFormState, form: FormData): Promise<ExternalLinkFormState> {
  const editor = await requireEditor();
  const id = formId(form, "id");
  const values = Object.fromEntries(FIELDS.map((name) => [name, formText(form, name)]));
  const parsed = externalLinkFieldsSchema.safeParse(values);
  if (!parsed.success) return { values, errors: parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? "title"), message: issue.message })) };
  const by = await changedBy(editor);
  if (id === null) {
    await createExternalLink(parsed.data, by);
  } else if (!(await updateExternalLink(id, parsed.data, by))) {
    redirect("/admin/inne-bazy?brak=1");
  }
  revalidateTag(CACHE_TAGS.externalLinks, { expire: 0 });
  redirect("/admin/inne-bazy?zapisano=1");
}

export async function deleteExternalLinkAction(form: FormData): Promise<void> {
  const editor = await requireEditor();
  const id = formId(form, "id");
  if (id === null) redirect("/admin/inne-bazy");
  const deleted = await deleteExternalLink(id, await changedBy(editor));
  revalidateTag(CACHE_TAGS.externalLinks, { expire: 0 });
  redirect(`/admin/inne-bazy?${deleted ? "usunieto=1" : "brak=1"}`);
}
