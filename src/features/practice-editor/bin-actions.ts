"use server";

import { redirect } from "next/navigation";
import { requireAdministrator, requireEditor } from "@/features/auth/authorize";
import { clientAddress } from "@/features/auth/request-context";
import { formId } from "@/lib/form-data";
import { moveToBin, purgePractice, restoreFromBin } from "./bin-mutations";
import { revalidatePublicPages } from "./revalidate";


export async function moveToBinAction(form: FormData): Promise<void> {
  const editor = await requireEditor();
  const id = formId(form, "id");
  if (id === null) redirect("/admin");
  const result = await moveToBin(id, formId(form, "wersja") ?? 0, { id: editor.id, email: editor.email }, await clientAddress());
  if (!result.ok) redirect(result.reason === "conflict" ? `/admin/praktyki/${id}?konflikt=1` : "/admin");
  if (result.wasPublished) revalidatePublicPages();
  redirect("/admin?przeniesiono-do-kosza=1");
}

export async function restoreFromBinAction(form: FormData): Promise<void> {
  const editor = await requireEditor();
  const id = formId(form, "id");
  if (id === null) redirect("/admin");
  await restoreFromBin(id, { id: editor.id, email: editor.email }, await clientAddress());
  redirect(`/admin/praktyki/${id}?przywrocono-z-kosza=1`);
}

export async function purgePracticeAction(form: FormData): Promise<void> {
  const editor = await requireAdministrator();
  const id = formId(form, "id");
  if (id === null) redirect("/admin");
  await purgePractice(id, { id: editor.id, email: editor.email }, await clientAddress());
  redirect("/admin?stan=kosz&usunieto-na-stale=1");
}
