"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorSummary, type FormError } from "@/components/ui/ErrorSummary";
import { TextField } from "@/components/ui/Field";
import { signInAction, type LoginState } from "../actions";

const INITIAL: LoginState = { email: "", fieldErrors: {}, message: null };

export function LoginForm({ returnTo }: { returnTo: string }) {
  const [state, action, pending] = useActionState(signInAction, INITIAL);
  const errors: FormError[] = [
    ...(state.message ? [{ field: "email", message: state.message }] : []),
    ...(state.fieldErrors.email ? [{ field: "email", message: state.fieldErrors.email }] : []),
    ...(state.fieldErrors.password ? [{ field: "haslo", message: state.fieldErrors.password }] : []),
  ];
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="powrot" value={returnTo} />
      <TextField
        id="email"
        name="email"
        type="email"
        label="Adres e-mail"
        autoComplete="username"
        spellCheck={false}
        defaultValue={state.email}
        key={`email:${state.email}`}
        error={state.fieldErrors.email}
        required
      />
      <TextField
        id="haslo"
        name="password"
        type="password"
        label="Hasło"
        autoComplete="current-password"
        error={state.fieldErrors.password}
        required
      />
      <Button className="mt-6" disabled={pending}>
        {pending ? "Logowanie…" : "Zaloguj się"}
      </Button>
    </form>
  );
}
