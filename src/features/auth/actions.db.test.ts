import { describe, expect, it } from "vitest";
import { signInAction, type LoginState } from "./actions";

const INITIAL: LoginState = { email: "", fieldErrors: {}, message: null };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("signInAction", () => {
  it("answers an e-mail or a password longer than any account's with the generic message, not an error", async () => {
    const longEmail = `${"a".repeat(250)}@gmina.pl`;
    const longPassword = "x".repeat(1025);
    for (const fields of [{ email: longEmail, password: "cokolwiek długiego" }, { email: "anna@gmina.pl", password: longPassword }]) {
      expect(await signInAction(INITIAL, form(fields))).toEqual({ email: "", fieldErrors: {}, message: "Nieprawidłowy e-mail lub hasło." });
    }
  });
});
