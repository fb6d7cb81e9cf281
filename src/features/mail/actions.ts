"use server";

import { redirect } from "next/navigation";
import { requireAdministrator } from "@/features/auth/authorize";
import { formId } from "@/lib/form-data";
import { resendMail } from "./mutations";

export async function resendMailAction(form: FormData): Promise<void> {
  await requireAdministrator();
  const id = formId(form, "id");
  if (!id) redirect("/admin/poczta");
  const resent = await resendMail(id);
  redirect(`/admin/poczta/${id}?${resent ? "wyslano-ponownie=1" : "nie-wyslano=1"}`);
}
