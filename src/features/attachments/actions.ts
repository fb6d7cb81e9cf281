"use server";

import { redirect } from "next/navigation";
import type { FormError } from "@/components/ui/ErrorSummary";
import { requireEditor } from "@/features/auth/authorize";
import { clientAddress } from "@/features/auth/request-context";
import { revalidatePublicPages } from "@/features/practice-editor/revalidate";
import { formId, formText } from "@/lib/form-data";
import { removeAttachment, updateAttachments } from "./mutations";
import { attachmentPositionSchema, attachmentTitleSchema } from "./schema";

export type AttachmentEditState = {
  errors: FormError[];
  values: Record<string, { title: string; position: string }>;
  saved: boolean;
};


export async function updateAttachmentsAction(_previous: AttachmentEditState, form: FormData): Promise<AttachmentEditState> {
  const editor = await requireEditor();
  const practiceId = formId(form, "id");
  if (practiceId === null) redirect("/admin");
  const ids = form.getAll("zalacznik").flatMap((value) => (typeof value === "string" && /^[1-9]\d{0,9}$/.test(value) ? [Number(value)] : []));
  const values: AttachmentEditState["values"] = {};
  const errors: FormError[] = [];
  const edits = [];
  for (const id of ids.slice(0, 500)) {
    const title = formText(form, `tytul-${id}`);
    const position = formText(form, `pozycja-${id}`);
    values[id] = { title, position };
    const parsedTitle = attachmentTitleSchema.safeParse(title);
    const parsedPosition = attachmentPositionSchema.safeParse(position);
    if (!parsedTitle.success) errors.push({ field: `tytul-${id}`, message: parsedTitle.error.issues[0]!.message });
    if (!parsedPosition.success) errors.push({ field: `pozycja-${id}`, message: parsedPosition.error.issues[0]!.message });
    if (parsedTitle.success && parsedPosition.success) edits.push({ id, title: parsedTitle.data, position: parsedPosition.data });
  }
  if (errors.length > 0) return { errors, values, saved: false };
  const result = await updateAttachments(practiceId, edits, { id: editor.id, email: editor.email }, await clientAddress());
  if (!result.ok) redirect(`/admin/praktyki/${practiceId}?zalaczniki-w-koszu=1`);
  if (result.publicChange) revalidatePublicPages();
  redirect(`/admin/praktyki/${practiceId}?zalaczniki-zapisano=1#zalaczniki`);
}

export async function removeAttachmentAction(form: FormData): Promise<void> {
  const editor = await requireEditor();
  const practiceId = formId(form, "id");
  const attachmentId = formId(form, "zalacznik");
  if (practiceId === null || attachmentId === null) redirect("/admin");
  const result = await removeAttachment(practiceId, attachmentId, { id: editor.id, email: editor.email }, await clientAddress());
  if (!result.ok) redirect(`/admin/praktyki/${practiceId}?zalaczniki-w-koszu=1`);
  if (result.publicChange) revalidatePublicPages();
  redirect(`/admin/praktyki/${practiceId}?${result.removed ? "zalacznik-usuniety=1" : "bez-zmian=1"}#zalaczniki`);
}
