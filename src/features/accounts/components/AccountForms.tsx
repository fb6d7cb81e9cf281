"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { SelectField, TextField } from "@/components/ui/Field";
import { type AccountFormState, changeOwnPasswordAction, createAccountAction, setAccountPasswordAction, updateAccountAction } from "../actions";
import { PasswordFields } from "./PasswordFields";

const INITIAL: AccountFormState = { values: {}, errors: [] };
const ROLE_OPTIONS = [
  { value: "redaktor", label: "redaktor — praktyki i załączniki" },
  { value: "administrator", label: "administrator — także konta i dziennik zdarzeń" },
];

function byField(state: AccountFormState): Record<string, string> {
  return Object.fromEntries(state.errors.map((error) => [error.field, error.message]));
}

export function NewAccountForm() {
  const [state, action, pending] = useActionState(createAccountAction, INITIAL);
  const errors = byField(state);
  return (
    <form action={action} noValidate className="max-w-xl" key={JSON.stringify(state.values)}>
      <ErrorSummary errors={state.errors} />
      <TextField id="email" name="email" type="email" label="Adres e-mail" autoComplete="off" spellCheck={false} defaultValue={state.values.email} error={errors.email} />
      <TextField id="name" name="name" label="Imię i nazwisko" autoComplete="off" defaultValue={state.values.name} error={errors.name} />
      <SelectField id="role" name="role" label="Rola" options={ROLE_OPTIONS} defaultValue={state.values.role ?? "redaktor"} error={errors.role} />
      <PasswordFields errors={errors} />
      <Button className="mt-6" disabled={pending}>Utwórz konto</Button>
    </form>
  );
}

type Account = { id: number; name: string; role: "EDITOR" | "ADMINISTRATOR"; active: boolean };

export function AccountSettingsForm({ account }: { account: Account }) {
  const [state, action, pending] = useActionState(updateAccountAction, INITIAL);
  const errors = byField(state);
  const values = { name: account.name, role: account.role === "ADMINISTRATOR" ? "administrator" : "redaktor", active: account.active ? "tak" : "nie", ...state.values };
  return (
    <form action={action} noValidate className="max-w-xl" key={JSON.stringify(state.values)}>
      <ErrorSummary errors={state.errors} />
      <input type="hidden" name="id" value={account.id} />
      <TextField id="name" name="name" label="Imię i nazwisko" defaultValue={values.name} error={errors.name} />
      <SelectField id="role" name="role" label="Rola" options={ROLE_OPTIONS} defaultValue={values.role} error={errors.role} />
      <div className="mt-5">
        <label className="inline-flex items-center gap-2 font-semibold">
          <input type="checkbox" name="active" value="tak" defaultChecked={values.active === "tak"} className="h-5 w-5" />
          Konto aktywne (może się logować)
        </label>
        <p className="text-sm text-slate-700">Wyłączenie konta od razu kończy wszystkie jego sesje. Kont nie usuwa się: dziennik i historia je wymieniają.</p>
      </div>
      <Button className="mt-6" disabled={pending}>Zapisz zmiany konta</Button>
    </form>
  );
}

export function PasswordForm({ accountId, own }: { accountId?: number; own: boolean }) {
  const [state, action, pending] = useActionState(own ? changeOwnPasswordAction : setAccountPasswordAction, INITIAL);
  const errors = byField(state);
  return (
    <form action={action} noValidate className="max-w-xl">
      <ErrorSummary errors={state.errors} />
      {accountId && <input type="hidden" name="id" value={accountId} />}
      {own && <TextField id="obecne-haslo" name="obecne-haslo" type="password" label="Obecne hasło" autoComplete="current-password" error={errors["obecne-haslo"]} />}
      <PasswordFields errors={errors} />
      <Button className="mt-6" disabled={pending}>{own ? "Zmień hasło" : "Ustaw nowe hasło"}</Button>
    </form>
  );
}
