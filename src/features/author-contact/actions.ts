"use server";

import { redirect } from "next/navigation";
import { clientAddress } from "@/features/auth/request-context";
import { practiceSlugSchema } from "@/features/practice/schema";
import { HONEYPOT_FIELD, issueFormStamp, STAMP_FIELD } from "@/features/public-forms/guard";
import { fieldErrors, type PublicFormState } from "@/features/public-forms/form-state";
import { screenPublicPost } from "@/features/public-forms/screen";
import { formText } from "@/lib/form-data";
import { relayContactMessage } from "./mutations";
import { CONTACT_RATE, contactMessageSchema, type ContactMessageValues } from "./schema";

export type ContactFormState = PublicFormState<ContactMessageValues>;


// Parse → screen (guard, throttle) → relay → redirect to the "Wiadomość wysłana" state. Every
// refusal comes back with what was typed.
export async function sendContactMessageAction(_previous: ContactFormState, form: FormData): Promise<ContactFormState> {
  const slug = practiceSlugSchema.safeParse(formText(form, "praktyka"));
  if (!slug.success) redirect("/");
  const values: ContactMessageValues = {
    imie: formText(form, "imie"),
    email: formText(form, "email"),
    wiadomosc: formText(form, "wiadomosc"),
    adresat: formText(form, "adresat"),
  };
  const answer = async (errors: ContactFormState["errors"], refusal: string | null = null): Promise<ContactFormState> => ({
    values,
    errors,
    refusal,
    stamp: await issueFormStamp(),
  });
  const parsed = contactMessageSchema.safeParse(values);
  if (!parsed.success) return answer(fieldErrors(parsed.error.issues));
  const refusal = await screenPublicPost({
    form: "contact-author",
    honeypot: formText(form, HONEYPOT_FIELD),
    stamp: formText(form, STAMP_FIELD),
    ip: await clientAddress(),
    email: parsed.data.email,
    rule: CONTACT_RATE,
  });
  if (refusal) return answer([], refusal);
  const result = await relayContactMessage(slug.data, parsed.data);
  if (!result.ok) return answer([{ field: "adresat", message: "Tej osoby nie ma już przy praktyce: wybierz inną." }]);
  redirect(`/praktyki/${slug.data}/napisz?wyslano=1`);
}
