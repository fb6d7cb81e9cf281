"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { recordAudit } from "@/features/audit/mutations";
import { formText } from "@/lib/form-data";
import { getCurrentEditor, sessionPolicy } from "./authorize";
import { deleteSession } from "./mutations";
import { clientAddress } from "./request-context";
import { loginSchema } from "./schema";
import { SESSION_COOKIE, sessionCookieOptions, sessionTokenHash } from "./session-token";
import { signIn } from "./sign-in";

export type LoginState = {
  email: string;
  fieldErrors: { email?: string; password?: string };
  message: string | null;
};

/** The one answer to every refused sign-in, whatever the reason: it tells nobody which accounts exist. */
const REFUSED = "Nieprawidłowy e-mail lub hasło.";

export async function signInAction(_previous: LoginState, form: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse({ email: formText(form, "email"), password: formText(form, "password"), returnTo: formText(form, "powrot") || undefined });
  // Only an e-mail or a password longer than any account's can fail here.
  if (!parsed.success) return { email: "", fieldErrors: {}, message: REFUSED };
  const input = parsed.data;
  const fieldErrors: LoginState["fieldErrors"] = {};
  if (input.email === "") fieldErrors.email = "Wpisz adres e-mail.";
  if (input.password === "") fieldErrors.password = "Wpisz hasło.";
  if (fieldErrors.email || fieldErrors.password) return { email: input.email, fieldErrors, message: null };

  const { idleMs, lifetimeMs } = sessionPolicy();
  const result = await signIn({ email: input.email, password: input.password, ip: await clientAddress(), idleMs, lifetimeMs });
  // A closed throttle answers like a wrong password: the sign-in page states the waiting policy.
  if (!result.ok) return { email: input.email, fieldErrors: {}, message: REFUSED };

  const store = await cookies();
  // Whatever session the browser brought is ended: the new token replaces it (no fixation).
  const previous = sessionTokenHash(store.get(SESSION_COOKIE)?.value);
  if (previous) await deleteSession(previous);
  store.set(SESSION_COOKIE, result.token, sessionCookieOptions(Math.floor(lifetimeMs / 1000)));
  redirect(input.returnTo);
}

export async function signOutAction(): Promise<void> {
  const editor = await getCurrentEditor();
  const store = await cookies();
  const tokenHash = sessionTokenHash(store.get(SESSION_COOKIE)?.value);
  if (tokenHash) await deleteSession(tokenHash);
  store.set(SESSION_COOKIE, "", sessionCookieOptions(0));
  if (editor) await recordAudit({ action: "LOGOUT", actor: editor, ip: await clientAddress() });
  redirect("/admin/logowanie?wylogowano=1");
}
