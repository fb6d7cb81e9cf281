"use server";

import { redirect } from "next/navigation";
import type { FormError } from "@/components/ui/ErrorSummary";
import { requireAdministrator, requireEditor } from "@/features/auth/authorize";
import { passwordProblem } from "@/features/auth/password-policy";
import { verifyPassword } from "@/features/auth/password";
import { clientAddress } from "@/features/auth/request-context";
import { formId, formText } from "@/lib/form-data";
import { countOtherActiveAdministrators, getAccount, getPasswordHash } from "./data";
import { createUser, EmailTaken, setPassword, updateUser } from "./mutations";
import { accountSchema, personNameSchema, roleSchema } from "./schema";

export type AccountFormState = { values: Record<string, string>; errors: FormError[] };


/** The new password's problems, as errors on its two fields. */
function newPasswordErrors(password: string, repeated: string, context: { email?: string; name?: string }): FormError[] {
  const problem = passwordProblem(password, context);
  if (problem) return [{ field: "haslo", message: problem }];
  if (password !== repeated) return [{ field: "haslo-powtorzone", message: "Hasła się różnią: wpisz to samo hasło dwa razy." }];
  return [];
}

export async function createAccountAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const admin = await requireAdministrator();
  const values = { email: formText(form, "email"), name: formText(form, "name"), role: formText(form, "role") };
  const parsed = accountSchema.safeParse(values);
  const errors: FormError[] = parsed.success ? [] : parsed.error.issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message }));
  errors.push(...newPasswordErrors(formText(form, "haslo"), formText(form, "haslo-powtorzone"), values));
  if (!parsed.success || errors.length > 0) return { values, errors };
  try {
    await createUser({ ...parsed.data, password: formText(form, "haslo") }, { id: admin.id, email: admin.email }, { ip: await clientAddress(), via: "panel" });
  } catch (error) {
    if (error instanceof EmailTaken) return { values, errors: [{ field: "email", message: "Konto z tym adresem e-mail już istnieje." }] };
    throw error;
  }
  redirect("/admin/konta?utworzono=1");
}

export async function updateAccountAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const admin = await requireAdministrator();
  const id = formId(form, "id");
  const account = id ? await getAccount(id) : null;
  if (!account) redirect("/admin/konta");
  const values = { name: formText(form, "name"), role: formText(form, "role"), active: formText(form, "active") };
  const name = personNameSchema.safeParse(values.name);
  const role = roleSchema.safeParse(values.role);
  const errors: FormError[] = [];
  if (!name.success) errors.push({ field: "name", message: name.error.issues[0]!.message });
  if (!role.success) errors.push({ field: "role", message: role.error.issues[0]!.message });
  const active = values.active === "tak";
  if (role.success && account.role === "ADMINISTRATOR" && (role.data !== "ADMINISTRATOR" || !active) && (await countOtherActiveAdministrators(account.id)) === 0) {
    errors.push({ field: "role", message: "To jedyny aktywny administrator: najpierw nadaj tę rolę komuś innemu." });
  }
  if (!name.success || !role.success || errors.length > 0) return { values, errors };
  await updateUser(account.id, { name: name.data, role: role.data, active }, { id: admin.id, email: admin.email }, await clientAddress());
  redirect(`/admin/konta/${account.id}?zapisano=1`);
}

export async function setAccountPasswordAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const admin = await requireAdministrator();
  const id = formId(form, "id");
  const account = id ? await getAccount(id) : null;
  if (!account) redirect("/admin/konta");
  const errors = newPasswordErrors(formText(form, "haslo"), formText(form, "haslo-powtorzone"), account);
  if (errors.length > 0) return { values: {}, errors };
  await setPassword(account.id, formText(form, "haslo"), { id: admin.id, email: admin.email }, account.id === admin.id ? admin.sessionTokenHash : undefined, await clientAddress());
  redirect(`/admin/konta/${account.id}?haslo=1`);
}

export async function changeOwnPasswordAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const editor = await requireEditor();
  const hash = await getPasswordHash(editor.id);
  if (!hash || !(await verifyPassword(hash, formText(form, "obecne-haslo")))) {
    return { values: {}, errors: [{ field: "obecne-haslo", message: "Obecne hasło jest nieprawidłowe." }] };
  }
  const errors = newPasswordErrors(formText(form, "haslo"), formText(form, "haslo-powtorzone"), editor);
  if (errors.length > 0) return { values: {}, errors };
  await setPassword(editor.id, formText(form, "haslo"), { id: editor.id, email: editor.email }, editor.sessionTokenHash, await clientAddress());
  redirect("/admin/konto?zmieniono=1");
}
