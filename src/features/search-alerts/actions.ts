"use server";

import { redirect } from "next/navigation";
import type { PublicFormState } from "@/features/public-forms/form-state";
import { readPublicPost } from "@/features/public-forms/screen";
import { formText } from "@/lib/form-data";
import { confirmAlert, createAlert } from "./mutations";
import { alertPaths } from "./paths";
import { ALERT_RATE, alertFormSchema, alertParams, alertQuery, QUERY_FIELD, type AlertFormValues } from "./schema";
import { frequencyOfSlug } from "./vocabulary";

export type AlertFormState = PublicFormState<AlertFormValues>;

// Public: parse → screen (guard, throttle) → save with the confirmation mail → "check your inbox".
export async function subscribeAlertAction(_previous: AlertFormState, form: FormData): Promise<AlertFormState> {
  const values: AlertFormValues = { email: formText(form, "email"), czestotliwosc: formText(form, "czestotliwosc") };
  const post = await readPublicPost(form, values, alertFormSchema, { form: "search-alert", rule: ALERT_RATE });
  if (!post.ok) return post.state;
  await createAlert({ email: post.data.email, query: alertQuery(alertParams(formText(form, QUERY_FIELD))), frequency: frequencyOfSlug(post.data.czestotliwosc) });
  redirect(alertPaths.sent);
}

// Public: the button of the e-mail's link (a POST, so that mail scanners opening links confirm nothing).
export async function confirmAlertAction(form: FormData): Promise<void> {
  const token = formText(form, "token");
  const result = await confirmAlert(token);
  redirect(result.ok ? `${alertPaths.confirm(token)}?potwierdzono=1` : alertPaths.confirm(token));
}
