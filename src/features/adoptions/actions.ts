"use server";

import { redirect } from "next/navigation";
import { requireEditor } from "@/features/auth/authorize";
import { clientAddress } from "@/features/auth/request-context";
import { practiceSlugSchema } from "@/features/practice/schema";
import { revalidatePublicPages } from "@/features/practice-editor/revalidate";
import type { PublicFormState } from "@/features/public-forms/form-state";
import { readPublicPost } from "@/features/public-forms/screen";
import { formText } from "@/lib/form-data";
import { confirmAdoptionReport, createAdoptionReport, reviewAdoptionReport } from "./mutations";
import { ADOPTION_RATE, adoptionDecisionSchema, adoptionReportSchema, type AdoptionReportValues } from "./schema";

export type AdoptionFormState = PublicFormState<AdoptionReportValues>;


const FIELDS = ["jednostka", "typ", "wojewodztwo", "rok", "zmiany", "imie", "email"] as const;

// Public: parse → screen (guard, throttle) → save with the confirmation mail → "check your inbox".
export async function reportAdoptionAction(_previous: AdoptionFormState, form: FormData): Promise<AdoptionFormState> {
  const slug = practiceSlugSchema.safeParse(formText(form, "praktyka"));
  if (!slug.success) redirect("/");
  const values = Object.fromEntries(FIELDS.map((field) => [field, formText(form, field)])) as AdoptionReportValues;
  const post = await readPublicPost(form, values, adoptionReportSchema, { form: "adoption-report", rule: ADOPTION_RATE });
  if (!post.ok) return post.state;
  const created = await createAdoptionReport(slug.data, post.data, post.ip);
  if (!created) redirect(`/praktyki/${slug.data}`);
  redirect(`/praktyki/${slug.data}/wdrozenie?wyslano=1`);
}

// Public: the button of the e-mail's link (a POST, so that mail scanners opening links confirm nothing).
export async function confirmAdoptionAction(form: FormData): Promise<void> {
  const token = formText(form, "token");
  const result = await confirmAdoptionReport(token);
  redirect(result.ok ? `/wdrozenia/potwierdz/${token}?potwierdzono=1` : `/wdrozenia/potwierdz/${token}`);
}

export async function reviewAdoptionAction(form: FormData): Promise<void> {
  const editor = await requireEditor("/admin/wdrozenia");
  const decision = adoptionDecisionSchema.safeParse({ id: formText(form, "id"), decyzja: formText(form, "decyzja") });
  if (!decision.success) redirect("/admin/wdrozenia");
  const approve = decision.data.decyzja === "zatwierdz";
  const result = await reviewAdoptionReport(decision.data.id, approve, { id: editor.id, email: editor.email }, await clientAddress());
  if (!result.ok) redirect("/admin/wdrozenia?juz-rozpatrzone=1");
  if (approve) revalidatePublicPages();
  redirect(`/admin/wdrozenia?${approve ? "zatwierdzono=1" : "odrzucono=1"}`);
}
