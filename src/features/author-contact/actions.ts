"use server";

import { redirect } from "next/navigation";
import { practiceSlugSchema } from "@/features/practice/schema";
import type { PublicFormState } from "@/features/public-forms/form-state";
import { readPublicPost } from "@/features/public-forms/screen";
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
  const post = await readPublicPost(form, values, contactMessageSchema, { form: "contact-author", rule: CONTACT_RATE });
  if (!post.ok) return post.state;
  const result = await relayContactMessage(slug.data, post.data);
  if (!result.ok) return post.answer([{ field: "adresat", message: "Tej osoby nie ma już przy praktyce: wybierz inną." }]);
  redirect(`/praktyki/${slug.data}/napisz?wyslano=1`);
}
