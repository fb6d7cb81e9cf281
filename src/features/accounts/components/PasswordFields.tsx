import { TextField } from "@/components/ui/Field";

const HINT = "Co najmniej 12 znaków. Najlepiej kilka niepowiązanych słów, np. „rower stoi pod starym dębem”. Popularne hasła są odrzucane.";

export function PasswordFields({ errors }: { errors: Record<string, string> }) {
  return (
    <>
      <TextField id="haslo" name="haslo" type="password" label="Nowe hasło" hint={HINT} autoComplete="new-password" error={errors.haslo} />
      <TextField id="haslo-powtorzone" name="haslo-powtorzone" type="password" label="Powtórz nowe hasło" autoComplete="new-password" error={errors["haslo-powtorzone"]} />
    </>
  );
}
